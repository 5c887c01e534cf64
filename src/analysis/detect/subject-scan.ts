/**
 * Readings of a clause's words that the subject scan (subject.ts) and the coordination of a
 * verb phrase with the clause before (subject-coordination.ts) share: a pronoun inside an
 * embedded clause, a first person inside reported speech, a noun phrase standing as subject.
 */
import type { Tok } from '../nlp.js';
import { personAt, personal } from './person-at.js';
import { NP_INNER, OTHER_OBJ, PEOPLE, type Person, SELF_OBJ, WE_OBJ } from './person-words.js';
import type { Clause } from './types.js';

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
export function reportedSelf(toks: Tok[], c: Clause, i: number): boolean {
  return reportedBy(toks, c, i) === 'other';
}

/** Who reports the clause whose subject stands at `i`: "she said (that) I ...", "my friend told me they ...". */
export function reportedBy(toks: Tok[], c: Clause, i: number): Person | undefined {
  let k = i - 1;
  if (toks[k]?.lower === 'that') k--;
  if (toks[k]?.lower === 'me') k--;
  if (k < c.from || !REPORTING.has(toks[k]!.lemma)) return undefined;
  return scanBack(toks, c, k - 1, Math.max(c.from, k - 6), c.from);
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
export const SUBORDINATORS = new Set([
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
export function embedded(toks: Tok[], i: number, hi: number, own: boolean): boolean {
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
export function nounSubject(toks: Tok[], i: number, hi: number, lo: number): Person | 'thing' | undefined {
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
