/**
 * Segments are sentences (also cut at new lines and bullets, for notes typed as
 * lists); cues match over a whole segment so "asked about culture ... got 'you'll
 * find out'" is one match. Inside a segment, clause starts (at contrast and sequence
 * words: "stiff at first, then we were joking") bound negation and worry scope.
 */
import { QUOTES, skippedTok, type Tok } from '../nlp.js';
import type { Clause } from './types.js';

const BREAK_WORDS = new Set([
  'but',
  'however',
  'although',
  'though',
  'whereas',
  'then',
  'later',
  'until',
  'because',
  'bc',
  'cause',
  'cuz',
  'while',
  'otherwise',
  'so',
  'and',
  'also',
  'plus',
  'anyway',
  'anyways',
  'meanwhile',
  'btw',
  'tbh',
  'ngl',
  'honestly',
]);
/** Texting asides end a thought ("i didnt sleep lol she smiled"): the next word starts a clause. */
const ASIDES = new Set(['lol', 'lmao', 'lmfao', 'haha', 'hahaha', 'rofl', 'omg', 'ugh', 'smh']);
export const EMOJI = /\p{Extended_Pictographic}/u;
/** "so" before an adjective or adverb is an intensifier ("wasn't so friendly"), not "so then". */
const SO_INTENSIFIED = new Set(['ADJ', 'ADV']);
const SO_QUANTITY = new Set(['much', 'many', 'far', 'few', 'little', 'long', 'well', 'bad', 'good']);

function breaksAt(toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  if (!BREAK_WORDS.has(t.lower)) return false;
  if (t.lower !== 'so') return true;
  const next = toks[i + 1];
  return !next || !(SO_INTENSIFIED.has(next.pos) || SO_QUANTITY.has(next.lower));
}

/** "half-interested", "cold-storage": a hyphen inside a word is not a pause. */
function joinsWords(toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  return t.lower === '-' && !t.spaceBefore && toks[i + 1] !== undefined && !toks[i + 1]!.spaceBefore;
}

/** Extended_Pictographic starts at U+00A9 (©): a word of plainer characters holds no emoji. */
export const FIRST_PICTOGRAPHIC = 0xa9;
function mayHoldEmoji(w: string): boolean {
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) >= FIRST_PICTOGRAPHIC) return true;
  return false;
}

function isAside(t: Tok): boolean {
  const w = t.lower;
  return ASIDES.has(w) || (mayHoldEmoji(w) && EMOJI.test(w));
}
const CLAUSE_PUNCT = new Set([',', ';', ':', '-', '–', '—', '(', ')']);
const SEGMENT_PUNCT = new Set(['|', '•', '!', '?', '...', '…']);
export { QUOTES };
/** Quote marks, line breaks and spaces: read past when words are walked. */
export const skipped = skippedTok;

/**
 * A segment as buildClause makes it. A class, not an object literal: V8 tracks a literal's
 * allocation site, and a site whose objects outlive a scavenge is switched to allocate in old
 * space (pretenuring). Segments live for their section, so their literal was switched, and
 * every later section's segments then went straight to old space, garbage there until a full
 * collection. Objects made by `new` are never pretenured.
 */
class Segment implements Clause {
  constructor(
    public from: number,
    public to: number,
    public role: Clause['role'],
    public fromEnd: number,
    public clauseStart: Int32Array,
    public lemmas: string,
    public surface: string,
  ) {}
}

function buildClause(
  toks: Tok[],
  from: number,
  to: number,
  fromEnd: number,
  role: Clause['role'],
  clauseStart: Int32Array,
): Clause {
  // pieces joined once: a string built with += is a tree of one node per piece, kept
  // for the whole document (a megabyte of notes has ~200k tokens, twice over)
  const lemmas: string[] = [];
  const surface: string[] = [];
  let pendingSpace = false;
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    if (skipped(t)) {
      pendingSpace = true;
      continue;
    }
    // the same layout charTokenRange maps back to tokens
    if (surface.length && (t.spaceBefore || pendingSpace)) surface.push(' ');
    lemmas.push(t.lemma);
    surface.push(t.lower);
    pendingSpace = false;
  }
  return new Segment(from, to, role, fromEnd, clauseStart, lemmas.join(' '), surface.join(''));
}

/** One segment spanning two neighbouring ones, a question and its reply (detect/qa-links.ts). */
export function linkedClause(toks: Tok[], a: Clause, b: Clause): Clause {
  return buildClause(toks, a.from, b.to, b.fromEnd, a.role, a.clauseStart);
}

/**
 * The tokens a match at `index` of `length` chars in a clause's lemma (or surface) string runs
 * over, as [first, last + 1]: what a map from each char to its token (clauses.test's charTokens) gives at the match's first and last char
 * (each clamped into the string), read off by walking the tokens instead of building the map.
 * A long text matches in most of its segments, and a map per segment and reading, kept for
 * its section, was a large part of what each section left to be promoted.
 */
export function charTokenRange(
  toks: Tok[],
  c: Clause,
  surface: boolean,
  index: number,
  length: number,
): [number, number] {
  const n = surface ? c.surface.length : c.lemmas.length;
  const a = Math.min(index, n - 1);
  const b = Math.max(a, Math.min(index + Math.max(0, length - 1), n - 1));
  // an empty string's map has no entry to read
  if (a < 0) return [undefined, NaN] as unknown as [number, number];
  let first = -1;
  let at = 0;
  let kept = false;
  let pendingSpace = false;
  for (let i = c.from; i < c.to; i++) {
    const t = toks[i]!;
    if (skipped(t)) {
      pendingSpace = true;
      continue;
    }
    if (surface ? kept && (t.spaceBefore || pendingSpace) : kept) {
      if (at === a) first = i;
      if (at === b) return [first, i + 1];
      at++;
    }
    const len = surface ? t.lower.length : t.lemma.length;
    if (first < 0 && a < at + len) first = i;
    if (b < at + len) return [first, i + 1];
    at += len;
    kept = true;
    pendingSpace = false;
  }
  // past the tokens' chars (not when the string is as buildClause made it) the map reads 0
  return [first < 0 ? 0 : first, 1];
}

/**
 * Splits tokens [from, to) into segments. `clauseStart` (shared, indexed by token) is
 * filled with the first token of each token's clause.
 */
export function clausesFrom(
  toks: Tok[],
  from = 0,
  to = toks.length,
  role?: Clause['role'],
  clauseStart = new Int32Array(toks.length),
): Clause[] {
  const out: Clause[] = [];
  const lastSent = to > from ? toks[to - 1]!.sent : 0;
  let start = from;
  let cStart = from;
  const push = (end: number) => {
    if (end > start) out.push(buildClause(toks, start, end, lastSent - toks[start]!.sent, role, clauseStart));
    start = end;
    cStart = end;
  };
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    const prev = i > from ? toks[i - 1]! : undefined;
    if (prev && prev.sent !== t.sent) push(i);
    if (i > cStart + 1 && breaksAt(toks, i)) cStart = i;
    clauseStart[i] = cStart;
    if (isAside(t)) cStart = i + 1;
    if (t.newline) {
      push(i + 1);
      continue;
    }
    if (SEGMENT_PUNCT.has(t.lower)) {
      push(i + 1);
      continue;
    }
    if (CLAUSE_PUNCT.has(t.lower) && !joinsWords(toks, i)) cStart = i + 1;
  }
  push(to);
  out.forEach((c, k) => (c.fromEnd = out.length - 1 - k));
  return out;
}
