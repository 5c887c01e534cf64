/**
 * How a regex's matches start: with which characters, and whether at a word boundary. The cue
 * scanners use it to skip positions no match can start from (lookbehind.ts, opening-gate.ts).
 */
import { parseSource, type Node } from './regex-parse.js';

/** Matches and first characters of a sequence: what can start a match, and whether it can match nothing. */
interface First {
  chars: Set<string>;
  nullable: boolean;
}
/** Made by `new`, as regex-parse.ts makes its nodes: the first analysis works these out for every cue. */
class Firsts implements First {
  constructor(
    readonly chars: Set<string>,
    public nullable: boolean,
  ) {}
}
function firstOfSeq(seq: Node[]): First | undefined {
  const chars = new Set<string>();
  for (const n of seq) {
    if (n.k === 'look') {
      // a positive lookahead that must read a character bounds the first one as a match would
      // ("(?=(a|b))(?<!x)" starts with a or b), so the scanner form of lookbehindLast keeps its guard
      const g = n.ahead && firstOfAlts(n.ahead);
      if (g && !g.nullable) {
        for (const c of g.chars) chars.add(c);
        return new Firsts(chars, false);
      }
      continue;
    }
    if (n.k === 'bound') continue;
    let f: First;
    if (n.k === 'char') f = new Firsts(new Set<string>().add(n.c), n.q.min === 0);
    else if (n.k === 'other' && n.chars) f = new Firsts(new Set(n.chars), n.q.min === 0);
    else if (n.k === 'group') {
      const g = firstOfAlts(n.alts);
      if (!g) return undefined;
      f = new Firsts(g.chars, g.nullable || n.q.min === 0);
    } else return undefined;
    for (const c of f.chars) chars.add(c);
    if (!f.nullable) return new Firsts(chars, false);
  }
  return new Firsts(chars, true);
}

/** First characters of a set of alternatives: any of theirs, and empty when any may be. */
function firstOfAlts(alts: Node[][]): First | undefined {
  const f = new Firsts(new Set(), false);
  for (const alt of alts) {
    const g = firstOfSeq(alt);
    if (!g) return undefined;
    for (const c of g.chars) f.chars.add(c);
    if (g.nullable) f.nullable = true;
  }
  return f;
}

/**
 * The characters one of which every match of the regex source `src` starts with (as the
 * trigger reader lower-cases them), or undefined when that cannot be told: a match may be
 * empty, or start with a class or an escape such as `\w` (`\d` gives the digits).
 */
export function firstCharsOf(src: string): Set<string> | undefined {
  const alts = parseSource(src);
  const f = alts && firstOfAlts(alts);
  return f && !f.nullable ? f.chars : undefined;
}

/** Nodes that never consume a character: lookarounds, boundaries and groups of nothing else. */
function zeroWidth(n: Node): boolean {
  if (n.k === 'look' || n.k === 'bound') return true;
  return n.k === 'group' && n.alts.every((a) => a.every(zeroWidth));
}

/** Whether every way through `seq` asserts \b before it reads its first character. */
function boundAtStart(seq: Node[]): boolean {
  for (const n of seq) {
    if (n.k === 'bound' && n.word) return true;
    // a lookahead reads from the same position, so a \b it opens with holds there too
    if (n.k === 'look' && n.ahead && n.ahead.every(boundAtStart)) return true;
    if (n.k === 'group' && n.q.min >= 1 && n.alts.every(boundAtStart)) return true;
    if (!zeroWidth(n)) return false;
  }
  return false;
}

/**
 * Whether every match of the regex source `src` starts where `\b` holds: each alternative
 * asserts it before reading a character, past lookarounds only.
 */
export function startsAtWordBoundary(src: string): boolean {
  const alts = parseSource(src);
  return alts !== undefined && alts.every(boundAtStart);
}
