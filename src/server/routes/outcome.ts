import type { FastifyInstance } from 'fastify';
import { outcomeBodySchema } from '../../contract/interview.js';
import type { StoredOutcome } from '../../store/store.js';
import { refreshDerived } from '../assessment.js';
import { interviewItemOf } from '../interview-view.js';
import { requireInterview, validated, type Deps } from '../validate.js';

type IdParams = { Params: { id: string } };

export function registerOutcomeRoutes(app: FastifyInstance, { store, now }: Deps): void {
  app.post<IdParams>('/interviews/:id/outcome', async (request) => {
    const { id } = request.params;
    await requireInterview(store, id);
    const body = validated(outcomeBodySchema, request.body);
    const at = now();
    const outcome: StoredOutcome = { outcome: body.outcome, on: body.on, recordedAt: at.toISOString() };
    if (body.note !== undefined) outcome.note = body.note;
    await store.setOutcome(id, outcome, at.toISOString());
    await refreshDerived(store, id, at);
    return interviewItemOf(store, await requireInterview(store, id), at);
  });

  app.delete<IdParams>('/interviews/:id/outcome', async (request) => {
    const { id } = request.params;
    await requireInterview(store, id);
    const at = now();
    await store.setOutcome(id, undefined, at.toISOString());
    await refreshDerived(store, id, at);
    return interviewItemOf(store, await requireInterview(store, id), at);
  });
}
