import type { Store, StoredInterview } from '../store/store.js';
import type { InterviewItem } from '../contract/responses.js';
import type { PersonalWeights } from '../core/index.js';
import { assessmentOf, isWaitingOn, nextStepOf, personalWeightsOf, todayFrom } from './assessment.js';
import { doneKeysOf } from './reminders.js';

/** An interview as the dashboard shows it: the record plus where it stands today. */
export async function interviewItemOf(
  store: Store,
  stored: StoredInterview,
  now: Date,
  personal?: PersonalWeights,
): Promise<InterviewItem> {
  const today = todayFrom(now);
  const observations = await store.getObservations(stored.id);
  const { estimate, plan } = assessmentOf(
    stored,
    observations,
    today,
    personal ?? (await personalWeightsOf(store)),
  );
  const next = nextStepOf(
    plan,
    today,
    doneKeysOf(await store.listReminders(stored.id), stored.record),
    isWaitingOn(stored),
  );
  return {
    id: stored.id,
    record: stored.record,
    outcome: stored.outcome ?? null,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    estimate: { probability: Math.round(estimate.probability * 1000) / 1000, band: estimate.band },
    signsAnswered: observations.filter((o) => o.value !== 'unsure').length,
    phase: estimate.silence.phase,
    nextAction: next ? { kind: next.kind, due: next.due, title: next.title } : null,
  };
}
