import { describe, expect, it } from 'vitest';
import { mergedRanges } from './clause-ranges.js';

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
