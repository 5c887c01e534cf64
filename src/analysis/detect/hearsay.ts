/**
 * What the writer's own people say: "My friend Alana, who has taught for twelve years, warned me
 * that school interviews are a vibe", "Jacinta from uni says schools are chaotic", "Aoife says
 * Declan is like that with everyone", "My brother-in-law reckons the standard questions mean a
 * scoring grid. He also reckons a friendly receptionist says a lot". Long stories tell the search
 * around the interview, and the friends, family and old colleagues weighing in are not evidence of
 * what happened in the room: their words are dropped like another interview's (elsewhere.ts).
 *
 * The writer's people are known by how the text brings them in: after a relation ("my friend
 * Alana", "my sister, Aoife,"), or with a place outside this employer ("Jacinta from uni",
 * "aoife (from my old job)"). A name met only as "Declan said" is left alone: that is how
 * interviewers are told. A relative's account of their interview (narrator.ts) is the story
 * itself, so there nothing is dropped.
 */
import type { Tok } from '../nlp.js';
import { ownInterview } from './narrator.js';
import { SELF_NOM } from './person-words.js';

/** The people whose word a writer passes on. */
const REL = new Set([
  'friend',
  'friends',
  'mate',
  'mates',
  'sister',
  'brother',
  'sister-in-law',
  'brother-in-law',
  'mother-in-law',
  'father-in-law',
  'cousin',
  'colleague',
  'coworker',
  'co-worker',
  'flatmate',
  'housemate',
  'roommate',
  'partner',
  'husband',
  'wife',
  'boyfriend',
  'girlfriend',
  'mum',
  'mom',
  'mam',
  'dad',
  'mother',
  'father',
  'parents',
  'son',
  'daughter',
  'uncle',
  'aunt',
  'auntie',
  'neighbour',
  'neighbor',
  'classmate',
  'nan',
  'gran',
  'grandma',
  'grandad',
  'granddad',
  'grandpa',
  'therapist',
  'tutor',
  'mentor',
  'family',
  'fiance',
  'fiancé',
  'fiancee',
  'fiancée',
  'lecturer',
]);
/** Places a person is known from that are not the employer being told: "Jacinta from uni". */
export const KNOWN_FROM =
  /^(?:\(?(?:from|at) (?:uni|university|college|school|church|the gym|the pub|home|back home|next door|down the road|my (?:old|last|previous|current|first|course|class|old school|day) ?(?:job|work|place|team|course|class|school|uni)?)\b)/;
/** An insider brought in by name: "Aoife, who used to work there,", "Tom who worked in the Corrib". */
export const INSIDER =
  /^,? ?who(?:'s| has| had)? (?:used to work|used to be|worked|works|has worked|had worked|been working) (?:at|in|for|there)\b/;
/** Verbs that pass someone's word on. */
const SAYS = new Set([
  'says',
  'said',
  'reckons',
  'reckoned',
  'thinks',
  'thought',
  'warned',
  'swears',
  'swore',
  'insists',
  'insisted',
  'told',
  'tells',
  'keeps',
  'kept',
  'is',
  'was',
]);
/** After "told", "keeps", "is": the word that makes it a passing on ("told me", "keeps saying", "is saying", "is sure"). */
const SAYS_AFTER: Record<string, RegExp> = {
  told: /^(?:me|us)$/,
  tells: /^(?:me|us)$/,
  keeps: /^saying$/,
  kept: /^saying$/,
  is: /^(?:saying|sure|convinced|adamant)$/,
  was: /^(?:saying|sure|convinced|adamant)$/,
};
const WORD = /^[a-z][a-z'’-]*$/;
const NOT_NAMES = new Set([
  'the',
  'a',
  'an',
  'who',
  'that',
  'and',
  'but',
  'is',
  'was',
  'said',
  'says',
  'had',
  'has',
]);

/** Past "brother-in-law" and the like: the index after the relation word at `k`. */
function relationEnd(toks: Tok[], k: number): number {
  let i = k + 1;
  if (
    toks[i]?.lower === '-' &&
    toks[i + 1]?.lower === 'in' &&
    toks[i + 2]?.lower === '-' &&
    toks[i + 3]?.lower === 'law'
  )
    i += 4;
  else if (toks[i]?.lower === '-in-law') i += 1;
  return i;
}

/** A name right after a relation: "my friend Alana", "my sister, Aoife,". */
function nameAt(toks: Tok[], k: number): number {
  const i = toks[k]?.lower === ',' ? k + 1 : k;
  const t = toks[i];
  if (!t || t.pos !== 'PROPN' || !WORD.test(t.lower) || NOT_NAMES.has(t.lower)) return -1;
  return i;
}

/** The writer's own people as the text brings them in: their first names, and whether "my sister said" may be read as hearsay. */
export interface Acquaintances {
  names: Set<string>;
  /**
   * Only where the writer tells an interview of their own ("my interview", or the story told in the first person
   * throughout): "My husband said the manager was distracted" with no such account is his interview, told for him.
   */
  relations: boolean;
}

/** Enough first-person subjects that the writer is the one telling their own story. */
const FIRST_PERSON_STORY = 8;

function writerInterviewed(toks: Tok[]): boolean {
  if (ownInterview(toks, -1)) return true;
  let n = 0;
  for (const t of toks) if (SELF_NOM.has(t.lower) && ++n >= FIRST_PERSON_STORY) return true;
  return false;
}

export function acquaintances(toks: Tok[]): Acquaintances {
  const known = new Set<string>();
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k]!.lower;
    if (
      REL.has(w) &&
      (toks[k - 1]?.lower === 'my' || toks[k - 1]?.lower === 'our' || toks[k - 2]?.lower === 'my')
    ) {
      const n = nameAt(toks, relationEnd(toks, k));
      if (n >= 0) known.add(toks[n]!.lower);
    } else if (
      // the cheap tests first: most tokens are no noun, or no aside follows them
      (toks[k]!.pos === 'PROPN' || toks[k]!.pos === 'NOUN') &&
      mayOpenAside(toks, k + 1) &&
      WORD.test(w) &&
      !NOT_NAMES.has(w)
    ) {
      const after = wordsFrom(toks, k + 1, 8);
      // "Jacinta from uni", "aoife (from my old job)": a first name, not a role ("the manager from HR")
      if (KNOWN_FROM.test(after) && toks[k - 1]?.lower !== 'the' && toks[k - 1]?.lower !== 'a') known.add(w);
      // "Aoife who used to work in the Corrib said...": someone who knows the place, not one who interviewed
      else if (toks[k]!.pos === 'PROPN' && INSIDER.test(after)) known.add(w);
    }
  }
  return { names: known, relations: writerInterviewed(toks) };
}

/** The first characters KNOWN_FROM and INSIDER can start with (hearsay.test checks it against them). */
export const ASIDE_OPENERS: ReadonlySet<string> = new Set(['(', 'f', 'a', ',', 'w']);

/**
 * Whether the words from `k` can start an aside KNOWN_FROM or INSIDER reads: "(", "from", "at",
 * ",", "who". Checked on the first character before the words are joined, since a long text has
 * tens of thousands of nouns and joining the eight words after each held megabytes at the peak.
 */
function mayOpenAside(toks: Tok[], k: number): boolean {
  for (let i = k; i < toks.length && i < k + 8 && !toks[i]!.newline; i++) {
    const c = toks[i]!.lower.charAt(0);
    if (c) return ASIDE_OPENERS.has(c);
  }
  return false;
}

function wordsFrom(toks: Tok[], k: number, n: number): string {
  let s = '';
  for (let i = k; i < toks.length && i < k + n && !toks[i]!.newline; i++)
    s += (s && toks[i]!.spaceBefore ? ' ' : '') + toks[i]!.lower;
  return s;
}

/** Past an aside on the speaker: "(from my old job)", "from uni", ", who went to this same interview last year,". */
function pastAside(toks: Tok[], k: number, to: number): number {
  if (toks[k]?.lower === '(') {
    for (let i = k + 1; i < Math.min(to, k + 10); i++) if (toks[i]!.lower === ')') return i + 1;
    return k;
  }
  if (KNOWN_FROM.test(wordsFrom(toks, k, 6))) {
    for (let i = k + 1; i < Math.min(to, k + 6); i++) if (SAYS.has(toks[i]!.lower)) return i;
    return k;
  }
  if (toks[k]?.lower === ',') {
    for (let i = k + 1; i < Math.min(to, k + 20); i++) if (toks[i]!.lower === ',') return i + 1;
  }
  return k;
}

/** Where the words passing someone's word on at `k` end ("says", "told me", "keeps saying"), or -1. */
function passesOn(toks: Tok[], k: number): number {
  let i = k;
  if (/^(?:also|still|just|always|even|then)$/.test(toks[i]?.lower ?? '')) i++;
  const w = toks[i]?.lower ?? '';
  if (!SAYS.has(w)) return -1;
  const after = SAYS_AFTER[w];
  if (!after) return i + 1;
  return after.test(toks[i + 1]?.lower ?? '') ? i + 2 : -1;
}

/**
 * Does the sentence opening at `at` (before `to`) pass on the word of one of the writer's people?
 * "My flatmate said a nervous interviewer means...", "Aoife says Declan is like that". Not the
 * relative telling their own interview ("My girlfriend says the interview was like a debate"),
 * which may be the story itself.
 */
export function hearsayOpens(toks: Tok[], at: number, to: number, known: Acquaintances): boolean {
  let k = at;
  const first = toks[k]?.lower ?? '';
  let relation = false;
  if ((first === 'my' || first === 'our') && known.relations) {
    k++;
    if (!REL.has(toks[k]?.lower ?? '')) k++;
    if (!REL.has(toks[k]?.lower ?? '')) return false;
    k = relationEnd(toks, k);
    const n = nameAt(toks, k);
    // "my sister, Aoife, says": the name's closing comma too
    if (n >= 0) k = n > k && toks[n + 1]?.lower === ',' ? n + 2 : n + 1;
    relation = true;
  } else if (known.names.has(first)) k++;
  else return false;
  k = pastAside(toks, k, to);
  let v = k < to ? passesOn(toks, k) : -1;
  if (v < 0) return false;
  if (!relation) return true;
  // past "that": a relative on "the interview" may be telling their own
  if (toks[v]?.lower === 'that') v++;
  return !(
    /^(?:the|her|his|their)$/.test(toks[v]?.lower ?? '') &&
    /^(?:interviews?|interviewers?|panel|call|chat)$/.test(toks[v + 1]?.lower ?? '')
  );
}

/** What goes on telling the same person's word: "He also reckons...", "She says...". */
export const HEARSAY_MORE =
  /^(?:she|he|they)(?: also| still| even)? (?:says|reckons|thinks|swears|insists)\b|^(?:she|he|they) (?:also|even) (?:said|reckoned|thought|warned|told me)\b/;
