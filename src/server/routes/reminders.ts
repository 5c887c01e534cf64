import type { FastifyInstance } from 'fastify';
import { outcomeDateErrors } from '../../contract/date-rules.js';
import { reminderDoneBodySchema, type ReminderDoneBody } from '../../contract/interview.js';
import type { RemindersView } from '../../contract/responses.js';
import { invalidRequest, notFound } from '../app-error.js';
import { refreshDerived, todayFrom } from '../assessment.js';
import { stepKey } from '../../core/advice/types.js';
import type { IsoDate } from '../../core/dates.js';
import { withDone } from '../reminders.js';
import { requireInterview, validated, type Deps } from '../validate.js';
import { withCheckInDay } from '../check-in-day.js';
import type { Store, StoredInterview, StoredReminder } from '../../store/store.js';

type IdParams = { Params: { id: string } };

export function registerReminderRoutes(app: FastifyInstance, { store, now }: Deps): void {
  app.put<IdParams>('/interviews/:id/reminders', async (request): Promise<RemindersView> => {
    const interview = await requireInterview(store, request.params.id);
    const body = validated(reminderDoneBodySchema, request.body);
    // once an answer is in, the clock has stopped: there is no check-in left to date
    const updated =
      body.kind === 'check-in' && !interview.outcome
        ? await tickCheckIn(store, interview, body, now())
        : await tickStep(store, interview.id, body, now());
    if (!updated) throw notFound('That step');
    await store.replaceReminders(interview.id, updated);
    return { reminders: updated.map(({ kind, due, title, done }) => ({ kind, due, title, done })) };
  });
}

async function tickStep(
  store: Store,
  id: string,
  body: ReminderDoneBody,
  now: Date,
): Promise<StoredReminder[] | undefined> {
  const key = stepKey(body);
  const updated = withDone(await store.listReminders(id), key, body.done);
  if (updated) return updated;
  // Stored reminders are refreshed on edits, not on visits, so a step shown today may be newer.
  await refreshDerived(store, id, now);
  return withDone(await store.listReminders(id), key, body.done);
}

/**
 * The first check-in is kept in the record as the day it was sent, since the last check-in and
 * the close count from it; the plan worked out again then dates the step that day, ticked.
 * Ticked back on, the day is forgotten and the step goes back to its planned day, unticked.
 */
async function tickCheckIn(
  store: Store,
  interview: StoredInterview,
  body: ReminderDoneBody,
  now: Date,
): Promise<StoredReminder[] | undefined> {
  const today = todayFrom(now);
  const on = (body.on ?? today) as IsoDate;
  if (body.done) {
    const errors = outcomeDateErrors(on, interview.record.date, today, 'on');
    if (errors.length > 0) throw invalidRequest(errors);
  }
  const record = withCheckInDay(interview.record, body.done ? on : undefined);
  if (record !== interview.record) await store.updateInterview(interview.id, record, now.toISOString());
  await refreshDerived(store, interview.id, now);
  const stored = await store.listReminders(interview.id);
  if (body.done) return stored;
  // a tick kept on the planned day (from before days were kept) goes too
  return stored.map((r) => (r.kind === 'check-in' ? { ...r, done: false } : r));
}
