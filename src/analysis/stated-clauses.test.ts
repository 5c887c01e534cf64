import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATED_SENTENCE, sentenceAround } from './stated-clauses.js';

/** The span as the sentence regex itself gives it: the reference the outward reading must equal. */
function byRegex(text: string, at: number): { start: number; end: number } {
  for (const m of text.matchAll(STATED_SENTENCE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (at >= start && at < end) return { start, end };
  }
  return { start: at, end: at };
}

describe('sentenceAround', () => {
  it('finds the sentence holding a position', () => {
    const text = 'Final round today. It ran 3.5 hours. Nervous?\nYes';
    const { start, end } = sentenceAround(text, 20);
    // a dot inside a word does not cut; the space after the last one starts the sentence
    expect(text.slice(start, end)).toBe(' It ran 3.5 hours');
    expect(sentenceAround(text, 17)).toEqual({ start: 17, end: 17 });
  });

  it('cuts exactly where the sentence regex does, at every position', () => {
    const chars = fc.constantFrom('a', 'b', ' ', '.', '!', '?', '\n', '\t', ',');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), fc.nat(45), (cs, at) => {
        const text = cs.join('');
        expect(sentenceAround(text, at)).toEqual(byRegex(text, at));
      }),
      { numRuns: 2000 },
    );
  });
});
