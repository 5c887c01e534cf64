/**
 * Common words, read last. In a megabyte of notes "the", "i", "be", "to" and "on" each feed
 * 77-98 cues, and the few dozen commonest words made over 60% of the prefilter's ~11 million
 * (cue, word) visits, nearly all for a set of a cue that needs another set too ("the" with
 * "company"). Such a visit can wait: a segment that meets the other set is visited through
 * that set's own words, and only then are the common words looked up, as bits of the segment.
 *
 * This cannot change which segments a cue picks. Of every mask of the cue one set, its driver,
 * is still visited through all its words, and so is bit 0 (a set that stands alone): a segment
 * that meets a mask has its driver, so its cue is looked at, and then with every bit it has.
 */
import { type CueIndex, entriesOfWord } from './cue-index.js';

/**
 * The words that cost the prefilter the most visits over the corpus notes (occurrences in
 * segments times cues fed), commonest first; 64, so a segment's common words are two 32-bit
 * masks. Any choice gives the same candidates: this one only decides what is deferred.
 */
const COMMON = (
  'the i be to on it my in about was me a interview and say of not at that said what would they ' +
  'ask you have asked she do team like for we work he with question how no manager will up is ' +
  'one job tell know time role nothing get if when this s talk all first go day questions d answer next'
).split(' ');

export interface Deferred {
  /** Each common word's slot, 0..63. */
  slots: Map<string, number>;
  /** Per common word (by slot), its pairs [entry, bits, ...] that are still visited. */
  eager: Int32Array[];
  /**
   * Entry e's deferred bits are `bit[j]` for j in `start[e]..start[e+1]`, each met by a
   * segment holding a common word of slot s in `lo` (s < 32) or `hi` (s - 32).
   */
  start: Int32Array;
  bit: Int32Array;
  lo: Int32Array;
  hi: Int32Array;
  /** Per entry, every bit it may defer: a mask short of others than these cannot be met. */
  all: Int32Array;
  /** Entry e's needs (CueEntry.needs) as `needMask[needStart[e]..needStart[e+1]]`, typed for the hot loop. */
  needStart: Int32Array;
  needMask: Int32Array;
  /**
   * Per entry, the bits that are the whole of some mask's part that cannot be deferred: a segment
   * met through one bit not among them meets no mask, whatever common words it has (-1: any bit may).
   */
  soloEager: Int32Array;
}

const deferredOf = new WeakMap<CueIndex, Deferred>();

/** The common words' pairs for an index, split into those still visited and those deferred; made once per index. */
export function deferredPairs(index: CueIndex): Deferred {
  let d = deferredOf.get(index);
  if (d) return d;
  const slots = new Map<string, number>();
  const lists: Int32Array[] = [];
  for (const w of COMMON) {
    const list = entriesOfWord(index, w);
    if (list.length === 0) continue;
    slots.set(w, lists.length);
    lists.push(list);
  }
  d = { slots, ...split(index, lists) };
  deferredOf.set(index, d);
  return d;
}

/** Index of a one-bit mask's bit, 0..31. */
const bitIndex = (bit: number): number => 31 - Math.clz32(bit);

/**
 * Per cue, the bits a segment must be visited for: bit 0, and one set of every mask, its
 * driver. The driver is a set no common word meets when the mask has one, else the set whose
 * commonest word is the least common (the highest slot).
 */
function driversOf(index: CueIndex, lists: readonly Int32Array[]): Int32Array {
  const n = index.entries.length;
  // per cue and bit (e * 32 + bit index): the lowest slot of a common word with it, -1 for none.
  // Typed arrays, not maps: this runs once per process, before V8 has optimized it
  const commonest = new Int8Array(n * 32).fill(-1);
  lists.forEach((list, s) => {
    for (let j = 0; j < list.length; j += 2)
      for (let rest = list[j + 1]!; rest; rest &= rest - 1) {
        const key = list[j]! * 32 + bitIndex(rest & -rest);
        if (commonest[key] === -1) commonest[key] = s;
      }
  });
  const drivers = new Int32Array(n).fill(1);
  index.entries.forEach((entry, e) => {
    for (const mask of entry.needs) {
      let driver = 0;
      let best = -1;
      for (let rest = mask; rest; rest &= rest - 1) {
        const bit = rest & -rest;
        const c = commonest[e * 32 + bitIndex(bit)]!;
        const slot = c === -1 ? Infinity : c;
        if (slot > best) {
          best = slot;
          driver = bit;
        }
      }
      drivers[e]! |= driver;
    }
  });
  return drivers;
}

/** Splits each common word's pairs (`lists[s]` for slot s) into bits still visited and bits deferred. */
function split(index: CueIndex, lists: readonly Int32Array[]): Omit<Deferred, 'slots'> {
  const n = index.entries.length;
  const drivers = driversOf(index, lists);
  const eager: Int32Array[] = [];
  // per cue and deferred bit (e * 32 + bit index): the slots of the common words that give it
  const laterLo = new Int32Array(n * 32);
  const laterHi = new Int32Array(n * 32);
  lists.forEach((list, s) => {
    const kept: number[] = [];
    for (let j = 0; j < list.length; j += 2) {
      const e = list[j]!;
      const bits = list[j + 1]!;
      if (bits & drivers[e]!) kept.push(e, bits & drivers[e]!);
      for (let rest = bits & ~drivers[e]!; rest; rest &= rest - 1) {
        const key = e * 32 + bitIndex(rest & -rest);
        if (s < 32) laterLo[key]! |= 1 << s;
        else laterHi[key]! |= 1 << (s - 32);
      }
    }
    const same = kept.length === list.length && kept.every((v, j) => v === list[j]);
    eager.push(same ? list : Int32Array.from(kept));
  });
  const start = new Int32Array(n + 1);
  for (let key = 0; key < n * 32; key++) if (laterLo[key] || laterHi[key]) start[Math.floor(key / 32) + 1]!++;
  for (let e = 0; e < n; e++) start[e + 1]! += start[e]!;
  const bit = new Int32Array(start[n]!);
  const lo = new Int32Array(start[n]!);
  const hi = new Int32Array(start[n]!);
  for (let key = 0, at = 0; key < n * 32; key++) {
    if (!(laterLo[key] || laterHi[key])) continue;
    bit[at] = 1 << (key % 32);
    lo[at] = laterLo[key]!;
    hi[at++] = laterHi[key]!;
  }
  const all = new Int32Array(n);
  for (let e = 0; e < n; e++) for (let j = start[e]!; j < start[e + 1]!; j++) all[e]! |= bit[j]!;
  const needStart = new Int32Array(n + 1);
  for (let e = 0; e < n; e++) needStart[e + 1] = needStart[e]! + index.entries[e]!.needs.length;
  const needMask = new Int32Array(needStart[n]!);
  for (let e = 0; e < n; e++) needMask.set(index.entries[e]!.needs, needStart[e]);
  return {
    eager,
    start,
    bit,
    lo,
    hi,
    all,
    needStart,
    needMask,
    soloEager: soloEagerOf(needStart, needMask, all),
  };
}

/** Deferred.soloEager: of each mask of entry e, the bits it needs besides deferred ones (`all[e]`), kept when one. */
export function soloEagerOf(needStart: Int32Array, needMask: Int32Array, all: Int32Array): Int32Array {
  const n = all.length;
  const solo = new Int32Array(n);
  for (let e = 0; e < n; e++)
    for (let j = needStart[e]!; j < needStart[e + 1]!; j++) {
      const eager = needMask[j]! & ~all[e]!;
      // a mask of deferred bits alone (none so far: its driver is never deferred) may be met through any bit
      if (eager === 0) solo[e] = -1;
      else if ((eager & (eager - 1)) === 0) solo[e]! |= eager;
    }
  return solo;
}
