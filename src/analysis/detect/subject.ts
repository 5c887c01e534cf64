/**
 * Whose behaviour a cue match is: the subject of its clause (the candidate, the interviewer's
 * side, or a third person), found past objects, asides and relative clauses, and borrowed from
 * the clause before when a verb phrase has none of its own ("… and asked why I'd left").
 */
import type { Tok } from '../nlp.js';
import { QUOTES, skipped } from './clauses.js';
import type { Clause } from './types.js';

/** Forms of "be", for predicates and asked-about states. */
export const BE = new Set(['be', 'was', 'were', 'am', "'m", 'is', "'s", 'being']);

/** Always the clause's subject when met: nominative pronouns. */
const SELF_NOM = new Set(['i', "i'm", "i'd", "i've", "i'll", 'im', 'ive', 'id']);
const PLURAL_PRONOUNS = new Set(['they', "they're", "they'd", "they've", "they'll", 'theyre']);
const SINGULAR_PRONOUNS = new Set(['he', 'she', "he's", "she's", "he'd", "she'd", "he'll", "she'll"]);
const OTHER_NOM = new Set([...SINGULAR_PRONOUNS, ...PLURAL_PRONOUNS]);
const WE_NOM = new Set(['we', "we're", "we'd", "we've", "we'll"]);
const PIDGIN_AFTER_E = new Set([
  'dey',
  'go',
  'don',
  'just',
  'no',
  'never',
  'say',
  'come',
  'wan',
  'bin',
  'even',
  'talk',
  'ask',
  'tell',
]);
/** Objects and possessives: the subject only in subject position ("her face lit up", not "smiled at her"). */
const SELF_OBJ = new Set(['me', 'my', 'myself']);
const OTHER_OBJ = new Set(['his', 'her', 'their', 'them', 'him', 'everyone', 'everybody', 'nobody', 'noone']);
const WE_OBJ = new Set(['us', 'our']);
export const PEOPLE = new Set([
  'interviewer',
  'manager',
  'hm',
  'recruiter',
  'panel',
  'lead',
  'director',
  'head',
  'boss',
  'owner',
  'partner',
  'interviewers',
  'guy',
  'lady',
  'woman',
  'man',
  'ceo',
  'founder',
  'cto',
  'supervisor',
  'headteacher',
  'matron',
]);
/** The other people up for the job. */
const FELLOW_CANDIDATES = new Set([
  'candidate',
  'candidates',
  'applicant',
  'applicants',
  'interviewee',
  'interviewees',
]);
/** People in the story who are neither the candidate nor the interviewer: what they do is no sign. */
const THIRD = new Set([
  'receptionist',
  'receptionists',
  'security',
  'guard',
  ...FELLOW_CANDIDATES,
  'pupils',
  'porter',
  'cleaner',
]);
/** People outside the interview who pass things on: when they tell it, the words are not the interviewer's. */
const HEARSAY = new Set([
  'friend',
  'friends',
  'colleague',
  'colleagues',
  'coworker',
  'coworkers',
  'co-worker',
  'mate',
  'mates',
  'pal',
  'wife',
  'husband',
  'boyfriend',
  'girlfriend',
  'mum',
  'mom',
  'dad',
  'mother',
  'father',
  'sister',
  'brother',
  'cousin',
  'neighbour',
  'neighbor',
  'employees',
  'reviews',
  'glassdoor',
]);
const HEARSAY_VERBS = new Set([
  'tell',
  'told',
  'say',
  'said',
  'warn',
  'warned',
  'mention',
  'mentioned',
  'reckon',
  'reckons',
  'write',
  'wrote',
  'claim',
  'claimed',
]);

/** "my friend told", "a friend who works there said": the person is passing something on. */
function tellsNext(toks: Tok[], i: number): boolean {
  const next = toks[i + 1];
  if (!next) return false;
  if (HEARSAY_VERBS.has(next.lower) || HEARSAY_VERBS.has(next.lemma)) return true;
  if (next.lower !== 'who' && next.lower !== 'that') return false;
  for (let k = i + 2; k < Math.min(toks.length, i + 8); k++) {
    const t = toks[k]!;
    if (t.pos === 'PUNCT') return false;
    if (HEARSAY_VERBS.has(t.lower) || HEARSAY_VERBS.has(t.lemma)) return true;
  }
  return false;
}
/** Verbs whose object is the subject of what follows: "made me nervous", "caught him yawning", "noticed his arms folded". */
const RAISING = new Set([
  'make',
  'made',
  'get',
  'got',
  'let',
  'have',
  'had',
  'leave',
  'left',
  'see',
  'saw',
  'notice',
  'watch',
  'catch',
  'spot',
  'hear',
  'observe',
  'find',
  'found',
  'feel',
  'felt',
  'think',
  'thought',
  'reckon',
]);
/** "she said the CTO was flat": a person named after a saying verb is the subject of what follows. */
const SAYING = new Set(['say', 'said', 'says', 'reckon', 'reckoned', 'swear', 'swore', 'claim', 'claimed']);
/** Words that may stand between a determiner and its head: "the whole panel", "her own face". */
const NP_INNER = new Set(['DET', 'ADJ', 'NUM', 'ADV']);
const SUBJECT_WINDOW = 15;

type Person = 'self' | 'other' | 'we' | 'third';

/** Is the word at i in subject position, i.e. not right after a verb or preposition? */
function subjectPosition(toks: Tok[], i: number, lo: number): boolean {
  let k = i - 1;
  while (k >= lo && (NP_INNER.has(toks[k]!.pos) || gerundModifier(toks, k, lo)) && !personal(toks[k]!.lower))
    k--;
  if (k < lo) return true;
  const t = toks[k]!;
  if (t.pos === 'ADP' || t.lower === 'to') return false;
  if (t.pos === 'VERB' || t.pos === 'AUX') {
    if (RAISING.has(t.lower) || RAISING.has(t.lemma)) return true;
    const next = toks[i + 1];
    // "said the lady who interviewed me was kind", "said the woman on the panel smiled"
    return SAYING.has(t.lemma) && next !== undefined && next.pos !== 'PUNCT' && !personal(toks[i]!.lower);
  }
  return true;
}

/** "the hiring manager", "the interviewing panel": an -ing word between a determiner and its noun modifies it. */
function gerundModifier(toks: Tok[], k: number, lo: number): boolean {
  const t = toks[k]!;
  if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || k - 1 < lo) return false;
  const before = toks[k - 1]!;
  return before.pos === 'DET' || OTHER_OBJ.has(before.lower) || SELF_OBJ.has(before.lower);
}

function personal(w: string): boolean {
  return SELF_OBJ.has(w) || OTHER_OBJ.has(w) || WE_OBJ.has(w);
}

function byAgent(toks: Tok[], i: number, lo: number): boolean {
  const next = toks[i + 1];
  if (!next || !((next.pos === 'VERB' && next.lower.endsWith('ing')) || next.lower === 'who')) return false;
  let k = i - 1;
  while (k >= lo && NP_INNER.has(toks[k]!.pos)) k--;
  return k >= lo && toks[k]!.lower === 'by';
}

/** The person the token at i names, if it stands as a subject. */
function personAt(toks: Tok[], i: number, lo: number): Person | undefined {
  const t = toks[i]!;
  const w = t.lower;
  if (SELF_NOM.has(w)) return 'self';
  if (OTHER_NOM.has(w)) return 'other';
  if (WE_NOM.has(w)) return 'we';
  // Pidgin "e": "e just dey type", "e no smile"
  if (w === 'e' && PIDGIN_AFTER_E.has(toks[i + 1]?.lower ?? '')) return 'other';
  // "part of me still checks"
  if (w === 'me' && toks[i - 1]?.lower === 'of' && /^(part|bit|rest|all)$/.test(toks[i - 2]?.lower ?? ''))
    return 'self';
  // "my friend", "my son" may be the one interviewed (a parent's or friend's account), so only roles count,
  // unless they are telling: "my friend told me the culture is toxic" is hearsay, not the interviewer
  if (HEARSAY.has(w) && t.pos === 'NOUN' && tellsNext(toks, i) && subjectPosition(toks, i, lo))
    return 'third';
  if (THIRD.has(w) && t.pos === 'NOUN' && toks[i + 1]?.pos !== 'NOUN' && subjectPosition(toks, i, lo))
    return 'third';
  const noun = (PEOPLE.has(w) && (t.pos === 'NOUN' || t.pos === 'PROPN')) || (t.pos === 'PROPN' && w !== 'i');
  // "the supervisor position" is a modifier; "shook my head" a body part
  if (noun && (toks[i + 1]?.pos === 'NOUN' || (w === 'head' && personal(toks[i - 1]?.lower ?? ''))))
    return undefined;
  const objectLike = noun || SELF_OBJ.has(w) || OTHER_OBJ.has(w) || WE_OBJ.has(w);
  // "interviewed by a guy eating his lunch", "greeted by a woman who...": the agent does what follows
  if (noun && byAgent(toks, i, lo)) return 'other';
  if (!objectLike || !subjectPosition(toks, i, lo)) return undefined;
  // "me and the lead clicked" is both of us
  if (w === 'me' && /^(and|n|&)$/.test(toks[i + 1]?.lower ?? '')) return 'we';
  if (SELF_OBJ.has(w)) return 'self';
  if (WE_OBJ.has(w)) return 'we';
  return 'other';
}

/** Index of the opening quote when `from` sits inside a quotation in its segment. */
function openQuote(toks: Tok[], c: Clause, from: number): number {
  let open = -1;
  for (let i = c.from; i < from; i++) if (QUOTES.has(toks[i]!.lower)) open = open < 0 ? i : -1;
  return open;
}

export function nominal(w: string): Person | undefined {
  if (w === 'me' || w === 'myself') return 'self';
  if (w === 'us') return 'we';
  return w === 'him' || w === 'her' || w === 'them' ? 'other' : undefined;
}

/** An object that is the subject of what follows: "made me nervous", "asked me to explain", "caught him yawning". */
function raisedObject(toks: Tok[], c: Clause, start: number, from: number): Person | undefined {
  for (let i = from - 1; i >= Math.max(start, from - 3, c.from + 1); i--) {
    const p = nominal(toks[i]!.lower);
    if (!p) continue;
    if (RAISING.has(toks[i - 1]!.lemma)) return p;
    if (toks[i + 1]?.lower === 'to' && i + 2 <= from && (i + 2 === from || toks[i + 2]!.pos === 'VERB'))
      return p;
  }
  return undefined;
}

const REPORTING = new Set([
  'say',
  'said',
  'says',
  'tell',
  'told',
  'mention',
  'explain',
  'reckon',
  'promise',
  'confirm',
  'suggest',
  'add',
]);

/** "she said I could become a senior": the words are hers, the future is mine; neither reading drops the cue. */
function reportedSelf(toks: Tok[], c: Clause, i: number): boolean {
  let k = i - 1;
  if (toks[k]?.lower === 'that') k--;
  if (toks[k]?.lower === 'me') k--;
  if (k < c.from || !REPORTING.has(toks[k]!.lemma)) return false;
  return scanBack(toks, c, k - 1, Math.max(c.from, k - 6), c.from) === 'other';
}

/** A window's edge is not a clause edge ("about | my thesis" is no subject): each word is read within its own clause. */
function scanBack(toks: Tok[], c: Clause, hi: number, lo: number, bound: number): Person | undefined {
  for (let i = hi; i >= lo; i--) {
    const p = personAt(toks, i, Math.max(c.clauseStart[i] ?? bound, bound));
    if (p) return p;
  }
  return undefined;
}

/** Words that open a clause inside another: its subject is not the sentence's ("when I smiled", "who I met"). */
const SUBORDINATORS = new Set([
  'who',
  'whom',
  'when',
  'whenever',
  'while',
  'whilst',
  'as',
  'because',
  'cause',
  'cuz',
  'since',
  'if',
  'after',
  'before',
  'until',
  'till',
  'once',
  'although',
  'though',
  'where',
  // a reported question: "asked why I'd left, then asked if I'd cope" - the asker stays the subject
  'why',
  'whether',
]);
const RELATIVES = new Set(['who', 'whom']);

/**
 * A pronoun that is the subject of a clause inside another: "the guy who I met (was nice)",
 * "the manager I spoke to (smiled)" and, once the match lies in a later clause, "when I
 * smiled, (she didn't)". Inside the match's own clause only a relative whose verb comes
 * before the match is skipped: "the woman I was smiling at" is still me smiling.
 */
function embedded(toks: Tok[], i: number, hi: number, own: boolean): boolean {
  const prev = toks[i - 1];
  if (!prev) return false;
  const relative =
    RELATIVES.has(prev.lower) || (PEOPLE.has(prev.lower) && (prev.pos === 'NOUN' || prev.pos === 'PROPN'));
  if (!own) {
    if (relative || SUBORDINATORS.has(prev.lower)) return true;
    // "every time I answered, ..."
    if (prev.lower === 'anytime' || prev.lower === 'everytime') return true;
    return prev.lower === 'time' && /^(every|each|any)$/.test(toks[i - 2]?.lower ?? '');
  }
  if (!relative) return false;
  for (let k = i + 1; k <= hi; k++) if (toks[k]!.pos === 'VERB') return true;
  return false;
}

/** A noun phrase standing as the clause's own subject ("but the team leader was smiling"): whose it is, or 'thing'. */
function nounSubject(toks: Tok[], i: number, hi: number, lo: number): Person | 'thing' | undefined {
  if (toks[i]!.pos !== 'NOUN' || i + 1 > hi) return undefined;
  const next = toks[i + 1]!;
  if (next.pos !== 'AUX' && next.pos !== 'VERB') return undefined;
  let k = i - 1;
  while (k >= lo && (NP_INNER.has(toks[k]!.pos) || toks[k]!.pos === 'NOUN') && !personal(toks[k]!.lower)) k--;
  const d = k >= lo ? toks[k]!.lower : '';
  let owner: Person | 'thing' = 'thing';
  if (SELF_OBJ.has(d)) owner = 'self';
  else if (WE_OBJ.has(d)) owner = 'we';
  else if (OTHER_OBJ.has(d)) owner = 'other';
  if (owner !== 'thing') k--;
  // "answered the question smiling": an object, not a subject; "I'd say the interviewer appeared bored" is one
  const before = k >= lo ? toks[k]! : undefined;
  const finite = next.pos === 'AUX' || !next.lower.endsWith('ing');
  if (before && (before.pos === 'ADP' || before.lower === 'to')) return undefined;
  if (before && (before.pos === 'VERB' || before.pos === 'AUX') && !finite) return undefined;
  return owner === 'thing' && PEOPLE.has(toks[i]!.lower) ? 'other' : owner;
}

/** People met on the way in, not across the table. */
const BYSTANDERS = new Set([
  'stranger',
  'strangers',
  'customers',
  'customer',
  'passers-by',
  'diners',
  'shoppers',
  'patrons',
]);
const COLLECTIVE = new Set(['panel', 'staff', 'team', 'board', 'people']);
const ANTECEDENT_WINDOW = 40;

/**
 * "I asked two strange men if they were Roger. They looked at me like I'd grown another head":
 * a he/she/they whose nearest fitting person before it (in this sentence or the one before)
 * is a bystander is that bystander, not the interviewer.
 */
function predicate(toks: Tok[], k: number): boolean {
  let j = k - 1;
  // "the hiring panel": a gerund is a modifier here
  while (
    j >= 0 &&
    j > k - 5 &&
    (/^(?:DET|ADJ|NOUN|NUM|PROPN)$/.test(toks[j]!.pos) || toks[j]!.lower.endsWith('ing'))
  )
    j--;
  const t = toks[j];
  return t !== undefined && (BE.has(t.lower) || t.lemma === 'be');
}

function bystanderPronoun(toks: Tok[], c: Clause, i: number): boolean {
  const w = toks[i]!.lower;
  const plural = PLURAL_PRONOUNS.has(w);
  if (!plural && !SINGULAR_PRONOUNS.has(w)) return false;
  const sent = toks[i]!.sent;
  for (let k = i - 1; k >= Math.max(0, i - ANTECEDENT_WINDOW); k--) {
    const t = toks[k]!;
    if (t.sent < sent - 1) return false;
    if (t.pos !== 'PROPN' && t.pos !== 'NOUN') continue;
    // "asked if they were Roger", "if they were the panel": a predicate says who they might be, not who they are
    if (predicate(toks, k)) continue;
    if (t.pos === 'PROPN') {
      if (plural) continue;
      return false;
    }
    const lw = t.lower;
    const person = PEOPLE.has(lw) || PEOPLE.has(t.lemma) || THIRD.has(lw) || BYSTANDERS.has(lw);
    // "customer success", "customer stories": a modifier names no one
    if (!person || toks[k + 1]?.pos === 'NOUN') continue;
    // "the kitchen porter job", "for the porter role": a job title, likely the one applied for
    if (toks[k - 1]?.pos === 'NOUN' || toks[k - 2]?.lower === 'for') return false;
    const many = COLLECTIVE.has(lw) || lw !== t.lemma || lw.endsWith('s');
    if (!COLLECTIVE.has(lw) && many !== plural) continue;
    const mod = `${toks[k - 2]?.lower ?? ''} ${toks[k - 1]?.lower ?? ''}`;
    // other candidates are mentioned in passing ("one of five candidates. They called me back"), and a bare
    // "they" is so often the employer that only someone met on the way in is taken as its antecedent
    if (FELLOW_CANDIDATES.has(t.lemma) || FELLOW_CANDIDATES.has(lw)) return false;
    return THIRD.has(lw) || BYSTANDERS.has(lw) || /\b(?:strange|random|unknown)\b/.test(mod);
  }
  return false;
}

function scanClause(
  toks: Tok[],
  c: Clause,
  hi: number,
  lo: number,
  own: boolean,
): Person | 'reported' | 'thing' | undefined {
  for (let i = hi; i >= lo; i--) {
    // the word's own clause bounds the look at what stands before it, not the window's edge
    const p = personAt(toks, i, Math.max(c.clauseStart[i] ?? c.from, c.from));
    if (p && embedded(toks, i, hi, own)) continue;
    // a third person carries over only from the head of their clause: "the receptionist was lovely, all smiles"
    if (p === 'third' && !own && i - (c.clauseStart[i] ?? c.from) > 1) continue;
    if (p === 'self' && SELF_NOM.has(toks[i]!.lower) && reportedSelf(toks, c, i)) return 'reported';
    if (p === 'other' && bystanderPronoun(toks, c, i)) return 'third';
    if (p) return p;
    if (own) {
      const n = nounSubject(toks, i, hi, lo);
      if (n) return n;
    }
  }
  return undefined;
}

const PERCEIVED = new Set(['hear', 'see', 'notice', 'watch', 'spot', 'catch', 'overhear']);
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
function coordinatedSubject(toks: Tok[], c: Clause, start: number): Person | 'thing' | 'unsure' | undefined {
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

/**
 * Subject of the clause holding token `from`: the nearest subject before it in its clause;
 * a clause with none ("... and told me about") borrows the one before. Inside a quote the
 * speaker is whoever is quoted ("he said 'I am worried'" is him).
 */
export function subjectAt(toks: Tok[], c: Clause, from: number): Person | undefined {
  const q = openQuote(toks, c, from);
  if (q >= 0) return subjectAt(toks, c, q) ?? 'other';
  const floor = Math.max(c.from, from - SUBJECT_WINDOW);
  const clause = Math.max(c.clauseStart[from] ?? c.from, c.from);
  const start = Math.max(clause, floor);
  const raised = raisedObject(toks, c, start, from);
  if (raised) return raised;
  // "could hear typing", "saw nodding": the doer of what was perceived is not named
  if (from > c.from && PERCEIVED.has(toks[from - 1]!.lemma) && toks[from]!.lower.endsWith('ing'))
    return undefined;
  const own =
    scanClause(toks, c, from - 1, start, true) ??
    (clause === start && clause > c.from ? coordinatedSubject(toks, c, clause) : undefined) ??
    (start > floor ? scanClause(toks, c, start - 1, floor, false) : undefined);
  return own === 'reported' || own === 'thing' || own === 'unsure' ? undefined : own;
}

/**
 * Subject of the match's clause: 'self' | 'other' | undefined. "We" counts as first person:
 * what we did together is not the interviewer's own behaviour.
 */
export function subjectOf(toks: Tok[], c: Clause, from: number): 'self' | 'other' | 'third' | undefined {
  const p = subjectAt(toks, c, from);
  return p === 'we' ? 'self' : p;
}

/** People other than the candidate named in the sentence of `from`: someone else there to have said or done it. */
export function otherInSentence(toks: Tok[], c: Clause, from: number): boolean {
  const sent = toks[from]!.sent;
  for (let k = c.from; k < c.to; k++) {
    const t = toks[k]!;
    if (t.sent !== sent) continue;
    const w = t.lower;
    if (OTHER_NOM.has(w) || OTHER_OBJ.has(w)) return true;
    if (PEOPLE.has(w) && (t.pos === 'NOUN' || t.pos === 'PROPN')) return true;
    if (t.pos === 'PROPN' && w !== 'i') return true;
  }
  return false;
}
