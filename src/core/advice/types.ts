import type { IsoDate } from '../dates.js';
import type { SignId } from '../signs/ids.js';

export type StepKind = 'thank-you' | 'check-in' | 'second-check-in' | 'close' | 'keep-applying' | 'prepare';

/** Every StepKind, for validators (zod enums, DB checks) that need the list at runtime. */
export const STEP_KINDS = [
  'thank-you',
  'check-in',
  'second-check-in',
  'close',
  'keep-applying',
  'prepare',
] as const satisfies readonly StepKind[];

/** One dated action; reminders for a calendar are made from these. */
/**
 * How a step is known across recomputes: by its kind and day. The plan is computed afresh on
 * every change, so the server keeps a tick on this key and the web page ticks by it.
 */
export const stepKey = (s: { kind: string; due: string }): string => `${s.kind}@${s.due}`;

/**
 * Of `steps`, the first of each of `kinds`, in the order of `kinds`: the step a deed already done
 * ("sent a thank-you", "checked in") stands for, the first check-in rather than the last.
 */
export function firstOfKinds<S extends { kind: string }>(steps: readonly S[], kinds: readonly string[]): S[] {
  return kinds.flatMap((k) => {
    const step = steps.find((s) => s.kind === k);
    return step ? [step] : [];
  });
}

export interface NextStep {
  kind: StepKind;
  /** The day to do it. */
  due: IsoDate;
  title: string;
  detail: string;
  /** Set when a message draft goes with this step. */
  draft?: Draft;
}

export interface Draft {
  subject: string;
  body: string;
}

export interface PrepAdvice {
  /** The negative sign the advice answers. */
  signId: SignId;
  title: string;
  tips: string[];
}

export interface SelfAssessmentQuestion {
  id: 'interest' | 'goals' | 'pay' | 'growth' | 'people';
  question: string;
}

export type SelfAssessmentId = SelfAssessmentQuestion['id'];
export type SelfAnswer = 'yes' | 'unsure' | 'no';
export type SelfAssessmentAnswers = Partial<Record<SelfAssessmentId, SelfAnswer>>;

export interface SelfAssessmentVerdict {
  code: 'wants-it' | 'mixed' | 'doubts';
  advice: string;
}

/** The follow-up clock for one interview; every date is on or after `interview`. */
export interface FollowUpWindow {
  interview: IsoDate;
  /** The promised decision date, else interview + 14 days, or holding reply + 7 (the model's rule). */
  expectedBy: IsoDate;
  checkIn: IsoDate;
  secondCheckIn: IsoDate;
  /** When to treat the application as closed if nothing has come. */
  closeAfter: IsoDate;
}

export interface Plan {
  steps: NextStep[];
  prep: PrepAdvice[];
  selfAssessment: SelfAssessmentQuestion[];
  /** The follow-up window for a timeline view. */
  window: { interview: IsoDate; expectedBy: IsoDate; checkIn: IsoDate; closeAfter: IsoDate };
}
