import type { IsoDate } from '../dates.js';
import type { Estimate } from '../model/types.js';
import type { Observations } from '../observation.js';
import type { InterviewRecord, Outcome } from '../record.js';
import { prepFrom } from './prep.js';
import { SELF_ASSESSMENT_QUESTIONS } from './self-assessment.js';
import { followUpSteps, keepApplyingStep, outcomeStep, thankYouStep } from './steps.js';
import { STEP_KINDS } from './types.js';
import type { NextStep, Plan, StepKind } from './types.js';
import { followUpWindow, isoDateMax, isoDateMin, isThankYouStale } from './windows.js';

export { followUpWindow } from './windows.js';
export { SELF_ASSESSMENT_QUESTIONS, selfAssessmentVerdict } from './self-assessment.js';
export {
  checkInDraft,
  feedbackDraft,
  offerReplyDraft,
  secondCheckInDraft,
  thankYouDraft,
  withdrawalDraft,
} from './drafts.js';
export { prepFrom } from './prep.js';

export interface PlanInput {
  record: InterviewRecord;
  observations: Observations;
  estimate: Estimate;
  today: IsoDate;
  /** The candidate's own name, to sign drafts. */
  candidateName?: string;
  /**
   * The day the person told Debrief about the interview. Steps to take are not dated before
   * it, so an interview entered late gets "do it now", not dates already gone; the silence
   * clock (the window, the estimate) still counts from the interview.
   */
  recordedOn?: IsoDate;
}

// On one day, the step an outcome brings ("Review the offer") comes before the standing nudge
// to keep applying, so the dashboard's "Next" names it.
const SAME_DAY_ORDER: readonly StepKind[] = [
  ...STEP_KINDS.filter((k) => k !== 'keep-applying'),
  'keep-applying',
];

function byDue(a: NextStep, b: NextStep): number {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  return SAME_DAY_ORDER.indexOf(a.kind) - SAME_DAY_ORDER.indexOf(b.kind);
}

/**
 * Once the employer has answered, a thank-you for the interview still helps before a next round
 * (the same people may be there). An offer gets a reply that thanks them, a rejection a feedback
 * reply that thanks them anyway, and a withdrawal its own note; after no answer there is no one
 * listening.
 */
export function thankYouStillUseful(outcome: { outcome: Outcome; on: IsoDate } | undefined): boolean {
  return !outcome || outcome.outcome === 'next-round';
}

// "Do you want this job?" matters while it may still be yours: waiting, the next round, an offer.
const SELF_ASSESSMENT_AFTER: ReadonlySet<Outcome> = new Set(['next-round', 'offer']);
// Prep for what went wrong is for the interviews still to come; with an offer there is no round to
// mend, so it would read as a post-mortem of a success.
const PREP_AFTER: ReadonlySet<Outcome> = new Set(['next-round', 'rejected', 'ghosted', 'withdrew']);

/**
 * The dated next steps, with drafts. Past steps stay in the list so a UI can mark them done
 * or overdue; an outcome stops the clock, so check-ins give way to a step for that outcome.
 */
export function planFrom(input: PlanInput): Plan {
  const { record, observations, estimate, today, candidateName, recordedOn } = input;
  const window = followUpWindow(record);
  const heard = record.heardBack;
  const outcome = heard?.kind === 'outcome' ? heard : undefined;

  // When the model already judges the silence as ghosting, there is no point waiting out the clock.
  const closeDue =
    estimate.silence.phase === 'likely-ghosted'
      ? isoDateMax(record.date, isoDateMin(today, window.closeAfter))
      : window.closeAfter;

  // A thank-you weeks late is no help: the check-in carries the thanks instead.
  const thankYouStale = isThankYouStale(record, today);
  const steps: NextStep[] = [
    ...(thankYouStillUseful(outcome) && !thankYouStale
      ? [thankYouStep(record, today, candidateName, recordedOn, outcome?.outcome)]
      : []),
    keepApplyingStep(record, today, outcome?.outcome),
    ...(outcome
      ? [outcomeStep(record, outcome.outcome, outcome.on, candidateName)]
      : followUpSteps(record, window, closeDue, {
          today,
          recordedOn,
          candidateName,
          thanksInCheckIn: thankYouStale,
        })),
  ].sort(byDue);

  // The timeline's check-in and close are the steps' days, so both views agree on a late entry.
  const checkInStep = steps.find((s) => s.kind === 'check-in');
  const closeStep = steps.find((s) => s.kind === 'close');
  return {
    steps,
    prep: !outcome || PREP_AFTER.has(outcome.outcome) ? prepFrom(observations, estimate) : [],
    selfAssessment:
      !outcome || SELF_ASSESSMENT_AFTER.has(outcome.outcome)
        ? SELF_ASSESSMENT_QUESTIONS.map((q) => ({ ...q }))
        : [],
    window: {
      interview: window.interview,
      expectedBy: window.expectedBy,
      checkIn: checkInStep?.due ?? window.checkIn,
      closeAfter: outcome ? window.closeAfter : (closeStep?.due ?? closeDue),
    },
  };
}
