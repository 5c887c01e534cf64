/**
 * A he/she/they that stands for a bystander named just before it ("I asked two strange men if
 * they were Roger. They looked at me ..."), not for the interviewer.
 */
import type { Tok } from '../nlp.js';
import { BE, FELLOW_CANDIDATES, PEOPLE, PLURAL_PRONOUNS, SINGULAR_PRONOUNS, THIRD } from './person-words.js';
import type { Clause } from './types.js';

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
export const COLLECTIVE = new Set(['panel', 'staff', 'team', 'board', 'people']);
const ANTECEDENT_WINDOW = 40;

/** The noun phrase ending at k follows a form of "be": it says who someone might be, not who they are. */
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

/**
 * "I asked two strange men if they were Roger. They looked at me like I'd grown another head":
 * a he/she/they whose nearest fitting person before it (in this sentence or the one before)
 * is a bystander is that bystander, not the interviewer.
 */
export function bystanderPronoun(toks: Tok[], c: Clause, i: number): boolean {
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
