/**
 * The one way an answer is stored, whichever way it came in: the outcome route and `debrief
 * outcome`, or "Have you heard back? Yes: an offer" given with the record (`debrief assess`, the
 * record's POST and PUT). It is kept once, as the outcome, so personal learning, the closed
 * filter and taking it back (DELETE …/outcome) all see the same answer.
 */
import type { InterviewRecord } from '../core/record.js';
import { recordPartsOf } from '../store/record-parts.js';
import type { Store, StoredInterview, StoredOutcome } from '../store/store.js';

/** Records (or, with undefined, takes back) how an interview ended. */
export async function storeOutcome(
  store: Store,
  interviewId: string,
  outcome: StoredOutcome | undefined,
  at: Date,
): Promise<void> {
  await store.setOutcome(interviewId, outcome, at.toISOString());
}

const sameAnswer = (a: StoredOutcome | undefined, b: StoredOutcome): boolean =>
  a?.outcome === b.outcome && a.on === b.on;

/**
 * Creates an interview, or updates the one with `id`, storing an answer given with the record
 * as its outcome. A record that says nothing of an outcome leaves a recorded one as it is:
 * taking an answer back is the outcome route's DELETE. Undefined when `id` is not stored.
 */
export async function saveInterview(
  store: Store,
  input: InterviewRecord,
  at: Date,
  id?: string,
): Promise<StoredInterview | undefined> {
  const stamp = at.toISOString();
  const { record, outcome } = recordPartsOf(input, stamp);
  const saved =
    id === undefined
      ? await store.createInterview(record, stamp)
      : await store.updateInterview(id, record, stamp);
  if (!saved || !outcome || sameAnswer(saved.outcome, outcome)) return saved;
  await storeOutcome(store, saved.id, outcome, at);
  return store.getInterview(saved.id);
}
