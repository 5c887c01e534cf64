import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineRanges } from './text.js';

describe('lineRanges', () => {
  it('breaks at spaces within the width and keeps paragraph breaks', () => {
    const text = 'one two three four five\n\nsix';
    const lines = lineRanges(text, 10).map((r) => text.slice(r.start, r.end));
    expect(lines).toEqual(['one two', 'three four', 'five', '', 'six']);
  });

  it('gives a word longer than the width a line of its own', () => {
    const text = 'a supercalifragilistic word';
    expect(lineRanges(text, 8).map((r) => text.slice(r.start, r.end))).toEqual([
      'a',
      'supercalifragilistic',
      'word',
    ]);
  });

  it('keeps every word, in order, whole, and no line over the width unless one word is', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', ' ', '\n', 'xyzxyzxyzxyz') }),
        fc.integer({ min: 4, max: 30 }),
        (text, width) => {
          const ranges = lineRanges(text, width);
          const lines = ranges.map((r) => text.slice(r.start, r.end));
          expect(lines.join(' ').split(/\s+/).filter(Boolean)).toEqual(text.split(/\s+/).filter(Boolean));
          for (const line of lines) if (/\s/.test(line)) expect(line.length).toBeLessThanOrEqual(width);
          for (const r of ranges) expect(r.start).toBeLessThanOrEqual(r.end);
        },
      ),
    );
  });
});
