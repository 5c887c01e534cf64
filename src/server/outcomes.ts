/**
 * The one way an answer is stored, whichever way it came in: the outcome route and `debrief
 * outcome`, or "Have you heard back? Yes: an offer" given with the record (`debrief assess`, the
 * record's POST and PUT). It is kept once, as the outcome, so personal learning, the closed
 * filter and taking it back (DELETE …/outcome) all see the same answer.
 */
import { outcomeDateErrors } from '../contract/date-rules.js';
import type { FieldError } from '../contract/fields.js';
import type { OutcomeBody } from '../contract/interview.js';
import type { PersonalWeights } from '../core/index.js';
import type { InterviewRecord } from '../core/record.js';
import { err, ok, type Result } from '../core/result.js';
import { recordPartsOf } from '../store/record-parts.js';
import type { Store, StoredInterview, StoredOutcome } from '../store/store.js';
import { personalWeightsOf, refreshDerived, todayFrom, type Assessment } from './assessment.js';

/** Records (or, with undefined, takes back) how an interview ended. */
export async function storeOutcome(
  store: Store,
  interviewId: string,
  outcome: StoredOutcome | undefined,
  at: Date,
): Promise<void> {
  await store.setOutcome(interviewId, outcome, at.toISOString());
}

/** What recording (or taking back) an outcome leaves: the refreshed assessment, and the weights it used. */
export interface OutcomeRecorded {
  assessment: Assessment | undefined;
  personal: PersonalWeights;
}

/**
 * Records how an interview ended, as the outcome route and `debrief outcome` both do: the date is
 * checked (not after tomorrow, not before the interview), the answer is stored, and the estimate
 * snapshot and reminders are refreshed. `datePath` names the date in the errors (`on`, `--date`).
 */
export async function recordOutcome(
  store: Store,
  stored: StoredInterview,
  answer: OutcomeBody,
  at: Date,
  datePath = 'on',
): Promise<Result<OutcomeRecorded, FieldError[]>> {
  const errors = outcomeDateErrors(answer.on, stored.record.date, todayFrom(at), datePath);
  if (errors.length > 0) return err(errors);
  const outcome: StoredOutcome = { outcome: answer.outcome, on: answer.on, recordedAt: at.toISOString() };
  if (answer.note !== undefined) outcome.note = answer.note;
  await storeOutcome(store, stored.id, outcome, at);
  return ok(await refreshed(store, stored.id, at));
}

/** Takes a recorded outcome back (the outcome route's DELETE), refreshing what derives from it. */
export async function takeBackOutcome(store: Store, interviewId: string, at: Date): Promise<OutcomeRecorded> {
  await storeOutcome(store, interviewId, undefined, at);
  return refreshed(store, interviewId, at);
}

async function refreshed(store: Store, interviewId: string, at: Date): Promise<OutcomeRecorded> {
  // the person's record is read once, for the stored snapshot and for whatever the caller shows
  const personal = await personalWeightsOf(store);
  return { assessment: await refreshDerived(store, interviewId, at, personal), personal };
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
