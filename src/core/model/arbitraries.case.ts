// Shared fast-check generators for the model tests; *.case.ts is kept out of the build.
import fc from 'fast-check';
import { isoDateAddDays, type IsoDate } from '../dates.js';
import type { Observation, Observations } from '../observation.js';
import { OUTCOMES, STAGES, type HeardBack, type InterviewRecord } from '../record.js';
import { SIGN_IDS, type SignId } from '../signs/ids.js';

export const BASE_DATE = '2026-03-02' as IsoDate;

export const observationArb: fc.Arbitrary<Observation> = fc.record(
  {
    value: fc.constantFrom('present' as const, 'absent' as const, 'unsure' as const),
    strength: fc.constantFrom(1 as const, 2 as const, 3 as const),
  },
  { requiredKeys: ['value'] },
);

export const observationsArb: fc.Arbitrary<Observations> = fc
  .subarray([...SIGN_IDS])
  .chain((ids) =>
    fc.tuple(fc.constant(ids), fc.array(observationArb, { minLength: ids.length, maxLength: ids.length })),
  )
  .map(([ids, obs]) => {
    const out: Observations = {};
    ids.forEach((id: SignId, i) => (out[id] = obs[i]));
    return out;
  });

export const recordArb: fc.Arbitrary<InterviewRecord> = fc
  .record(
    {
      stage: fc.constantFrom(...STAGES),
      dateOffset: fc.integer({ min: 0, max: 400 }),
      decisionIn: fc.integer({ min: -3, max: 30 }),
      candidates: fc.integer({ min: 1, max: 25 }),
      heard: fc.constantFrom('none', 'update', 'outcome', undefined),
      heardIn: fc.integer({ min: -2, max: 60 }),
      outcome: fc.constantFrom(...OUTCOMES),
    },
    { requiredKeys: ['stage', 'dateOffset'] },
  )
  .map((r) => {
    const date = isoDateAddDays(BASE_DATE, r.dateOffset);
    const record: InterviewRecord = { stage: r.stage, date };
    if (r.decisionIn !== undefined) record.decisionBy = isoDateAddDays(date, r.decisionIn);
    if (r.candidates !== undefined) record.candidates = r.candidates;
    const on = isoDateAddDays(date, r.heardIn ?? 5);
    let heardBack: HeardBack | undefined;
    if (r.heard === 'none') heardBack = { kind: 'none' };
    if (r.heard === 'update') heardBack = { kind: 'update', on };
    if (r.heard === 'outcome') heardBack = { kind: 'outcome', outcome: r.outcome ?? 'offer', on };
    if (heardBack) record.heardBack = heardBack;
    return record;
  });

/** A record plus a "today" from a little before the interview to well after it. */
export const inputArb = fc
  .tuple(recordArb, observationsArb, fc.integer({ min: -10, max: 200 }))
  .map(([record, observations, todayIn]) => ({
    record,
    observations,
    today: isoDateAddDays(record.date, todayIn),
  }));
