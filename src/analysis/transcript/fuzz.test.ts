import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTextInput } from '../input.js';
import {
  HAND_NOTES,
  MEET_DOC,
  SRT,
  TEAMS_VTT,
  TIMED_PLAIN,
  ZOOM_CAPTIONS,
  ZOOM_VTT,
} from './fixtures/formats.js';
import { detectTranscriptFormat, parseTranscript } from './index.js';

const REAL = [TEAMS_VTT, ZOOM_VTT, SRT, ZOOM_CAPTIONS, MEET_DOC, HAND_NOTES, TIMED_PLAIN];

/** Everything the parser promises for any input: no throw, spans in bounds and exact. */
function checkInvariants(text: string): void {
  expect(() => checkTextInput(text)).not.toThrow();
  expect(() => detectTranscriptFormat(text)).not.toThrow();
  const r = parseTranscript(text, { candidate: 'me' });
  if (!r.ok) {
    expect(r.error.code).toBe('malformed-transcript');
    return;
  }
  expect(r.value.format).toBe(detectTranscriptFormat(text));
  for (const turn of r.value.turns) {
    expect(turn.spans.length).toBeGreaterThan(0);
    for (const s of turn.spans) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(s.start).toBeLessThan(s.end);
    }
    expect(turn.spans.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(turn.text);
  }
  const c = r.value.candidate;
  if (c) expect(c.confidence >= 0 && c.confidence <= 1 && r.value.speakers.includes(c.name)).toBe(true);
}

const lineEdit = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    line: fc.oneof(
      fc.string(),
      fc.constantFrom(
        '',
        'WEBVTT',
        '-->',
        '00:00:01.000 --> 00:00:00.500',
        '<v >',
        '</v>',
        '[X] 99:99:99',
        'Me:',
        '7',
      ),
    ),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
);

type LineEdit = typeof lineEdit extends fc.Arbitrary<infer T> ? T : never;

function mangle(text: string, edits: LineEdit[], crlf: boolean): string {
  const lines = text.split('\n');
  for (const e of edits) {
    const at = lines.length ? e.at % lines.length : 0;
    if (e.kind === 'delete') lines.splice(at, 1);
    else if (e.kind === 'insert') lines.splice(at, 0, e.line);
    else if (e.kind === 'swap' && lines.length > 1) lines.splice(at, 2, ...lines.slice(at, at + 2).reverse());
    else if (e.kind === 'truncate') lines[at] = (lines[at] ?? '').slice(0, e.at % 7);
  }
  return lines.join(crlf ? '\r\n' : '\n');
}

describe('fuzz', () => {
  it('random strings never throw and keep spans in bounds', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), checkInvariants), { numRuns: 300 });
  });

  it('random line soup built from transcript pieces', () => {
    const piece = fc.constantFrom(
      'WEBVTT',
      '',
      '1',
      '00:00:01.000 --> 00:00:02.000',
      '00:00:01,000 --> 00:00:02,000',
      '<v Ann Lee>Hi?',
      '</v>',
      'Ann Lee: hello',
      'Bo: yes',
      '[Ann] 10:00:00',
      'text line',
      'Me: ok',
      'Interviewer: why?',
      '00:05:00',
      '\uFEFF',
      '\r',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => checkInvariants(parts.join('\n'))),
      { numRuns: 300 },
    );
  });

  it('mangled real transcripts never throw and keep spans exact', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REAL),
        fc.array(lineEdit, { maxLength: 8 }),
        fc.boolean(),
        (text, edits, crlf) => checkInvariants(mangle(text, edits, crlf)),
      ),
      { numRuns: 400 },
    );
  });

  it('prefix truncation of real transcripts', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REAL), fc.nat(), (text, n) =>
        checkInvariants(text.slice(0, n % (text.length + 1))),
      ),
      { numRuns: 300 },
    );
  });
});
