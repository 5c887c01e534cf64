/**
 * The cue index: for a sign list, each usable cue with its scanner regex and the trigger
 * words (detect/triggers.ts) that pick its candidate segments, built once per list.
 */
import { choicesFlushed } from './choice-flush.js';
import { firstCharGuarded } from './lookbehind.js';
import { namedWide } from './one-byte.js';
import type { Cue, SignPatterns } from './types.js';
import { lookbehindLast } from './lookbehind.js';
import { affixTermsOf, LITERAL, OPEN, type Term, WIDE_TERMS } from './triggers.js';

/** A cue's scanner: its regex, global and multi-line, and the group holding a match's text (lookbehindLast). */
export interface Scanner {
  re: RegExp;
  group: number;
}

/** Each cue's regex, made global and multi-line once, to scan a whole document string. */
const scanners = new WeakMap<Cue, Scanner>();
export function scannerOf(cue: Cue): Scanner {
  let scanner = scanners.get(cue);
  if (!scanner) {
    const flags = new Set([...cue.re.flags, 'g', 'm']);
    flags.delete('y');
    const f = [...flags].join('');
    const { source, group } = lookbehindLast(cue.re.source);
    scanner = { re: new RegExp(choicesFlushed(firstCharGuarded(source, f)), f), group };
    scanners.set(cue, scanner);
  }
  return scanner;
}

/**
 * `needs` are bit masks of trigger sets: a segment is a candidate when its words meet bit 0
 * (a one-set term) or every bit of one mask. Trigger lists are flat pairs [entry, bits, ...].
 */
export interface CueEntry {
  sign: SignPatterns;
  cue: Cue;
  re: RegExp;
  /** The group that holds a match's text (see lookbehindLast): 0, the match itself, 1, or EACH_ALTERNATIVE's. */
  group: number;
  always: boolean;
  needs: number[];
  /**
   * The wide characters the regex names, which its strings keep; every other one it reads as
   * a Latin-1 stand-in. Undefined: it reads its strings as they are (detect/one-byte.ts).
   */
  keep: string | undefined;
}
export interface CueIndex {
  entries: CueEntry[];
  exact: Map<string, number[]>;
  prefix: Map<string, number[]>;
  suffix: Map<string, number[]>;
  infix: [string, number[]][];
  /** Text a segment must contain (emoji), checked on the segment string itself. */
  literal: [string, number[]][];
  longest: number;
  /** The entries each word triggers, worked out once per distinct word (texts reuse words). */
  memo: Map<string, Int32Array>;
}

export const NONE: readonly number[] = [];
const NO_ENTRIES = new Int32Array(0);
/** Bounds the per-word memo for long-running servers; it only caches, so clearing is safe. */
const MEMO_MAX = 50_000;

// per mode: a transcript never uses notes-only cues, nor notes the transcript-only ones
const indexes = [
  new WeakMap<readonly SignPatterns[], CueIndex>(),
  new WeakMap<readonly SignPatterns[], CueIndex>(),
];
// aftermath passes fresh one-sign lists on every call, so those are cached by the sign
const singleIndexes = [new WeakMap<SignPatterns, CueIndex>(), new WeakMap<SignPatterns, CueIndex>()];

function addTo(map: Map<string, number[]>, key: string, k: number, bits: number): void {
  const list = map.get(key);
  if (list) list.push(k, bits);
  else map.set(key, [k, bits]);
}

const MAX_BIT = 30;

const setKey = (set: Set<string>): string => [...set].sort().join(' ');

interface Bits {
  words: Map<string, number>;
  needs: number[];
  /** Terms of two or more sets left to one set alone, the prefilter's weak spots. */
  loose: number;
}

/** Words' bits and masks for the given set bits; a term keeps the sets that have one. */
function bitsWith(terms: Term[], bitOf: Map<string, number>): Bits {
  const words = new Map<string, number>();
  const needs: number[] = [];
  let loose = 0;
  const give = (set: Set<string>, bit: number) => {
    for (const w of set) words.set(w, (words.get(w) ?? 0) | bit);
  };
  for (const term of terms) {
    let mask = 0;
    if (term.length > 1)
      for (const set of term) {
        const bit = bitOf.get(setKey(set));
        if (bit === undefined) continue;
        mask |= bit;
        give(set, bit);
      }
    // under two sets with a bit (or one set repeated): met by its best set alone
    if ((mask & (mask - 1)) === 0) {
      give(term[0]!, 1);
      if (term.length > 1 && new Set(term.map(setKey)).size > 1) loose++;
    } else needs.push(mask);
  }
  return { words, needs, loose };
}

/** Set bits in term order, a term's new sets only while all of them fit. */
function bitsInOrder(terms: Term[]): Map<string, number> {
  const bitOf = new Map<string, number>();
  for (const term of terms) {
    if (term.length < 2) continue;
    const fresh = new Set(term.map(setKey).filter((key) => !bitOf.has(key)));
    if (bitOf.size + fresh.size >= MAX_BIT) continue;
    for (const key of fresh) bitOf.set(key, 1 << (bitOf.size + 1));
  }
  return bitOf;
}

/** Set bits for the sets most terms share, so a cue of many alternatives keeps pairs of words. */
function bitsByUse(terms: Term[]): Map<string, number> {
  const uses = new Map<string, { n: number; first: number }>();
  terms.forEach((term, t) => {
    if (term.length < 2) return;
    for (const key of new Set(term.map(setKey))) {
      const u = uses.get(key);
      if (u) u.n++;
      else uses.set(key, { n: 1, first: t });
    }
  });
  const bitOf = new Map<string, number>();
  [...uses]
    .sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)
    .slice(0, MAX_BIT - 1)
    .forEach(([key], j) => bitOf.set(key, 1 << (j + 1)));
  return bitOf;
}

/**
 * Bits per trigger word and the masks that satisfy the cue. A cue has bits for 29 sets; when
 * its terms have more, each term keeps the sets that got one (a looser but still necessary
 * condition), and a term left with one set is met by its best set alone. Bits go to sets in
 * term order or to those most terms share, whichever leaves fewer terms to one set: a cue of
 * many alternatives ("without ... a date" | "no date given" | ...) then keeps its pairs of
 * words rather than one common word each.
 */
export function bitsOf(terms: Term[]): Bits {
  const inOrder = bitsWith(terms, bitsInOrder(terms));
  if (inOrder.loose === 0) return inOrder;
  const byUse = bitsWith(terms, bitsByUse(terms));
  return byUse.loose < inOrder.loose ? byUse : inOrder;
}

/**
 * A cue's trigger bits, or undefined when it has no triggers (it runs everywhere). When the usual cap leaves
 * the cue one set (its alternatives' best sets joined, so one common word of any of them lets a segment in),
 * the terms under the wider cap (triggers.ts WIDE_TERMS) are taken: each multi-word alternative then needs
 * its own words. On the 1 MB notes that took the candidate segments from ~380,000 to ~320,000 (no-next-steps'
 * closing cue 11,682 to 1,633); the wider cap for every cue let in more, as terms past the 29 bits loosen, and
 * so did it for a cue whose one term already needs two sets (positive-atmosphere's 1,140 to 5,096).
 */
function triggerBits(re: RegExp): Bits | undefined {
  const terms = affixTermsOf(re);
  if (!terms) return undefined;
  const oneSet = terms.length === 1 && terms[0]!.length === 1;
  return bitsOf(oneSet ? affixTermsOf(re, WIDE_TERMS)! : terms);
}

/** The first check of `judge`, ahead of time: cues it would drop in this mode whatever they match. */
function usable(cue: Cue, transcript: boolean): boolean {
  if (cue.qa === 'only') return false;
  return transcript ? cue.says !== undefined : !cue.says || cue.notes === true;
}

/** Trigger words (whole, open-ended or literal) of every usable cue in a sign list, built once per list. */
export function indexOf(signs: readonly SignPatterns[], transcript: boolean): CueIndex {
  const single = signs.length === 1 ? signs[0]! : undefined;
  const mode = transcript ? 1 : 0;
  let index = single ? singleIndexes[mode]!.get(single) : indexes[mode]!.get(signs);
  if (index) return index;
  const entries: CueEntry[] = [];
  const exact = new Map<string, number[]>();
  const prefix = new Map<string, number[]>();
  const suffix = new Map<string, number[]>();
  const infix = new Map<string, number[]>();
  const literal = new Map<string, number[]>();
  let longest = 0;
  for (const sign of signs) {
    for (const cue of sign.cues) {
      if (!usable(cue, transcript)) continue;
      const bits = triggerBits(cue.re);
      const k = entries.length;
      const { words, needs } = bits ?? bitsOf([]);
      const { re, group } = scannerOf(cue);
      entries.push({ sign, cue, re, group, always: !bits, needs, keep: namedWide(re) });
      for (const [w, bits] of words) {
        if (w.startsWith(LITERAL)) {
          addTo(literal, w.slice(LITERAL.length), k, bits);
          continue;
        }
        const open = w.startsWith(OPEN);
        const close = w.endsWith(OPEN);
        const stem = w.slice(open ? OPEN.length : 0, close ? -OPEN.length : undefined);
        longest = Math.max(longest, stem.length);
        addTo(open ? (close ? infix : suffix) : close ? prefix : exact, stem, k, bits);
      }
    }
  }
  index = {
    entries,
    exact,
    prefix,
    suffix,
    infix: [...infix],
    literal: [...literal],
    longest,
    memo: new Map(),
  };
  if (single) singleIndexes[mode]!.set(single, index);
  else indexes[mode]!.set(signs, index);
  return index;
}

/** The [entry, bits, ...] pairs a word triggers, as one typed array: candidates.ts reads them for every word of every segment. */
export function entriesOfWord(index: CueIndex, w: string): Int32Array {
  let found = index.memo.get(w);
  if (found) return found;
  const parts: (readonly number[])[] = [];
  const exact = index.exact.get(w);
  if (exact) parts.push(exact);
  const longest = Math.min(w.length, index.longest);
  for (let n = 1; n <= longest; n++) {
    const p = index.prefix.get(w.slice(0, n));
    if (p) parts.push(p);
    const s = index.suffix.get(w.slice(w.length - n));
    if (s) parts.push(s);
  }
  for (const [stem, list] of index.infix) if (w.includes(stem)) parts.push(list);
  found = parts.length === 0 ? NO_ENTRIES : Int32Array.from(parts.flat());
  if (index.memo.size >= MEMO_MAX) index.memo.clear();
  index.memo.set(w, found);
  return found;
}
