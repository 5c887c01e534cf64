/** The lookbehind-last rewrite of cue regexes, so V8 rejects most positions cheaply. */
import { firstCharsOf, startsAtWordBoundary } from './regex-starts.js';

/**
 * Walks a regex source from `from`, stepping over escapes and character classes, and returns
 * the first index where `stop` holds for the character and the group depth after it; -1 if none.
 */
function findInSource(src: string, from: number, stop: (ch: string, depth: number) => boolean): number {
  let depth = 0;
  let inClass = false;
  for (let j = from; j < src.length; j++) {
    const ch = src[j] as string;
    if (ch === '\\') {
      j++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (stop(ch, depth)) return j;
  }
  return -1;
}

/** End of the group opening at `i` (index of its `)`), or -1. */
function groupEnd(src: string, i: number): number {
  return findInSource(src, i, (ch, depth) => ch === ')' && depth === 0);
}

function hasTopLevelBar(src: string): boolean {
  return findInSource(src, 0, (ch, depth) => ch === '|' && depth === 0) >= 0;
}

/** `ScanSource.group` when each top-level alternative holds its text in its own first group. */
export const EACH_ALTERNATIVE = -1;

/**
 * A scanner's regex source, and the group that holds each match's text (0: the match itself),
 * or EACH_ALTERNATIVE.
 */
export interface ScanSource {
  source: string;
  group: 0 | 1 | typeof EACH_ALTERNATIVE;
}

/** The text a scanner match stands for: its own, or its text group's (see lookbehindLast). */
export function matchedText(m: RegExpExecArray, group: number): string {
  if (group !== EACH_ALTERNATIVE) return m[group] ?? '';
  // the alternatives that did not match have no groups set, and the one that did sets its
  // text group first, before any group inside it
  for (let g = 1; g < m.length; g++) if (m[g] !== undefined) return m[g]!;
  return '';
}

/** Whether `src` (a group's body) reads no character: lookarounds, `\\b`, `^`, `$` and groups of them, in every alternative. */
function zeroWidthOnly(src: string): boolean {
  let i = 0;
  while (i < src.length) {
    const end = zeroWidthAtom(src, i);
    if (end < 0) {
      if (src[i] !== '|') return false;
      i++;
    } else i = end;
  }
  return true;
}

/** End of the zero-width atom at `i` (a lookaround, `\\b`, `^`, `$` or a group of them, unquantified), or -1. */
function zeroWidthAtom(src: string, i: number): number {
  if (src.startsWith('\\b', i)) return i + 2;
  if (src[i] === '^' || src[i] === '$') return i + 1;
  if (src[i] !== '(') return -1;
  const end = groupEnd(src, i);
  if (end < 0 || /^[?*+{]/.test(src.slice(end + 1))) return -1;
  if (/^\(\?<?[=!]/.test(src.slice(i))) return end + 1;
  return src.startsWith('(?:', i) && zeroWidthOnly(src.slice(i + 3, end)) ? end + 1 : -1;
}

/**
 * V8 tries leading lookarounds at every position before the cheap part of the pattern;
 * `(?<!X)Y` matches where `(?=(Y))(?<!X)` does, with the same text in group 1, and the
 * latter rejects most positions on Y's first characters. The match itself is empty, so the
 * caller reads group 1 and moves on past it. Y is compiled once: `(?=Y)(?<!X)(?:Y)`, which
 * reads the same, compiled Y twice, and these are the largest cue regexes (about 7 MB of
 * machine code over all cues). Only group numbers move, and no one reads groups.
 *
 * Every zero-width piece in front moves, not only lookbehinds: lookaheads, `^` and groups of
 * lookarounds ("(?:(?<!i )(?=warm)|(?!warm))") test the same position wherever they stand, and
 * lookarounds are atomic, so the order of such tests changes nothing but their cost. A `\\b`
 * among them opens Y, so the scanner's guard (firstCharGuarded) still knows matches start
 * on one.
 */
export function lookbehindLast(src: string): ScanSource {
  const same: ScanSource = { source: src, group: 0 };
  if (/\\[1-9k]|\(\?<[a-zA-Z]/.test(src)) return same;
  const whole = lookaroundsLast(src);
  if (whole !== undefined) return { source: whole.source, group: 1 };
  // "(?<!X)Y|Z": each alternative is rewritten on its own, and one with nothing to move is
  // wrapped in a group as it is, so every alternative's text is its first group. One that
  // opens with an anchor stays as it is too: "^" fails at once on most positions, and behind
  // a lookahead of the rest it would read the rest first (a cue ran five times slower)
  const alts = topLevelAlts(src);
  const moved = alts.map((a) => {
    const m = lookaroundsLast(a);
    return m && !m.anchored ? m.source : undefined;
  });
  if (alts.length < 2 || moved.every((m) => m === undefined)) return same;
  return { source: alts.map((a, j) => moved[j] ?? `(${a})`).join('|'), group: EACH_ALTERNATIVE };
}

/**
 * `(?=(Y))X` for a source `XY` whose front X reads no character, and whether X holds an
 * anchor; undefined when there is no such X or Y.
 */
function lookaroundsLast(src: string): { source: string; anchored: boolean } | undefined {
  let i = 0;
  let bound = false;
  let anchored = false;
  let moved = '';
  for (;;) {
    const end = zeroWidthAtom(src, i);
    if (end < 0) break;
    const atom = src.slice(i, end);
    if (atom === '\\b') bound = true;
    else moved += atom;
    if (atom === '^' || atom === '$') anchored = true;
    i = end;
  }
  const rest = src.slice(i);
  if (moved === '' || rest === '' || hasTopLevelBar(rest)) return undefined;
  return { source: `(?=(${bound ? '\\b' : ''}${rest}))${moved}`, anchored };
}

/** The top-level alternatives of a regex source. */
export function topLevelAlts(src: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const bar = findInSource(src, from, (ch, depth) => ch === '|' && depth === 0);
    if (bar < 0) break;
    out.push(src.slice(from, bar));
    from = bar + 1;
  }
  out.push(src.slice(from));
  return out;
}

const LOOK_START = /^\(\?<?[=!]/;
const classChar = (c: string): string => (/[a-z0-9]/.test(c) ? c : `\\${c}`);

/**
 * A pattern that opens with lookarounds ("(?<!not )(?![^\n]{0,80}without)\b(you|i)'ll ...")
 * makes V8 run them at every position before it reads a single character of the match.
 * `(?=[yi])` in front, the characters any match of that alternative starts with, turns most
 * positions away on one character test: `(?=[F])A` matches exactly where `A` does, since
 * every match of `A` starts with a character of F (detect/triggers.ts firstCharsOf). No group
 * is added, so group numbers stay. Sources with capitals (the reader lower-cases) are left as
 * they are, unless the regex ignores case.
 */
export function firstCharGuarded(src: string, flags: string): string {
  if (/[uv]/.test(flags) || /\\[1-9k]|\(\?<[a-zA-Z]/.test(src)) return src;
  if (!flags.includes('i') && /[A-Z]/.test(src.replace(/\\[\s\S]/g, ''))) return src;
  const alts = topLevelAlts(src);
  if (!alts.some((a) => LOOK_START.test(a))) return src;
  return alts
    .map((a) => {
      if (!LOOK_START.test(a)) return a;
      const chars = firstCharsOf(a);
      if (!chars || chars.size === 0) return a;
      return `(?=[${[...chars].map(classChar).join('')}])${startsAtWordBoundary(a) ? '\\b' : ''}${a}`;
    })
    .join('|');
}
