/**
 * The one contract every Store implementation must meet. Each adapter's test file calls
 * runStoreContract with a factory that returns a fresh, empty store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IsoDate } from '../core/dates.js';
import type { InterviewRecord } from '../core/record.js';
import { StoreError } from './errors.js';
import type { EstimateSnapshot, ExportBundle, Store, StoredObservation, StoredReminder } from './store.js';

const T1 = '2026-11-20T10:00:00.000Z';
const T2 = '2026-11-21T11:30:00.000Z';
const T3 = '2026-11-22T09:15:00.000Z';

export function recordOf(overrides: Partial<InterviewRecord> = {}): InterviewRecord {
  return { stage: 'first', date: '2026-11-18' as IsoDate, ...overrides };
}

const richRecord: InterviewRecord = {
  stage: 'final',
  date: '2026-11-19' as IsoDate,
  time: '14:30',
  company: 'Zürich "Data", Ltd.',
  role: 'Staff engineer\nplatform',
  format: 'panel',
  interviewers: ['Ana', 'Bő'],
  decisionBy: '2026-11-28' as IsoDate,
  candidates: 3,
  topics: ['latency', 'on-call'],
  heardBack: { kind: 'update', on: '2026-11-21' as IsoDate },
};

const observationsA: StoredObservation[] = [
  {
    signId: 'future-role-talk',
    value: 'present',
    strength: 3,
    source: 'analyzer',
    evidence: { quote: 'when you join', start: 10, end: 23, documentId: 'd1' },
  },
  { signId: 'raised-concerns', value: 'absent', source: 'user' },
  {
    signId: 'candidate-nerves',
    value: 'unsure',
    strength: 1,
    source: 'user',
    evidence: { quote: 'I froze', start: 0, end: 7 },
  },
];

const reminders: StoredReminder[] = [
  {
    kind: 'thank-you',
    due: '2026-11-20',
    title: 'Send a thank-you note',
    detail: 'Within a day.',
    done: true,
  },
  { kind: 'check-in', due: '2026-11-29', title: 'Check in', detail: 'A short, friendly note.', done: false },
];

const snapshot = (at: string, probability: number): EstimateSnapshot => ({
  at,
  probability,
  low: Math.max(0, probability - 0.2),
  high: Math.min(1, probability + 0.2),
  band: 'toss-up',
});

async function expectStoreError(promise: Promise<unknown>, code: StoreError['code']): Promise<StoreError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  expect((error as StoreError).code).toBe(code);
  return error as StoreError;
}

export function runStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    const opened: Store[] = [];
    let store: Store;
    const fresh = async (): Promise<Store> => {
      const s = await makeStore();
      opened.push(s);
      return s;
    };

    beforeEach(async () => {
      store = await fresh();
    });
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close()));
    });

    /** One interview with something in every table, for the cascade and transfer tests. */
    async function seedRich(s: Store): Promise<string> {
      const { id } = await s.createInterview(richRecord, T1);
      await s.putObservations(id, observationsA, T2);
      await s.addDocument({
        interviewId: id,
        kind: 'transcript',
        format: 'zoom-vtt',
        text: 'WEBVTT\n\n00:00.000 --> 00:01.000\nHi — ✓',
        candidate: 'Sam',
        createdAt: T1,
      });
      await s.addDocument({
        interviewId: id,
        kind: 'notes',
        format: 'notes',
        text: 'Felt good, "mostly".',
        createdAt: T2,
      });
      await s.addEstimate(id, snapshot(T1, 0.123456789012345));
      await s.addEstimate(id, snapshot(T2, 0.6));
      await s.setOutcome(
        id,
        { outcome: 'next-round', on: '2026-11-22', note: 'Call, then email', recordedAt: T3 },
        T3,
      );
      await s.replaceReminders(id, reminders);
      return id;
    }

    it(`reports its dialect`, () => {
      expect(['sqlite', 'postgres']).toContain(store.dialect);
    });

    it('creates an interview with a random UUID and reads it back', async () => {
      const a = await store.createInterview(richRecord, T1);
      const b = await store.createInterview(recordOf(), T1);
      expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(a.id).not.toBe(b.id);
      expect(await store.getInterview(a.id)).toStrictEqual({
        id: a.id,
        record: richRecord,
        createdAt: T1,
        updatedAt: T1,
      });
      expect(await store.getInterview('no-such-id')).toBeUndefined();
    });

    it('updates the record and updatedAt, keeping createdAt; undefined for an unknown id', async () => {
      const { id } = await store.createInterview(recordOf({ company: 'Acme' }), T1);
      const next = recordOf({ stage: 'later', company: 'Acme Corp', role: 'Analyst' });
      const updated = await store.updateInterview(id, next, T2);
      expect(updated).toStrictEqual({ id, record: next, createdAt: T1, updatedAt: T2 });
      expect(await store.getInterview(id)).toStrictEqual(updated);
      expect(await store.updateInterview('no-such-id', next, T2)).toBeUndefined();
      expect(await store.listInterviews({ stage: 'later' })).toHaveLength(1);
    });

    it('lists newest interview first', async () => {
      await store.createInterview(recordOf({ date: '2026-10-01' as IsoDate, company: 'Old' }), T1);
      await store.createInterview(recordOf({ date: '2026-11-10' as IsoDate, company: 'New' }), T1);
      await store.createInterview(recordOf({ date: '2026-10-20' as IsoDate, company: 'Mid' }), T1);
      expect((await store.listInterviews()).map((i) => i.record.company)).toEqual(['New', 'Mid', 'Old']);
    });

    it('filters by stage, status and search', async () => {
      const a = await store.createInterview(
        recordOf({ stage: 'screen', company: 'Ärztekammer', role: 'Data analyst' }),
        T1,
      );
      const b = await store.createInterview(
        recordOf({ stage: 'final', company: 'Acme 100%_off', interviewers: ['Priya'] }),
        T1,
      );
      await store.createInterview(recordOf({ stage: 'final', company: 'Globex' }), T1);
      await store.setOutcome(b.id, { outcome: 'offer', on: '2026-11-25', recordedAt: T2 }, T2);
      const ids = async (f: Parameters<Store['listInterviews']>[0]) =>
        (await store.listInterviews(f)).map((i) => i.record.company).sort();

      expect(await ids({ stage: 'final' })).toEqual(['Acme 100%_off', 'Globex']);
      expect(await ids({ status: 'closed' })).toEqual(['Acme 100%_off']);
      expect(await ids({ status: 'open' })).toEqual(['Globex', 'Ärztekammer']);
      expect(await ids({ stage: 'final', status: 'open' })).toEqual(['Globex']);
      expect(await ids({ search: 'ärzte' })).toEqual(['Ärztekammer']);
      expect(await ids({ search: 'ANALYST' })).toEqual(['Ärztekammer']);
      expect(await ids({ search: 'priya' })).toEqual(['Acme 100%_off']);
      // LIKE wildcards in the search text are literal characters, not patterns.
      expect(await ids({ search: '%_' })).toEqual(['Acme 100%_off']);
      expect(await ids({ search: 'nothing matches this' })).toEqual([]);
      expect((await store.listInterviews({ status: 'closed' }))[0]?.outcome?.outcome).toBe('offer');
      expect(a.id).toBeTypeOf('string');
    });

    it('replaces all observations in one go, keeping every field and the given order', async () => {
      const { id } = await store.createInterview(recordOf(), T1);
      await store.putObservations(id, observationsA, T2);
      expect(await store.getObservations(id)).toStrictEqual(observationsA);
      const next: StoredObservation[] = [{ signId: 'no-next-steps', value: 'present', source: 'user' }];
      await store.putObservations(id, next, T3);
      expect(await store.getObservations(id)).toStrictEqual(next);
      expect((await store.getInterview(id))?.updatedAt).toBe(T3);
      await store.putObservations(id, [], T3);
      expect(await store.getObservations(id)).toEqual([]);
    });

    it('rejects duplicate signs and unknown interviews without writing anything', async () => {
      const { id } = await store.createInterview(recordOf(), T1);
      await store.putObservations(id, observationsA, T2);
      const twice: StoredObservation[] = [observationsA[1]!, { ...observationsA[1]!, value: 'present' }];
      await expectStoreError(store.putObservations(id, twice, T3), 'conflict');
      expect(await store.getObservations(id)).toStrictEqual(observationsA);
      await expectStoreError(store.putObservations('no-such-id', observationsA, T3), 'not-found');
      expect(await store.getObservations('no-such-id')).toEqual([]);
    });

    it('stores documents as given and lists them oldest first', async () => {
      const { id } = await store.createInterview(recordOf(), T1);
      const later = await store.addDocument({
        interviewId: id,
        kind: 'notes',
        format: 'notes',
        text: 'second',
        createdAt: T2,
      });
      const first = await store.addDocument({
        interviewId: id,
        kind: 'transcript',
        format: 'teams-vtt',
        text: 'line 1\r\nline 2\t✓',
        candidate: 'Me',
        createdAt: T1,
      });
      expect(first.id).not.toBe(later.id);
      expect(await store.listDocuments(id)).toStrictEqual([first, later]);
      expect(first).toStrictEqual({
        id: first.id,
        interviewId: id,
        kind: 'transcript',
        format: 'teams-vtt',
        text: 'line 1\r\nline 2\t✓',
        candidate: 'Me',
        createdAt: T1,
      });
      await expectStoreError(
        store.addDocument({
          interviewId: 'no-such-id',
          kind: 'notes',
          format: 'notes',
          text: 'x',
          createdAt: T1,
        }),
        'not-found',
      );
    });

    it('keeps estimate history in time order, ties in insertion order, numbers exact', async () => {
      const { id } = await store.createInterview(recordOf(), T1);
      await store.addEstimate(id, snapshot(T2, 0.5));
      await store.addEstimate(id, snapshot(T1, 0.123456789012345));
      await store.addEstimate(id, { ...snapshot(T2, 0.7), band: 'leaning-passed' });
      const history = await store.listEstimates(id);
      expect(history).toStrictEqual([
        snapshot(T1, 0.123456789012345),
        snapshot(T2, 0.5),
        { ...snapshot(T2, 0.7), band: 'leaning-passed' },
      ]);
      await expectStoreError(store.addEstimate('no-such-id', snapshot(T1, 0.5)), 'not-found');
    });

    it('sets, replaces and clears the outcome', async () => {
      const { id } = await store.createInterview(recordOf(), T1);
      await store.setOutcome(
        id,
        { outcome: 'rejected', on: '2026-11-24', note: 'Polite email', recordedAt: T2 },
        T2,
      );
      expect(await store.getInterview(id)).toMatchObject({
        outcome: { outcome: 'rejected', on: '2026-11-24', note: 'Polite email', recordedAt: T2 },
        updatedAt: T2,
      });
      await store.setOutcome(id, { outcome: 'offer', on: '2026-11-25', recordedAt: T3 }, T3);
      expect((await store.getInterview(id))?.outcome).toStrictEqual({
        outcome: 'offer',
        on: '2026-11-25',
        recordedAt: T3,
      });
      await store.setOutcome(id, undefined, T3);
      const cleared = await store.getInterview(id);
      expect(cleared).toBeDefined();
      expect(cleared).not.toHaveProperty('outcome');
      await expectStoreError(store.setOutcome('no-such-id', undefined, T3), 'not-found');
    });

    it('replaces reminders and keeps their order and done flags', async () => {
      const { id } = await store.createInterview(recordOf(), T1);
      await store.replaceReminders(id, reminders);
      expect(await store.listReminders(id)).toStrictEqual(reminders);
      const next = [{ ...reminders[1]!, done: true }];
      await store.replaceReminders(id, next);
      expect(await store.listReminders(id)).toStrictEqual(next);
      await store.replaceReminders(id, []);
      expect(await store.listReminders(id)).toEqual([]);
      await expectStoreError(store.replaceReminders('no-such-id', reminders), 'not-found');
    });

    it('deleting an interview removes everything attached to it, and only that', async () => {
      const id = await seedRich(store);
      const keep = await seedRich(store);
      expect(await store.deleteInterview(id)).toBe(true);
      expect(await store.getInterview(id)).toBeUndefined();
      expect(await store.getObservations(id)).toEqual([]);
      expect(await store.listDocuments(id)).toEqual([]);
      expect(await store.listEstimates(id)).toEqual([]);
      expect(await store.listReminders(id)).toEqual([]);
      expect(await store.deleteInterview(id)).toBe(false);
      const bundle = await store.exportAll(T3);
      expect(bundle.interviews.map((e) => e.interview.id)).toEqual([keep]);
      expect(bundle.interviews[0]?.documents).toHaveLength(2);
    });

    it('exports everything and imports it back losslessly, ids kept', async () => {
      await seedRich(store);
      await store.createInterview(recordOf({ company: 'Bare' }), T2);
      const before = await store.exportAll(T3);
      expect(before).toMatchObject({ format: 'debrief-export', version: 1, exportedAt: T3 });
      expect(before.interviews).toHaveLength(2);

      const other = await fresh();
      // Through JSON, as a real export file travels.
      const result = await other.importAll(JSON.parse(JSON.stringify(before)) as ExportBundle, 'replace');
      expect(result).toEqual({ interviews: 2 });
      expect(await other.exportAll(T3)).toStrictEqual(before);
      await store.importAll(before, 'replace');
      expect(await store.exportAll(T3)).toStrictEqual(before);
    });

    it("'replace' clears first; 'merge' keeps others and replaces the matching ones whole", async () => {
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
  });
}
