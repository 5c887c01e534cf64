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
  | { k: 'bound'; word?: true } // zero-width \b (word), ^, $
  | { k: 'sep'; q: Quant } // consumes a non-word char (space, \s, [- ])
  | { k: 'group'; alts: Node[][]; q: Quant }
  // lookahead or lookbehind: zero-width, so what borders it borders us; `ahead` is a positive lookahead's body
  | { k: 'look'; ahead?: Node[][] }
  | { k: 'other'; q: Quant; chars?: string }; // chars: what it matches, when known (\d)

const WORD = /^[a-z0-9_]$/;
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

const isOne = (q: Quant) => q.min === 1 && q.max === 1;
const isWordChar = (n: Node | undefined): n is { k: 'char'; c: string; q: Quant } =>
  n?.k === 'char' && WORD.test(n.c) && isOne(n.q);

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
  if ((n.k === 'group' || n.k === 'char' || n.k === 'sep') && n.q.min === 0 && groupEdges(n, dir === -1))
    return bounded(seq, i + dir, dir, edge);
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
const COMMON = new Set([
  'the',
  'and',
  'you',
  'are',
  'was',
  'were',
  'for',
  'with',
  'that',
  'this',
  'have',
  'has',
  'had',
  'not',
  'but',
  'they',
  'she',
  'his',
  'her',
  'him',
  'our',
  'your',
  'their',
  'what',
  'about',
  'there',
  'would',
  'will',
  'can',
  'just',
  'like',
  'really',
  'all',
  'get',
  'got',
  'out',
  'one',
  'how',
  'when',
]);

/** Selectivity: long over short, whole words over open ones, words over literal text. */
function weight(t: string): number {
  if (t.startsWith(LITERAL)) return 1;
  const open = (t.startsWith(OPEN) ? 1 : 0) + (t.endsWith(OPEN) ? 1 : 0);
  const stem = t.length - open;
  if (open === 0 && COMMON.has(t)) return 1.5;
  return stem - (open === 2 ? 1.5 : open * 0.5);
}

/**
 * Trigger terms: a match needs every set of one term (a set is met by any of its words).
 * Requiring all a cue's mandatory words, not just its rarest, skips far more segments.
 */
export type Term = Set<string>[];
/** Caps so a cross product of nested alternations stays small; past them, a requirement loosens. */
const MAX_TERMS = 12;
const MAX_SETS = 3;

const score = (s: Set<string>) => Math.min(...[...s].map(weight)) * 10 - s.size;
const best = (t: Term) => t.reduce((a, b) => (score(b) > score(a) ? b : a));

/** One set any match of these terms holds a word of: the terms' best sets, joined. */
function flatten(terms: Term[]): Set<string> {
  const out = new Set<string>();
  for (const t of terms) for (const w of best(t)) out.add(w);
  return out;
}

/** Necessary trigger terms of a sequence (one of the terms holds), or undefined when none can be promised. */
function seqTerms(seq: Node[], leftEdge: boolean, rightEdge: boolean, affixes: boolean): Term[] | undefined {
  const needs: Term[][] = [];
  for (let i = 0; i < seq.length; i++) {
    const n = seq[i]!;
    if (isWordChar(n) && !isWordChar(seq[i - 1])) {
      let j = i;
      let run = '';
      while (isWordChar(seq[j])) run += (seq[j++] as { c: string }).c;
      const lb = bounded(seq, i, -1, leftEdge);
      const rb = bounded(seq, j - 1, 1, rightEdge);
      const after = seq[j];
      if (lb && rb) needs.push([[new Set([run])]]);
      else if (
        lb &&
        after?.k === 'char' &&
        WORD.test(after.c) &&
        after.q.min === 0 &&
        after.q.max === 1 &&
        bounded(seq, j, 1, rightEdge)
      ) {
        needs.push([[new Set([run, run + after.c])]]);
      } else if (affixes) needs.push([[new Set([(lb ? '' : OPEN) + run + (rb ? '' : OPEN)])]]);
    } else if (n.k === 'group' && n.q.min >= 1) {
      const lb = bounded(seq, i, -1, leftEdge);
      const rb = n.q.max === 1 && bounded(seq, i, 1, rightEdge);
      const terms: Term[] = [];
      let all = true;
      for (const alt of n.alts) {
        const t = seqTerms(alt, lb, rb, affixes);
        if (!t) {
          all = false;
          break;
        }
        terms.push(...t);
      }
      // alternatives of one word each are one set: "(lose|lost)" is {lose, lost}, not two terms
      if (all && terms.length)
        needs.push(
          terms.every((t) => t.length === 1) ? [[new Set(terms.flatMap((t) => [...t[0]!]))]] : terms,
        );
    }
  }
  if (!needs.length && affixes) needs.push(...literalRuns(seq).map((r) => [[new Set([LITERAL + r])]]));
  if (!needs.length) return undefined;
  // every need holds: the cross product of their terms, loosening a need to one set when it would grow too big
  let product: Term[] = [[]];
  for (const need of needs) {
    const terms = product.length * need.length > MAX_TERMS ? [[flatten(need)]] : need;
    product = product.flatMap((p) => terms.map((t) => [...p, ...t]));
  }
  // best set first, so a term cut down (here or by the matcher) keeps its most selective sets
  return product.map((t) => [...t].sort((a, b) => score(b) - score(a)).slice(0, MAX_SETS));
}

/** Whole trigger words of a regex, or undefined: then the regex runs on every segment. */
export function triggersOf(re: RegExp): Set<string> | undefined {
  const terms = termsFrom(re, false);
  return terms && flatten(terms);
}

/** Like triggersOf, but may also give open words and literal text, so almost no regex runs everywhere. */
export function affixTriggersOf(re: RegExp): Set<string> | undefined {
  const terms = termsFrom(re, true);
  return terms && flatten(terms);
}

/** The terms behind affixTriggersOf: a match holds a word of every set of at least one term. */
export function affixTermsOf(re: RegExp): Term[] | undefined {
  return termsFrom(re, true);
}

function termsFrom(re: RegExp, affixes: boolean): Term[] | undefined {
  // \p{..}, \u{..} and set notation parse differently under these flags
  if (/[uv]/.test(re.flags)) return undefined;
  try {
    const p: Parser = { s: re.source, i: 0 };
    const alts = parseAlts(p);
    if (p.i !== p.s.length) return undefined;
    const terms: Term[] = [];
    for (const alt of alts) {
      const t = seqTerms(alt, false, false, affixes);
      if (!t) return undefined;
      terms.push(...t);
    }
    return terms;
  } catch {
    return undefined;
  }
}

/** Matches and first characters of a sequence: what can start a match, and whether it can match nothing. */
interface First {
  chars: Set<string>;
  nullable: boolean;
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
        return { chars, nullable: false };
      }
      continue;
    }
    if (n.k === 'bound') continue;
    let f: First;
    if (n.k === 'char') f = { chars: new Set([n.c]), nullable: n.q.min === 0 };
    else if (n.k === 'other' && n.chars) f = { chars: new Set(n.chars), nullable: n.q.min === 0 };
    else if (n.k === 'group') {
      const g = firstOfAlts(n.alts);
      if (!g) return undefined;
      f = { chars: g.chars, nullable: g.nullable || n.q.min === 0 };
    } else return undefined;
    for (const c of f.chars) chars.add(c);
    if (!f.nullable) return { chars, nullable: false };
  }
  return { chars, nullable: true };
}

/** First characters of a set of alternatives: any of theirs, and empty when any may be. */
function firstOfAlts(alts: Node[][]): First | undefined {
  const f: First = { chars: new Set(), nullable: false };
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
  try {
    const p: Parser = { s: src, i: 0 };
    const alts = parseAlts(p);
    if (p.i !== p.s.length) return undefined;
    const f = firstOfAlts(alts);
    return f && !f.nullable ? f.chars : undefined;
  } catch {
    return undefined;
  }
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
  try {
    const p: Parser = { s: src, i: 0 };
    const alts = parseAlts(p);
    return p.i === p.s.length && alts.every(boundAtStart);
  } catch {
    return false;
  }
}

const WORDS = /[a-z0-9_]+/g;

/** The whole words of a segment string, as the trigger sets spell them. */
export function wordsOf(s: string): string[] {
  return s.match(WORDS) ?? [];
}

export { lookbehindLast } from './lookbehind.js';
