/**
 * The readings that turn a cue match into evidence or not: is it negated, is it hedged. Whether it
 * is worry rather than observation, or only supposed: worry.ts. Whose behaviour it is: subject.ts.
 */
import type { Tok } from '../nlp.js';
import { skipped } from './clauses.js';
import { BE } from './person-words.js';
import type { Clause } from './types.js';

export const NEGATORS = new Set([
  'not',
  "n't",
  'no',
  'never',
  'nobody',
  'none',
  'nothing',
  'neither',
  'nor',
  'without',
  'hardly',
  'barely',
  'zero',
  'nope',
  'cannot',
  'dont',
  'didnt',
  'wasnt',
  'werent',
  'isnt',
  'wouldnt',
  'couldnt',
  'doesnt',
  'havent',
  'hasnt',
  'aint',
  'nowhere',
  'noone',
  'lacked',
  'rarely',
  'seldom',
  'scarcely',
  // dialect: "di man nuh smile", "he didnae look at me"
  'nuh',
  'nae',
  'didnae',
  'dinnae',
  'cannae',
  'wasnae',
  'isnae',
  'couldnae',
  'wouldnae',
  'doesnae',
  'didna',
  'dinna',
]);
const NEG_WINDOW = 10;
/** "not only", "no doubt", "never mind" do not negate what follows. */
const NOT_NEGATING_NEXT = new Set(['only', 'doubt', 'mind', 'problem', 'wonder']);
/** "couldn't have been friendlier", "could not be happier": a negated comparative is praise. */
const PRAISE_COMPARATIVE =
  /^(?:have |'ve )?(?:been |be |gone |asked for )(?:a |any )?(?:more|better|(?!(?:never|ever|either|other|over|after|under)\b)\w+er)\b/;

/** "did not, at any point, make eye contact": a negator left hanging before a parenthesis still governs. */
function danglingNegator(toks: Tok[], c: Clause, start: number): boolean {
  let k = start - 1;
  for (let hops = 0; hops < 2 && k > c.from && toks[k]!.lower === ','; hops++) {
    const before = toks[k - 1]!;
    if (before.lower === 'not' || before.lower === "n't" || before.lower === 'never') return true;
    const s = c.clauseStart[k - 1] ?? c.from;
    // the parenthesis itself is short: "at any point", "even once", "to be fair"
    if (k - s > 4) return false;
    k = s - 1;
  }
  return false;
}

/**
 * "didn't start off (like some do) by telling me about the company": a clause opened by a closing
 * bracket continues the clause before the bracket, so a negator there still governs.
 */
const OPENER: Record<string, string> = { ')': '(', '—': '—', '–': '–', '-': '-' };
const ASIDE_MAX = 12;

function negatedBeforeBracket(toks: Tok[], c: Clause, start: number, from: number): boolean {
  const close = toks[start - 1]?.lower ?? '';
  const open = OPENER[close];
  // "didn't - unlike most places - tell me": a spaced dash pair is an aside too
  if (!open || (close === '-' && !toks[start - 1]!.spaceBefore)) return false;
  let k = start - 2;
  while (k > c.from && k > start - ASIDE_MAX && toks[k]!.lower !== open && toks[k]!.lower !== close) k--;
  if (k <= c.from || toks[k]!.lower !== open || (open === '-' && !toks[k]!.spaceBefore)) return false;
  const before = Math.max(c.clauseStart[k - 1] ?? c.from, c.from);
  // the window counts the words outside the brackets only
  const lo = Math.max(before, k - (NEG_WINDOW - (from - start)));
  for (let i = k - 1; i >= lo; i--) if (negatorAt(toks, i, from)) return true;
  return false;
}

/** Words after "it was anything but" / "it wasn't" that still leave it elliptical: "but it wasn't at all". */
const ELLIPSIS_TAIL = new Set([
  'at',
  'all',
  'really',
  'remotely',
  'one',
  'bit',
  'in',
  'the',
  'slightest',
  'so',
  'that',
  'though',
  'either',
  'lol',
  'haha',
]);
const CONTRA_SUBJECT = new Set(['it', 'that', 'this', 'he', 'she', 'they', 'which']);

/**
 * "she kept saying it was 'informal', but it was anything but": a bare "but it was anything
 * but" / "but it wasn't" after the match takes back what the clause said.
 */
function contradictedAfter(toks: Tok[], c: Clause, from: number): boolean {
  let b = from + 1;
  while (b < c.to && toks[b]!.lower !== 'but') b++;
  if (b >= c.to - 2 || toks[b - 1]?.lower === 'anything') return false;
  let k = b + 1;
  if (!CONTRA_SUBJECT.has(toks[k]!.lower)) return false;
  k++;
  if (!BE.has(toks[k]?.lower ?? '') && toks[k]?.lemma !== 'be') return false;
  k++;
  const w = toks[k]?.lower ?? '';
  if (w === 'anything' && toks[k + 1]?.lower === 'but') k += 2;
  else if (w === 'not' || w === "n't" || w === 'hardly' || w === 'never') k++;
  else if (w === 'far' && toks[k + 1]?.lower === 'from' && toks[k + 2]?.lower === 'it') k += 3;
  else return false;
  for (; k < c.to; k++) {
    const t = toks[k]!;
    if (t.pos === 'PUNCT' || skipped(t) || ELLIPSIS_TAIL.has(t.lower)) continue;
    return false;
  }
  return true;
}

/** "a so-called informal chat", "the supposedly relaxed format": the writer does not vouch for the word. */
function ironic(toks: Tok[], c: Clause, from: number): boolean {
  for (let k = from - 1; k >= Math.max(c.from, from - 2); k--) {
    const w = toks[k]!.lower;
    if (w === 'supposedly' || w === 'allegedly' || w === 'so-called') return true;
    if (w === 'called' && toks[k - 1]?.lower === '-' && toks[k - 2]?.lower === 'so') return true;
    if (w === 'called' && toks[k - 1]?.lower === 'so') return true;
  }
  return false;
}

/** "not gonna lie", "won't lie", "not going to lie": a frank opener, it negates nothing after it. */
const LIE_FILLERS = new Set(['gonna', 'gon', 'na', 'going', 'to']);
function notLying(toks: Tok[], i: number): boolean {
  let k = i + 1;
  while (k < i + 4 && LIE_FILLERS.has(toks[k]?.lower ?? '')) k++;
  return toks[k]?.lower === 'lie';
}

function negatorAt(toks: Tok[], i: number, from: number): boolean {
  const w = toks[i]!.lower;
  if (!NEGATORS.has(w) && !NEGATORS.has(toks[i]!.lemma)) return false;
  if (notLying(toks, i)) return false;
  if (NOT_NEGATING_NEXT.has(toks[i + 1]?.lower ?? '')) return false;
  if (w === 'without' && toks[i + 1]?.lower === 'a' && toks[i + 2]?.lower === 'doubt') return false;
  return !praiseAfter(toks, i, from);
}

export function isNegated(toks: Tok[], c: Clause, from: number): boolean {
  const start = Math.max(c.clauseStart[from] ?? c.from, c.from);
  const lo = Math.max(start, from - NEG_WINDOW);
  if (lo === start && start > c.from && danglingNegator(toks, c, start)) return true;
  if (lo === start && start > c.from && negatedBeforeBracket(toks, c, start, from)) return true;
  if (contradictedAfter(toks, c, from)) return true;
  if (ironic(toks, c, from)) return true;
  for (let i = from - 1; i >= lo; i--) {
    const w = toks[i]!.lower;
    // "anything but relaxed"
    if (w === 'but' && toks[i - 1]?.lower === 'anything' && i >= from - 3) return true;
    // "I forgot to be nervous": what was forgotten did not happen
    if (toks[i]!.lemma === 'forget' && toks[i + 1]?.lower === 'to' && toks[i + 2]?.lower === 'be')
      return true;
    if (negatorAt(toks, i, from)) return true;
  }
  return false;
}

/** "never felt so welcome", "never laughed so much", "couldn't have been nicer": emphatic, not negative. */
function praiseAfter(toks: Tok[], neg: number, from: number): boolean {
  const w = toks[neg]!.lemma;
  // "I don't think I've ever laughed so much"
  if (w !== 'never' && /^(think|remember|recall)$/.test(toks[neg + 1]?.lemma ?? '')) {
    for (let k = from + 1; k <= Math.min(toks.length - 1, from + 3); k++)
      if (/^(so|such|as)$/.test(toks[k]!.lower)) return true;
    return false;
  }
  if (w === 'never') {
    for (let k = neg + 1; k <= Math.min(toks.length - 1, from + 3); k++) {
      const x = toks[k]!.lower;
      // "never so much as looked up" is still a negation
      if (x === 'such' || (x === 'so' && k > neg + 1)) return true;
    }
    return false;
  }
  if (w !== 'not') return false;
  const after: string[] = [];
  for (let k = neg + 1; k < Math.min(toks.length, neg + 6); k++) after.push(toks[k]!.lower);
  return PRAISE_COMPARATIVE.test(after.join(' '));
}

const HEDGES =
  /\b(think|thought|maybe|perhaps|probably|pretty sure|fairly sure|kinda|kind of|sort of|seem|seemed|guess|might|possibly|idk|\d+ ?% sure|felt like|felt|not sure)\b|\?\?/;

export function isHedged(c: Clause): boolean {
  return HEDGES.test(c.surface);
}
