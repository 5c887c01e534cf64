import type { FastifyInstance } from 'fastify';
import { assessmentQuerySchema } from '../../contract/interview.js';
import type { AssessmentView } from '../../contract/responses.js';
import type { PersonalWeights } from '../../core/model/personal.js';
import {
  assessmentOf,
  estimateBeforeOutcome,
  isWaitingOn,
  pastInterviewsOf,
  personalWeightsOf,
  todayFrom,
  weightsFrom,
} from '../assessment.js';
import { interviewLabel } from '../../core/record.js';
import { calendarOf } from '../calendar.js';
import { doneKeysOf, reminderViewsOf } from '../reminders.js';
import { requireInterview, validated, type Deps } from '../validate.js';

type IdParams = { Params: { id: string } };

function fileSlug(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return slug || 'interview';
}

export function registerAssessmentRoutes(app: FastifyInstance, { store, now }: Deps): void {
  // What the debrief page's live estimate needs: the person's weights alone, without working out
  // a whole assessment (plan, drafts, history, reminders) only to throw the rest away.
  app.get('/personal-weights', async (): Promise<PersonalWeights> => personalWeightsOf(store));

  app.get<IdParams>('/interviews/:id/assessment', async (request): Promise<AssessmentView> => {
    const { name } = validated(assessmentQuerySchema, request.query);
    const stored = await requireInterview(store, request.params.id);
    const observations = await store.getObservations(stored.id);
    // read once: the live figure learns from every finished interview, the figure before the
    // answer from the others only
    const past = await pastInterviewsOf(store);
    const personal = weightsFrom(past);
    const { estimate, plan } = assessmentOf(stored, observations, todayFrom(now()), personal, name);
    const [history, reminders] = await Promise.all([
      store.listEstimates(stored.id),
      store.listReminders(stored.id),
    ]);
    const before = stored.outcome
      ? estimateBeforeOutcome(stored, observations, weightsFrom(past, stored.id))
      : undefined;
    return {
      estimate,
      plan,
      history,
      reminders: reminderViewsOf(plan, reminders, stored.record),
      personal,
      ...(before ? { beforeOutcome: before } : {}),
    };
  });

  app.get<IdParams>('/interviews/:id/calendar.ics', async (request, reply) => {
    const { name: firstName } = validated(assessmentQuerySchema, request.query);
    const stored = await requireInterview(store, request.params.id);
    const observations = await store.getObservations(stored.id);
    const personal = await personalWeightsOf(store);
    const today = todayFrom(now());
    const { plan } = assessmentOf(stored, observations, today, personal, firstName);
    const label = interviewLabel(stored.record);
    const done = doneKeysOf(await store.listReminders(stored.id), stored.record);
    const ics = calendarOf(stored.id, label, plan.steps, today, done, isWaitingOn(stored));
    const name = `debrief-${fileSlug(stored.record.company ?? '')}-${stored.record.date}.ics`;
    return reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}"`)
      .send(ics);
  });
}
