/**
 * Response shapes of the JSON API, for the web client. Plain types: the server builds
 * them from the store and the core, so there is nothing to validate on the way out.
 */
import type { Band, SilencePhase } from '../core/model/types.js';
import type { Estimate } from '../core/model/types.js';
import type { PersonalWeights } from '../core/model/personal.js';
import type { InterviewRecord, Outcome } from '../core/record.js';
import type { Plan, StepKind } from '../core/advice/types.js';
import type { StatedFields } from '../analysis/stated.js';
import type { Analysis } from '../analysis/types.js';
import type { FieldError } from './fields.js';

export interface ApiErrorBody {
  error: { code: string; message: string; fields?: FieldError[] };
}

export interface OutcomeView {
  outcome: Outcome;
  on: string;
  note?: string;
  recordedAt: string;
}

export interface InterviewItem {
  id: string;
  record: InterviewRecord;
  outcome: OutcomeView | null;
  createdAt: string;
  updatedAt: string;
  estimate: { probability: number; band: Band };
  /** Signs answered present or absent; 0 means not debriefed yet, so the estimate is only the starting point. */
  signsAnswered: number;
  phase: SilencePhase;
  nextAction: { kind: StepKind; due: string; title: string } | null;
}

export interface InterviewList {
  interviews: InterviewItem[];
}

export interface ObservationView {
  value: 'present' | 'absent' | 'unsure';
  strength?: 1 | 2 | 3;
  source: 'user' | 'analyzer';
  evidence?: { quote: string; start: number; end: number; documentId?: string };
}

export interface ObservationsView {
  observations: Record<string, ObservationView>;
}

export interface DocumentView {
  id: string;
  interviewId: string;
  kind: 'notes' | 'transcript';
  format: string;
  text: string;
  candidate?: string;
  createdAt: string;
}

/** One plain tip on the candidate's delivery (from analysis/delivery): something to try, not a grade. */
export interface DeliveryTipView {
  id: string;
  text: string;
}

/**
 * The stated fields: notes only, and only what they state for this interview (as `debrief analyze
 * --json` names them): the day, already past; the round; how it was held. The page offers each one
 * beside the record when they differ; nothing here changes the record.
 */
export interface DocumentAnalysis extends StatedFields {
  document: DocumentView;
  analysis: Analysis;
  /** Tips on `analysis.delivery`; empty when there are no delivery figures. */
  guidance: DeliveryTipView[];
}

/**
 * POST /api/notes/stated: what notes say of their interview, read before it is saved (nothing is
 * stored). `text` is the text as read (a chosen file's, decoded), so the page can keep it.
 */
export interface NotesStated extends StatedFields {
  kind: Analysis['kind'];
  text: string;
  /**
   * The day the notes say a decision will come by ("within a week"), read from the day they give
   * for the interview, else from today; `from` is that day, so the form uses it only while its
   * interview date is the same. Absent when the notes name more than one such day.
   */
  statedDecisionBy?: { date: string; from: string; evidence: Analysis['promisedDates'][number]['evidence'] };
  /** True when the notes name more than one day for a decision, so none is given as stated. */
  decisionDaysDiffer?: true;
}

/** GET /api/interviews/:id/analysis: the newest document, analyzed afresh; null when there is none. */
export interface LatestAnalysis {
  latest: DocumentAnalysis | null;
}

/** A stored next step and whether the user has ticked it off. */
export interface ReminderView {
  kind: StepKind;
  due: string;
  title: string;
  done: boolean;
}

export interface RemindersView {
  reminders: ReminderView[];
}

export interface EstimatePoint {
  at: string;
  probability: number;
  low: number;
  high: number;
  band: Band;
}

export interface AssessmentView {
  estimate: Estimate;
  plan: Plan;
  history: EstimatePoint[];
  /** Done state of the plan's steps, matched by kind and due date. */
  reminders: ReminderView[];
  /**
   * Once an outcome is recorded, the estimate as it stood the day the answer came, without it:
   * what the signs pointed to. The live `estimate` then mostly restates the answer.
   */
  beforeOutcome?: Estimate;
  /** What the person's own past outcomes say about the signs; the live estimate uses it too. */
  personal: PersonalWeights;
}
