import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDateAddDays, type IsoDate } from '../dates.js';
import type { InterviewRecord } from '../record.js';
import { logOddsFromProbability } from './odds.js';
import { SILENCE_MODEL, silenceFrom, silenceLogLr, silentIfNotPassed, silentIfPassed } from './silence.js';

const date = '2026-05-04' as IsoDate;
const day = (n: number) => isoDateAddDays(date, n);
const even = logOddsFromProbability(0.4);
const run = (record: Partial<InterviewRecord>, today: IsoDate) =>
  silenceFrom({ stage: 'first', date, ...record }, today, even);

describe('silence likelihoods', () => {
  it('say nothing before the grace period ends', () => {
    for (const d of [-30, -1, 0]) expect(silenceLogLr(d)).toBe(0);
  });

  it('count more against with every extra day, within the cap', () => {
    let previous = 0;
    for (let d = 1; d <= 400; d++) {
      const now = silenceLogLr(d);
      expect(now).toBeLessThanOrEqual(previous);
      expect(now).toBeGreaterThanOrEqual(-SILENCE_MODEL.maxPenalty);
      previous = now;
    }
    expect(silenceLogLr(400)).toBe(-SILENCE_MODEL.maxPenalty);
  });

  it('passed candidates hear sooner than the rest', () => {
    for (const d of [1, 7, 30, 90]) expect(silentIfPassed(d)).toBeLessThan(silentIfNotPassed(d));
  });

  it('the not-passed group keeps its share who never hear', () =>
    expect(silentIfNotPassed(10_000)).toBeCloseTo(SILENCE_MODEL.ghostShare));
});

describe('silenceFrom', () => {
  it('expects word 14 days after the interview when no date was promised', () =>
    expect(run({}, day(3)).state).toMatchObject({ phase: 'too-early', daysSince: 3, expectedBy: day(14) }));

  it('uses the promised date', () =>
    expect(run({ decisionBy: day(5) }, day(2)).state.expectedBy).toBe(day(5)));

  it('treats today before the interview as day 0', () => {
    const r = run({}, day(-4));
    expect(r.state).toMatchObject({ phase: 'too-early', daysSince: 0 });
    expect(r.factor?.contribution).toBe(0);
  });

  it('is "waiting" at the promised date and through the grace days', () => {
    for (const n of [0, 1, 2]) expect(run({ decisionBy: day(7) }, day(7 + n)).state.phase).toBe('waiting');
    expect(run({ decisionBy: day(7) }, day(7 + 3)).state.phase).toBe('overdue');
  });

  it('30 days past a promised date is likely ghosted and counts clearly against', () => {
    const r = run({ decisionBy: day(7) }, day(37));
    expect(r.state.phase).toBe('likely-ghosted');
    expect(r.state.ghostedProbability).toBeGreaterThan(0.5);
    expect(r.factor?.contribution).toBeLessThan(-1.5);
  });

  it('the chance of being ghosted grows with the silence', () => {
    let previous = 0;
    for (let n = 0; n < 120; n += 5) {
      const g = run({}, day(n)).state.ghostedProbability!;
      expect(g).toBeGreaterThanOrEqual(previous);
      previous = g;
    }
  });

  it('a holding update restarts the clock from its date', () => {
    const r = run({ heardBack: { kind: 'update', on: day(30) } }, day(33));
    expect(r.state).toMatchObject({ phase: 'too-early', daysSince: 3 });
    expect(r.factor?.contribution).toBe(0);
    expect(run({}, day(33)).factor!.contribution).toBeLessThan(0);
  });

  it.each([
    ['offer', 1],
    ['next-round', 1],
    ['rejected', -1],
    ['ghosted', -1],
  ] as const)('a heard-back %s stops the clock and moves the estimate', (outcome, direction) => {
    const r = run({ heardBack: { kind: 'outcome', outcome, on: day(9) } }, day(60));
    expect(r.state.phase).toBe('heard-back');
    expect(Math.sign(r.factor!.contribution)).toBe(direction);
  });

  it('has no clock without a usable date', () =>
    expect(run({ date: 'not-a-date' as IsoDate }, day(3)).state.phase).toBe('no-dates'));
});

describe('the wait read back from the day it ended', () => {
  const promised = { decisionBy: day(7) };
  it('tells the wait in the past, with the same figure', () => {
    const now = run(promised, day(14));
    const then = silenceFrom({ stage: 'first', date, ...promised }, day(14), even, 'rejected');
    expect(now.factor?.reasoning).toMatch(/^It is 7 days past when word was expected/);
    expect(then.factor?.reasoning).toBe(
      'The answer came 7 days after word was expected. People who pass usually hear sooner, so the wait counted against, though slow processes are common.',
    );
    expect(then.factor?.contribution).toBe(now.factor?.contribution);
    expect(then.state).toEqual(now.state);
  });

  it('names who ended it, and says when the wait had said nothing', () => {
    const at = (today: IsoDate, outcome: 'offer' | 'ghosted' | 'withdrew') =>
      silenceFrom({ stage: 'first', date, ...promised }, today, even, outcome).factor?.reasoning;
    expect(at(day(5), 'offer')).toBe(
      'The answer came before word was expected, so the wait had said nothing.',
    );
    expect(at(day(7), 'withdrew')).toBe(
      'You withdrew on the day word was expected; a day or two of delay is normal, so the wait had said nothing.',
    );
    expect(at(day(8), 'offer')).toMatch(/^The answer came 1 day after word was expected;/);
    expect(at(day(30), 'ghosted')).toMatch(/^You stopped waiting 23 days after word was expected\. /);
  });
});

describe('a check-in sent and unanswered', () => {
  // facts.md §1.4 gives the check-ins' cadence, not what an unanswered one says
  it('leaves the silence clock as it was, whatever the days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 90 }),
        fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
        (sent, today, promise) => {
          const base = promise === undefined ? {} : { decisionBy: day(promise) };
          expect(run({ ...base, checkedInOn: day(sent) }, day(today))).toEqual(run(base, day(today)));
        },
      ),
    );
  });
});
