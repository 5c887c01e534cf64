import type { IsoDate } from './dates.js';

export const STAGES = ['screen', 'first', 'later', 'final', 'other'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * The stage a next round most likely is, to start its form from: a screen leads to a first
 * interview, a first to a later round; a later or final round invited again stays as it was.
 */
export function stageAfter(stage: Stage): Stage {
  return stage === 'screen' ? 'first' : stage === 'first' ? 'later' : stage;
}

export const FORMATS = ['phone', 'video', 'onsite', 'panel'] as const;
export type Format = (typeof FORMATS)[number];

export const OUTCOMES = ['next-round', 'offer', 'rejected', 'ghosted', 'withdrew'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What the candidate has heard since the interview. `none` keeps the follow-up clock running. */
export type HeardBack =
  | { kind: 'none' }
  | { kind: 'update'; on: IsoDate } // a holding reply ("still deciding"): clock continues, silence resets
  | { kind: 'outcome'; outcome: Outcome; on: IsoDate };

/** The interview as the candidate records it. Only stage and date are required. */
export interface InterviewRecord {
  stage: Stage;
  date: IsoDate;
  /** Local wall-clock time, `HH:MM`. */
  time?: string;
  company?: string;
  role?: string;
  format?: Format;
  interviewers?: string[];
  /** The date by which they said they would decide, if they said one. */
  decisionBy?: IsoDate;
  /** How many candidates are in this round, if known (>= 1). */
  candidates?: number;
  /** Topics discussed, used to personalise drafts. */
  topics?: string[];
  heardBack?: HeardBack;
  /**
   * The day the first check-in was actually sent, once it was. The second check-in and the point
   * to stop waiting count from it, not from the day the first one was planned for.
   */
  checkedInOn?: IsoDate;
}

/** Company and role as one label ("Acme, Data analyst"); '' when neither is given. */
export function interviewLabel(record: Pick<InterviewRecord, 'company' | 'role'>): string {
  return [record.company, record.role].filter(Boolean).join(', ');
}
