import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Observations } from '../observation.js';
import { SIGN_IDS, SIGN_META } from '../signs/ids.js';
import { inputArb, observationsArb } from './arbitraries.case.js';
import { estimateFrom } from './estimate.js';
import { personalWeightsFrom, type PastInterview } from './personal.js';

const smiled: Observations = { 'interviewer-smiling': { value: 'present' } };
const past = (observations: Observations, passed: boolean): PastInterview => ({ observations, passed });

describe('personalWeightsFrom', () => {
  it('learns nothing from fewer than three outcomes', () => {
    expect(personalWeightsFrom([past(smiled, true), past(smiled, true)]).bySign).toEqual({});
  });

  it('weighs a sign more when it went with passing for this person', () => {
    const history = [
      past(smiled, true),
      past(smiled, true),
      past(smiled, true),
      past({}, false),
      past({}, false),
    ];
    const w = personalWeightsFrom(history).bySign['interviewer-smiling'];
    expect(w?.scale).toBeGreaterThan(1);
    expect(w).toMatchObject({ seen: 3, passed: 3 });
  });

  it('weighs a warm sign less, but never against, when it went with rejections', () => {
    const history = [
      past(smiled, false),
      past(smiled, false),
      past(smiled, false),
      past(smiled, false),
      past({}, true),
    ];
    const w = personalWeightsFrom(history).bySign['interviewer-smiling'];
    expect(w?.scale).toBeLessThan(1);
    expect(w?.scale).toBeGreaterThanOrEqual(0);
  });

  it('changes the estimate only through the signs it learnt about, and says so', () => {
    const history = [
      past(smiled, true),
      past(smiled, true),
      past(smiled, true),
      past({}, false),
      past({}, false),
    ];
    const personal = personalWeightsFrom(history);
    const input = {
      record: { stage: 'first' as const, date: '2026-03-02' as never },
      observations: smiled,
      today: '2026-03-03' as never,
    };
    const plain = estimateFrom(input);
    const mine = estimateFrom({ ...input, personal });
    expect(mine.probability).toBeGreaterThan(plain.probability);
    expect(mine.factors.find((f) => f.id === 'interviewer-smiling')?.reasoning).toMatch(/your own record/);
  });

  it('keeps the model invariants: with any learnt weights, a present positive sign never lowers the estimate', () => {
    const historyArb = fc.array(fc.record({ observations: observationsArb, passed: fc.boolean() }), {
      minLength: 3,
      maxLength: 15,
    });
    const positives = SIGN_IDS.filter((id) => SIGN_META[id].polarity === 'positive');
    fc.assert(
      fc.property(inputArb, historyArb, fc.constantFrom(...positives), (input, history, id) => {
        const personal = personalWeightsFrom(history);
        for (const w of Object.values(personal.bySign)) expect(w!.scale).toBeGreaterThanOrEqual(0);
        const base = { ...input.observations };
        delete base[id];
        const before = estimateFrom({ ...input, observations: base, personal }).probability;
        const after = estimateFrom({
          ...input,
          observations: { ...base, [id]: { value: 'present' } },
          personal,
        }).probability;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('a present positive sign does not lower the estimate by a rounding error (found by fast-check)', () => {
    const o = (value: 'present' | 'unsure', strength?: 1) => (strength ? { value, strength } : { value });
    const history: PastInterview[] = [
      past({ 'start-date-asked': o('present') }, true),
      past({}, false),
      past({}, false),
      past({ 'interviewer-smiling': o('present'), 'start-date-asked': o('present') }, true),
      past(
        Object.fromEntries(
          [
            'awkward-atmosphere',
            'little-company-info',
            'generic-questions',
            'flat-interviewer',
            'engaging-conversation',
            'positive-atmosphere',
            'timeline-given',
            'start-date-asked',
            'salary-discussed',
            'ran-over-time',
            'cut-short',
          ].map((id) => [id, o('present')]),
        ) as Observations,
        false,
      ),
      past(
        {
          'raised-concerns': o('present'),
          'future-growth-talk': o('present'),
          'salary-discussed': o('present'),
          'cut-short': o('present'),
        },
        true,
      ),
      past(
        Object.fromEntries(
          [
            'timeline-given',
            'start-date-asked',
            'salary-discussed',
            'ran-over-time',
            'met-more-team',
            'references-asked',
          ].map((id) => [id, o('present')]),
        ) as Observations,
        true,
      ),
    ];
    const base: Observations = {
      'candidate-nerves': o('present'),
      'no-follow-up': o('present'),
      'detailed-role-info': o('present'),
      'future-role-talk': o('present'),
      'start-date-asked': o('present'),
      'met-more-team': o('unsure'),
      'references-asked': o('present', 1),
      'cut-short': o('present'),
    };
    const input = {
      record: { stage: 'screen' as const, date: '2026-03-02' as never },
      today: '2026-03-02' as never,
    };
    const personal = personalWeightsFrom(history);
    const before = estimateFrom({ ...input, observations: base, personal }).probability;
    const withSign = { ...base, 'positive-atmosphere': o('present') };
    expect(estimateFrom({ ...input, observations: withSign, personal }).probability).toBeGreaterThanOrEqual(
      before,
    );
  });
});
