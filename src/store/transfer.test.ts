import { afterEach, describe, expect, it } from 'vitest';
import type { IsoDate } from '../core/dates.js';
import type { InterviewRecord } from '../core/record.js';
import { kyselyStoreFrom } from './kysely-store.js';
import { migrateToLatest } from './migrate.js';
import type { ExportBundle, Store } from './store.js';
import { testDatabases } from './test-databases.case.js';

const T1 = '2026-10-07T12:00:00.000Z';
const T2 = '2026-10-15T12:00:00.000Z';
const T3 = '2026-11-26T12:00:00.000Z';

const record = (over: Partial<InterviewRecord>): InterviewRecord => ({
  stage: 'first',
  date: '2026-10-01' as IsoDate,
  ...over,
});
const offer = { kind: 'outcome', outcome: 'offer', on: '2026-10-06' as IsoDate } as const;
const rejected = { kind: 'outcome', outcome: 'rejected', on: '2026-10-08' as IsoDate } as const;

const entry = (interview: ExportBundle['interviews'][number]['interview']) => ({
  interview,
  observations: [],
  documents: [],
  estimates: [],
  reminders: [],
});

/** An export from a version that kept the answer inside the record. */
const oldExport: ExportBundle = {
  format: 'debrief-export',
  version: 1,
  exportedAt: T2,
  interviews: [
    entry({
      id: 'old-offer',
      record: record({ company: 'Acme', decisionBy: '2026-10-08' as IsoDate, heardBack: offer }),
      createdAt: T1,
      updatedAt: T1,
    }),
    entry({
      id: 'old-with-row',
      record: record({ heardBack: rejected }),
      outcome: { outcome: 'next-round', on: '2026-10-14', note: 'phoned', recordedAt: T2 },
      createdAt: T1,
      updatedAt: T2,
    }),
    entry({
      id: 'holding',
      record: record({ heardBack: { kind: 'update', on: '2026-10-03' as IsoDate } }),
      createdAt: T1,
      updatedAt: T1,
    }),
  ],
};

for (const { dialect, open } of await testDatabases()) {
  describe(`import on ${dialect}: an answer inside an old export's record`, () => {
    let store: Store;
    afterEach(async () => {
      await store.close();
    });
    const fresh = async (): Promise<Store> => {
      const db = await open();
      await migrateToLatest(db, dialect);
      return kyselyStoreFrom(db, dialect);
    };

    it('comes in as the outcome, as a record saved today keeps it', async () => {
      store = await fresh();
      await store.importAll(JSON.parse(JSON.stringify(oldExport)) as ExportBundle, 'replace');

      expect(await store.getInterview('old-offer')).toStrictEqual({
        id: 'old-offer',
        record: record({ company: 'Acme', decisionBy: '2026-10-08' as IsoDate }),
        outcome: { outcome: 'offer', on: '2026-10-06', recordedAt: T1 },
        createdAt: T1,
        updatedAt: T1,
      });
      // A recorded outcome wins over the record's answer, which is dropped.
      const withRow = await store.getInterview('old-with-row');
      expect(withRow?.outcome).toStrictEqual(oldExport.interviews[1]!.interview.outcome);
      expect(withRow?.record.heardBack).toBeUndefined();
      // A holding reply is no answer: it stays on the record.
      expect((await store.getInterview('holding'))?.record.heardBack).toEqual({
        kind: 'update',
        on: '2026-10-03',
      });
      const closed = await store.listInterviews({ status: 'closed' });
      expect(closed.map((s) => s.id).sort()).toEqual(['old-offer', 'old-with-row']);

      await store.setOutcome('old-offer', undefined, T3);
      const undone = await store.getInterview('old-offer');
      expect([undone?.outcome, undone?.record.heardBack]).toEqual([undefined, undefined]);
    });

    it('then exports, imports and exports again unchanged', async () => {
      store = await fresh();
      await store.importAll(oldExport, 'replace');
      const once = await store.exportAll(T3);
      expect(once.interviews.map((e) => e.interview.record.heardBack?.kind)).not.toContain('outcome');

      await store.importAll(JSON.parse(JSON.stringify(once)) as ExportBundle, 'replace');
      expect(await store.exportAll(T3)).toStrictEqual(once);
    });
  });
}
