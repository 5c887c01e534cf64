/**
 * Start words: where a cue regex can begin a match. When every match starts on a word (a
 * `\b` or `^` holds there and a word character is read first) and that word is one of a
 * few read from the source ("told", "explain…"), the matcher tries the regex only at those
 * words' starts, each try anchored (sticky), instead of at every character of the segment.
 * Anything the reader does not follow gives `undefined`, and the regex scans as before.
 */
import { bounded, type Node, parsedAlts } from './triggers.js';

/** The words a match can start with: whole words, and stems a longer word may go on from. */
export interface StartWords {
  exact: Set<string>;
  prefix: Set<string>;
}

const WORD = /^[a-z0-9_]$/;

interface First {
  exact: string[];
  prefix: string[];
  /** The sequence can match nothing, so what follows it may read the first character. */
  nullable: boolean;
}

/**
 * First words of `seq`. `atBound`: a `\b` or `^` holds at the current position (nothing read
 * since). `rightEdge`: what follows `seq` is sure to be a non-word character or the end.
 */
function firstOf(seq: Node[], atBound: boolean, rightEdge: boolean): First | undefined {
  const out: First = { exact: [], prefix: [], nullable: true };
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
      if (j === i) {
        stem = n.c;
        out.prefix.push(stem);
      } else if (bounded(seq, j - 1, 1, rightEdge)) out.exact.push(stem);
      else out.prefix.push(stem);
      out.nullable = false;
      return out;
    }
    if (n.k === 'group') {
      const rb = n.q.max === 1 && bounded(seq, i, 1, rightEdge);
      let nullable = n.q.min === 0;
      for (const alt of n.alts) {
        const f = firstOf(alt, atBound, rb);
        if (!f) return undefined;
        out.exact.push(...f.exact);
        out.prefix.push(...f.prefix);
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
  return out;
}

/** The start words of a regex, or undefined when some match may start elsewhere (or be empty). */
export function startWordsOf(re: RegExp): StartWords | undefined {
  // \p{..}, \u{..} and set notation parse differently under these flags
  if (/[uv]/.test(re.flags)) return undefined;
  const alts = parsedAlts(re.source);
  if (!alts) return undefined;
  const words: StartWords = { exact: new Set(), prefix: new Set() };
  for (const alt of alts) {
    const f = firstOf(alt, false, false);
    if (!f || f.nullable) return undefined;
    for (const w of f.exact) words.exact.add(w);
    for (const w of f.prefix) words.prefix.add(w);
  }
  return words;
}

/** Whether a word (lower case, as the segment strings hold them) can start a match. */
export function startsWith(words: StartWords, w: string): boolean {
  if (words.exact.has(w)) return true;
  for (const p of words.prefix) if (w.startsWith(p)) return true;
  return false;
}
