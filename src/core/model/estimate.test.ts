import { describe, expect, it } from 'vitest';
import { isoDateAddDays, type IsoDate } from '../dates.js';
import type { Observations } from '../observation.js';
import type { InterviewRecord, Stage } from '../record.js';
import type { SignId } from '../signs/ids.js';
import { estimateFrom } from './estimate.js';
import { logOddsFromProbability } from './odds.js';

const date = '2026-05-04' as IsoDate;
const day = (n: number) => isoDateAddDays(date, n);
const estimate = (record: Partial<InterviewRecord> = {}, observations: Observations = {}, today = day(1)) =>
  estimateFrom({ record: { stage: 'screen', date, ...record }, observations, today });
const withSign = (id: SignId, record: Partial<InterviewRecord> = {}) =>
  estimate(record, { [id]: { value: 'present' } }).probability;

describe('estimateFrom', () => {
  it('with no evidence and no silence, is the prior', () => {
    const e = estimate({ stage: 'final' });
    expect(e.probability).toBeCloseTo(e.prior.probability, 12);
    expect(e.factors.map((f) => f.id)).toEqual(['silence']);
  });

  it('final rounds start lower than screens', () =>
    expect(estimate({ stage: 'final' }).probability).toBeLessThan(estimate({ stage: 'screen' }).probability));

  it('5 candidates at a final gives a prior of 0.2', () => {
    const e = estimate({ stage: 'final', candidates: 5 });
    expect(e.prior.probability).toBeCloseTo(0.2, 12);
    expect(e.probability).toBeCloseTo(0.2, 12);
  });

  it('warmth moves a screen less than a concrete process signal', () => {
    const base = estimate().probability;
    const warm = withSign('positive-atmosphere') - base;
    expect(warm).toBeGreaterThan(0);
    for (const id of ['future-role-talk', 'start-date-asked', 'references-asked'] as const) {
      expect(withSign(id) - base).toBeGreaterThan(2 * warm);
    }
  });

  it.each<SignId>(['raised-concerns', 'cut-short', 'interviewer-disinterest'])(
    '%s lowers the estimate',
    (id) => expect(withSign(id)).toBeLessThan(estimate().probability - 0.05),
  );

  it('absent signs change nothing; unsure ones change less than present', () => {
    const base = estimate().probability;
    const id = 'future-role-talk';
    expect(estimate({}, { [id]: { value: 'absent' } }).probability).toBe(base);
    const unsure = estimate({}, { [id]: { value: 'unsure' } }).probability;
    expect(unsure).toBeGreaterThan(base);
    expect(unsure).toBeLessThan(withSign(id));
  });

  it('signs of one channel are damped; signs of different channels are not', () => {
    const base = logOddsFromProbability(estimate().probability);
    const lift = (obs: Observations) => logOddsFromProbability(estimate({}, obs).probability) - base;
    const p = { value: 'present' } as const;
    const sameChannel = lift({ 'positive-atmosphere': p, 'engaging-conversation': p });
    const apart = lift({ 'positive-atmosphere': p, 'interviewer-smiling': p });
    expect(sameChannel).toBeLessThan(
      lift({ 'positive-atmosphere': p }) + lift({ 'engaging-conversation': p }) - 1e-9,
    );
    expect(apart).toBeCloseTo(lift({ 'positive-atmosphere': p }) + lift({ 'interviewer-smiling': p }), 9);
  });

  it('30 days past a promised date is likely ghosted with a low estimate', () => {
    const e = estimate({ decisionBy: day(7) }, {}, day(37));
    expect(e.silence.phase).toBe('likely-ghosted');
    expect(e.probability).toBeLessThan(0.15);
    expect(['likely-not', 'leaning-not']).toContain(e.band);
  });

  it('ignores a no-follow-up observation when the dates can judge the silence', () => {
    const obs: Observations = { 'no-follow-up': { value: 'present', strength: 3 } };
    for (const today of [day(2), day(40)]) {
      const e = estimate({}, obs, today);
      expect(e.probability).toBe(estimate({}, {}, today).probability);
      const factor = e.factors.find((f) => f.id === 'no-follow-up');
      expect(factor?.contribution).toBe(0);
      expect(factor?.reasoning).toMatch(/follow-up clock/);
    }
  });

  it("with a stand-in date, counts the text's no-follow-up and keeps the clock off", () => {
    const obs: Observations = { 'no-follow-up': { value: 'present' } };
    const standIn = (o: Observations) =>
      estimateFrom({ record: { stage: 'screen', date }, observations: o, today: date, dateKnown: false });
    const e = standIn(obs);
    expect(e.silence.phase).toBe('no-dates');
    expect(e.factors.find((f) => f.id === 'no-follow-up')?.contribution).toBeLessThan(0);
    expect(e.probability).toBeLessThan(standIn({}).probability);
    // an outcome still decides, date or no date
    const offered = estimateFrom({
      record: { stage: 'screen', date, heardBack: { kind: 'outcome', outcome: 'offer', on: date } },
      observations: obs,
      today: date,
      dateKnown: false,
    });
    expect(offered.probability).toBeGreaterThan(0.9);
  });

  it('uses no-follow-up when there are no usable dates', () => {
    const noDates = { date: 'unknown' as IsoDate };
    const e = estimate(noDates, { 'no-follow-up': { value: 'present' } });
    expect(e.silence.phase).toBe('no-dates');
    expect(e.probability).toBeLessThan(estimate(noDates).probability);
  });

  it.each<[string, number, number]>([
    ['offer', 0.9, 1],
    ['next-round', 0.9, 1],
    ['rejected', 0, 0.1],
    ['ghosted', 0, 0.2],
  ])('heard back "%s" lands between %s and %s, never at 0 or 1', (outcome, lo, hi) => {
    const e = estimate(
      { heardBack: { kind: 'outcome', outcome: outcome as 'offer', on: day(5) } },
      { 'raised-concerns': { value: 'present', strength: 3 }, 'future-role-talk': { value: 'present' } },
      day(8),
    );
    expect(e.silence.phase).toBe('heard-back');
    expect(e.probability).toBeGreaterThan(lo);
    expect(e.probability).toBeLessThan(hi);
    expect(e.probability).toBeGreaterThan(0);
    expect(e.probability).toBeLessThan(1);
  });

  it('an offer reads as likely passed, a rejection as likely not', () => {
    const heard = (outcome: 'offer' | 'rejected') =>
      estimate({ heardBack: { kind: 'outcome', outcome, on: day(5) } }).band;
    expect(heard('offer')).toBe('likely-passed');
    expect(heard('rejected')).toBe('likely-not');
  });

  it.each<Stage>(['screen', 'first', 'later', 'final', 'other'])(
    'with no evidence a %s never claims "likely" either way',
    (stage) => expect(estimate({ stage }).band).not.toMatch(/^likely/),
  );

  it('contradictory evidence widens the range', () => {
    const width = (obs: Observations) => {
      const [lo, hi] = estimate({}, obs).range;
      return logOddsFromProbability(hi) - logOddsFromProbability(lo);
    };
    const p = { value: 'present' } as const;
    const one = width({ 'future-role-talk': p });
    const mixed = width({ 'future-role-talk': p, 'raised-concerns': p });
    expect(mixed).toBeGreaterThan(one);
    expect(width({})).toBeGreaterThan(1.5);
  });

  it('factor contributions add up from the prior to the estimate', () => {
    const e = estimate(
      { stage: 'later', decisionBy: day(5) },
      { 'salary-discussed': { value: 'present' }, 'flat-interviewer': { value: 'present', strength: 1 } },
      day(12),
    );
    const sum = e.factors.reduce((s, f) => s + f.contribution, 0);
    expect(logOddsFromProbability(e.prior.probability) + sum).toBeCloseTo(
      logOddsFromProbability(e.probability),
      9,
    );
    const verbal = e.channels.find((c) => c.channel === 'verbal')!;
    expect(verbal).toMatchObject({ positives: 1, negatives: 0 });
    expect(e.channels.find((c) => c.channel === 'energy')).toMatchObject({ positives: 0, negatives: 1 });
  });

  it('notes when a sign was only unsure', () => {
    const e = estimate({}, { 'met-more-team': { value: 'unsure' } });
    expect(e.factors.find((f) => f.id === 'met-more-team')?.reasoning).toMatch(/unsure/);
  });

  it('read back from the day the answer came, the unsure note looks back too', () => {
    const observations: Observations = { 'met-more-team': { value: 'unsure' } };
    const then = estimateFrom({
      record: { stage: 'screen', date },
      observations,
      today: day(9),
      endedBy: 'rejected',
    });
    const note = then.factors.find((f) => f.id === 'met-more-team')?.reasoning;
    expect(note).toMatch(/unsure about it, so it counted for only a little\.$/);
    expect(note).not.toMatch(/counts/);
  });
});
