import type { Store, StoredInterview } from '../store/store.js';
import type { InterviewItem } from '../contract/responses.js';
import { assessmentOf, nextStepOf, todayFrom } from './assessment.js';

/** An interview as the dashboard shows it: the record plus where it stands today. */
export async function interviewItemOf(store: Store, stored: StoredInterview, now: Date): Promise<InterviewItem> {
  const today = todayFrom(now);
  const observations = await store.getObservations(stored.id);
  const { estimate, plan } = assessmentOf(stored, observations, today);
  const next = nextStepOf(plan, today);
  return {
    id: stored.id,
    record: stored.record,
    outcome: stored.outcome ?? null,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    estimate: { probability: Math.round(estimate.probability * 1000) / 1000, band: estimate.band },
    phase: estimate.silence.phase,
    nextAction: next ? { kind: next.kind, due: next.due, title: next.title } : null,
  };
}
