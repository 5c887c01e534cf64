/** Export and import of everything. Both run in one transaction: a snapshot out, all-or-nothing in. */
import { EXPORT_FORMAT } from '../contract/export-format.js';
import { exportBundleFrom } from './bundle.js';
import { StoreError, isUniqueViolation } from './errors.js';
import { insertChunked, selectInterviews } from './queries.js';
import { recordPartsOf } from './record-parts.js';
import {
  documentFromRow,
  documentRowFrom,
  estimateColumnsFrom,
  estimateFromRow,
  interviewColumnsFrom,
  interviewFromRow,
  observationFromRow,
  observationRowFrom,
  reminderFromRow,
  reminderRowFrom,
} from './rows.js';
import type { Db } from './schema.js';
import type { ExportBundle, Store, Timestamp } from './store.js';

type Entry = ExportBundle['interviews'][number];

export async function exportAllFrom(
  db: Db,
  dialect: Store['dialect'],
  now: Timestamp,
): Promise<ExportBundle> {
  // SQLite transactions are already serializable; PostgreSQL needs asking for one snapshot.
  const tx =
    dialect === 'postgres' ? db.transaction().setIsolationLevel('repeatable read') : db.transaction();
  return tx.execute(async (trx) => {
    const interviews = await selectInterviews(trx)
      .orderBy('interviews.interview_date', 'desc')
      .orderBy('interviews.created_at', 'desc')
      .orderBy('interviews.id')
      .execute();
    const observations = await trx
      .selectFrom('observations')
      .selectAll()
      .orderBy('interview_id')
      .orderBy('position')
      .execute();
    const documents = await trx
      .selectFrom('documents')
      .selectAll()
      .orderBy('interview_id')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const estimates = await trx
      .selectFrom('estimates')
      .selectAll()
      .orderBy('interview_id')
      .orderBy('at')
      .orderBy('seq')
      .execute();
    const reminders = await trx
      .selectFrom('reminders')
      .selectAll()
      .orderBy('interview_id')
      .orderBy('position')
      .execute();

    const entries = new Map<string, Entry>();
    for (const row of interviews) {
      entries.set(row.id, {
        interview: interviewFromRow(row),
        observations: [],
        documents: [],
        estimates: [],
        reminders: [],
      });
    }
    for (const row of observations) entries.get(row.interview_id)?.observations.push(observationFromRow(row));
    for (const row of documents) entries.get(row.interview_id)?.documents.push(documentFromRow(row));
    for (const row of estimates) entries.get(row.interview_id)?.estimates.push(estimateFromRow(row));
    for (const row of reminders) entries.get(row.interview_id)?.reminders.push(reminderFromRow(row));
    return { format: EXPORT_FORMAT, version: 1, exportedAt: now, interviews: [...entries.values()] };
  });
}

/**
 * 'replace' deletes everything first; 'merge' keeps interviews the bundle does not mention and
 * replaces, whole, those it does. Either way one failure rolls the whole import back.
 */
export async function importAllInto(
  db: Db,
  input: unknown,
  mode: 'merge' | 'replace',
): Promise<{ interviews: number }> {
  if (mode !== 'merge' && mode !== 'replace') {
    throw new StoreError(
      'invalid-import',
      `store: import mode must be 'merge' or 'replace', got ${String(mode)}`,
    );
  }
  const checked = exportBundleFrom(input);
  if (!checked.ok) {
    throw new StoreError('invalid-import', 'store: the file is not a valid Debrief export', {
      fields: checked.error.fields,
    });
  }
  const bundle = checked.value;
  try {
    await db.transaction().execute(async (trx) => {
      if (mode === 'replace') {
        await trx.deleteFrom('interviews').execute();
      } else {
        const ids = bundle.interviews.map((e) => e.interview.id);
        for (let i = 0; i < ids.length; i += 200) {
          await trx
            .deleteFrom('interviews')
            .where('id', 'in', ids.slice(i, i + 200))
            .execute();
        }
      }
      for (const entry of bundle.interviews) await insertEntry(trx, entry);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new StoreError(
        'conflict',
        'store: the import clashes with data already stored (a document id is in use); nothing was changed',
        { cause: error },
      );
    }
    throw error;
  }
  return { interviews: bundle.interviews.length };
}

async function insertEntry(trx: Db, entry: Entry): Promise<void> {
  const { interview } = entry;
  const id = interview.id;
  // An export made before answers were kept as outcomes may hold one inside the record: it comes
  // in as migration 0002 moved stored ones, stamped when that record was saved. A recorded
  // outcome is the later word, so it wins and the record's answer is dropped.
  const { record, outcome: answer } = recordPartsOf(interview.record, interview.updatedAt);
  await trx
    .insertInto('interviews')
    .values({
      id,
      ...interviewColumnsFrom(record),
      created_at: interview.createdAt,
      updated_at: interview.updatedAt,
    })
    .execute();
  const o = interview.outcome ?? answer;
  if (o !== undefined) {
    await trx
      .insertInto('outcomes')
      .values({
        interview_id: id,
        outcome: o.outcome,
        outcome_on: o.on,
        note: o.note ?? null,
        recorded_at: o.recordedAt,
      })
      .execute();
  }
  // Observations keep the interview's updatedAt as their record time: the bundle has none of its own.
  await insertChunked(
    trx,
    'observations',
    entry.observations.map((o, i) => observationRowFrom(id, o, i, interview.updatedAt)),
  );
  await insertChunked(trx, 'documents', entry.documents.map(documentRowFrom));
  await insertChunked(
    trx,
    'estimates',
    entry.estimates.map((e, i) => ({ interview_id: id, seq: i + 1, ...estimateColumnsFrom(e) })),
  );
  await insertChunked(
    trx,
    'reminders',
    entry.reminders.map((r, i) => reminderRowFrom(id, r, i)),
  );
}
