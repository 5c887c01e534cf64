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
const ONE: Quant = { min: 1, max: 1 };

interface Parser {
  s: string;
  i: number;
}

function quant(p: Parser): Quant {
  const c = p.s[p.i];
  let q: Quant;
  if (c === '?') q = { min: 0, max: 1 };
  else if (c === '*') q = { min: 0, max: Infinity };
  else if (c === '+') q = { min: 1, max: Infinity };
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(p.s.slice(p.i));
    if (!m) return ONE;
    p.i += m[0].length;
    const min = Number(m[1]);
    const qq = { min, max: m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity };
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
  const alts: Node[][] = [[]];
  while (p.i < p.s.length) {
    const c = p.s[p.i]!;
    const seq = alts[alts.length - 1]!;
    if (c === '|') {
      p.i++;
      alts.push([]);
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
      seq.push(look ? (ahead ? { k: 'look', ahead: inner } : { k: 'look' }) : { k: 'group', alts: inner, q });
      continue;
    }
    if (c === '[') {
      const m = /^\[((?:\\.|[^\]\\])*)\]/.exec(p.s.slice(p.i));
      if (!m) throw new Error('class');
      p.i += m[0].length;
      const q = quant(p);
      seq.push(classIsSeparator(m[1]!) ? { k: 'sep', q } : { k: 'other', q });
      continue;
    }
    if (c === '^' || c === '$') {
      p.i++;
      seq.push({ k: 'bound' });
      continue;
    }
    if (c === '\\') {
      const e = p.s[p.i + 1]!;
      p.i += 2;
      if (e === 'b') {
        seq.push({ k: 'bound', word: true });
        continue;
      }
      if (e === 'u') {
        p.i += 4;
        seq.push({ k: 'sep', q: quant(p) });
        continue;
      }
      if (e === 's') {
        seq.push({ k: 'sep', q: quant(p) });
        continue;
      }
      if (/[a-zA-Z0-9]/.test(e)) {
        seq.push(e === 'd' ? { k: 'other', q: quant(p), chars: '0123456789' } : { k: 'other', q: quant(p) });
        continue;
      }
      seq.push({ k: 'char', c: e.toLowerCase(), q: quant(p) });
      continue;
    }
    if (c === '.') {
      p.i++;
      seq.push({ k: 'other', q: quant(p) });
      continue;
    }
    p.i++;
    seq.push({ k: 'char', c: c.toLowerCase(), q: quant(p) });
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
