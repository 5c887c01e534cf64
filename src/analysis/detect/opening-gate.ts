/**
 * Regexes read at a sentence's opening (`^…`), tried only where they can match. elsewhere.ts
 * tries some fifty of them, one after another, on the first words of every sentence of a long
 * text, and nearly all fail on the first character. A regex whose every alternative starts with
 * `^` (no `m` flag) matches only at 0, and when none of its matches is empty, only where the
 * string's first character is one its matches can start with (triggers.ts firstCharsOf). So a
 * list is split once by that character, and a string meets only the regexes it could match.
 */
import { topLevelAlts } from './lookbehind.js';
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
 * `(s) => list.some((re) => re.test(s))`, trying only the regexes `s`'s first character allows.
 * The answer is the same: a regex left out cannot match `s`, and `test` on a regex without `g`
 * or `y` leaves nothing behind, so the order and number of tries do not matter.
 */
export function anyOpening(list: readonly RegExp[]): (s: string) => boolean {
  const byCode: RegExp[][] = Array.from({ length: TABLE_SIZE }, () => []);
  for (const re of list) {
    const codes = openingCodes(re);
    for (let c = 0; c < TABLE_SIZE; c++) if (!codes || codes.has(c)) byCode[c]!.push(re);
  }
  const all = [...list];
  return (s) => {
    const c = s.charCodeAt(0);
    // an empty string (NaN) or a wide first character meets the whole list
    const tried = c < TABLE_SIZE ? byCode[c]! : all;
    for (let j = 0; j < tried.length; j++) if (tried[j]!.test(s)) return true;
    return false;
  };
}
