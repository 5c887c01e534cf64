/**
 * A verb phrase joined to the clause before with no subject of its own ("she read my portfolio
 * and said ...", "frowned, and checked the clock"): whose it is, found from that clause's head
 * subject and the nearest subject before the verb.
 */
import type { Tok } from '../nlp.js';
import { bystanderPronoun, COLLECTIVE } from './bystander.js';
import { skipped } from './clauses.js';
import { gerundModifier, personAt, personal } from './person-at.js';
import { NP_INNER, OTHER_NOM, PEOPLE, type Person, RAISING, SELF_NOM, WE_NOM } from './person-words.js';
import { embedded, nounSubject, reportedSelf, SUBORDINATORS } from './subject-scan.js';
import type { Clause } from './types.js';

/** Words that join a verb phrase to the clause before: "and asked", "then kept asking", "but never smiled". */
const COORDINATORS = new Set(['and', 'n', '&', 'then', 'but', 'also', 'plus', 'yet', 'or']);
/** "I think she liked me and asked ...": after a verb of thought the subject that carries on is the inner one. */
const MINDING = new Set([
  'think',
  'feel',
  'guess',
  'reckon',
  'believe',
  'know',
  'sense',
  'suppose',
  'assume',
  'mean',
]);
const COORDINATION_HOPS = 6;
const COORDINATION_WINDOW = 25;

/** The first word of the clause at `start` after its joining words, when it is a verb: a clause with no subject of its own. */
function bareVerbPhrase(toks: Tok[], start: number, to: number): boolean {
  let k = start;
  let joined = /^[,;—–-]$/.test(toks[start - 1]?.lower ?? '');
  for (; k < to; k++) {
    const t = toks[k]!;
    if (COORDINATORS.has(t.lower)) joined = true;
    else if (t.pos !== 'ADV' && !skipped(t)) break;
  }
  const t = toks[k];
  return joined && t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
}

/** The verb after a subject at `k` is one of thought: "I think", "I could tell", "I honestly felt". */
function minding(toks: Tok[], k: number, e: number): boolean {
  while (k <= e && (toks[k]!.pos === 'AUX' || toks[k]!.pos === 'ADV' || toks[k]!.pos === 'PART')) k++;
  const v = toks[k];
  if (k > e || !v) return false;
  return MINDING.has(v.lemma) || (v.lemma === 'tell' && /^(?:can|could)$/.test(toks[k - 1]!.lower));
}

const QUANTIFIERS = new Set([
  'one',
  'two',
  'both',
  'all',
  'each',
  'some',
  'either',
  'neither',
  'most',
  'none',
]);
const POSSESSIVES = new Set(['my', 'his', 'her', 'their', 'our']);

/** A possessive that opens a noun phrase ("my work on ...", "her eyes"), not an object ("saw her"). */
function possessed(toks: Tok[], i: number, e: number): boolean {
  if (!POSSESSIVES.has(toks[i]!.lower)) return false;
  let k = i + 1;
  while (k <= e && (toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'ADV')) k++;
  return k <= e && (toks[k]!.pos === 'NOUN' || toks[k]!.pos === 'PROPN');
}

/** The head noun of the phrase starting at k: "the hiring panel" -> "panel". */
function headAfter(toks: Tok[], k: number, e: number): string {
  while (k < e && (NP_INNER.has(toks[k]!.pos) || toks[k + 1]?.pos === 'NOUN')) k++;
  return toks[k]?.lower ?? '';
}

/**
 * Subject of the clause [s, e] itself: the first subject in it, before its verb ("the manager
 * couldn't see me fitting in": me is the object). Pronouns inside a time or relative clause
 * are passed ("when I arrived she smiled" is hers); 'bare' when a verb comes first or none is found, undefined when unsure.
 */
function headSubject(toks: Tok[], c: Clause, s: number, e: number): Person | 'thing' | 'bare' | undefined {
  let subordinate = false;
  for (let i = s; i <= e; i++) {
    const t = toks[i]!;
    if (SUBORDINATORS.has(t.lower) || (t.pos === 'ADP' && i === s)) subordinate = true;
    // "one of them said ...": the one is one of the people named
    if (QUANTIFIERS.has(t.lower) && toks[i + 1]?.lower === 'of' && i + 2 <= e && !subordinate) {
      const head = headAfter(toks, i + 2, e);
      const q =
        personAt(toks, i + 2, i + 2) ?? (PEOPLE.has(head) || COLLECTIVE.has(head) ? 'other' : undefined);
      if (q) return q;
    }
    const p = personAt(toks, i, s);
    // "my skip-level said", "my hands shook": whose the thing is says little of who did what
    if (p && possessed(toks, i, e)) return undefined;
    // "the counsel I met looked at her phone": the relative clause's verbs are not the clause's
    if (p && !subordinate && bareRelative(toks, i, s)) {
      subordinate = true;
      continue;
    }
    if (p) {
      if (embedded(toks, i, e, false)) continue;
      if (p === 'self' && SELF_NOM.has(t.lower) && reportedSelf(toks, c, i)) return undefined;
      if (p === 'other' && bystanderPronoun(toks, c, i)) return 'third';
      // "I think she liked me and asked": left to the nearest subject
      return minding(toks, i + 1, e) ? undefined : p;
    }
    // "it showed, yawning": a thing
    if (/^(?:it|this|that)$/.test(t.lower) && /^(?:VERB|AUX)$/.test(toks[i + 1]?.pos ?? '') && !subordinate)
      return 'thing';
    const n = nounSubject(toks, i, e, s);
    // "arms folded, never smiling": a phrase of manner, not a clause of its own
    if (n === 'thing' && i === s && /(?:ed|ing)$/.test(toks[i + 1]!.lower)) return 'bare';
    if (n) return n;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !subordinate && !gerundModifier(toks, i, s)) return 'bare';
  }
  // "when I got there,", "and a path to promotion": no subject of its own to give
  return 'bare';
}

/**
 * A person word that is no subject for a verb joined later: an object made the subject of the
 * next verb only ("made me nervous"), a bare relative's pronoun ("the project I led") or an
 * asked-about one ("how I did it").
 */
function innerOnly(toks: Tok[], i: number, lo: number): boolean {
  const w = toks[i]!.lower;
  const prev = toks[i - 1];
  if (!prev || i - 1 < lo) return false;
  if (personal(w)) return (prev.pos === 'VERB' || prev.pos === 'AUX') && RAISING.has(prev.lemma);
  // "the office manager's name": an owner
  if (toks[i + 1]?.lower === "'s" && toks[i + 2]?.pos === 'NOUN') return true;
  if (!SELF_NOM.has(w) && !OTHER_NOM.has(w) && !WE_NOM.has(w)) return false;
  // "like I can't see him"
  if (/^(?:how|what|which|whatever|like)$/.test(prev.lower)) return true;
  return bareRelative(toks, i, lo);
}

/**
 * A pronoun opening a relative clause with no "who" or "that" before it: "the rota system I
 * introduced", "asked about my project I'd led". "Last week I", "in post I'll" are not.
 */
function bareRelative(toks: Tok[], i: number, lo: number): boolean {
  const w = toks[i]!.lower;
  if (!SELF_NOM.has(w) && !OTHER_NOM.has(w) && !WE_NOM.has(w)) return false;
  let k = i - 1;
  if (toks[k]?.lower === 'that') k--;
  if (k < lo || toks[k]!.pos !== 'NOUN' || PEOPLE.has(toks[k]!.lower)) return false;
  k = phraseStart(toks, k, lo);
  const first = toks[k]!;
  const before = k > lo ? toks[k - 1]! : undefined;
  const governed = before !== undefined && k - 1 > lo && (before.pos === 'VERB' || before.pos === 'ADP');
  // "the counsel I met ...", "asked about the system I built"; not "in the end I", "this morning I"
  if (/^(?:the|a|an)$/.test(first.lower)) return before === undefined || before.pos !== 'ADP' || governed;
  return (first.pos === 'DET' || personal(first.lower)) && governed;
}

/** First word of the noun phrase ending at k: "the in-house counsel" from "counsel". */
function phraseStart(toks: Tok[], k: number, lo: number): number {
  while (k > lo) {
    const t = toks[k - 1]!;
    if (NP_INNER.has(t.pos) || t.pos === 'NOUN' || personal(t.lower)) k--;
    else if (t.lower === '-' && !t.spaceBefore && !toks[k]!.spaceBefore && k - 2 >= lo) k -= 2;
    else break;
  }
  return k;
}

/** The nearest subject before `hi`, past the person words innerOnly names, and where it stands. */
function nearestSubject(toks: Tok[], c: Clause, hi: number, lo: number): [Person | undefined, number] {
  for (let i = hi; i >= lo; i--) {
    const bound = Math.max(c.clauseStart[i] ?? c.from, c.from);
    const p = personAt(toks, i, bound);
    if (!p || embedded(toks, i, hi, false) || innerOnly(toks, i, bound) || possessed(toks, i, hi)) continue;
    if (p === 'third' && i - bound > 1) continue;
    if (p === 'self' && SELF_NOM.has(toks[i]!.lower) && reportedSelf(toks, c, i)) return [undefined, i];
    return [p === 'other' && bystanderPronoun(toks, c, i) ? 'third' : p, i];
  }
  return [undefined, -1];
}

/**
 * "she read my portfolio and said ...", "couldn't see me fitting in, and asked ...": a verb
 * joined to the clause before with no subject of its own shares that clause's subject: the one
 * at its head and the nearest one before the verb (past objects) agree, or neither is sure.
 * "a final where the panel smiled and nodded", "she wasn't sure I had it and asked" say why
 * the head alone is no better than the nearest.
 */
export function coordinatedSubject(
  toks: Tok[],
  c: Clause,
  start: number,
): Person | 'thing' | 'unsure' | undefined {
  if (!bareVerbPhrase(toks, start, c.to)) return undefined;
  // a question joined with its reply (detect/qa-links.ts) is two sentences: each keeps its own subject
  let lo = start;
  while (lo > c.from && toks[lo - 1]!.sent === toks[start]!.sent) lo--;
  const floor = Math.max(lo, start - COORDINATION_WINDOW);
  let [near, j] = nearestSubject(toks, c, start - 1, floor);
  // "I'll | also be taking": the clause was cut after its own subject
  let k = j + 1;
  while (j >= 0 && k < start && /^(?:AUX|PART|ADV)$/.test(toks[k]!.pos)) k++;
  if (j >= 0 && k === start) return near;
  let at = start;
  let head: Person | 'thing' | 'bare' | undefined = 'bare';
  // "asked about X, kept digging - how, why - and said": back over clauses that start with their verb
  for (let hops = 0; hops < COORDINATION_HOPS && at > lo && head === 'bare'; hops++) {
    const s = Math.max(c.clauseStart[at - 1] ?? c.from, lo);
    const inAside = aside(toks, s, at - 1);
    // the aside's own subject is no one's to share
    if (inAside && j >= s) [near, j] = nearestSubject(toks, c, s - 2, floor);
    head = inAside ? 'bare' : headSubject(toks, c, s, at - 1);
    // "I was greeted by the director and asked about my gaps": what was done to me, by someone
    if (head !== 'bare' && head !== undefined && passiveAt(toks, s, at - 1) && pastParticiple(toks, start))
      return 'unsure';
    at = s;
  }
  // neither names anyone: the objects and relatives passed over are not to be taken up again
  if (head === 'bare' || head === undefined) return near ?? 'unsure';
  if (head === 'thing' || near === undefined || near === head) return head;
  return 'unsure';
}

/** "the director - I won't name her - frowned": words between dashes or brackets. */
function aside(toks: Tok[], s: number, e: number): boolean {
  const close = toks[e]!.lower;
  const open = toks[s - 1]?.lower ?? '';
  // a spaced hyphen is a dash; "half-hearted" is one word
  const dash = /^[—–]$/.test(close) || (close === '-' && toks[e]!.spaceBefore);
  return (open === '(' && close === ')') || (dash && open === close);
}

const PASSIVE_BE = new Set(['was', 'were', 'been', 'being', 'got', 'get', 'is', 'are', 'am', "'m", "'re"]);

/** A clause told in the passive: "I was greeted", "we got shown round". */
function passiveAt(toks: Tok[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    if (!PASSIVE_BE.has(toks[k]!.lower)) continue;
    let v = k + 1;
    while (v <= e && toks[v]!.pos === 'ADV') v++;
    const t = toks[v];
    if (t && v <= e && t.pos === 'VERB' && !t.lower.endsWith('ing') && t.lower !== t.lemma) return true;
  }
  return false;
}

/** Past forms of what is done to a candidate, which read as participles after a passive: "was greeted and asked". */
const DONE_TO_CANDIDATE = new Set([
  'asked',
  'told',
  'shown',
  'given',
  'introduced',
  'offered',
  'taken',
  'walked',
  'invited',
  'sent',
  'questioned',
  'quizzed',
  'grilled',
  'pressed',
  'praised',
  'thanked',
  'complimented',
  'challenged',
  'interrupted',
  'rushed',
  'promised',
  'warned',
]);

/** The joined clause's verb, a bare past form of what is done to someone: "and asked", not "and I asked" or "and smiled". */
function pastParticiple(toks: Tok[], start: number): boolean {
  let k = start;
  while (COORDINATORS.has(toks[k]!.lower) || toks[k]!.pos === 'ADV' || skipped(toks[k]!)) k++;
  return DONE_TO_CANDIDATE.has(toks[k]!.lower);
}
