/**
 * The Store over Kysely. Every query is written once and runs on SQLite and PostgreSQL alike;
 * the dialect only decides how the connection is opened (see open-sqlite.ts, open-postgres.ts).
 */
import { randomUUID } from 'node:crypto';
import type { InterviewRecord } from '../core/record.js';
import { StoreError, isForeignKeyViolation, isUniqueViolation } from './errors.js';
import { exportAllFrom, importAllInto } from './transfer.js';
import { hasInterview, insertChunked, interviewById, selectInterviews } from './queries.js';
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
import type {
  EstimateSnapshot,
  ExportBundle,
  InterviewFilter,
  Store,
  StoredDocument,
  StoredInterview,
  StoredObservation,
  StoredOutcome,
  StoredReminder,
  Timestamp,
} from './store.js';

export function kyselyStoreFrom(db: Db, dialect: Store['dialect']): Store {
  /** Runs `work` in a transaction after checking the interview exists, so writes never dangle. */
  const withInterview = <T>(interviewId: string, work: (trx: Db) => Promise<T>): Promise<T> =>
    db.transaction().execute(async (trx) => {
      if (!(await hasInterview(trx, interviewId))) throw notFound(interviewId);
      return work(trx);
    });

  return {
    dialect,

    async createInterview(record: InterviewRecord, now: Timestamp): Promise<StoredInterview> {
      const id = randomUUID();
      await db
        .insertInto('interviews')
        .values({ id, ...interviewColumnsFrom(record), created_at: now, updated_at: now })
        .execute();
      return { id, record, createdAt: now, updatedAt: now };
    },

    getInterview: (id) => interviewById(db, id),

    async listInterviews(filter: InterviewFilter = {}): Promise<StoredInterview[]> {
      let query = selectInterviews(db);
      if (filter.stage !== undefined) query = query.where('interviews.stage', '=', filter.stage);
      if (filter.status === 'open') query = query.where('outcomes.interview_id', 'is', null);
      if (filter.status === 'closed') query = query.where('outcomes.interview_id', 'is not', null);
      const rows = await query
        .orderBy('interviews.interview_date', 'desc')
        .orderBy('interviews.created_at', 'desc')
        .orderBy('interviews.id')
        .execute();
      const all = rows.map(interviewFromRow);
      const needle = filter.search?.trim().toLocaleLowerCase();
      return needle ? all.filter((i) => matchesSearch(i.record, needle)) : all;
    },

    async updateInterview(
      id: string,
      record: InterviewRecord,
      now: Timestamp,
    ): Promise<StoredInterview | undefined> {
      const result = await db
        .updateTable('interviews')
        .set({ ...interviewColumnsFrom(record), updated_at: now })
        .where('id', '=', id)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return undefined;
      return interviewById(db, id);
    },

    async deleteInterview(id: string): Promise<boolean> {
      // ON DELETE CASCADE removes observations, documents, estimates, outcome and reminders with it.
      return db.transaction().execute(async (trx) => {
        const result = await trx.deleteFrom('interviews').where('id', '=', id).executeTakeFirst();
        return Number(result.numDeletedRows) > 0;
      });
    },

    async putObservations(
      interviewId: string,
      observations: StoredObservation[],
      now: Timestamp,
    ): Promise<void> {
      const seen = new Set<string>();
      for (const o of observations) {
        if (seen.has(o.signId))
          throw new StoreError('conflict', `store: sign ${o.signId} appears twice in one update`);
        seen.add(o.signId);
      }
      await withInterview(interviewId, async (trx) => {
        await trx.deleteFrom('observations').where('interview_id', '=', interviewId).execute();
        await insertChunked(
          trx,
          'observations',
          observations.map((o, i) => observationRowFrom(interviewId, o, i, now)),
        );
        await trx.updateTable('interviews').set({ updated_at: now }).where('id', '=', interviewId).execute();
      });
    },

    async getObservations(interviewId: string): Promise<StoredObservation[]> {
      const rows = await db
        .selectFrom('observations')
        .selectAll()
        .where('interview_id', '=', interviewId)
        .orderBy('position')
        .execute();
      return rows.map(observationFromRow);
    },

    async addDocument(doc: Omit<StoredDocument, 'id'>): Promise<StoredDocument> {
      const stored: StoredDocument = { id: randomUUID(), ...doc };
      try {
        await db.insertInto('documents').values(documentRowFrom(stored)).execute();
      } catch (error) {
        if (isForeignKeyViolation(error)) throw notFound(doc.interviewId, error);
        throw error;
      }
      return stored;
    },

    async listDocuments(interviewId: string): Promise<StoredDocument[]> {
      const rows = await db
        .selectFrom('documents')
        .selectAll()
        .where('interview_id', '=', interviewId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(documentFromRow);
    },

    async addEstimate(interviewId: string, snapshot: EstimateSnapshot): Promise<void> {
      // Two writers may pick the same next seq; the loser's primary key fails and it simply retries.
      for (let attempt = 1; ; attempt += 1) {
        try {
          await withInterview(interviewId, async (trx) => {
            const last = await trx
              .selectFrom('estimates')
              .select((eb) => eb.fn.max('seq').as('seq'))
              .where('interview_id', '=', interviewId)
              .executeTakeFirst();
            const seq = Number(last?.seq ?? 0) + 1;
            await trx
              .insertInto('estimates')
              .values({ interview_id: interviewId, seq, ...estimateColumnsFrom(snapshot) })
              .execute();
          });
          return;
        } catch (error) {
          if (!isUniqueViolation(error) || attempt >= 3) throw error;
        }
      }
    },

    async listEstimates(interviewId: string): Promise<EstimateSnapshot[]> {
      const rows = await db
        .selectFrom('estimates')
        .selectAll()
        .where('interview_id', '=', interviewId)
        .orderBy('at')
        .orderBy('seq')
        .execute();
      return rows.map(estimateFromRow);
    },

    async setOutcome(interviewId: string, outcome: StoredOutcome | undefined, now: Timestamp): Promise<void> {
      await withInterview(interviewId, async (trx) => {
        await trx.deleteFrom('outcomes').where('interview_id', '=', interviewId).execute();
        if (outcome !== undefined) {
          await trx
            .insertInto('outcomes')
            .values({
              interview_id: interviewId,
              outcome: outcome.outcome,
              outcome_on: outcome.on,
              note: outcome.note ?? null,
              recorded_at: outcome.recordedAt,
            })
            .execute();
        }
        await trx.updateTable('interviews').set({ updated_at: now }).where('id', '=', interviewId).execute();
      });
    },

    async replaceReminders(interviewId: string, reminders: StoredReminder[]): Promise<void> {
      await withInterview(interviewId, async (trx) => {
        await trx.deleteFrom('reminders').where('interview_id', '=', interviewId).execute();
        await insertChunked(
          trx,
          'reminders',
          reminders.map((r, i) => reminderRowFrom(interviewId, r, i)),
        );
      });
    },

    async listReminders(interviewId: string): Promise<StoredReminder[]> {
      const rows = await db
        .selectFrom('reminders')
        .selectAll()
        .where('interview_id', '=', interviewId)
        .orderBy('position')
        .execute();
      return rows.map(reminderFromRow);
    },

    exportAll: (now: Timestamp): Promise<ExportBundle> => exportAllFrom(db, dialect, now),

    importAll: (bundle: ExportBundle, mode: 'merge' | 'replace') => importAllInto(db, bundle, mode),

    async close(): Promise<void> {
      await db.destroy();
    },
  };
}

function notFound(interviewId: string, cause?: unknown): StoreError {
  return new StoreError('not-found', `store: no interview with id ${interviewId}`, { cause });
}

/** In JS rather than SQL: SQLite's lower() folds ASCII only, and both dialects must match alike. */
function matchesSearch(record: InterviewRecord, needle: string): boolean {
  const haystack = [record.company, record.role, ...(record.interviewers ?? []), ...(record.topics ?? [])];
  return haystack.some((s) => s !== undefined && s.toLocaleLowerCase().includes(needle));
}
