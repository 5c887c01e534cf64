/** Store contract cases: interviews created, updated, listed and filtered. */
import { expect, it } from 'vitest';
import type { IsoDate } from '../core/dates.js';
import type { Store } from './store.js';
import { T1, T2, recordOf, richRecord, type ContractScope } from './store-fixtures.case.js';

export function interviewCases(scope: ContractScope): void {
  it('creates an interview with a random UUID and reads it back', async () => {
    const { store } = scope;
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
    const { store } = scope;
    const { id } = await store.createInterview(recordOf({ company: 'Acme' }), T1);
    const next = recordOf({ stage: 'later', company: 'Acme Corp', role: 'Analyst' });
    const updated = await store.updateInterview(id, next, T2);
    expect(updated).toStrictEqual({ id, record: next, createdAt: T1, updatedAt: T2 });
    expect(await store.getInterview(id)).toStrictEqual(updated);
    expect(await store.updateInterview('no-such-id', next, T2)).toBeUndefined();
    expect(await store.listInterviews({ stage: 'later' })).toHaveLength(1);
  });

  it('keeps the day the first check-in was sent, and reads a record saved before it as it was', async () => {
    const { store } = scope;
    const old = await store.createInterview(recordOf({ company: 'Acme' }), T1);
    const sent = recordOf({ company: 'Acme', checkedInOn: '2026-11-24' as IsoDate });
    await store.updateInterview(old.id, sent, T2);
    expect((await store.getInterview(old.id))?.record).toStrictEqual(sent);
    const other = await store.createInterview(recordOf({ company: 'Globex' }), T1);
    const read = await store.getInterview(other.id);
    expect(read?.record).toStrictEqual(recordOf({ company: 'Globex' }));
    expect(read?.record).not.toHaveProperty('checkedInOn');
  });

  it('lists newest interview first', async () => {
    const { store } = scope;
    await store.createInterview(recordOf({ date: '2026-10-01' as IsoDate, company: 'Old' }), T1);
    await store.createInterview(recordOf({ date: '2026-11-10' as IsoDate, company: 'New' }), T1);
    await store.createInterview(recordOf({ date: '2026-10-20' as IsoDate, company: 'Mid' }), T1);
    expect((await store.listInterviews()).map((i) => i.record.company)).toEqual(['New', 'Mid', 'Old']);
  });

  it('filters by stage, status and search', async () => {
    const { store } = scope;
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
}
