import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from './index.js';

const DIR = '/work/shared/eval/dev/transcripts';
const labels = JSON.parse(readFileSync(`${DIR}/labels.json`, 'utf8')) as Record<
  string,
  { candidate: string }
>;

describe('shared dev transcripts', () => {
  it.each(Object.entries(labels))('%s parses with its candidate given and guessed', (id, label) => {
    const text = readFileSync(`${DIR}/${id}.vtt`, 'utf8');
    const given = parseTranscript(text, { candidate: label.candidate.split(' ')[0] as string });
    expect(given.ok).toBe(true);
    if (!given.ok) return;
    const t = given.value;
    expect(t.format).toBe('webvtt-voice');
    expect(t.warnings).toEqual([]);
    expect(t.candidate).toEqual({ name: label.candidate, how: 'given', confidence: 1 });
    expect(t.speakers).toContain(label.candidate);
    // Turns alternate speakers and quote the file exactly.
    for (let i = 1; i < t.turns.length; i++) expect(t.turns[i]?.speaker).not.toBe(t.turns[i - 1]?.speaker);
    for (const turn of t.turns)
      expect(turn.spans.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(turn.text);
    expect(t.turns.every((x) => !/<v|<\/v>/.test(x.text))).toBe(true);
    const guessed = parseTranscript(text);
    expect(guessed.ok && guessed.value.candidate?.name).toBe(label.candidate);
  });

  it('joins wrapped cue lines in t004', () => {
    const text = readFileSync(`${DIR}/t004.vtt`, 'utf8');
    const r = parseTranscript(text);
    expect(r.ok && r.value.turns[0]?.text).toBe('Hello? Oh. Hi. Sorry, I thought we were at three.');
  });
});
