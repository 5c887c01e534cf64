import type { FastifyInstance } from 'fastify';
import { outcomeBodySchema } from '../../contract/interview.js';
import { invalidRequest } from '../app-error.js';
import { interviewItemOf } from '../interview-view.js';
import { recordOutcome, takeBackOutcome } from '../outcomes.js';
import { requireInterview, validated, type Deps } from '../validate.js';

type IdParams = { Params: { id: string } };

export function registerOutcomeRoutes(app: FastifyInstance, { store, now }: Deps): void {
  app.post<IdParams>('/interviews/:id/outcome', async (request) => {
    const { id } = request.params;
    const stored = await requireInterview(store, id);
    const body = validated(outcomeBodySchema, request.body);
    const at = now();
    const recorded = await recordOutcome(store, stored, body, at);
    if (!recorded.ok) throw invalidRequest(recorded.error);
    return interviewItemOf(store, await requireInterview(store, id), at, recorded.value.personal);
  });

  app.delete<IdParams>('/interviews/:id/outcome', async (request) => {
    const { id } = request.params;
    await requireInterview(store, id);
    const at = now();
    const { personal } = await takeBackOutcome(store, id, at);
    return interviewItemOf(store, await requireInterview(store, id), at, personal);
  });
}
