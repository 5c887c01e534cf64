import { describe, expect, it } from 'vitest';
import { STAGES } from '../record.js';
import { priorFrom, stagePrior } from './prior.js';

describe('priorFrom', () => {
  it.each(STAGES)('%s prior is a real probability with a source', (stage) => {
    const { probability, source } = stagePrior(stage);
    expect(probability).toBeGreaterThan(0);
    expect(probability).toBeLessThan(1);
    expect(source.length).toBeGreaterThan(20);
  });

  it('final-round prior is lower than the screen prior', () =>
    expect(stagePrior('final').probability).toBeLessThan(stagePrior('screen').probability));
  // interview -> hire over every round is 27% (CareerPlug), so the last round cannot convert less
  it('final-round prior is no higher than a first round, nor below the all-rounds hire rate', () => {
    expect(stagePrior('final').probability).toBeLessThanOrEqual(stagePrior('first').probability);
    expect(stagePrior('final').probability).toBeGreaterThanOrEqual(0.27);
  });

  it('later rounds are no easier than the first', () =>
    expect(stagePrior('later').probability).toBeLessThanOrEqual(stagePrior('first').probability));

  it.each([
    [2, 0.5],
    [4, 0.25],
    [5, 0.2],
    [10, 0.1],
  ])('a final with %i candidates starts at 1 in N', (n, expected) => {
    const prior = priorFrom({ stage: 'final', candidates: n });
    expect(prior.probability).toBeCloseTo(expected, 10);
    expect(prior.source).toContain(String(n));
  });

  it('a sole finalist is not certain', () => {
    const { probability } = priorFrom({ stage: 'final', candidates: 1 });
    expect(probability).toBeGreaterThan(0.5);
    expect(probability).toBeLessThan(1);
  });

  it('a huge field never reaches 0', () =>
    expect(priorFrom({ stage: 'final', candidates: 10_000 }).probability).toBeGreaterThan(0));

  it('earlier rounds move towards the count but stay between it and the stage rate', () => {
    const base = stagePrior('screen').probability;
    const crowded = priorFrom({ stage: 'screen', candidates: 40 }).probability;
    const few = priorFrom({ stage: 'screen', candidates: 5 }).probability;
    expect(crowded).toBeLessThan(base);
    expect(crowded).toBeGreaterThan(4 / 40);
    expect(few).toBeGreaterThan(base);
    expect(few).toBeLessThan(0.8);
  });

  it('more candidates never raise the prior', () => {
    for (const stage of STAGES) {
      for (let n = 1; n < 50; n++) {
        expect(priorFrom({ stage, candidates: n + 1 }).probability).toBeLessThanOrEqual(
          priorFrom({ stage, candidates: n }).probability,
        );
      }
    }
  });

  it.each([0, -3, 2.5, Number.NaN])('ignores an invalid candidate count (%s)', (n) =>
    expect(priorFrom({ stage: 'final', candidates: n })).toEqual(stagePrior('final')),
  );
});

describe('the words beside a stage prior', () => {
  // A figure at the edge of what it cites reads as a thumb on the scale: it must sit strictly
  // inside the span of the figures its words give ("3 to 6 in 10", "30–50%", "27%").
  it.each(STAGES)('%s: the figure sits inside the figures cited for it', (stage) => {
    const { probability, source } = stagePrior(stage);
    const cited = [
      ...[...source.matchAll(/(\d+) to (\d+) in 10\b/g)].flatMap((m) => [
        Number(m[1]) / 10,
        Number(m[2]) / 10,
      ]),
      ...[...source.matchAll(/(\d+)(?:–(\d+))?%/g)].flatMap((m) =>
        [m[1], m[2]].filter((x) => x !== undefined).map((x) => Number(x) / 100),
      ),
    ];
    if (cited.length < 2) return;
    expect(probability).toBeGreaterThan(Math.min(...cited));
    expect(probability).toBeLessThan(Math.max(...cited));
  });
});
