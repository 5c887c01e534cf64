import type { IsoDate } from '../dates.js';
import type { SignId } from '../signs/ids.js';

export type StepKind = 'thank-you' | 'check-in' | 'second-check-in' | 'close' | 'keep-applying' | 'prepare';

/** One dated action; reminders for a calendar are made from these. */
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

export interface Plan {
  steps: NextStep[];
  prep: PrepAdvice[];
  selfAssessment: SelfAssessmentQuestion[];
  /** The follow-up window for a timeline view. */
  window: { interview: IsoDate; expectedBy: IsoDate; checkIn: IsoDate; closeAfter: IsoDate };
}
