import type { FastifyInstance } from 'fastify';
import { interviewListQuerySchema } from '../../contract/interview.js';
import type { InterviewList } from '../../contract/responses.js';
import type { InterviewFilter } from '../../store/store.js';
import { notFound } from '../app-error.js';
import { personalWeightsOf, refreshDerived, todayFrom } from '../assessment.js';
import { interviewItemOf } from '../interview-view.js';
import { mergePatch, patchBody } from '../merge-patch.js';
import { saveInterview } from '../outcomes.js';
import { requireInterview, validated, validatedRecord, type Deps } from '../validate.js';

type IdParams = { Params: { id: string } };

export function registerInterviewRoutes(app: FastifyInstance, { store, now }: Deps): void {
  app.get('/interviews', async (request): Promise<InterviewList> => {
    const query = validated(interviewListQuerySchema, request.query);
    const filter: InterviewFilter = {};
    if (query.stage) filter.stage = query.stage;
    if (query.status) filter.status = query.status;
    if (query.q) filter.search = query.q;
    const at = now();
    const stored = await store.listInterviews(filter);
    const personal = await personalWeightsOf(store);
    return { interviews: await Promise.all(stored.map((s) => interviewItemOf(store, s, at, personal))) };
  });

  app.post('/interviews', async (request, reply) => {
    const at = now();
    const record = validatedRecord(request.body, todayFrom(at));
    const created = await saveInterview(store, record, at);
    if (!created) throw new Error('server: a created interview could not be read back');
    const personal = await personalWeightsOf(store);
    await refreshDerived(store, created.id, at, personal);
    return reply.status(201).send(await interviewItemOf(store, created, at, personal));
  });

  app.get<IdParams>('/interviews/:id', async (request) => {
    const stored = await requireInterview(store, request.params.id);
    return interviewItemOf(store, stored, now());
  });

  const update = async (id: string, body: unknown, at: Date) => {
    const updated = await saveInterview(store, validatedRecord(body, todayFrom(at)), at, id);
    if (!updated) throw notFound('That interview');
    const personal = await personalWeightsOf(store);
    await refreshDerived(store, updated.id, at, personal);
    return interviewItemOf(store, updated, at, personal);
  };

  app.put<IdParams>('/interviews/:id', async (request) => {
    await requireInterview(store, request.params.id);
    return update(request.params.id, request.body, now());
  });

  // Only the fields sent change (JSON Merge Patch); the outcome has its own route.
  app.patch<IdParams>('/interviews/:id', async (request) => {
    const stored = await requireInterview(store, request.params.id);
    return update(request.params.id, mergePatch(stored.record, patchBody(request.body)), now());
  });

  app.delete<IdParams>('/interviews/:id', async (request, reply) => {
    await requireInterview(store, request.params.id);
    if (!(await store.deleteInterview(request.params.id))) throw notFound('That interview');
    return reply.status(204).send();
  });
}
