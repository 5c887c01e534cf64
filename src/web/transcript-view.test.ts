import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/index.js';
import { parseTranscript } from '../analysis/transcript/index.js';
import type { Transcript } from '../analysis/types.js';
import { turnViewsFrom, type TurnView } from './transcript-view.js';

const VTT = `WEBVTT

1
00:00:01.000 --> 00:00:09.000
<v Dana Cole>Thanks for joining. Could you walk me through the reporting project on your CV?

2
00:00:10.000 --> 00:00:40.000
<v Sam Patel>Sure. We rebuilt the weekly sales dashboard, and my part was the data model.

3
00:00:41.000 --> 00:00:52.000
<v Dana Cole>That is impressive, exactly the kind of work we need here. When could you start?
`;

const SRT = `1
00:00:01,000 --> 00:00:04,000
Dana: We <i>really</i> liked your portfolio &amp; your answers.

2
00:00:05,000 --> 00:00:08,000
Sam: Thank you.

3
00:00:09,000 --> 00:00:12,000
Sam: It was fun to talk.
`;

function transcriptOf(text: string, candidate?: string): Transcript {
  const parsed = parseTranscript(text, candidate ? { candidate } : {});
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

const said = (turn: TurnView) => turn.runs.map((r) => r.text).join('');
const marked = (turns: TurnView[], signId: string) =>
  turns
    .flatMap((t) => t.runs)
    .filter((r) => r.signIds.includes(signId))
    .map((r) => r.text)
    .join('');

describe('a transcript shown as who said what', () => {
  it('keeps speakers and speech, and drops the header, cue numbers and timings', () => {
    const turns = turnViewsFrom(VTT, transcriptOf(VTT, 'Sam Patel'), []) ?? [];
    expect(turns.map((t) => [t.speaker, t.isCandidate])).toEqual([
      ['Dana Cole', false],
      ['Sam Patel', true],
      ['Dana Cole', false],
    ]);
    expect(said(turns[1] as TurnView)).toBe(
      'Sure. We rebuilt the weekly sales dashboard, and my part was the data model.',
    );
    const all = turns.map(said).join('\n');
    expect(all).not.toMatch(/WEBVTT|-->|<v |^\d+$/m);
    expect(turns[2]?.startSec).toBe(41);
  });

  it("highlights exactly the analyzer's quotes, which index the original file", () => {
    const analysis = analyze(VTT, { candidate: 'Sam Patel' });
    if (!analysis.ok || !analysis.value.transcript)
      throw new Error('the fixture should read as a transcript');
    const marks = analysis.value.signs.flatMap((s) =>
      s.evidence.map((e) => ({ start: e.start, end: e.end, signId: s.id })),
    );
    expect(marks.length).toBeGreaterThan(0);
    const turns = turnViewsFrom(VTT, analysis.value.transcript, marks) ?? [];
    for (const sign of analysis.value.signs)
      expect(marked(turns, sign.id)).toBe(sign.evidence.map((e) => VTT.slice(e.start, e.end)).join(''));
  });

  it('hides inline tags and entities without moving a mark', () => {
    const start = SRT.indexOf('liked');
    const end = SRT.indexOf(' your answers');
    const turns =
      turnViewsFrom(SRT, transcriptOf(SRT), [{ start, end, signId: 'achievements-praised' }]) ?? [];
    expect(said(turns[0] as TurnView)).toBe('We really liked your portfolio & your answers.');
    expect(marked(turns, 'achievements-praised')).toBe('liked your portfolio &');
    // Sam's two cues make one turn, joined by a space.
    expect(said(turns[1] as TurnView)).toBe('Thank you. It was fun to talk.');
  });

  it('marks the joining space when one quote runs across two cues of a turn', () => {
    const start = SRT.indexOf('you.');
    const end = SRT.indexOf(' to talk');
    const turns = turnViewsFrom(SRT, transcriptOf(SRT), [{ start, end, signId: 'x' }]) ?? [];
    expect(marked(turns, 'x')).toBe('you. It was fun');
  });

  it('shows Zoom captions as turns, keeping what was said even when it looks like a tag', () => {
    const zoom =
      '[Dana Cole] 10:00:01\nSo, <laughs> shall we start?\n\n[Sam Patel] 10:00:05\nYes, happy to.\n';
    const turns = turnViewsFrom(zoom, transcriptOf(zoom), []) ?? [];
    expect(turns.map((t) => [t.speaker, said(t)])).toEqual([
      ['Dana Cole', 'So, <laughs> shall we start?'],
      ['Sam Patel', 'Yes, happy to.'],
    ]);
  });

  it('leaves a `Name: text` document as written: it reads well already', () => {
    const plain = 'Interview notes\nDana: How are you?\nSam: Fine, thanks.\nDana: Great.\nSam: Yes.\n';
    const transcript = transcriptOf(plain);
    expect(transcript.format).toBe('plain-speaker');
    expect(turnViewsFrom(plain, transcript, [])).toBeUndefined();
  });

  it('gives up (so the file is shown as it is) when a mark lies outside every turn', () => {
    const start = SRT.indexOf('00:00:05');
    expect(turnViewsFrom(SRT, transcriptOf(SRT), [{ start, end: start + 8, signId: 'x' }])).toBeUndefined();
  });
});
