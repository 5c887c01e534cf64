import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDateAddDays } from '../dates.js';
import type { Observation, Observations } from '../observation.js';
import { SIGN_IDS, SIGN_META, type SignId } from '../signs/ids.js';
import { inputArb } from './arbitraries.case.js';
import { estimateFrom } from './estimate.js';

const POSITIVE = SIGN_IDS.filter((id) => SIGN_META[id].polarity === 'positive');
const NEGATIVE = SIGN_IDS.filter((id) => SIGN_META[id].polarity === 'negative');
const present = fc.record({
  value: fc.constant('present' as const),
  strength: fc.constantFrom(1 as const, 2 as const, 3 as const),
});
const RUNS = { numRuns: 400 };

/** Upgrades `id` from missing/absent/unsure to present: "adding" the sign. */
function withSign(
  observations: Observations,
  id: SignId,
  before: 'missing' | 'absent' | 'unsure',
  after: Observation,
) {
  const base: Observations = { ...observations };
  if (before === 'missing') delete base[id];
  else base[id] = { value: before, strength: 3 };
  return { base, added: { ...base, [id]: after } };
}

const startArb = fc.constantFrom('missing' as const, 'absent' as const, 'unsure' as const);

describe('estimateFrom properties', () => {
  it('adding a present positive sign never lowers the probability', () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...POSITIVE), startArb, present, (input, id, start, obs) => {
        const { base, added } = withSign(input.observations, id, start, obs);
        const before = estimateFrom({ ...input, observations: base }).probability;
        const after = estimateFrom({ ...input, observations: added }).probability;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      RUNS,
    );
  });

  it('adding a present negative sign never raises the probability', () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...NEGATIVE), startArb, present, (input, id, start, obs) => {
        const { base, added } = withSign(input.observations, id, start, obs);
        const before = estimateFrom({ ...input, observations: base }).probability;
        const after = estimateFrom({ ...input, observations: added }).probability;
        expect(after).toBeLessThanOrEqual(before);
      }),
      RUNS,
    );
  });

  it('more silence (a later today) never raises the probability', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 1, max: 120 }), (input, later) => {
        const now = estimateFrom(input).probability;
        const afterWaiting = estimateFrom({
          ...input,
          today: isoDateAddDays(input.today, later),
        }).probability;
        expect(afterWaiting).toBeLessThanOrEqual(now);
      }),
      RUNS,
    );
  });

  it('keeps 0 < lo <= p <= hi < 1', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { probability: p, range } = estimateFrom(input);
        const [lo, hi] = range;
        expect(lo).toBeGreaterThan(0);
        expect(lo).toBeLessThanOrEqual(p);
        expect(p).toBeLessThanOrEqual(hi);
        expect(hi).toBeLessThan(1);
        expect(p).not.toBe(0);
        expect(p).not.toBe(1);
        expect(Number.isFinite(p)).toBe(true);
      }),
      RUNS,
    );
  });

  it('ignores the key order of the observations', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 1000 }), (input, seed) => {
        const entries = Object.entries(input.observations);
        const rotated = entries.map((_, i) => entries[(i + seed) % entries.length]!).reverse();
        const reordered = Object.fromEntries(rotated) as Observations;
        expect(Object.keys(reordered)).toHaveLength(entries.length);
        expect(estimateFrom({ ...input, observations: reordered })).toEqual(estimateFrom(input));
      }),
      RUNS,
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const copy = structuredClone(input);
        expect(estimateFrom(copy)).toEqual(estimateFrom(input));
      }),
      RUNS,
    );
  });

  it('lists every factor by size, and the channels always cover all five', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { factors, channels } = estimateFrom(input);
        for (let i = 1; i < factors.length; i++) {
          expect(Math.abs(factors[i - 1]!.contribution)).toBeGreaterThanOrEqual(
            Math.abs(factors[i]!.contribution),
          );
        }
        expect(channels.map((c) => c.channel).sort()).toEqual([
          'aftermath',
          'atmosphere',
          'body',
          'energy',
          'verbal',
        ]);
      }),
      RUNS,
    );
  });
});
