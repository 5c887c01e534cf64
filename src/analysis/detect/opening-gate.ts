/**
 * Regexes read at a sentence's opening (`^…`), tried only where they can match. elsewhere.ts
 * tries some fifty of them, one after another, on the first words of every sentence of a long
 * text, and nearly all fail on the first character. A regex whose every alternative starts with
 * `^` (no `m` flag) matches only at 0, and when none of its matches is empty, only where the
 * string's first character is one its matches can start with (triggers.ts firstCharsOf). So a
 * list is split once by that character, and a string meets only the regexes it could match.
 */
import { topLevelAlts } from './lookbehind.js';
import { parseSource, type Node } from './regex-parse.js';
import { firstCharsOf } from './regex-starts.js';

/** First characters are told apart below this code; a string opening past it meets the whole list. */
const TABLE_SIZE = 128;

/**
 * The char codes (below TABLE_SIZE) a match of `re` can start with, or undefined when a match may
 * start anywhere, be empty, or start with a character not told apart (then the regex is always
 * tried). Lower case and upper case both when the regex ignores case: firstCharsOf lower-cases, so
 * a regex that reads capitals without `i` is always tried.
 */
export function openingCodes(re: RegExp): Set<number> | undefined {
  if (/[gymuv]/.test(re.flags)) return undefined;
  const src = re.source;
  if (!topLevelAlts(src).every((alt) => alt.startsWith('^'))) return undefined;
  const ignoreCase = re.flags.includes('i');
  if (!ignoreCase && /[A-Z]/.test(src.replace(/\\[\s\S]/g, ''))) return undefined;
  const chars = firstCharsOf(src);
  if (!chars || chars.size === 0) return undefined;
  const codes = new Set<number>();
  for (const ch of chars) {
    const variants = ignoreCase ? [ch, ch.toUpperCase(), ch.toLowerCase()] : [ch];
    for (const v of variants) {
      // a character outside the table cannot be told apart: the regex is tried on every string
      if (v.length !== 1 || v.charCodeAt(0) >= TABLE_SIZE) return undefined;
      codes.add(v.charCodeAt(0));
    }
  }
  return codes;
}

/**
 * Characters a match may have at one place: codes below TABLE_SIZE, TABLE_SIZE for any wider
 * one, or 'any'.
 */
type Chars = ReadonlySet<number> | 'any';
/** What a match may open with: its first characters, up to OPENING_CHARS of them, fewer where it may end. */
type Opening = readonly Chars[];
const OPENING_CHARS = 2;
/** Past this many openings a regex is tried on its first character alone. */
const MAX_OPENINGS = 4_000;
/**
 * Escapes the regex reader takes for one character though they are not one: \B reads none, a
 * back-reference any number, \x41 and \cJ more than their one. A regex with any is read no further.
 */
const UNREAD_ESCAPE = /\\[Bxck0-9pP]/;

function charsOf(c: string, ignoreCase: boolean): Chars {
  const codes = new Set<number>();
  for (const v of ignoreCase ? [c, c.toUpperCase(), c.toLowerCase()] : [c])
    codes.add(v.length === 1 && v.charCodeAt(0) < TABLE_SIZE ? v.charCodeAt(0) : TABLE_SIZE);
  return codes;
}

const keyOf = (o: Opening): string => o.map((c) => (c === 'any' ? '*' : [...c].sort().join(','))).join('|');

/** Every way to follow one of `heads` with one of `tails`, cut to OPENING_CHARS; undefined past MAX_OPENINGS. */
function joined(heads: readonly Opening[], tails: readonly Opening[]): Opening[] | undefined {
  const out = new Map<string, Opening>();
  for (const h of heads) {
    if (h.length >= OPENING_CHARS) out.set(keyOf(h), h);
    else
      for (const t of tails) {
        const o = [...h, ...t].slice(0, OPENING_CHARS);
        out.set(keyOf(o), o);
      }
    if (out.size > MAX_OPENINGS) return undefined;
  }
  return [...out.values()];
}

/**
 * `one` read `q.min` to `q.max` times. Past q.min + OPENING_CHARS times nothing new opens a
 * match: its first characters come from at most OPENING_CHARS non-empty reads, and any read may
 * be an empty one, if `one` has one, or follow those.
 */
function repeated(one: readonly Opening[], q: { min: number; max: number }): Opening[] | undefined {
  const out = new Map<string, Opening>();
  let times: Opening[] | undefined = [[]];
  for (let m = 0; m <= Math.min(q.max, q.min + OPENING_CHARS); m++) {
    if (m > 0) times = joined(times, one);
    if (!times) return undefined;
    if (m >= q.min) for (const o of times) out.set(keyOf(o), o);
  }
  return [...out.values()];
}

function nodeOpenings(n: Node, ignoreCase: boolean): Opening[] | undefined {
  switch (n.k) {
    // zero-width: what they ask of the characters only narrows the match
    case 'bound':
    case 'look':
      return [[]];
    case 'char':
      return repeated([[charsOf(n.c, ignoreCase)]], n.q);
    case 'sep':
      return repeated([['any']], n.q);
    case 'other': {
      const chars = n.chars ? new Set([...n.chars].map((c) => c.charCodeAt(0))) : undefined;
      return repeated([[chars ?? 'any']], n.q);
    }
    case 'group': {
      const one = altsOpenings(n.alts, ignoreCase);
      return one && repeated(one, n.q);
    }
  }
}

function altsOpenings(alts: readonly Node[][], ignoreCase: boolean): Opening[] | undefined {
  const out = new Map<string, Opening>();
  for (const alt of alts) {
    let seq: Opening[] | undefined = [[]];
    for (const n of alt) {
      // what follows two characters opens nothing: the rest of a long regex is not read
      if (seq.every((o) => o.length >= OPENING_CHARS)) break;
      const next = nodeOpenings(n, ignoreCase);
      seq = next && joined(seq, next);
      if (!seq) return undefined;
    }
    for (const o of seq) out.set(keyOf(o), o);
    if (out.size > MAX_OPENINGS) return undefined;
  }
  return [...out.values()];
}

/**
 * How the matches of an opening regex (one openingCodes reads) may start: their first two
 * characters, or one where a match may be one character long. Undefined when that is not
 * told: a match may be empty, or the reader cannot follow the regex.
 */
export function openingsOf(re: RegExp): readonly Opening[] | undefined {
  return openingCodes(re) ? openingsRead(re) : undefined;
}

/** openingsOf for a regex openingCodes reads, worked out once (null: not told). */
const openingsKnown = new WeakMap<RegExp, readonly Opening[] | null>();
function openingsRead(re: RegExp): readonly Opening[] | undefined {
  let known = openingsKnown.get(re);
  if (known === undefined) {
    const alts = UNREAD_ESCAPE.test(re.source) ? undefined : parseSource(re.source);
    const openings = alts && altsOpenings(alts, re.flags.includes('i'));
    known = !openings || openings.some((o) => o.length === 0) ? null : openings;
    openingsKnown.set(re, known);
  }
  return known ?? undefined;
}

const has = (chars: Chars, code: number): boolean =>
  chars === 'any' || chars.has(code < TABLE_SIZE ? code : TABLE_SIZE);

/** Whether a match may start with the code `first`, then `second` (NaN: `s` ends after its first character). */
function mayOpen(openings: readonly Opening[], first: number, second: number): boolean {
  return openings.some(
    (o) => has(o[0]!, first) && (o.length === 1 || (!Number.isNaN(second) && has(o[1]!, second))),
  );
}

/**
 * `(s) => list.some((re) => re.test(s))`, trying only the regexes `s`'s first two characters allow.
 * The answer is the same: a regex left out cannot match `s`, and `test` on a regex without `g`
 * or `y` leaves nothing behind, so the order and number of tries do not matter. The first
 * character alone left some twenty regexes to try on every sentence of elsewhere.ts, nearly all
 * failing on the second; the lists for each pair of characters met are made as they are met.
 */
export function anyOpening(list: readonly RegExp[]): (s: string) => boolean {
  const byCode: RegExp[][] = Array.from({ length: TABLE_SIZE }, () => []);
  // the regexes openingCodes reads, whose two first characters may be told
  const told = new Set<RegExp>();
  for (const re of list) {
    const codes = openingCodes(re);
    if (codes) told.add(re);
    for (let c = 0; c < TABLE_SIZE; c++) if (!codes || codes.has(c)) byCode[c]!.push(re);
  }
  const all = [...list];
  const byPair = new Map<number, RegExp[]>();
  // the openings are read when a first character is first met, not at load: a short note meets few
  const pairList = (first: number, second: number, key: number): RegExp[] => {
    const tried = byCode[first]!.filter((re) => {
      const o = told.has(re) ? openingsRead(re) : undefined;
      return !o || mayOpen(o, first, second);
    });
    byPair.set(key, tried);
    return tried;
  };
  return (s) => {
    const c = s.charCodeAt(0);
    let tried: RegExp[];
    // an empty string (NaN) or a wide first character meets the whole list
    if (!(c < TABLE_SIZE)) tried = all;
    else {
      const d = s.charCodeAt(1);
      // the second character by code; wider ones share a key, as does the string's end
      const key = c * (TABLE_SIZE + 2) + (d < TABLE_SIZE ? d : Number.isNaN(d) ? TABLE_SIZE + 1 : TABLE_SIZE);
      tried = byPair.get(key) ?? pairList(c, d, key);
    }
    for (let j = 0; j < tried.length; j++) if (tried[j]!.test(s)) return true;
    return false;
  };
}
