/**
 * Ticked-off steps. The plan is recomputed on every change, so a step is known by its kind
 * and due date (refreshDerived keeps `done` across recomputes on the same key).
 */
import { stepKey, type Plan } from '../core/advice/types.js';
import { checkInSent } from '../core/advice/windows.js';
import type { InterviewRecord } from '../core/record.js';
import type { ReminderView } from '../contract/responses.js';
import type { StoredReminder } from '../store/store.js';

/**
 * The keys of the steps ticked off. The first check-in the record says was sent is done too: its
 * step is dated that day, so the tick follows it when the plan moves.
 */
export function doneKeysOf(stored: readonly StoredReminder[], record?: InterviewRecord): Set<string> {
  const done = new Set(stored.filter((r) => r.done).map(stepKey));
  const sent = record && checkInSent(record);
  if (sent) done.add(stepKey({ kind: 'check-in', due: sent }));
  return done;
}

/** The plan's steps as shown today, each with the done state stored for the same step. */
export function reminderViewsOf(
  plan: Plan,
  stored: readonly StoredReminder[],
  record?: InterviewRecord,
): ReminderView[] {
  const done = doneKeysOf(stored, record);
  return plan.steps.map((s) => ({
    kind: s.kind,
    due: s.due,
    title: s.title,
    done: done.has(stepKey(s)),
  }));
}

/** The stored list with one step's done state set; undefined when no stored step matches. */
export function withDone(
  stored: readonly StoredReminder[],
  key: string,
  done: boolean,
): StoredReminder[] | undefined {
  if (!stored.some((r) => stepKey(r) === key)) return undefined;
  return stored.map((r) => (stepKey(r) === key ? { ...r, done } : r));
}
