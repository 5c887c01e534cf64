/** Store contract cases: export and import, whole, merged, rejected and rolled back. */
import { expect, it } from 'vitest';
import type { ExportBundle } from './store.js';
import {
  T1,
  T2,
  T3,
  expectStoreError,
  observationsA,
  recordOf,
  reminders,
  seedRich,
  snapshot,
  type ContractScope,
} from './store-fixtures.case.js';

export function transferCases(scope: ContractScope): void {
  it('exports everything and imports it back losslessly, ids kept', async () => {
    const { store } = scope;
    await seedRich(store);
    await store.createInterview(recordOf({ company: 'Bare' }), T2);
    const before = await store.exportAll(T3);
    expect(before).toMatchObject({ format: 'debrief-export', version: 1, exportedAt: T3 });
    expect(before.interviews).toHaveLength(2);

    const other = await scope.fresh();
    // Through JSON, as a real export file travels.
    const result = await other.importAll(JSON.parse(JSON.stringify(before)) as ExportBundle, 'replace');
    expect(result).toEqual({ interviews: 2 });
    expect(await other.exportAll(T3)).toStrictEqual(before);
    await store.importAll(before, 'replace');
    expect(await store.exportAll(T3)).toStrictEqual(before);
  });

  it("'replace' clears first; 'merge' keeps others and replaces the matching ones whole", async () => {
    const { store } = scope;
    const a = await store.createInterview(recordOf({ company: 'A' }), T1);
    const b = await store.createInterview(recordOf({ company: 'B' }), T1);
    await store.putObservations(b.id, observationsA, T1);
    const bundle: ExportBundle = {
      format: 'debrief-export',
      version: 1,
      exportedAt: T2,
      interviews: [
        {
          interview: { id: b.id, record: recordOf({ company: 'B2' }), createdAt: T1, updatedAt: T2 },
          observations: [],
          documents: [],
          estimates: [],
          reminders: [],
        },
        {
          interview: { id: 'imported-c', record: recordOf({ company: 'C' }), createdAt: T2, updatedAt: T2 },
          observations: [],
          documents: [],
          estimates: [],
          reminders: reminders,
        },
      ],
    };
    await store.importAll(bundle, 'merge');
    expect((await store.listInterviews()).map((i) => i.record.company).sort()).toEqual(['A', 'B2', 'C']);
    expect(await store.getObservations(b.id)).toEqual([]);
    expect(await store.listReminders('imported-c')).toStrictEqual(reminders);

    await store.importAll(bundle, 'replace');
    expect((await store.listInterviews()).map((i) => i.record.company).sort()).toEqual(['B2', 'C']);
    expect(await store.getInterview(a.id)).toBeUndefined();
  });

  it('rejects a malformed bundle with the bad fields named, changing nothing', async () => {
    const { store } = scope;
    await seedRich(store);
    const before = await store.exportAll(T3);
    const bad = JSON.parse(JSON.stringify(before)) as {
      interviews: Array<{ interview: { record: { stage: string } } }>;
    };
    bad.interviews.push({
      ...bad.interviews[0]!,
      interview: { ...bad.interviews[0]!.interview, record: { stage: 'lunch' } },
    });
    const error = await expectStoreError(
      store.importAll(bad as unknown as ExportBundle, 'replace'),
      'invalid-import',
    );
    expect(error.fields?.map((f) => f.path)).toEqual(
      expect.arrayContaining(['interviews.1.interview.record.stage', 'interviews.1.interview.record.date']),
    );
    await expectStoreError(
      store.importAll({ ...before, format: 'other' } as unknown as ExportBundle, 'replace'),
      'invalid-import',
    );
    await expectStoreError(
      store.importAll({ ...before, version: 2 } as unknown as ExportBundle, 'replace'),
      'invalid-import',
    );
    await expectStoreError(store.importAll(null as unknown as ExportBundle, 'merge'), 'invalid-import');
    expect(await store.exportAll(T3)).toStrictEqual(before);
  });

  it('holds an import to the write rules, and keeps record fields a newer version adds', async () => {
    const { store } = scope;
    await seedRich(store);
    const before = await store.exportAll(T3);
    type Loose = { interviews: Array<{ interview: { record: Record<string, unknown> } }> };
    const long = JSON.parse(JSON.stringify(before)) as Loose;
    long.interviews[0]!.interview.record.company = 'x'.repeat(201);
    const error = await expectStoreError(
      store.importAll(long as unknown as ExportBundle, 'replace'),
      'invalid-import',
    );
    expect(error.fields?.map((f) => f.path)).toEqual(['interviews.0.interview.record.company']);
    expect(await store.exportAll(T3)).toStrictEqual(before);

    const newer = JSON.parse(JSON.stringify(before)) as Loose;
    newer.interviews[0]!.interview.record.salaryBand = 'B2';
    await store.importAll(newer as unknown as ExportBundle, 'replace');
    const after = (await store.exportAll(T3)) as unknown as Loose;
    expect(after.interviews[0]!.interview.record.salaryBand).toBe('B2');
  });

  it('rolls back the whole import when one row fails in the database', async () => {
    const { store } = scope;
    const keptId = await seedRich(store);
    const [takenDoc] = await store.listDocuments(keptId);
    const before = await store.exportAll(T3);
    // Valid on its face, so it reaches the database: the second entry's document id is already taken.
    const bundle: ExportBundle = {
      format: 'debrief-export',
      version: 1,
      exportedAt: T3,
      interviews: [
        {
          interview: {
            id: 'fresh-1',
            record: recordOf({ company: 'First' }),
            createdAt: T1,
            updatedAt: T1,
          },
          observations: observationsA,
          documents: [],
          estimates: [snapshot(T1, 0.4)],
          reminders,
        },
        {
          interview: {
            id: 'fresh-2',
            record: recordOf({ company: 'Second' }),
            createdAt: T1,
            updatedAt: T1,
          },
          observations: [],
          documents: [{ ...takenDoc!, interviewId: 'fresh-2' }],
          estimates: [],
          reminders: [],
        },
      ],
    };
    await expectStoreError(store.importAll(bundle, 'merge'), 'conflict');
    expect(await store.exportAll(T3)).toStrictEqual(before);
    expect(await store.getInterview('fresh-1')).toBeUndefined();
  });
}
