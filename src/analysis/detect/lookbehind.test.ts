import { describe, it, expect } from 'vitest';
import { CUE_SIGNS } from '../signs/index.js';
import { lookbehindLast } from './triggers.js';

describe('lookbehindLast', () => {
  const lines = [
    'i was on 4 on 4 off shifts, they do 12 hour shifts',
    'we said the 7am start is fine, the shifts are 8hrs',
    'nobody asked about culture but she talked about how the team works',
    "he leaned back and crossed his arms; i didn't lean back",
  ];

  it('moves a leading lookbehind behind a lookahead of the rest', () => {
    expect(lookbehindLast('(?<!a )b+')).toBe('(?=b+)(?<!a )(?:b+)');
  });

  it.each(['(?<!a )b|c', 'plain', '(?<!a)(x)\\1'])('leaves %s alone', (src) => {
    expect(lookbehindLast(src)).toBe(src);
  });

  it('finds the same matches as the original for every cue', () => {
    for (const sign of CUE_SIGNS) {
      for (const cue of sign.cues) {
        const a = new RegExp(cue.re.source, 'g');
        const b = new RegExp(lookbehindLast(cue.re.source), 'g');
        for (const line of lines) {
          expect(
            [...line.matchAll(b)].map((m) => [m.index, m[0]]),
            cue.re.source,
          ).toEqual([...line.matchAll(a)].map((m) => [m.index, m[0]]));
        }
      }
    }
  });
});
