import type { FastifyInstance } from 'fastify';
import { outcomeDateErrors } from '../../contract/date-rules.js';
import { outcomeBodySchema } from '../../contract/interview.js';
import { invalidRequest } from '../app-error.js';
import type { StoredOutcome } from '../../store/store.js';
import { personalWeightsOf, refreshDerived, todayFrom } from '../assessment.js';
import { interviewItemOf } from '../interview-view.js';
import { storeOutcome } from '../outcomes.js';
import { requireInterview, validated, type Deps } from '../validate.js';

type IdParams = { Params: { id: string } };

export function registerOutcomeRoutes(app: FastifyInstance, { store, now }: Deps): void {
  app.post<IdParams>('/interviews/:id/outcome', async (request) => {
    const { id } = request.params;
    const stored = await requireInterview(store, id);
    const body = validated(outcomeBodySchema, request.body);
    const at = now();
    const dateErrors = outcomeDateErrors(body.on, stored.record.date, todayFrom(at));
    if (dateErrors.length > 0) throw invalidRequest(dateErrors);
    const outcome: StoredOutcome = { outcome: body.outcome, on: body.on, recordedAt: at.toISOString() };
    if (body.note !== undefined) outcome.note = body.note;
    await storeOutcome(store, id, outcome, at);
    // Read the person's record once for both the stored snapshot and the answer.
    const personal = await personalWeightsOf(store);
    await refreshDerived(store, id, at, personal);
    return interviewItemOf(store, await requireInterview(store, id), at, personal);
  });

  app.delete<IdParams>('/interviews/:id/outcome', async (request) => {
    const { id } = request.params;
    await requireInterview(store, id);
    const at = now();
    await storeOutcome(store, id, undefined, at);
    // Read the person's record once for both the stored snapshot and the answer.
    const personal = await personalWeightsOf(store);
    await refreshDerived(store, id, at, personal);
    return interviewItemOf(store, await requireInterview(store, id), at, personal);
  });
}
