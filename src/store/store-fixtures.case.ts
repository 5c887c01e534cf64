/**
 * The fixtures of the store contract (store.case.ts): records, observations, reminders and
 * estimates with something awkward in every field, and one interview seeded in every table.
 */
import { expect } from 'vitest';
import type { IsoDate } from '../core/dates.js';
import type { InterviewRecord } from '../core/record.js';
import { StoreError } from './errors.js';
import type { EstimateSnapshot, Store, StoredObservation, StoredReminder } from './store.js';

/** What a group of contract cases is given: the running test's fresh, empty store, and more of them. */
export interface ContractScope {
  readonly store: Store;
  /** Another fresh, empty store, closed with the first after the test. */
  fresh(): Promise<Store>;
}

export const T1 = '2026-11-20T10:00:00.000Z';
export const T2 = '2026-11-21T11:30:00.000Z';
export const T3 = '2026-11-22T09:15:00.000Z';

export function recordOf(overrides: Partial<InterviewRecord> = {}): InterviewRecord {
  return { stage: 'first', date: '2026-11-18' as IsoDate, ...overrides };
}

export const richRecord: InterviewRecord = {
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

export const observationsA: StoredObservation[] = [
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

export const reminders: StoredReminder[] = [
  {
    kind: 'thank-you',
    due: '2026-11-20',
    title: 'Send a thank-you note',
    detail: 'Within a day.',
    done: true,
  },
  { kind: 'check-in', due: '2026-11-29', title: 'Check in', detail: 'A short, friendly note.', done: false },
];

export const snapshot = (at: string, probability: number): EstimateSnapshot => ({
  at,
  probability,
  low: Math.max(0, probability - 0.2),
  high: Math.min(1, probability + 0.2),
  band: 'toss-up',
});

export async function expectStoreError(
  promise: Promise<unknown>,
  code: StoreError['code'],
): Promise<StoreError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  expect((error as StoreError).code).toBe(code);
  return error as StoreError;
}

/** One interview with something in every table, for the cascade and transfer tests. */
export async function seedRich(s: Store): Promise<string> {
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
