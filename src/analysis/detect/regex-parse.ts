/**
 * A reader of the regex sources our cue patterns are written in: enough of the syntax to know
 * which characters and words a match must hold (triggers.ts) and how it starts (regex-starts.ts).
 * Anything it does not understand throws inside and gives `undefined` from parseSource, so its
 * callers fall back to running the regex everywhere.
 */

export type Quant = { min: number; max: number };
export type Node =
  | { k: 'char'; c: string; q: Quant }
  | { k: 'bound'; word?: true } // zero-width \b (word), ^, $
  | { k: 'sep'; q: Quant } // consumes a non-word char (space, \s, [- ])
  | { k: 'group'; alts: Node[][]; q: Quant }
  // lookahead or lookbehind: zero-width, so what borders it borders us; `ahead` is a positive lookahead's body
  | { k: 'look'; ahead?: Node[][] }
  | { k: 'other'; q: Quant; chars?: string }; // chars: what it matches, when known (\d)

export const WORD = /^[a-z0-9_]$/;

/*
 * Nodes are made by `new`, not as object literals: V8 may switch a literal's allocation site to
 * allocate in old space when one scavenge finds most of its recent objects alive, and never switches
 * back until a full collection. The first analysis parses every cue regex (~100 MB of nodes, all dead
 * within the cue's parse), so a parse caught mid-way by that one scavenge sent the rest of the cue
 * index's nodes to old space, ~50 MB of garbage no full collection came for (ADR 0003, "Session 25
 * (memory)"). Objects made by `new` are never pretenured.
 */
// fields are assigned in the constructors, not declared with initialisers: class fields define
// each property twice over, which made the parse ~40% slower
class Range implements Quant {
  declare readonly min: number;
  declare readonly max: number;
  constructor(min: number, max: number) {
    this.min = min;
    this.max = max;
  }
}
class CharNode {
  declare readonly k: 'char';
  declare readonly c: string;
  declare readonly q: Quant;
  constructor(c: string, q: Quant) {
    this.k = 'char';
    this.c = c;
    this.q = q;
  }
}
class BoundNode {
  declare readonly k: 'bound';
  declare readonly word?: true;
  constructor(word: boolean) {
    this.k = 'bound';
    if (word) this.word = true;
  }
}
class SepNode {
  declare readonly k: 'sep';
  declare readonly q: Quant;
  constructor(q: Quant) {
    this.k = 'sep';
    this.q = q;
  }
}
class GroupNode {
  declare readonly k: 'group';
  declare readonly alts: Node[][];
  declare readonly q: Quant;
  constructor(alts: Node[][], q: Quant) {
    this.k = 'group';
    this.alts = alts;
    this.q = q;
  }
}
class LookNode {
  declare readonly k: 'look';
  declare readonly ahead?: Node[][];
  constructor(ahead: Node[][] | undefined) {
    this.k = 'look';
    if (ahead) this.ahead = ahead;
  }
}
class OtherNode {
  declare readonly k: 'other';
  declare readonly q: Quant;
  declare readonly chars?: string;
  constructor(q: Quant, chars?: string) {
    this.k = 'other';
    this.q = q;
    if (chars !== undefined) this.chars = chars;
  }
}

const ONE: Quant = new Range(1, 1);
// quantifiers are read, never changed, so the common ones are shared
const OPTIONAL: Quant = new Range(0, 1);
const ANY: Quant = new Range(0, Infinity);
const SOME: Quant = new Range(1, Infinity);
const WORD_BOUND = new BoundNode(true);
const EDGE = new BoundNode(false);

interface Parser {
  s: string;
  i: number;
}

function quant(p: Parser): Quant {
  const c = p.s[p.i];
  let q: Quant;
  if (c === '?') q = OPTIONAL;
  else if (c === '*') q = ANY;
  else if (c === '+') q = SOME;
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(p.s.slice(p.i));
    if (!m) return ONE;
    p.i += m[0].length;
    const min = Number(m[1]);
    const qq = new Range(min, m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity);
    if (p.s[p.i] === '?') p.i++;
    return qq;
  } else return ONE;
  p.i++;
  if (p.s[p.i] === '?') p.i++;
  return q;
}

function classIsSeparator(body: string): boolean {
  if (body.startsWith('^')) return false;
  const rest = body.replace(/\\[sS.\-/?!,:;'"()[\]|]|\\u[0-9a-fA-F]{4}/g, (e) => (e === '\\S' ? 'a' : ''));
  return !/[a-zA-Z0-9_\\]/.test(rest);
}

function parseAlts(p: Parser): Node[][] {
  // lists made by calling Array, not as literals, for the same reason as the node classes above
  const alts = Array<Node[]>(Array<Node>());
  while (p.i < p.s.length) {
    const c = p.s[p.i]!;
    const seq = alts[alts.length - 1]!;
    if (c === '|') {
      p.i++;
      alts.push(Array<Node>());
      continue;
    }
    if (c === ')') return alts;
    if (c === '(') {
      p.i++;
      let look = false;
      let ahead = false;
      if (p.s[p.i] === '?') {
        const m = /^\?(:|<?[=!])/.exec(p.s.slice(p.i));
        if (!m) throw new Error('group');
        look = m[1] !== ':';
        ahead = m[1] === '=';
        p.i += m[0].length;
      }
      const inner = parseAlts(p);
      if (p.s[p.i] !== ')') throw new Error('paren');
      p.i++;
      const q = quant(p);
      seq.push(look ? new LookNode(ahead ? inner : undefined) : new GroupNode(inner, q));
      continue;
    }
    if (c === '[') {
      const m = /^\[((?:\\.|[^\]\\])*)\]/.exec(p.s.slice(p.i));
      if (!m) throw new Error('class');
      p.i += m[0].length;
      const q = quant(p);
      seq.push(classIsSeparator(m[1]!) ? new SepNode(q) : new OtherNode(q));
      continue;
    }
    if (c === '^' || c === '$') {
      p.i++;
      seq.push(EDGE);
      continue;
    }
    if (c === '\\') {
      const e = p.s[p.i + 1]!;
      p.i += 2;
      if (e === 'b') {
        seq.push(WORD_BOUND);
        continue;
      }
      if (e === 'u') {
        p.i += 4;
        seq.push(new SepNode(quant(p)));
        continue;
      }
      if (e === 's') {
        seq.push(new SepNode(quant(p)));
        continue;
      }
      if (/[a-zA-Z0-9]/.test(e)) {
        seq.push(e === 'd' ? new OtherNode(quant(p), '0123456789') : new OtherNode(quant(p)));
        continue;
      }
      seq.push(new CharNode(e.toLowerCase(), quant(p)));
      continue;
    }
    if (c === '.') {
      p.i++;
      seq.push(new OtherNode(quant(p)));
      continue;
    }
    p.i++;
    seq.push(new CharNode(c.toLowerCase(), quant(p)));
  }
  return alts;
}

/** The alternatives of a whole regex source, or undefined when the reader cannot follow it. */
export function parseSource(src: string): Node[][] | undefined {
  try {
    const p: Parser = { s: src, i: 0 };
    const alts = parseAlts(p);
    return p.i === p.s.length ? alts : undefined;
  } catch {
    return undefined;
  }
}
