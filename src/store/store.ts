/**
 * The storage port. SQLite (default) and PostgreSQL implement it over one query layer;
 * one contract suite (store.case.ts) runs against both.
 */
import type { InterviewRecord, Outcome } from '../core/record.js';
import type { ObservationSource, ObservationValue, Strength } from '../core/observation.js';
import type { SignId } from '../core/signs/ids.js';
import type { Band } from '../core/model/types.js';
import type { StepKind } from '../core/advice/types.js';
import type { EXPORT_FORMAT } from '../contract/export-format.js';

/** ISO-8601 timestamp, e.g. 2026-11-25T19:47:00.000Z, always passed in by the caller. */
export type Timestamp = string;

export interface StoredInterview {
  id: string;
  record: InterviewRecord;
  outcome?: StoredOutcome;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface StoredObservation {
  signId: SignId;
  value: ObservationValue;
  strength?: Strength;
  source: ObservationSource;
  /** The analyzer's (or user's) supporting quote, with offsets into the document it came from. */
  evidence?: { quote: string; start: number; end: number; documentId?: string };
}

export type DocumentKind = 'notes' | 'transcript';

export interface StoredDocument {
  id: string;
  interviewId: string;
  kind: DocumentKind;
  /** Detected transcript format, or 'notes'. */
  format: string;
  text: string;
  candidate?: string;
  createdAt: Timestamp;
}

export interface EstimateSnapshot {
  at: Timestamp;
  probability: number;
  low: number;
  high: number;
  band: Band;
}

export interface StoredOutcome {
  outcome: Outcome;
  /** YYYY-MM-DD the candidate heard (or decided). */
  on: string;
  note?: string;
  recordedAt: Timestamp;
}

export interface StoredReminder {
  kind: StepKind;
  due: string; // YYYY-MM-DD
  title: string;
  detail: string;
  done: boolean;
}

export interface InterviewFilter {
  stage?: InterviewRecord['stage'];
  /** 'open' = no outcome yet. */
  status?: 'open' | 'closed';
  search?: string;
}

/** Everything, for export and lossless re-import. */
export interface ExportBundle {
  format: typeof EXPORT_FORMAT;
  version: 1;
  exportedAt: Timestamp;
  interviews: Array<{
    interview: StoredInterview;
    observations: StoredObservation[];
    documents: StoredDocument[];
    estimates: EstimateSnapshot[];
    reminders: StoredReminder[];
  }>;
}

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  createInterview(record: InterviewRecord, now: Timestamp): Promise<StoredInterview>;
  getInterview(id: string): Promise<StoredInterview | undefined>;
  listInterviews(filter?: InterviewFilter): Promise<StoredInterview[]>;
  /** Replaces the record; undefined when no such interview. */
  updateInterview(id: string, record: InterviewRecord, now: Timestamp): Promise<StoredInterview | undefined>;
  /** Deletes the interview and everything attached to it; false when none. */
  deleteInterview(id: string): Promise<boolean>;

  /** Replaces all observations of an interview in one transaction. */
  putObservations(interviewId: string, observations: StoredObservation[], now: Timestamp): Promise<void>;
  getObservations(interviewId: string): Promise<StoredObservation[]>;

  addDocument(doc: Omit<StoredDocument, 'id'>): Promise<StoredDocument>;
  listDocuments(interviewId: string): Promise<StoredDocument[]>;

  addEstimate(interviewId: string, snapshot: EstimateSnapshot): Promise<void>;
  listEstimates(interviewId: string): Promise<EstimateSnapshot[]>;

  /** Sets (or with undefined, clears) the outcome. */
  setOutcome(interviewId: string, outcome: StoredOutcome | undefined, now: Timestamp): Promise<void>;

  replaceReminders(interviewId: string, reminders: StoredReminder[]): Promise<void>;
  listReminders(interviewId: string): Promise<StoredReminder[]>;

  exportAll(now: Timestamp): Promise<ExportBundle>;
  /** Imports in one transaction; ids are kept, so a round trip is lossless. 'replace' clears first. */
  importAll(bundle: ExportBundle, mode: 'merge' | 'replace'): Promise<{ interviews: number }>;

  close(): Promise<void>;
}
