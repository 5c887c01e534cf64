/**
 * The clause a date sits in, and whether that clause tells the story rather than a promise:
 * "I emailed HR twice in April", "interview was the 2nd", "it's now the 30th". The readings of
 * days and periods that chrono does not make (a day of the month alone, a month or quarter, a
 * holiday) are checked with it, since notes name such days as often for what happened as for
 * what was promised.
 */
import { execAll } from '../exec-all.js';

/** Where one clause ends and the next begins: punctuation and the words that join clauses. */
export const CLAUSE_BREAK = /[,;:()–—]|\s-\s|\b(?:and|but|so|then|whereas|while)\b/gi;

/** The clause of `sentence` around [start, end): from the break before it to the break after. */
export function clauseAround(sentence: string, start: number, end: number): [number, number] {
  // chrono's quote may end on the comma after the date ("since September,"): that comma ends its clause
  while (end > start + 1 && /[\s,;:.]/.test(sentence[end - 1]!)) end--;
  let from = 0;
  let to = sentence.length;
  for (const m of execAll(CLAUSE_BREAK, sentence)) {
    const at = m.index;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return [from, to];
}

/** Something done or had, before the date in its clause: "emailed", "was", "I've had". */
const PAST =
  /\b(?:was|were|had|did|went|came|got|sent|heard|e-?mailed|messaged|texted|rang|called|phoned|spoke|talked|chatted|chased|nudged|pinged|left|followed up|replied|applied|interviewed|met|received|wrote|arrived|happened|started|finished|booked|took place)\b|\b(?:i|we|they|you)(?:['\u2019]ve|\s+have)\b|\b(?:it|that|this)(?:['\u2019]s|\s+has|\s+had)\s+been\b/gi;
/**
 * A promise or a deadline after it: "they'd", "will", "by", "within"; or the deed's words
 * reported ("they emailed to say the decision is Friday"), which may name a day to come.
 */
const AHEAD =
  /\b(?:to say|saying|said|says|hear|will|won['\u2019]t|shall|would|going to|gonna|should|expect\w*|hope\w*|promis\w*|plan\w*|by|before|until|till|within)\b|['\u2019](?:ll|d)\b|\b(?:they|we|she|he|you|i)d\b/i;
/** A day named as one to come, whatever was done before it: "invited me to a second round next Tuesday". */
const AHEAD_DAY = /^(?:next|this coming|coming)\s+(?!day\b)/i;
/** A day something is set for: "booked for Thursday", "booked me in for Monday's induction". */
const BOOKED_FOR = /\bfor\s*$/i;
/** The day told as today's: "it's now the 30th", "today's the 20th". */
export const TODAY_IS = /\b(?:now|today(?:['\u2019]s|\s+is)?|it['\u2019]s|it\s+is)\s+(?:the\s+)?$/i;

/**
 * Whether the date at [start, end) of `sentence` is a day of the story: told as today, or after
 * a past deed in its clause with no promise or deadline between them; or with no decision word
 * (`decision`, a global regex) in its clause at all ("a new cohort in September").
 */
export function isStoryDay(sentence: string, start: number, end: number, decision: RegExp): boolean {
  if (isDayOfDeed(sentence, start, end)) return true;
  const [from, to] = clauseAround(sentence, start, end);
  const clause = sentence.slice(from, to);
  return [...execAll(decision, clause)].length === 0;
}

/**
 * Whether the date at [start, end) of `sentence` is told as today, or dates a past deed in its
 * clause with no promise or deadline between them: "I emailed on Monday", "we spoke on Tuesday",
 * "after ten days I emailed", but not "they said they'd let me know on Monday".
 */
export function isDayOfDeed(sentence: string, start: number, end: number): boolean {
  const [from, to] = clauseAround(sentence, start, end);
  const before = sentence.slice(from, start);
  if (TODAY_IS.test(before)) return true;
  if (AHEAD_DAY.test(sentence.slice(start, end)) || BOOKED_FOR.test(before)) return false;
  let last = -1;
  for (const m of execAll(PAST, before)) last = m.index + m[0].length;
  if (last >= 0) return !AHEAD.test(before.slice(last));
  // the day opening its clause, the deed after it: "after ten days I emailed", "on Monday I rang them"
  const after = sentence.slice(end, to);
  for (const deed of execAll(PAST, after)) return !AHEAD.test(after.slice(0, deed.index));
  return false;
}
