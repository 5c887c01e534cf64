/**
 * The person a single word names when it stands as a subject: a pronoun, a role ("the
 * manager"), a name, a third person or someone passing on hearsay.
 */
import type { Tok } from '../nlp.js';
import {
  HEARSAY,
  HEARSAY_VERBS,
  NP_INNER,
  OTHER_NOM,
  OTHER_OBJ,
  PEOPLE,
  type Person,
  PIDGIN_AFTER_E,
  RAISING,
  SAYING,
  SELF_NOM,
  SELF_OBJ,
  THIRD,
  WE_NOM,
  WE_OBJ,
} from './person-words.js';

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
export function gerundModifier(toks: Tok[], k: number, lo: number): boolean {
  const t = toks[k]!;
  if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || k - 1 < lo) return false;
  const before = toks[k - 1]!;
  return before.pos === 'DET' || OTHER_OBJ.has(before.lower) || SELF_OBJ.has(before.lower);
}

export function personal(w: string): boolean {
  return SELF_OBJ.has(w) || OTHER_OBJ.has(w) || WE_OBJ.has(w);
}

function byAgent(toks: Tok[], i: number, lo: number): boolean {
  const next = toks[i + 1];
  if (!next || !((next.pos === 'VERB' && next.lower.endsWith('ing')) || next.lower === 'who')) return false;
  let k = i - 1;
  while (k >= lo && NP_INNER.has(toks[k]!.pos)) k--;
  return k >= lo && toks[k]!.lower === 'by';
}

/** What follows a name, not a verb: "Alfred from HR", "Ahmed, the manager". */
const AFTER_NAME = new Set(['from', 'at', 'of', 'who', ',', "'s"]);

/**
 * A note's sentence that drops its "I" opens on a past verb the tagger takes for a name: "Blurted out my
 * salary", "Stammered through it", "Fluffed the answer". A capitalised opening word in -ed with no verb
 * after it is that verb, not a person.
 */
function droppedSubjectVerb(toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  if (t.lower.length < 6 || !t.lower.endsWith('ed')) return false;
  const prev = toks[i - 1];
  if (prev && prev.sent === t.sent && !prev.newline && prev.pos !== 'PUNCT' && prev.pos !== 'SYM')
    return false;
  const next = toks[i + 1];
  return !!next && next.pos !== 'VERB' && next.pos !== 'AUX' && !AFTER_NAME.has(next.lower);
}

/** Someone named by where they sit on the way in: "the girl on reception", "a man at the front desk". */
// people named by no role: "the manager at reception" may well be the one who interviewed
const FRONT_PERSON = new Set([
  'guy',
  'lady',
  'woman',
  'man',
  'girl',
  'lad',
  'bloke',
  'chap',
  'fella',
  'someone',
  'person',
  'gentleman',
  'boy',
]);
const FRONT_DESK = /^(?:reception|front|desk|door|gate|security|entrance|counter|switchboard)$/;
/** "the girl on reception was lovely", "the guy at the front desk smiled": not the interviewer (like THIRD's receptionist). */
function atFrontDesk(toks: Tok[], i: number): boolean {
  if (!FRONT_PERSON.has(toks[i]!.lower) || !/^(?:on|at|behind|on the|at the)$/.test(toks[i + 1]?.lower ?? ''))
    return false;
  const k = toks[i + 2]?.lower === 'the' ? i + 3 : i + 2;
  return FRONT_DESK.test(toks[k]?.lower ?? '');
}

/** The person the token at i names, if it stands as a subject. */
export function personAt(toks: Tok[], i: number, lo: number): Person | undefined {
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
  if (atFrontDesk(toks, i) && subjectPosition(toks, i, lo)) return 'third';
  const noun =
    (PEOPLE.has(w) && (t.pos === 'NOUN' || t.pos === 'PROPN')) ||
    (t.pos === 'PROPN' && w !== 'i' && !droppedSubjectVerb(toks, i));
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

export function nominal(w: string): Person | undefined {
  if (w === 'me' || w === 'myself') return 'self';
  if (w === 'us') return 'we';
  return w === 'him' || w === 'her' || w === 'them' ? 'other' : undefined;
}
