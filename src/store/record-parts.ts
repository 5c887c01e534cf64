/**
 * An answer ("Have you heard back? Yes: an offer") is kept as the interview's outcome, never
 * inside its record. One rule for a record saved now (server/outcomes.ts) and one from an old
 * export (transfer.ts); migration 0002 applied it to records already stored.
 */
import type { InterviewRecord } from '../core/record.js';
import type { StoredOutcome, Timestamp } from './store.js';

/** A record as it is kept, and the answer it carried, stamped `recordedAt`, kept as the outcome instead. */
export function recordPartsOf<R extends InterviewRecord>(
  record: R,
  recordedAt: Timestamp,
): { record: R; outcome?: StoredOutcome } {
  const heard = record.heardBack;
  if (heard?.kind !== 'outcome') return { record };
  const { heardBack: _answer, ...rest } = record;
  return { record: rest as R, outcome: { outcome: heard.outcome, on: heard.on, recordedAt } };
}
