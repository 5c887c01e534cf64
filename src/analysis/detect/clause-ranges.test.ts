import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergedRanges, startsIn, startsInEach } from './clause-ranges.js';
import type { Clause } from './types.js';

describe('mergedRanges', () => {
  it('joins overlapping ranges and keeps them sorted', () => {
    expect(
      mergedRanges(
        [
          [0, 3],
          [10, 12],
        ],
        [
          [2, 5],
          [7, 8],
        ],
      ),
    ).toEqual([
      [0, 5],
      [7, 8],
      [10, 12],
    ]);
  });
});

describe('startsInEach', () => {
  it('answers as startsIn for every segment, whatever the ranges', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(60), { maxLength: 30 }),
        fc.array(fc.tuple(fc.integer({ min: -3, max: 70 }), fc.integer({ min: -3, max: 70 })), {
          maxLength: 12,
        }),
        (froms, ranges) => {
          const clauses = froms.map((from) => ({ from }) as Clause);
          const isIn = startsInEach(clauses, ranges);
          clauses.forEach((c, k) => expect(isIn(k)).toBe(startsIn(c, ranges)));
        },
      ),
    );
  });
});
