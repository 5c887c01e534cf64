/**
 * Row shapes, identical in both dialects: text for ids, dates, timestamps and JSON;
 * integer for flags and counters; double precision for probabilities. Keeping JSON and
 * timestamps as text means a value reads back byte-for-byte as it was written.
 */
import type { Generated, Kysely } from 'kysely';

export interface InterviewRow {
  id: string;
  /** The InterviewRecord as JSON; the columns below are copies for filtering. */
  record: string;
  stage: string;
  interview_date: string;
  company: string | null;
  role: string | null;
  created_at: string;
  updated_at: string;
}

export interface ObservationRow {
  interview_id: string;
  sign_id: string;
  position: number;
  value: string;
  strength: number | null;
  source: string;
  evidence: string | null;
  recorded_at: string;
}

export interface DocumentRow {
  id: string;
  interview_id: string;
  kind: string;
  format: string;
  text: string;
  candidate: string | null;
  created_at: string;
}

export interface EstimateRow {
  interview_id: string;
  seq: number;
  at: string;
  probability: number;
  low: number;
  high: number;
  band: string;
}

export interface OutcomeRow {
  interview_id: string;
  outcome: string;
  outcome_on: string;
  note: string | null;
  recorded_at: string;
}

export interface ReminderRow {
  interview_id: string;
  position: number;
  kind: string;
  due: string;
  title: string;
  detail: string;
  done: number;
}

export interface SchemaMigrationRow {
  version: number;
  name: string;
  applied_at: Generated<string>;
}

export interface Database {
  interviews: InterviewRow;
  observations: ObservationRow;
  documents: DocumentRow;
  estimates: EstimateRow;
  outcomes: OutcomeRow;
  reminders: ReminderRow;
  schema_migrations: SchemaMigrationRow;
}

export type Db = Kysely<Database>;
