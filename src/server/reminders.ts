/**
 * Ticked-off steps. The plan is recomputed on every change, so a step is known by its kind
 * and due date (refreshDerived keeps `done` across recomputes on the same key).
 */
import { stepKey, type Plan } from '../core/advice/types.js';
import type { ReminderView } from '../contract/responses.js';
import type { StoredReminder } from '../store/store.js';

/** The keys of the steps ticked off. */
export const doneKeysOf = (stored: readonly StoredReminder[]): Set<string> =>
  new Set(stored.filter((r) => r.done).map(stepKey));

/** The plan's steps as shown today, each with the done state stored for the same step. */
export function reminderViewsOf(plan: Plan, stored: readonly StoredReminder[]): ReminderView[] {
  const done = doneKeysOf(stored);
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
