import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CueEntry, CueIndex } from './cue-index.js';

const compiledInOrder: RegExp[] = [];
vi.mock('../exec-all.js', () => ({
  compiledNative: (re: RegExp) => {
    compiledInOrder.push(re);
    return re;
  },
}));
const { compileBusiestFirst } = await import('./compile-order.js');

function indexOf(entries: { always?: boolean }[]): CueIndex {
  return {
    entries: entries.map(
      (e, i) => ({ re: new RegExp(`cue${i}`, 'gm'), always: e.always ?? false }) as CueEntry,
    ),
  } as CueIndex;
}
const names = (index: CueIndex) => compiledInOrder.map((re) => index.entries.findIndex((e) => e.re === re));

describe('compileBusiestFirst', () => {
  beforeEach(() => {
    compiledInOrder.length = 0;
  });

  it('compiles the scanners with the most candidate segments first, lemmas and surface together', () => {
    const index = indexOf([{}, {}, {}, {}]);
    compileBusiestFirst(
      index,
      [[1], [1, 2, 3], undefined, [4]],
      [undefined, undefined, undefined, [5, 6, 7]],
      10,
    );
    // entry 2 has no candidates: left to compile when (if ever) it runs
    expect(names(index)).toEqual([3, 1, 0]);
  });

  it('counts an entry without trigger words as reading every segment', () => {
    const index = indexOf([{}, { always: true }, {}]);
    compileBusiestFirst(index, [[1, 2], [], [3]], [], 40);
    expect(names(index)).toEqual([1, 0, 2]);
  });

  it('keeps the sign order between entries of equal count, and compiles each scanner once', () => {
    const index = indexOf([{}, {}, {}]);
    compileBusiestFirst(index, [[1], [2], [3]], [], 5);
    compileBusiestFirst(index, [[1, 2, 3], [1], [1]], [], 5);
    expect(names(index)).toEqual([0, 1, 2]);
  });

  it("orders only an index's first texts (a call is read turn by turn)", () => {
    const index = indexOf(Array.from({ length: 20 }, () => ({})));
    for (let t = 0; t < 20; t++) {
      const lemma: number[][] = [];
      lemma[t] = [1];
      compileBusiestFirst(index, lemma, [], 3);
    }
    expect(names(index)).toEqual(Array.from({ length: 16 }, (_, i) => i));
  });
});
