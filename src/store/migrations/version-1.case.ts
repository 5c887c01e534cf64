/**
 * Test helper (not a test): a database as Debrief left it before migration 0002, with records
 * holding the answer inside ("Have you heard back? Yes: …"), as versions before
 * server/outcomes.ts saved them.
 */
import { migrateToLatest } from '../migrate.js';
import type { Db } from '../schema.js';
import { MIGRATIONS } from './index.js';

export interface OldRow {
  id: string;
  record: Record<string, unknown>;
  updatedAt: string;
  /** An outcome row recorded beside the record's answer (the outcome route wrote rows already). */
  outcomeRow?: { outcome: string; on: string; note: string | null; recordedAt: string };
  /** What the migration should leave as the outcome; undefined when it should add none. */
  expected?: { outcome: string; on: string; note?: string; recordedAt: string };
}

const answer = (outcome: string, on?: string) => ({ kind: 'outcome', outcome, ...(on ? { on } : {}) });
// Noon UTC: the same calendar day in every time zone from UTC-11 to UTC+11.
const saved = (day: string) => `${day}T12:00:00.000Z`;

export const OLD_ROWS: readonly OldRow[] = [
  {
    id: 'old-offer',
    record: {
      stage: 'final',
      date: '2026-10-01',
      time: '09:30',
      company: 'Acme',
      decisionBy: '2026-10-08',
      heardBack: answer('offer', '2026-10-06'),
      topics: ['sql'],
    },
    updatedAt: saved('2026-10-07'),
    expected: { outcome: 'offer', on: '2026-10-06', recordedAt: saved('2026-10-07') },
  },
  {
    id: 'old-rejected',
    record: { stage: 'first', date: '2026-10-02', heardBack: answer('rejected', '2026-10-09') },
    updatedAt: saved('2026-10-09'),
    expected: { outcome: 'rejected', on: '2026-10-09', recordedAt: saved('2026-10-09') },
  },
  {
    id: 'old-ghosted-no-date',
    record: { stage: 'screen', date: '2026-10-03', company: 'Routewise', heardBack: answer('ghosted') },
    updatedAt: saved('2026-10-20'),
    expected: { outcome: 'ghosted', on: '2026-10-20', recordedAt: saved('2026-10-20') },
  },
  {
    id: 'old-withdrew',
    record: { stage: 'later', date: '2026-10-04', heardBack: answer('withdrew', '2026-10-05') },
    updatedAt: saved('2026-10-05'),
    expected: { outcome: 'withdrew', on: '2026-10-05', recordedAt: saved('2026-10-05') },
  },
  {
    id: 'old-next-round-bad-date',
    // Not a calendar date, and saved before the interview's own date: the interview's date.
    record: { stage: 'first', date: '2026-10-12', heardBack: answer('next-round', '2026-02-30') },
    updatedAt: saved('2026-10-10'),
    expected: { outcome: 'next-round', on: '2026-10-12', recordedAt: saved('2026-10-10') },
  },
  {
    id: 'old-with-row',
    record: { stage: 'first', date: '2026-10-06', heardBack: answer('rejected', '2026-10-08') },
    updatedAt: saved('2026-10-15'),
    outcomeRow: { outcome: 'offer', on: '2026-10-14', note: 'phoned', recordedAt: saved('2026-10-15') },
    expected: { outcome: 'offer', on: '2026-10-14', note: 'phoned', recordedAt: saved('2026-10-15') },
  },
  {
    id: 'old-holding-reply',
    record: { stage: 'first', date: '2026-10-07', heardBack: { kind: 'update', on: '2026-10-09' } },
    updatedAt: saved('2026-10-09'),
  },
  {
    id: 'old-says-outcome',
    record: {
      stage: 'first',
      date: '2026-10-08',
      company: 'The "outcome" people',
      heardBack: { kind: 'none' },
    },
    updatedAt: saved('2026-10-08'),
  },
];

/** Brings an empty database to version 1 only and stores OLD_ROWS there. */
export async function seedVersion1(db: Db, dialect: 'sqlite' | 'postgres'): Promise<void> {
  await migrateToLatest(db, dialect, MIGRATIONS.slice(0, 1));
  for (const row of OLD_ROWS) {
    const r = row.record as { stage: string; date: string; company?: string; role?: string };
    await db
      .insertInto('interviews')
      .values({
        id: row.id,
        record: JSON.stringify(row.record),
        stage: r.stage,
        interview_date: r.date,
        company: r.company ?? null,
        role: r.role ?? null,
        created_at: saved('2026-10-01'),
        updated_at: row.updatedAt,
      })
      .execute();
    if (row.outcomeRow)
      await db
        .insertInto('outcomes')
        .values({
          interview_id: row.id,
          outcome: row.outcomeRow.outcome,
          outcome_on: row.outcomeRow.on,
          note: row.outcomeRow.note,
          recorded_at: row.outcomeRow.recordedAt,
        })
        .execute();
  }
}
