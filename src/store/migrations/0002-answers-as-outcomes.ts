/**
 * Answers kept inside old records become outcomes. Before server/outcomes.ts (2026-11-26) an
 * answer given with the record ("Have you heard back? Yes: an offer", or `heardBack` on POST/PUT)
 * stayed in the record's JSON, where the closed filter, undo and the outcomes table never saw it.
 * Each such answer becomes an outcome row as outcomes.ts writes one, and leaves the record.
 * Self-contained on purpose: an applied migration is frozen, so it imports none of our code.
 */
import type { Kysely } from 'kysely';

interface Tables {
  interviews: { id: string; record: string; interview_date: string; updated_at: string };
  outcomes: {
    interview_id: string;
    outcome: string;
    outcome_on: string;
    note: string | null;
    recorded_at: string;
  };
}

const OUTCOMES = new Set(['next-round', 'offer', 'rejected', 'ghosted', 'withdrew']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  // 2026-02-30 parses as 2026-03-02: only a real date survives the round trip.
  const at = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value;
}

/** The local calendar day of a timestamp, as the server's todayFrom reads "today". */
function localDayOf(stamp: string): string | undefined {
  const at = new Date(stamp);
  if (Number.isNaN(at.getTime())) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

export async function up(untyped: Kysely<unknown>): Promise<void> {
  const db = untyped as unknown as Kysely<Tables>;
  // Only JSON that could hold an answer; the parse below decides. Records are JSON.stringify's
  // output, so the value is written exactly so (SQLite's LIKE ignores case: a superset, still fine).
  const rows = await db
    .selectFrom('interviews')
    .leftJoin('outcomes', 'outcomes.interview_id', 'interviews.id')
    .select([
      'interviews.id as id',
      'interviews.record as record',
      'interviews.interview_date as interview_date',
      'interviews.updated_at as updated_at',
      'outcomes.interview_id as has_outcome',
    ])
    .where('interviews.record', 'like', '%"outcome"%')
    .orderBy('interviews.id')
    .execute();

  for (const row of rows) {
    const record = JSON.parse(row.record) as Record<string, unknown>;
    const heard = record.heardBack as { kind?: unknown; outcome?: unknown; on?: unknown } | undefined;
    if (heard?.kind !== 'outcome' || typeof heard.outcome !== 'string' || !OUTCOMES.has(heard.outcome))
      continue;
    // An answer with no usable date: the day it was saved, which is what `debrief assess` offers
    // for "When did you hear?", and never before the interview.
    const savedOn = localDayOf(row.updated_at) ?? row.interview_date;
    const on = isCalendarDate(heard.on)
      ? heard.on
      : savedOn < row.interview_date
        ? row.interview_date
        : savedOn;
    // Where an outcome row already exists, the row wins: it is what the dashboard, the closed
    // filter and undo have shown all along. The record's answer is dropped all the same.
    if (row.has_outcome === null)
      await db
        .insertInto('outcomes')
        .values({
          interview_id: row.id,
          outcome: heard.outcome,
          outcome_on: on,
          note: null,
          // outcomes.ts stamps the answer with the moment the record carrying it was saved.
          recorded_at: row.updated_at,
        })
        .execute();
    const { heardBack: _answer, ...rest } = record;
    // Only the record's JSON changes: its columns and updated_at stay, as nothing the person
    // said has changed.
    await db
      .updateTable('interviews')
      .set({ record: JSON.stringify(rest) })
      .where('id', '=', row.id)
      .execute();
  }
}
