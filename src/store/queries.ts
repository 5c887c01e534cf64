/** Reads shared by the store's methods and by export, so both see rows the same way. */
import type { Insertable } from 'kysely';
import type { Database, Db } from './schema.js';
import { interviewFromRow } from './rows.js';
import type { StoredInterview } from './store.js';

export function selectInterviews(db: Db) {
  return db
    .selectFrom('interviews')
    .leftJoin('outcomes', 'outcomes.interview_id', 'interviews.id')
    .selectAll('interviews')
    .select([
      'outcomes.outcome as outcome',
      'outcomes.outcome_on as outcome_on',
      'outcomes.note as outcome_note',
      'outcomes.recorded_at as outcome_recorded_at',
    ]);
}

export async function interviewById(db: Db, id: string): Promise<StoredInterview | undefined> {
  const row = await selectInterviews(db).where('interviews.id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : interviewFromRow(row);
}

export async function hasInterview(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom('interviews').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** Inserts in slices so a large import stays under both drivers' bound-parameter limits. */
export async function insertChunked<T extends 'observations' | 'documents' | 'estimates' | 'reminders'>(
  db: Db,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  const size = 200;
  for (let i = 0; i < rows.length; i += size) {
    // Kysely cannot narrow a generic table name; the parameter type above carries the check.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + size) as never)
      .execute();
  }
}
