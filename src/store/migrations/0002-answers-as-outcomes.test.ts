import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { kyselyStoreFrom } from '../kysely-store.js';
import { migrateToLatest } from '../migrate.js';
import type { Db } from '../schema.js';
import { testDatabases } from '../test-databases.case.js';
import { up } from './0002-answers-as-outcomes.js';
import { OLD_ROWS, seedVersion1 } from './version-1.case.js';

const T = '2026-11-26T12:00:00.000Z';
const withoutAnswer = (record: Record<string, unknown>) => {
  const { heardBack: _answer, ...rest } = record;
  return rest;
};
const answered = OLD_ROWS.filter((r) => r.expected);
const untouched = OLD_ROWS.filter((r) => !r.expected);

for (const { dialect, open } of await testDatabases()) {
  describe(`migration 0002 on ${dialect}: answers inside old records become outcomes`, () => {
    let db: Db;
    afterEach(async () => {
      await db.destroy();
    });
    const rawRows = () =>
      db.selectFrom('interviews').select(['id', 'record', 'updated_at']).orderBy('id').execute();

    it('writes the outcome row as outcomes.ts would, and takes the answer out of the record', async () => {
      db = await open();
      await seedVersion1(db, dialect);
      expect(await migrateToLatest(db, dialect)).toEqual([2]);
      const store = kyselyStoreFrom(db, dialect);

      for (const row of answered) {
        const stored = await store.getInterview(row.id);
        expect(stored?.outcome, row.id).toStrictEqual(row.expected);
        expect(stored?.record, row.id).toStrictEqual(withoutAnswer(row.record));
      }
      const raw = new Map((await rawRows()).map((r) => [r.id, r]));
      for (const row of OLD_ROWS) {
        // Only the answer leaves the JSON; nothing else in the row moves.
        const record = row.expected ? withoutAnswer(row.record) : row.record;
        expect(raw.get(row.id)).toEqual({
          id: row.id,
          record: JSON.stringify(record),
          updated_at: row.updatedAt,
        });
      }
      for (const row of untouched) expect((await store.getInterview(row.id))?.outcome).toBeUndefined();
    });

    it('lets the closed filter and undo see them', async () => {
      db = await open();
      await seedVersion1(db, dialect);
      await migrateToLatest(db, dialect);
      const store = kyselyStoreFrom(db, dialect);
      const closed = await store.listInterviews({ status: 'closed' });
      expect(closed.map((s) => s.id).sort()).toEqual(answered.map((r) => r.id).sort());

      await store.setOutcome('old-offer', undefined, T);
      const undone = await store.getInterview('old-offer');
      expect(undone?.outcome).toBeUndefined();
      expect(undone?.record.heardBack).toBeUndefined();
      expect((await store.listInterviews({ status: 'open' })).map((s) => s.id)).toContain('old-offer');
    });

    it('runs once, and running it or the migrations again changes nothing', async () => {
      db = await open();
      await seedVersion1(db, dialect);
      await migrateToLatest(db, dialect);
      const store = kyselyStoreFrom(db, dialect);
      const after = await store.exportAll(T);
      const outcomes = await db.selectFrom('outcomes').selectAll().orderBy('interview_id').execute();

      expect(await migrateToLatest(db, dialect)).toEqual([]);
      await up(db as unknown as Kysely<unknown>);
      expect(await store.exportAll(T)).toStrictEqual(after);
      expect(await db.selectFrom('outcomes').selectAll().orderBy('interview_id').execute()).toEqual(outcomes);
      const applied = await db.selectFrom('schema_migrations').select('version').orderBy('version').execute();
      expect(applied.map((r) => Number(r.version))).toEqual([1, 2]);
    });

    it('leaves a database with no such records as it was', async () => {
      db = await open();
      await migrateToLatest(db, dialect, []);
      expect(await migrateToLatest(db, dialect)).toEqual([1, 2]);
      expect(await db.selectFrom('outcomes').selectAll().execute()).toEqual([]);
    });
  });
}
