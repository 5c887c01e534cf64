import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deliveryMetrics } from '../delivery/index.js';
import type { TranscriptFormat } from '../types.js';
import { parseTranscript } from './index.js';

const DIR = new URL('../../../test/fixtures/corpus/transcripts/', import.meta.url);
const labels = JSON.parse(readFileSync(new URL('labels.json', DIR), 'utf8')) as Record<
  string,
  { file: string; candidate: string; gold_signs: string[] }
>;

const FORMATS: Record<string, TranscriptFormat> = {
  x01: 'webvtt-voice',
  x02: 'webvtt-voice',
  x13: 'webvtt-voice',
  x03: 'webvtt-prefix',
  x04: 'webvtt-prefix',
  x14: 'webvtt-prefix',
  x05: 'srt',
  x06: 'srt',
  x07: 'zoom-captions',
  x08: 'zoom-captions',
  x09: 'plain-speaker',
  x10: 'plain-speaker',
  x11: 'plain-speaker',
  x12: 'plain-speaker',
};

describe('labelled transcript corpus', () => {
  it('covers every format at least twice', () => {
    const counts = new Map<string, number>();
    for (const id of Object.keys(labels))
      counts.set(FORMATS[id] as string, (counts.get(FORMATS[id] as string) ?? 0) + 1);
    expect([...counts.values()].every((n) => n >= 2)).toBe(true);
    expect(counts.size).toBe(5);
  });

  it.each(Object.entries(labels))('%s parses cleanly and the interviewee is guessed', (id, label) => {
    const text = readFileSync(new URL(label.file, DIR), 'utf8');
    const r = parseTranscript(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t = r.value;
    expect(t.format).toBe(FORMATS[id]);
    expect(t.warnings).toEqual([]);
    expect(t.turns.length).toBeGreaterThanOrEqual(20);
    expect(t.candidate?.name).toBe(label.candidate);
    for (const turn of t.turns)
      expect(turn.spans.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(turn.text);
    expect(t.turns.map((x) => x.text).join(' ')).not.toMatch(
      /-->|<\/?v[ >]|Meeting ended|computer generated/,
    );
  });

  it.each(Object.entries(labels))(
    '%s: the next-steps metric agrees with the no-next-steps label',
    (_id, label) => {
      const text = readFileSync(new URL(label.file, DIR), 'utf8');
      const r = parseTranscript(text, { candidate: label.candidate });
      const m = r.ok ? deliveryMetrics(r.value) : undefined;
      expect(m?.interviewerLaidOutNextSteps).toBe(!label.gold_signs.includes('no-next-steps'));
    },
  );
});
