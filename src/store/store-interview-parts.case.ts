/**
 * Store contract cases: what hangs off an interview (observations, documents, estimates,
 * outcome, reminders), and deleting an interview with all of it.
 */
import { expect, it } from 'vitest';
import type { StoredObservation } from './store.js';
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

export function interviewPartCases(scope: ContractScope): void {
  it('replaces all observations in one go, keeping every field and the given order', async () => {
    const { store } = scope;
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
    const { store } = scope;
    const { id } = await store.createInterview(recordOf(), T1);
    await store.putObservations(id, observationsA, T2);
    const twice: StoredObservation[] = [observationsA[1]!, { ...observationsA[1]!, value: 'present' }];
    await expectStoreError(store.putObservations(id, twice, T3), 'conflict');
    expect(await store.getObservations(id)).toStrictEqual(observationsA);
    await expectStoreError(store.putObservations('no-such-id', observationsA, T3), 'not-found');
    expect(await store.getObservations('no-such-id')).toEqual([]);
  });

  it('stores documents as given and lists them oldest first', async () => {
    const { store } = scope;
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
    const { store } = scope;
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
    const { store } = scope;
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
    const { store } = scope;
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
    const { store } = scope;
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
}
