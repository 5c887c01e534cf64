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

import { parseSource, WORD, type Node, type Quant } from './regex-parse.js';

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
  const runs = Array<string>();
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

/*
 * Term lists are made by calling Array and sets from rest arguments, not by literals: every cue's terms
 * are worked out on the first analysis and die with it, and a literal's allocation site that V8 switches
 * to old space would leave them there as garbage (see regex-parse.ts). `Array(x)` with one argument that
 * is no number is `[x]`; Array.of would do too, but takes ten times as long.
 */
const oneSet = (set: Set<string>): Term[] => Array<Term>(Array<Set<string>>(set));
const setOf = (...words: string[]): Set<string> => new Set(words);
/** Caps so a cross product of nested alternations stays small; past them, a requirement loosens. */
const MAX_TERMS = 12;
/**
 * A wider cap, tried as well by the cue index (cue-index.ts): a cue of many multi-word alternatives ("next week",
 * "by the end of", "early next") keeps each as its own term under it, where 12 joins them into one set of their
 * commonest words ("by", "next", "end"), which nearly every segment has.
 */
export const WIDE_TERMS = 48;
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
function seqTerms(
  seq: Node[],
  leftEdge: boolean,
  rightEdge: boolean,
  affixes: boolean,
  maxTerms = MAX_TERMS,
): Term[] | undefined {
  const needs = Array<Term[]>();
  for (let i = 0; i < seq.length; i++) {
    const n = seq[i]!;
    if (isWordChar(n) && !isWordChar(seq[i - 1])) {
      let j = i;
      let run = '';
      while (isWordChar(seq[j])) run += (seq[j++] as { c: string }).c;
      const lb = bounded(seq, i, -1, leftEdge);
      const rb = bounded(seq, j - 1, 1, rightEdge);
      const after = seq[j];
      if (lb && rb) needs.push(oneSet(setOf(run)));
      else if (
        lb &&
        after?.k === 'char' &&
        WORD.test(after.c) &&
        after.q.min === 0 &&
        after.q.max === 1 &&
        bounded(seq, j, 1, rightEdge)
      ) {
        needs.push(oneSet(setOf(run, run + after.c)));
      } else if (affixes) needs.push(oneSet(setOf((lb ? '' : OPEN) + run + (rb ? '' : OPEN))));
    } else if (n.k === 'group' && n.q.min >= 1) {
      const lb = bounded(seq, i, -1, leftEdge);
      const rb = n.q.max === 1 && bounded(seq, i, 1, rightEdge);
      const terms = Array<Term>();
      let all = true;
      for (const alt of n.alts) {
        const t = seqTerms(alt, lb, rb, affixes, maxTerms);
        if (!t) {
          all = false;
          break;
        }
        terms.push(...t);
      }
      // alternatives of one word each are one set: "(lose|lost)" is {lose, lost}, not two terms
      if (all && terms.length)
        needs.push(
          terms.every((t) => t.length === 1) ? oneSet(new Set(terms.flatMap((t) => [...t[0]!]))) : terms,
        );
    }
  }
  if (!needs.length && affixes) needs.push(...literalRuns(seq).map((r) => oneSet(setOf(LITERAL + r))));
  if (!needs.length) return undefined;
  // every need holds: the cross product of their terms, loosening a need to one set when it would grow too big
  let product: Term[] = Array<Term>(Array<Set<string>>());
  for (const need of needs) {
    const terms = product.length * need.length > maxTerms ? oneSet(flatten(need)) : need;
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
export function affixTermsOf(re: RegExp, maxTerms = MAX_TERMS): Term[] | undefined {
  return termsFrom(re, true, maxTerms);
}

function termsFrom(re: RegExp, affixes: boolean, maxTerms = MAX_TERMS): Term[] | undefined {
  // \p{..}, \u{..} and set notation parse differently under these flags
  if (/[uv]/.test(re.flags)) return undefined;
  const alts = parseSource(re.source);
  if (!alts) return undefined;
  const terms = Array<Term>();
  for (const alt of alts) {
    const t = seqTerms(alt, false, false, affixes, maxTerms);
    if (!t) return undefined;
    terms.push(...t);
  }
  return terms;
}

const WORDS = /[a-z0-9_]+/g;

/** The whole words of a segment string, as the trigger sets spell them. */
export function wordsOf(s: string): string[] {
  return s.match(WORDS) ?? [];
}
