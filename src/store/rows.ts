/** Row ↔ domain mapping. Optional fields are omitted, never set to undefined, so reads compare equal to what was written. */
import type { InterviewRecord, Outcome } from '../core/record.js';
import type { ObservationSource, ObservationValue, Strength } from '../core/observation.js';
import type { SignId } from '../core/signs/ids.js';
import type { Band } from '../core/model/types.js';
import type { StepKind } from '../core/advice/types.js';
import type { DocumentRow, EstimateRow, InterviewRow, ObservationRow, ReminderRow } from './schema.js';
import type {
  DocumentKind,
  EstimateSnapshot,
  StoredDocument,
  StoredInterview,
  StoredObservation,
  StoredOutcome,
  StoredReminder,
  Timestamp,
} from './store.js';

export interface OutcomeColumns {
  outcome: string | null;
  outcome_on: string | null;
  outcome_note: string | null;
  outcome_recorded_at: string | null;
}

export function interviewColumnsFrom(
  record: InterviewRecord,
): Pick<InterviewRow, 'record' | 'stage' | 'interview_date' | 'company' | 'role'> {
  return {
    record: JSON.stringify(record),
    stage: record.stage,
    interview_date: record.date,
    company: record.company ?? null,
    role: record.role ?? null,
  };
}

export function interviewFromRow(row: InterviewRow & OutcomeColumns): StoredInterview {
  const interview: StoredInterview = {
    id: row.id,
    record: JSON.parse(row.record) as InterviewRecord,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (row.outcome !== null && row.outcome_on !== null && row.outcome_recorded_at !== null) {
    const outcome: StoredOutcome = {
      outcome: row.outcome as Outcome,
      on: row.outcome_on,
      recordedAt: row.outcome_recorded_at,
    };
    if (row.outcome_note !== null) outcome.note = row.outcome_note;
    interview.outcome = outcome;
  }
  return interview;
}

export function observationRowFrom(
  interviewId: string,
  o: StoredObservation,
  position: number,
  now: Timestamp,
): ObservationRow {
  return {
    interview_id: interviewId,
    sign_id: o.signId,
    position,
    value: o.value,
    strength: o.strength ?? null,
    source: o.source,
    evidence: o.evidence === undefined ? null : JSON.stringify(o.evidence),
    recorded_at: now,
  };
}

export function observationFromRow(row: ObservationRow): StoredObservation {
  const o: StoredObservation = {
    signId: row.sign_id as SignId,
    value: row.value as ObservationValue,
    source: row.source as ObservationSource,
  };
  if (row.strength !== null) o.strength = Number(row.strength) as Strength;
  if (row.evidence !== null)
    o.evidence = JSON.parse(row.evidence) as NonNullable<StoredObservation['evidence']>;
  return o;
}

export function documentRowFrom(doc: StoredDocument): DocumentRow {
  return {
    id: doc.id,
    interview_id: doc.interviewId,
    kind: doc.kind,
    format: doc.format,
    text: doc.text,
    candidate: doc.candidate ?? null,
    created_at: doc.createdAt,
  };
}

export function documentFromRow(row: DocumentRow): StoredDocument {
  const doc: StoredDocument = {
    id: row.id,
    interviewId: row.interview_id,
    kind: row.kind as DocumentKind,
    format: row.format,
    text: row.text,
    createdAt: row.created_at,
  };
  if (row.candidate !== null) doc.candidate = row.candidate;
  return doc;
}

/** Picks the columns explicitly: a caller's extra keys must not become SQL columns. */
export function estimateColumnsFrom(s: EstimateSnapshot): Omit<EstimateRow, 'interview_id' | 'seq'> {
  return { at: s.at, probability: s.probability, low: s.low, high: s.high, band: s.band };
}

export function estimateFromRow(row: EstimateRow): EstimateSnapshot {
  return {
    at: row.at,
    probability: Number(row.probability),
    low: Number(row.low),
    high: Number(row.high),
    band: row.band as Band,
  };
}

export function reminderRowFrom(interviewId: string, r: StoredReminder, position: number): ReminderRow {
  return {
    interview_id: interviewId,
    position,
    kind: r.kind,
    due: r.due,
    title: r.title,
    detail: r.detail,
    done: r.done ? 1 : 0,
  };
}

export function reminderFromRow(row: ReminderRow): StoredReminder {
  return {
    kind: row.kind as StepKind,
    due: row.due,
    title: row.title,
    detail: row.detail,
    done: Number(row.done) === 1,
  };
}
