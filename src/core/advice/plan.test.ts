import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDateAddDays, isoDateDiffDays, isoDateFrom } from '../dates.js';
import type { IsoDate } from '../dates.js';
import type { Estimate, Factor, Probability, SilencePhase } from '../model/types.js';
import type { Observations } from '../observation.js';
import { OUTCOMES } from '../record.js';
import type { HeardBack, InterviewRecord, Outcome } from '../record.js';
import { planFrom } from './plan.js';
import type { StepKind } from './types.js';

const d = (s: string): IsoDate => isoDateFrom(s)!;

function estimate(phase: SilencePhase = 'too-early', factors: Factor[] = []): Estimate {
  return {
    probability: 0.4 as Probability,
    range: [0.25, 0.55],
    band: 'toss-up',
    prior: { probability: 0.4, source: 'test' },
    factors,
    channels: [],
    silence: { phase },
  };
}

const record: InterviewRecord = {
  stage: 'first',
  date: d('2026-11-16'),
  role: 'Analyst',
  company: 'Northwind',
  interviewers: ['Priya Shah'],
};
const kinds = (steps: { kind: StepKind }[]): StepKind[] => steps.map((s) => s.kind);
const CLOCK_KINDS: StepKind[] = ['check-in', 'second-check-in'];

describe('planFrom while waiting', () => {
  const plan = planFrom({ record, observations: {}, estimate: estimate(), today: d('2026-11-16') });

  it('lists thank-you, keep-applying, two check-ins and a close, in date order', () => {
    expect(kinds(plan.steps)).toEqual(['thank-you', 'keep-applying', 'check-in', 'second-check-in', 'close']);
    const dues = plan.steps.map((s) => s.due);
    expect([...dues].sort()).toEqual(dues);
  });

  it('puts the thank-you on the interview day and keep-applying the day after', () => {
    expect(plan.steps.find((s) => s.kind === 'thank-you')?.due).toBe('2026-11-16');
    expect(plan.steps.find((s) => s.kind === 'keep-applying')?.due).toBe('2026-11-17');
  });

  it('attaches drafts to the thank-you and both check-ins', () => {
    for (const kind of ['thank-you', 'check-in', 'second-check-in'] as StepKind[]) {
      expect(plan.steps.find((s) => s.kind === kind)?.draft?.body).toContain('Priya');
    }
  });

  it('keeps past steps in the list', () => {
    const later = planFrom({
      record,
      observations: {},
      estimate: estimate('overdue'),
      today: d('2026-12-20'),
    });
    expect(kinds(later.steps)).toEqual(expect.arrayContaining(['check-in', 'second-check-in', 'close']));
    expect(later.steps.find((s) => s.kind === 'keep-applying')?.due).toBe('2026-12-20');
  });

  it('matches the window to the steps', () => {
    expect(plan.window.interview).toBe(record.date);
    expect(plan.window.checkIn).toBe(plan.steps.find((s) => s.kind === 'check-in')?.due);
    expect(plan.window.closeAfter).toBe(plan.steps.find((s) => s.kind === 'close')?.due);
  });

  it('offers the five self-assessment questions', () => {
    expect(plan.selfAssessment.map((q) => q.id)).toEqual(['interest', 'goals', 'pay', 'growth', 'people']);
  });
});

describe('planFrom for an interview recorded late', () => {
  const at = (today: string) => planFrom({ record, observations: {}, estimate: estimate(), today: d(today) });
  const thankYou = (today: string) => at(today).steps.find((s) => s.kind === 'thank-you');
  const checkIn = (today: string) => at(today).steps.find((s) => s.kind === 'check-in');

  it('still offers a thank-you a few days late, saying late is fine', () => {
    expect(thankYou('2026-11-16')?.detail).toContain('within a day');
    expect(thankYou('2026-11-19')?.detail).toContain('a few days late is still fine');
    // the same words reach the CLI and the calendar, where nothing can be ticked
    expect(thankYou('2026-11-19')?.detail).not.toMatch(/\btick/);
    expect(thankYou('2026-11-23')?.due).toBe('2026-11-16');
  });

  it('drops a thank-you more than a week overdue, and lets the check-in carry the thanks', () => {
    // Recorded 16 days after it happened: "send a thank-you note, 16 days ago" helps nobody.
    expect(thankYou('2026-12-02')).toBeUndefined();
    expect(checkIn('2026-12-02')?.detail).toContain('late for a separate thank-you note');
    expect(checkIn('2026-12-02')?.draft?.body).toContain('Thank you');
    expect(checkIn('2026-11-16')?.detail).not.toContain('thank-you');
  });

  it('says "now" for a check-in whose day has gone, not "silence this early says little"', () => {
    expect(checkIn('2026-11-20')?.detail).toContain('silence this early says little');
    const late = checkIn('2026-12-02')?.detail ?? '';
    expect(late).toContain('it is past the usual time to check in');
    expect(late).not.toContain('this early');
  });

  it('does not say "now" for a check-in once the day to treat it as closed has gone too', () => {
    const long = planFrom({
      record,
      observations: {},
      estimate: estimate('overdue'),
      today: d('2027-01-04'),
    });
    const close = long.steps.find((s) => s.kind === 'close');
    expect(close!.due < '2027-01-04').toBe(true);
    const detail = long.steps.find((s) => s.kind === 'check-in')?.detail ?? '';
    expect(detail).not.toContain('now is normal');
    expect(detail).toContain('long enough now to treat this one as closed');
  });

  it('counts the week from the day after a late-evening interview', () => {
    const late = { ...record, time: '18:30' };
    const steps = (today: string) =>
      planFrom({ record: late, observations: {}, estimate: estimate(), today: d(today) }).steps;
    expect(kinds(steps('2026-11-24'))).toContain('thank-you');
    expect(kinds(steps('2026-11-25'))).not.toContain('thank-you');
  });
});

describe('planFrom for an interview entered days after it happened', () => {
  // Entered on the day given: the person is reading the plan the day they record it.
  const entered = (on: string, phase: SilencePhase = 'too-early') =>
    planFrom({ record, observations: {}, estimate: estimate(phase), today: d(on), recordedOn: d(on) });
  const due = (plan: ReturnType<typeof entered>, kind: StepKind) =>
    plan.steps.find((s) => s.kind === kind)?.due;

  it('dates the late thank-you on the day it was entered, still saying late is fine', () => {
    const plan = entered('2026-11-21');
    expect(due(plan, 'thank-you')).toBe('2026-11-21');
    expect(plan.steps.find((s) => s.kind === 'thank-you')?.detail).toContain('a few days late is still fine');
  });

  it('moves a check-in whose day has gone to the day it was entered, and the last one a week on', () => {
    // Without the entry date the first check-in would fall on Tue 24 Nov, four days before.
    const plan = entered('2026-11-28');
    expect(due(plan, 'check-in')).toBe('2026-11-28');
    expect(due(plan, 'second-check-in')).toBe('2026-12-04');
    expect(plan.steps.find((s) => s.kind === 'check-in')?.detail).toContain(
      'past the usual time to check in (Tuesday 24 November)',
    );
    expect(plan.window.checkIn).toBe('2026-11-28');
  });

  it('dates no step before the day it was entered, while the silence clock still counts from the interview', () => {
    for (const on of ['2026-11-16', '2026-11-20', '2026-11-28', '2026-12-09', '2026-12-30']) {
      const plan = entered(on, on >= '2026-12-09' ? 'likely-ghosted' : 'too-early');
      for (const step of plan.steps) expect(step.due >= on, `${on}: ${step.kind} ${step.due}`).toBe(true);
      expect(plan.window.interview).toBe(record.date);
      expect(plan.window.expectedBy).toBe('2026-11-30');
    }
  });

  it('changes nothing for an interview entered on the day', () => {
    const onTime = planFrom({ record, observations: {}, estimate: estimate(), today: d('2026-11-16') });
    expect(entered('2026-11-16')).toEqual(onTime);
  });
});

describe('planFrom when the model judges the silence as ghosting', () => {
  it('brings the close step forward to today and drops check-ins after it', () => {
    const today = d('2026-12-01');
    const plan = planFrom({ record, observations: {}, estimate: estimate('likely-ghosted'), today });
    const close = plan.steps.find((s) => s.kind === 'close');
    expect(close?.due).toBe(today);
    expect(plan.steps.filter((s) => CLOCK_KINDS.includes(s.kind)).every((s) => s.due <= today)).toBe(true);
    expect(plan.window.closeAfter).toBe(today);
  });

  it('drops a second check-in that would fall after the close', () => {
    const plan = planFrom({
      record,
      observations: {},
      estimate: estimate('likely-ghosted'),
      today: d('2026-11-26'),
    });
    expect(kinds(plan.steps)).toContain('check-in');
    expect(kinds(plan.steps)).not.toContain('second-check-in');
  });
});

describe('planFrom after an outcome', () => {
  it.each<Outcome>(['offer', 'next-round'])(
    'puts the step for a %s before "keep applying" when both fall on one day',
    (outcome) => {
      const heardBack: HeardBack = { kind: 'outcome', outcome, on: d('2026-11-26') };
      const plan = planFrom({
        record: { ...record, heardBack },
        observations: {},
        estimate: estimate('heard-back'),
        today: d('2026-11-26'),
      });
      expect(kinds(plan.steps).filter((k) => k !== 'thank-you')).toEqual(['prepare', 'keep-applying']);
    },
  );

  it.each<[Outcome, StepKind, RegExp]>([
    ['next-round', 'prepare', /next round/i],
    ['offer', 'prepare', /offer/i],
    ['rejected', 'close', /feedback/i],
    ['ghosted', 'close', /move on/i],
    ['withdrew', 'close', /close/i],
  ])('%s stops the clock and adds a %s step', (outcome, kind, title) => {
    const heardBack: HeardBack = { kind: 'outcome', outcome, on: d('2026-11-25') };
    const plan = planFrom({
      record: { ...record, heardBack },
      observations: {},
      estimate: estimate('heard-back'),
      today: d('2026-11-26'),
    });
    expect(kinds(plan.steps).filter((k) => CLOCK_KINDS.includes(k))).toEqual([]);
    const added = plan.steps.filter((s) => s.kind === kind);
    expect(added).toHaveLength(1);
    expect(added[0]?.title).toMatch(title);
    expect(added[0]?.due).toBe('2026-11-25');
  });

  it.each<[Outcome, number, boolean]>([
    ['rejected', 0, false],
    ['rejected', 9, false],
    ['ghosted', 30, false],
    ['withdrew', 3, false],
    ['next-round', 0, true],
    ['offer', 0, false],
    ['next-round', 6, true],
    ['next-round', 9, false],
  ])('after %s on day %i, the thank-you note is suggested: %s', (outcome, day, kept) => {
    const heardBack: HeardBack = { kind: 'outcome', outcome, on: isoDateAddDays(record.date, day) };
    const plan = planFrom({
      record: { ...record, heardBack },
      observations: {},
      estimate: estimate('heard-back'),
      today: isoDateAddDays(record.date, day + 1),
    });
    expect(kinds(plan.steps).includes('thank-you')).toBe(kept);
  });

  // the answer two days after the interview, read the day after: a thank-you is not stale yet
  const after = (outcome: Outcome, observations: Observations = {}) =>
    planFrom({
      record: { ...record, heardBack: { kind: 'outcome', outcome, on: d('2026-11-18') } },
      observations,
      estimate: estimate('heard-back'),
      today: d('2026-11-19'),
    });
  const worried: Observations = { 'candidate-nerves': { value: 'present' } };
  const text = (plan: ReturnType<typeof planFrom>) => JSON.stringify(plan.steps);

  it('after a rejection: no self-assessment, no check-in, a feedback reply, prep and a kind nudge', () => {
    const plan = after('rejected', worried);
    expect(plan.selfAssessment).toEqual([]);
    expect(kinds(plan.steps)).toEqual(['close', 'keep-applying']);
    const reply = plan.steps[0]?.draft?.body ?? '';
    expect(reply).toMatch(/feedback/);
    expect(reply).toMatch(/Thank you/);
    expect(reply).toMatch(/glad to hear from you/);
    expect(reply.split(/\s+/).length).toBeLessThan(90);
    expect(plan.prep.map((p) => p.signId)).toEqual(['candidate-nerves']);
    expect(plan.steps[1]?.detail).toMatch(/normal to feel flat/);
    expect(text(plan)).not.toMatch(/check in|any update/i);
  });

  it('after an offer: no hedge, no prep; a reply asking for it in writing and time to decide', () => {
    const plan = after('offer', worried);
    expect(plan.prep).toEqual([]);
    expect(kinds(plan.steps)).toEqual(['prepare', 'keep-applying']);
    const [reply, others] = plan.steps;
    expect(reply?.title).toMatch(/in writing/);
    expect(reply?.detail).toMatch(/few days/);
    expect(reply?.draft?.body).toMatch(/in writing/);
    expect(reply?.draft?.body).toMatch(/by when you need my answer/);
    expect(others?.title).toMatch(/Tell the other employers/);
    expect(text(plan)).not.toMatch(/hedge|keep your other conversations going|for next time/i);
    // whether to take it is exactly the question now
    expect(plan.selfAssessment).toHaveLength(5);
  });

  it('after a next round: prep for the weak signs, a thank-you and a pointer to its own dates', () => {
    const plan = after('next-round', worried);
    expect(kinds(plan.steps)).toEqual(['thank-you', 'prepare', 'keep-applying']);
    expect(plan.steps[0]?.detail).toMatch(/next round/);
    expect(plan.steps[1]?.detail).toMatch(/new interview/);
    expect(plan.prep.map((p) => p.signId)).toEqual(['candidate-nerves']);
    expect(plan.selfAssessment).toHaveLength(5);
  });

  it.each<Outcome>(['ghosted', 'withdrew'])('after %s: no self-assessment and no check-ins', (outcome) => {
    const plan = after(outcome, worried);
    expect(plan.selfAssessment).toEqual([]);
    expect(kinds(plan.steps)).toEqual(['close', 'keep-applying']);
    expect(plan.prep).toHaveLength(1);
  });

  it('after withdrawing: a short thank-you that says so and keeps the door open', () => {
    const body = after('withdrew').steps.find((s) => s.kind === 'close')?.draft?.body ?? '';
    expect(body).toMatch(/withdraw/);
    expect(body).toMatch(/paths cross again/);
  });

  it('gives a rejection a polite feedback draft and still a keep-applying nudge', () => {
    const heardBack: HeardBack = { kind: 'outcome', outcome: 'rejected', on: d('2026-11-25') };
    const plan = planFrom({
      record: { ...record, heardBack },
      observations: {},
      estimate: estimate('heard-back'),
      today: d('2026-11-26'),
    });
    expect(plan.steps.find((s) => s.kind === 'close')?.draft?.body).toMatch(/feedback/);
    expect(kinds(plan.steps)).toContain('keep-applying');
  });
});

describe('planFrom properties', () => {
  const dateArb = fc.integer({ min: 0, max: 2500 }).map((n) => isoDateAddDays(d('2020-01-01'), n));
  type HeardSpec =
    | { tag: 'absent' }
    | { tag: 'none' }
    | { tag: 'update'; n: number }
    | { tag: 'outcome'; outcome: Outcome; n: number };
  const heardArb: fc.Arbitrary<HeardSpec> = fc.oneof(
    fc.constant({ tag: 'absent' as const }),
    fc.constant({ tag: 'none' as const }),
    fc.record({ tag: fc.constant('update' as const), n: fc.integer({ min: 0, max: 40 }) }),
    fc.record({
      tag: fc.constant('outcome' as const),
      outcome: fc.constantFrom(...OUTCOMES),
      n: fc.integer({ min: 0, max: 60 }),
    }),
  );
  const phaseArb = fc.constantFrom<SilencePhase>(
    'no-dates',
    'heard-back',
    'too-early',
    'waiting',
    'overdue',
    'likely-ghosted',
  );
  const inputArb = fc.record({
    date: dateArb,
    todayOffset: fc.integer({ min: -10, max: 120 }),
    promise: fc.option(fc.integer({ min: -3, max: 40 }), { nil: undefined }),
    time: fc.option(fc.constantFrom('08:00', '12:15', '17:30', '23:59'), { nil: undefined }),
    heard: heardArb,
    phase: phaseArb,
  });
  type Input = typeof inputArb extends fc.Arbitrary<infer T> ? T : never;

  function heardBackFrom(spec: HeardSpec, date: IsoDate): HeardBack | undefined {
    switch (spec.tag) {
      case 'absent':
        return undefined;
      case 'none':
        return { kind: 'none' };
      case 'update':
        return { kind: 'update', on: isoDateAddDays(date, spec.n) };
      case 'outcome':
        return { kind: 'outcome', outcome: spec.outcome, on: isoDateAddDays(date, spec.n) };
    }
  }

  function build(i: Input) {
    const heardBack = heardBackFrom(i.heard, i.date);
    const r: InterviewRecord = {
      stage: 'first',
      date: i.date,
      ...(i.promise !== undefined ? { decisionBy: isoDateAddDays(i.date, i.promise) } : {}),
      ...(i.time ? { time: i.time } : {}),
      ...(heardBack ? { heardBack } : {}),
    };
    return planFrom({
      record: r,
      observations: {},
      estimate: estimate(i.phase),
      today: isoDateAddDays(i.date, i.todayOffset),
    });
  }

  it('never dates a step before the interview, and keeps at most two check-ins', () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        const plan = build(i);
        for (const step of plan.steps) expect(step.due >= i.date).toBe(true);
        expect(plan.steps.filter((s) => CLOCK_KINDS.includes(s.kind)).length).toBeLessThanOrEqual(2);
        const thanks = plan.steps.filter((s) => s.kind === 'thank-you').length;
        const thanksDue = isoDateAddDays(i.date, i.time === '17:30' || i.time === '23:59' ? 1 : 0);
        const stale = isoDateDiffDays(thanksDue, isoDateAddDays(i.date, i.todayOffset)) > 7;
        if (stale) expect(thanks).toBe(0);
        else if (i.heard.tag !== 'outcome') expect(thanks).toBe(1);
        else expect(thanks).toBeLessThanOrEqual(1);
        for (const date of Object.values(plan.window)) expect(date >= i.date).toBe(true);
      }),
    );
  });

  it('drops every check-in once an outcome is recorded', () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        const plan = build(i);
        const hasOutcome = i.heard.tag === 'outcome';
        const clock = plan.steps.filter((s) => CLOCK_KINDS.includes(s.kind)).length;
        if (hasOutcome) expect(clock).toBe(0);
        else expect(plan.steps.some((s) => s.kind === 'close')).toBe(true);
      }),
    );
  });

  it('never leaks placeholders into any text', () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        expect(JSON.stringify(build(i).steps)).not.toMatch(/undefined|null|NaN|\{\w*\}/);
      }),
    );
  });
});

describe('planFrom prep', () => {
  const observations: Observations = {
    'candidate-nerves': { value: 'present' },
    'flat-interviewer': { value: 'present' },
    'vague-role-details': { value: 'unsure' },
    'awkward-atmosphere': { value: 'absent' },
    'interviewer-smiling': { value: 'present' },
  };

  it('covers present negative signs only', () => {
    const plan = planFrom({ record, observations, estimate: estimate(), today: record.date });
    expect(plan.prep.map((p) => p.signId).sort()).toEqual(['candidate-nerves', 'flat-interviewer']);
  });
});

describe('planFrom after the first check-in was sent', () => {
  // planned for Tuesday 24 Nov; sent two days late, on Thursday 26 Nov
  const sent = { ...record, checkedInOn: d('2026-11-26') };
  const plan = planFrom({
    record: sent,
    observations: {},
    estimate: estimate('waiting'),
    today: d('2026-11-30'),
  });
  const due = (kind: StepKind) => plan.steps.find((s) => s.kind === kind)?.due;

  it('dates the check-in the day it was sent and counts the rest from it', () => {
    expect(due('check-in')).toBe('2026-11-26');
    expect(due('second-check-in')).toBe('2026-12-03');
    expect(due('close')).toBe('2026-12-10');
    expect(plan.window.checkIn).toBe('2026-11-26');
    expect(plan.window.closeAfter).toBe('2026-12-10');
  });

  it('says the check-in was sent instead of asking for it', () => {
    const step = plan.steps.find((s) => s.kind === 'check-in');
    expect(step?.detail).toContain('You checked in on Thursday 26 November');
    expect(step?.detail).not.toMatch(/a short, friendly message now/);
    expect(plan.steps.find((s) => s.kind === 'second-check-in')?.detail).toContain('Thursday 26 November');
  });

  it('keeps the sent day when the interview was recorded after it', () => {
    const late = planFrom({
      record: sent,
      observations: {},
      estimate: estimate('waiting'),
      today: d('2026-12-07'),
      recordedOn: d('2026-12-07'),
    });
    expect(late.steps.find((s) => s.kind === 'check-in')?.due).toBe('2026-11-26');
    expect(late.steps.find((s) => s.kind === 'second-check-in')?.due).toBe('2026-12-07');
  });
});
