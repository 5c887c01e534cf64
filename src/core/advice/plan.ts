import type { IsoDate } from '../dates.js';
import type { Estimate } from '../model/types.js';
import type { Observations } from '../observation.js';
import type { InterviewRecord } from '../record.js';
import { prepFrom } from './prep.js';
import { SELF_ASSESSMENT_QUESTIONS } from './self-assessment.js';
import { followUpSteps, keepApplyingStep, outcomeStep, thankYouStep } from './steps.js';
import { STEP_KINDS } from './types.js';
import type { NextStep, Plan } from './types.js';
import { followUpWindow, isoDateMax, isoDateMin } from './windows.js';

export { followUpWindow } from './windows.js';
export { SELF_ASSESSMENT_QUESTIONS, selfAssessmentVerdict } from './self-assessment.js';
export { checkInDraft, feedbackDraft, secondCheckInDraft, thankYouDraft } from './drafts.js';
export { prepFrom } from './prep.js';

export interface PlanInput {
  record: InterviewRecord;
  observations: Observations;
  estimate: Estimate;
  today: IsoDate;
  /** The candidate's own name, to sign drafts. */
  candidateName?: string;
}

function byDue(a: NextStep, b: NextStep): number {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  return STEP_KINDS.indexOf(a.kind) - STEP_KINDS.indexOf(b.kind);
}

/**
 * The dated next steps, with drafts. Past steps stay in the list so a UI can mark them done
 * or overdue; an outcome stops the clock, so check-ins give way to a step for that outcome.
 */
export function planFrom(input: PlanInput): Plan {
  const { record, observations, estimate, today, candidateName } = input;
  const window = followUpWindow(record);
  const heard = record.heardBack;
  const outcome = heard?.kind === 'outcome' ? heard : undefined;

  // When the model already judges the silence as ghosting, there is no point waiting out the clock.
  const closeDue =
    estimate.silence.phase === 'likely-ghosted'
      ? isoDateMax(record.date, isoDateMin(today, window.closeAfter))
      : window.closeAfter;

  const steps: NextStep[] = [
    thankYouStep(record, candidateName),
    keepApplyingStep(record, today, outcome?.outcome),
    ...(outcome
      ? [outcomeStep(record, outcome.outcome, outcome.on, candidateName)]
      : followUpSteps(record, window, closeDue, candidateName)),
  ].sort(byDue);

  return {
    steps,
    prep: prepFrom(observations, estimate),
    selfAssessment: SELF_ASSESSMENT_QUESTIONS.map((q) => ({ ...q })),
    window: {
      interview: window.interview,
      expectedBy: window.expectedBy,
      checkIn: window.checkIn,
      closeAfter: outcome ? window.closeAfter : closeDue,
    },
  };
}
