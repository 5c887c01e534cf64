/**
 * Trigger words: for a cue regex, a set of whole words at least one of which appears in
 * any match. A segment that has none of them cannot match, so the matcher skips the
 * regex there. Worked out once per regex from its source; anything the reader does not
 * understand gives `undefined` (no prefilter: the regex always runs), so a skipped
 * segment is always one the regex could not have matched.
 *
 * With affixes allowed (`affixTriggersOf`), a `*` marks what the regex leaves open: `explain*`
 * is any word starting "explain" (`explain\w*`), `*hrs` one ending "hrs" (`\d+hrs\b`),
 * `*on*` one containing "on"; a trigger starting with LITERAL is text the segment must
 * contain (emoji), for cues with no word at all.
 */

type Quant = { min: number; max: number };
type Node =
  | { k: 'char'; c: string; q: Quant }
  | { k: 'bound' } // zero-width \b, ^, $
  | { k: 'sep'; q: Quant } // consumes a non-word char (space, \s, [- ])
  | { k: 'group'; alts: Node[][]; q: Quant }
  | { k: 'look' } // lookahead or lookbehind: zero-width, so what borders it borders us
  | { k: 'other'; q: Quant };

const WORD = /^[a-z0-9_]$/;
const ONE: Quant = { min: 1, max: 1 };

interface Parser { s: string; i: number }

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
    if (c === '|') { p.i++; alts.push([]); continue; }
    if (c === ')') return alts;
    if (c === '(') {
      p.i++;
      let look = false;
      if (p.s[p.i] === '?') {
        const m = /^\?(:|<?[=!])/.exec(p.s.slice(p.i));
        if (!m) throw new Error('group');
        look = m[1] !== ':';
        p.i += m[0].length;
      }
      const inner = parseAlts(p);
      if (p.s[p.i] !== ')') throw new Error('paren');
      p.i++;
      const q = quant(p);
      seq.push(look ? { k: 'look' } : { k: 'group', alts: inner, q });
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
    if (c === '^' || c === '$') { p.i++; seq.push({ k: 'bound' }); continue; }
    if (c === '\\') {
      const e = p.s[p.i + 1]!;
      p.i += 2;
      if (e === 'b') { seq.push({ k: 'bound' }); continue; }
      if (e === 'u') { p.i += 4; seq.push({ k: 'sep', q: quant(p) }); continue; }
      if (e === 's') { seq.push({ k: 'sep', q: quant(p) }); continue; }
      if (/[a-zA-Z0-9]/.test(e)) { seq.push({ k: 'other', q: quant(p) }); continue; }
      seq.push({ k: 'char', c: e.toLowerCase(), q: quant(p) });
      continue;
    }
    if (c === '.') { p.i++; seq.push({ k: 'other', q: quant(p) }); continue; }
    p.i++;
    seq.push({ k: 'char', c: c.toLowerCase(), q: quant(p) });
  }
  return alts;
}

const isOne = (q: Quant) => q.min === 1 && q.max === 1;
const isWordChar = (n: Node | undefined): n is { k: 'char'; c: string; q: Quant } => n?.k === 'char' && WORD.test(n.c) && isOne(n.q);

/** Does this element guarantee a non-word character (or an edge) next to a word run? */
function bounds(n: Node | undefined, edge: boolean): boolean {
  if (!n) return edge;
  if (n.k === 'bound') return true;
  if (n.k === 'sep') return n.q.min >= 1;
  if (n.k === 'char') return !WORD.test(n.c) && n.q.min >= 1;
  return false;
}

/** Every alternative of a group ends (or starts) with a separator or boundary. */
function groupEdges(n: Node, end: boolean): boolean {
  if (n.k !== 'group') return n.k === 'char' ? !WORD.test(n.c) : n.k === 'sep' || n.k === 'bound';
  return n.alts.every((a) => {
    const e = end ? a[a.length - 1] : a[0];
    return e !== undefined && (bounds(e, false) || (e.k === 'group' && e.q.min >= 1 && groupEdges(e, end)));
  });
}

/** Is the character before seq[i] (dir -1) or after seq[i] (dir 1) sure to be a non-word one? */
function bounded(seq: Node[], i: number, dir: 1 | -1, edge: boolean): boolean {
  const n = seq[i + dir];
  if (!n) return edge;
  if (n.k === 'look') return bounded(seq, i + dir, dir, edge);
  if (bounds(n, edge)) return true;
  if (n.k === 'group' && n.q.min >= 1 && groupEdges(n, dir === -1)) return true;
  // an optional piece that is itself bounded on our side leaves either it or what lies beyond
  if ((n.k === 'group' || n.k === 'char' || n.k === 'sep') && n.q.min === 0 && groupEdges(n, dir === -1)) return bounded(seq, i + dir, dir, edge);
  return false;
}

export const OPEN = '*';
export const LITERAL = '\u0001';

/** A run of literal characters with something other than a word character in it, e.g. an emoji. */
function literalRuns(seq: Node[]): string[] {
  const runs: string[] = [];
  let run = '';
  const flush = () => {
    if ([...run].some((ch) => ch.charCodeAt(0) > 0x7f)) runs.push(run);
    run = '';
  };
  for (const n of seq) {
    if (n.k === 'char' && isOne(n.q)) run += n.c;
    else if (n.k !== 'look' && n.k !== 'bound') flush();
  }
  flush();
  return runs;
}

/** Words so common that nearly every segment has one: a poor filter, whatever their length. */
const COMMON = new Set(['the', 'and', 'you', 'are', 'was', 'were', 'for', 'with', 'that', 'this', 'have', 'has', 'had', 'not', 'but', 'they', 'she', 'his', 'her', 'him', 'our', 'your', 'their', 'what', 'about', 'there', 'would', 'will', 'can', 'just', 'like', 'really', 'all', 'get', 'got', 'out', 'one', 'how', 'when']);

/** Selectivity: long over short, whole words over open ones, words over literal text. */
function weight(t: string): number {
  if (t.startsWith(LITERAL)) return 1;
  const open = (t.startsWith(OPEN) ? 1 : 0) + (t.endsWith(OPEN) ? 1 : 0);
  const stem = t.length - open;
  if (open === 0 && COMMON.has(t)) return 1.5;
  return stem - (open === 2 ? 1.5 : open * 0.5);
}

/** Necessary trigger words of a sequence, or undefined when none can be promised. */
function seqTriggers(seq: Node[], leftEdge: boolean, rightEdge: boolean, affixes: boolean): Set<string> | undefined {
  const options: Set<string>[] = [];
  for (let i = 0; i < seq.length; i++) {
    const n = seq[i]!;
    if (isWordChar(n) && !isWordChar(seq[i - 1])) {
      let j = i;
      let run = '';
      while (isWordChar(seq[j])) run += (seq[j++] as { c: string }).c;
      const lb = bounded(seq, i, -1, leftEdge);
      const rb = bounded(seq, j - 1, 1, rightEdge);
      const after = seq[j];
      if (lb && rb) options.push(new Set([run]));
      else if (lb && after?.k === 'char' && WORD.test(after.c) && after.q.min === 0 && after.q.max === 1 && bounded(seq, j, 1, rightEdge)) {
        options.push(new Set([run, run + after.c]));
      } else if (affixes) options.push(new Set([(lb ? '' : OPEN) + run + (rb ? '' : OPEN)]));
    } else if (n.k === 'group' && n.q.min >= 1) {
      const lb = bounded(seq, i, -1, leftEdge);
      const rb = n.q.max === 1 && bounded(seq, i, 1, rightEdge);
      const union = new Set<string>();
      let all = true;
      for (const alt of n.alts) {
        const t = seqTriggers(alt, lb, rb, affixes);
        if (!t) { all = false; break; }
        for (const w of t) union.add(w);
      }
      if (all && union.size) options.push(union);
    }
  }
  if (!options.length && affixes) options.push(...literalRuns(seq).map((r) => new Set([LITERAL + r])));
  if (!options.length) return undefined;
  const score = (s: Set<string>) => Math.min(...[...s].map(weight)) * 10 - s.size;
  return options.reduce((a, b) => (score(b) > score(a) ? b : a));
}

/** Whole trigger words of a regex, or undefined: then the regex runs on every segment. */
export function triggersOf(re: RegExp): Set<string> | undefined {
  return triggersFrom(re, false);
}

/** Like triggersOf, but may also give open words and literal text, so almost no regex runs everywhere. */
export function affixTriggersOf(re: RegExp): Set<string> | undefined {
  return triggersFrom(re, true);
}

function triggersFrom(re: RegExp, affixes: boolean): Set<string> | undefined {
  // \p{..}, \u{..} and set notation parse differently under these flags
  if (/[uv]/.test(re.flags)) return undefined;
  try {
    const p: Parser = { s: re.source, i: 0 };
    const alts = parseAlts(p);
    if (p.i !== p.s.length) return undefined;
    const union = new Set<string>();
    for (const alt of alts) {
      const t = seqTriggers(alt, false, false, affixes);
      if (!t) return undefined;
      for (const w of t) union.add(w);
    }
    return union;
  } catch {
    return undefined;
  }
}

const WORDS = /[a-z0-9_]+/g;

/** The whole words of a segment string, as the trigger sets spell them. */
export function wordsOf(s: string): string[] {
  return s.match(WORDS) ?? [];
}

/** End of the group opening at `i` (index of its `)`), or -1. */
function groupEnd(src: string, i: number): number {
  let depth = 0;
  let inClass = false;
  for (let j = i; j < src.length; j++) {
    const ch = src[j];
    if (ch === '\\') { j++; continue; }
    if (inClass) { if (ch === ']') inClass = false; continue; }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return j;
  }
  return -1;
}

function hasTopLevelBar(src: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let j = 0; j < src.length; j++) {
    const ch = src[j];
    if (ch === '\\') { j++; continue; }
    if (inClass) { if (ch === ']') inClass = false; continue; }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * V8 tries a leading lookbehind at every position before the cheap part of the pattern;
 * `(?<!X)Y` matches exactly where `(?=Y)(?<!X)(?:Y)` does, and the latter rejects most
 * positions on Y's first characters. Only group numbers move, and no one reads groups.
 */
export function lookbehindLast(src: string): string {
  if (/\\[1-9k]|\(\?<[a-zA-Z]/.test(src)) return src;
  let i = 0;
  while (src.startsWith('(?<!', i) || src.startsWith('(?<=', i)) {
    const end = groupEnd(src, i);
    if (end < 0) return src;
    i = end + 1;
  }
  const rest = src.slice(i);
  if (i === 0 || rest === '' || hasTopLevelBar(rest)) return src;
  return `(?=${rest})${src.slice(0, i)}(?:${rest})`;
}
