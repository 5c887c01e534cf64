/**
 * Start words: where a cue regex can begin a match. When every match starts on a word (a
 * `\b` or `^` holds there and a word character is read first) and that word is one of a
 * few read from the source ("told", "explain…"), the matcher tries the regex only at those
 * words' starts, each try anchored (sticky), instead of at every character of the segment.
 * A match may also open on any word or two (`\w+ culture`, `(\w+ )?days?`): then the word
 * that many places on must be one of them. Anything the reader does not follow gives
 * `undefined`, and the regex scans as before.
 */
import { bounded, type Node, parsedAlts } from './triggers.js';

/** Whole words, and stems a longer word may go on from. */
export interface WordSet {
  exact: Set<string>;
  prefix: Set<string>;
}
/**
 * The words a match can start with, by how many words of any kind come first: a match
 * starting on word i has word i + d in `[d]` for some d.
 */
export type StartWords = WordSet[];

/** At most this many words of any kind before a known one. */
export const MAX_SKIP = 4;
const WORD = /^[a-z0-9_]$/;

interface First {
  /** [skip, word, exact] for each word a match may go on with after `skip` words of any kind. */
  words: [number, string, boolean][];
  /** The sequence can match nothing, so what follows it may read the first character. */
  nullable: boolean;
}

/** A node that reads one non-word character or more, and nothing else. */
function separates(n: Node | undefined): boolean {
  if (!n || (n.k !== 'sep' && n.k !== 'char')) return false;
  return n.q.min >= 1 && (n.k === 'sep' || !WORD.test(n.c));
}

/** `\w+` then a separator (at a word's start): one whole word read, since the separator takes no word character. */
function wordThenSeparator(seq: Node[]): boolean {
  const w = seq[0];
  return seq.length === 2 && w?.k === 'other' && w.word === true && w.q.min >= 1 && separates(seq[1]);
}

const plus = (skips: number[], min: number, max: number): number[] | undefined => {
  const out = new Set<number>();
  for (const d of skips) for (let j = min; j <= max; j++) out.add(d + j);
  return [...out].some((d) => d > MAX_SKIP) ? undefined : [...out];
};

/**
 * First words of `seq`. `atBound`: a `\b` or `^` holds at the current position (nothing read
 * since). `rightEdge`: what follows `seq` is sure to be a non-word character or the end.
 * `skips`: how many words of any kind may have been read before the current position.
 */
function firstOf(seq: Node[], atBound: boolean, rightEdge: boolean, skips: number[]): First | undefined {
  const out: First = { words: [], nullable: true };
  const start = skips;
  for (let i = 0; i < seq.length; i++) {
    const n = seq[i]!;
    if (n.k === 'bound') {
      atBound = true;
      continue;
    }
    // zero-width: it may test the text around, but a match still starts where it stands
    if (n.k === 'look') continue;
    if (n.k === 'char') {
      // a match whose first character is not a word character, or that may start inside a word
      if (!WORD.test(n.c) || !atBound || n.q.min < 1) return undefined;
      let j = i;
      let stem = '';
      while (j < seq.length) {
        const c = seq[j]!;
        if (c.k !== 'char' || !WORD.test(c.c) || c.q.min !== 1 || c.q.max !== 1) break;
        stem += c.c;
        j++;
      }
      // "c+" and the like: the stem is its first character
      const exact = j > i && bounded(seq, j - 1, 1, rightEdge);
      for (const d of skips) out.words.push([d, j === i ? n.c : stem, exact]);
      out.nullable = false;
      return out;
    }
    // a whole word of any kind and what separates it from the next: "\w+ " once
    if (n.k === 'other' && wordThenSeparator(seq.slice(i, i + 2))) {
      const more = atBound ? plus(skips, 1, 1) : undefined;
      if (!more) return undefined;
      skips = more;
      i++;
      continue;
    }
    if (n.k === 'group' && n.alts.every(wordThenSeparator)) {
      const more = atBound && n.q.max <= MAX_SKIP ? plus(skips, n.q.min, n.q.max) : undefined;
      if (!more) return undefined;
      skips = more;
      continue;
    }
    if (n.k === 'group') {
      const rb = n.q.max === 1 && bounded(seq, i, 1, rightEdge);
      let nullable = n.q.min === 0;
      for (const alt of n.alts) {
        const f = firstOf(alt, atBound, rb, skips);
        if (!f) return undefined;
        out.words.push(...f.words);
        if (f.nullable) nullable = true;
      }
      if (!nullable) {
        out.nullable = false;
        return out;
      }
      // read nothing: the position, and what is known of it, stay as they were
      continue;
    }
    // a separator or a class reads a character that may not start a word
    return undefined;
  }
  // words of any kind and then nothing known: what comes after this sequence is not placed
  if (skips !== start) return undefined;
  return out;
}

/** The start words of a regex, or undefined when some match may start elsewhere (or be empty). */
export function startWordsOf(re: RegExp): StartWords | undefined {
  // \p{..}, \u{..} and set notation parse differently under these flags
  if (/[uv]/.test(re.flags)) return undefined;
  const alts = parsedAlts(re.source);
  if (!alts) return undefined;
  const words: StartWords = [];
  for (const alt of alts) {
    const f = firstOf(alt, false, false, [0]);
    if (!f || f.nullable) return undefined;
    for (const [d, w, exact] of f.words) {
      while (words.length <= d) words.push({ exact: new Set(), prefix: new Set() });
      (exact ? words[d]!.exact : words[d]!.prefix).add(w);
    }
  }
  return words;
}

/** Whether a word (lower case, as the segment strings hold them) is one of a set. */
export function inWordSet(set: WordSet | undefined, w: string): boolean {
  if (!set) return false;
  if (set.exact.has(w)) return true;
  for (const p of set.prefix) if (w.startsWith(p)) return true;
  return false;
}

/** Whether a match may start on word i of a segment's words. */
export function startsAt(words: StartWords, segment: readonly string[], i: number): boolean {
  return words.some((set, d) => i + d < segment.length && inWordSet(set, segment[i + d]!));
}
