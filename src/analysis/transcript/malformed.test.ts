import { describe, expect, it } from 'vitest';
import { SRT, TEAMS_VTT, ZOOM_CAPTIONS, ZOOM_VTT } from './fixtures/formats.js';
import { parseTranscript } from './index.js';

describe('malformed transcripts', () => {
  it('reads cues whose timing lines are broken, with a warning', () => {
    const text = ZOOM_VTT.replace('00:00:03.200 --> 00:00:06.900', '00:00:0x.200 --> 00:00:06.900');
    const r = parseTranscript(text);
    expect(r.ok && r.value.turns[0]?.text).toMatch(/second shift/);
    expect(r.ok && r.value.warnings.join(' ')).toMatch(/could not be read/);
  });

  it('warns when timestamps go backwards but keeps the order', () => {
    const text = SRT.replace('00:00:22,300 --> 00:00:26,000', '00:00:02,300 --> 00:00:06,000');
    const r = parseTranscript(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.warnings.join(' ')).toMatch(/backwards/);
    expect(r.value.turns[3]?.text).toMatch(/weekend admissions\.$/);
  });

  it('skips cues without text', () => {
    const text = `${TEAMS_VTT}\n99\n00:01:00.000 --> 00:01:02.000\n\n`;
    const r = parseTranscript(text);
    expect(r.ok && r.value.warnings.join(' ')).toMatch(/no text/);
  });

  it('copes with a missing blank line between cues', () => {
    const text =
      'WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nAl Roe: Hi there.\n2\n00:00:03.000 --> 00:00:04.000\nBea Fox: Hello, thanks for having me.\n';
    const r = parseTranscript(text);
    expect(r.ok && r.value.turns.map((t) => t.text)).toEqual(['Hi there.', 'Hello, thanks for having me.']);
  });

  it('gives malformed-transcript when a transcript has no readable speech', () => {
    for (const text of [
      'WEBVTT\n\n',
      'WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n\n2\n00:00:03.000 --> 00:00:04.000\n\n',
      '[Grace Lin] 14:02:11\n\n[Tom Becker] 14:02:15\n',
    ]) {
      const r = parseTranscript(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('malformed-transcript');
    }
  });

  it('reads a truncated file up to where it stops', () => {
    const cut = ZOOM_CAPTIONS.slice(0, ZOOM_CAPTIONS.indexOf('I also trained') + 8);
    const r = parseTranscript(cut);
    expect(r.ok && r.value.turns.at(-1)?.text).toMatch(/I also t$/);
  });

  it('attributes unnamed cues, and says so when no names exist at all', () => {
    const text =
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhello there\n\n00:00:03.000 --> 00:00:04.000\ngood to meet you\n';
    const r = parseTranscript(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.speakers).toEqual(['Unknown speaker']);
    expect(r.value.candidate).toBeUndefined();
    expect(r.value.warnings.join(' ')).toMatch(/No speaker names/);
  });
});
