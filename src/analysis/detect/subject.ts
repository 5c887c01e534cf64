/**
 * Whose behaviour a cue match is: the subject of its clause (the candidate, the interviewer's
 * side, or a third person), found past objects, asides and relative clauses, and borrowed from
 * the clause before when a verb phrase has none of its own ("… and asked why I'd left").
 */
import type { Tok } from '../nlp.js';
import { bystanderPronoun } from './bystander.js';
import { QUOTES } from './clauses.js';
import { nominal, personAt } from './person-at.js';
import { OTHER_NOM, OTHER_OBJ, PEOPLE, type Person, RAISING, SELF_NOM, WE_NOM } from './person-words.js';
import { taggedSpeech } from './speech-tag.js';
import { coordinatedSubject } from './subject-coordination.js';
import { embedded, nounSubject, reportedBy, reportedSelf } from './subject-scan.js';
import type { Clause } from './types.js';

const SUBJECT_WINDOW = 15;

/** Index of the opening quote when `from` sits inside a quotation in its segment. */
function openQuote(toks: Tok[], c: Clause, from: number): number {
  let open = -1;
  for (let i = c.from; i < from; i++) if (QUOTES.has(toks[i]!.lower)) open = open < 0 ? i : -1;
  return open;
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
    // "she said we promote from within" is the firm's "we"; "my friend said they promote from within" the friend's word
    if (p === 'we' && WE_NOM.has(toks[i]!.lower) && reportedSelf(toks, c, i)) return 'reported';
    if (p === 'other' && OTHER_NOM.has(toks[i]!.lower) && reportedBy(toks, c, i) === 'third') return 'third';
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
  if (p !== 'third') {
    // words a closing tag gives to someone read as if the tag came first: "We promote from within, the manager told
    // me" is the manager's word, "I'd be on the tills, she said" hers on my future (as reportedSelf reads it), and
    // "They promote from within, my friend said" a friend's
    const tag = taggedSpeech(toks, c.from, c.to, from);
    if (tag?.speaker === 'third') return 'third';
    if (tag?.speaker === 'other' && p !== 'other') return undefined;
  }
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
