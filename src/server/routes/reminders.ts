import type { FastifyInstance } from 'fastify';
import { reminderDoneBodySchema } from '../../contract/interview.js';
import type { RemindersView } from '../../contract/responses.js';
import { notFound } from '../app-error.js';
import { refreshDerived } from '../assessment.js';
import { stepKey } from '../../core/advice/types.js';
import { withDone } from '../reminders.js';
import { requireInterview, validated, type Deps } from '../validate.js';

type IdParams = { Params: { id: string } };

export function registerReminderRoutes(app: FastifyInstance, { store, now }: Deps): void {
  app.put<IdParams>('/interviews/:id/reminders', async (request): Promise<RemindersView> => {
    const interview = await requireInterview(store, request.params.id);
    const body = validated(reminderDoneBodySchema, request.body);
    const key = stepKey(body);
    let updated = withDone(await store.listReminders(interview.id), key, body.done);
    if (!updated) {
      // Stored reminders are refreshed on edits, not on visits, so a step shown today may be newer.
      await refreshDerived(store, interview.id, now());
      updated = withDone(await store.listReminders(interview.id), key, body.done);
    }
    if (!updated) throw notFound('That step');
    await store.replaceReminders(interview.id, updated);
    return { reminders: updated.map(({ kind, due, title, done }) => ({ kind, due, title, done })) };
  });
}
