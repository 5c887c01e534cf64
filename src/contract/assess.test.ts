import { describe, it, expect } from 'vitest';
import type { IsoDate } from '../core/dates.js';
import { CONTRACT_SIGN_IDS } from '../core/signs/ids.js';
import { assess, parseAssessRequest, type FieldError } from './assess.js';

const TODAY = '2026-03-04' as IsoDate;

const valid = () => ({
  interview: {
    stage: 'first',
    date: '2026-03-02',
    decisionBy: '2026-03-09',
    company: 'Routewise',
    interviewers: ['Marta'],
  },
  observations: {
    'detailed-role-info': 'present',
    'raised-concerns': { value: 'absent' },
    'achievements-praised': {
      value: 'present',
      strength: 3,
      evidence: 'she said it was exactly what they need',
    },
  },
});

function errorsOf(json: unknown): FieldError[] {
  const r = parseAssessRequest(json, TODAY);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.error;
}

const fails = (mutate: (r: ReturnType<typeof valid>) => unknown, path: string, fragment?: string) => () => {
  const request = valid();
  const errors = errorsOf(mutate(request) ?? request);
  const hit = errors.find((e) => e.path === path);
  expect(hit, `expected an error at ${path}, got ${JSON.stringify(errors)}`).toBeDefined();
  if (fragment) expect(hit?.message).toContain(fragment);
};

describe('parseAssessRequest', () => {
  it('accepts a valid request and normalises shorthand observations', () => {
    const r = parseAssessRequest(valid(), TODAY);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.interview.stage).toBe('first');
    expect(r.value.observations['detailed-role-info']).toEqual({ value: 'present' });
    expect(r.value.observations['achievements-praised']?.strength).toBe(3);
  });

  it('accepts a minimal request with no observations', () => {
    const r = parseAssessRequest({ interview: { stage: 'screen', date: '2024-02-29' } }, TODAY);
    expect(r.ok && r.value.observations).toEqual({});
  });

  it('refuses an interview later than tomorrow, and a reply before the interview', () => {
    expect(errorsOf({ interview: { stage: 'first', date: '2026-03-06' } })[0]?.path).toBe('interview.date');
    expect(parseAssessRequest({ interview: { stage: 'first', date: '2026-03-05' } }, TODAY).ok).toBe(true);
    const early = { stage: 'first', date: '2026-03-02', heardBack: { kind: 'update', on: '2026-03-01' } };
    expect(errorsOf({ interview: early })[0]?.path).toBe('interview.heardBack.on');
  });

  it('takes the day the first check-in was sent, not before the interview nor after tomorrow', () => {
    const sent = { stage: 'first', date: '2026-03-02', checkedInOn: '2026-03-04' };
    const r = parseAssessRequest({ interview: sent }, TODAY);
    expect(r.ok && r.value.interview.checkedInOn).toBe('2026-03-04');
    expect(errorsOf({ interview: { ...sent, checkedInOn: '2026-03-01' } })[0]?.path).toBe(
      'interview.checkedInOn',
    );
    expect(errorsOf({ interview: { ...sent, checkedInOn: '2026-03-09' } })[0]?.path).toBe(
      'interview.checkedInOn',
    );
    expect(errorsOf({ interview: { ...sent, checkedInOn: 'Monday' } })[0]?.path).toBe(
      'interview.checkedInOn',
    );
  });

  it('accepts every contract sign id', () => {
    const observations = Object.fromEntries(CONTRACT_SIGN_IDS.map((id) => [id, 'unsure']));
    expect(parseAssessRequest({ ...valid(), observations }, TODAY).ok).toBe(true);
  });

  it(
    'unknown sign id',
    fails((r) => ({ ...r, observations: { smiling: 'present' } }), 'observations.smiling', 'unknown sign id'),
  );
  it(
    'bad date',
    fails((r) => ((r.interview.date = '02/03/2026'), r), 'interview.date', 'expected a date as YYYY-MM-DD'),
  );
  it(
    'impossible date',
    fails((r) => ((r.interview.date = '2026-02-30'), r), 'interview.date', 'calendar date'),
  );
  it(
    'bad decisionBy',
    fails((r) => ((r.interview.decisionBy = 'friday'), r), 'interview.decisionBy', 'YYYY-MM-DD'),
  );
  it(
    'decisionBy before the interview',
    fails(
      (r) => ((r.interview.decisionBy = '2026-02-20'), r),
      'interview.decisionBy',
      'before the interview',
    ),
  );
  it(
    'missing stage',
    fails((r) => ({ ...r, interview: { date: '2026-03-02' } }), 'interview.stage', 'required'),
  );
  it(
    'bad stage',
    fails(
      (r) => ({ ...r, interview: { ...r.interview, stage: 'second' } }),
      'interview.stage',
      'expected one of',
    ),
  );
  it(
    'missing interview',
    fails(() => ({ observations: {} }), 'interview', 'required'),
  );
  it(
    'wrong type for candidates',
    fails((r) => ({ ...r, interview: { ...r.interview, candidates: '4' } }), 'interview.candidates'),
  );
  it(
    'candidates not positive',
    fails((r) => ({ ...r, interview: { ...r.interview, candidates: 0 } }), 'interview.candidates'),
  );
  it(
    'candidates not whole',
    fails((r) => ({ ...r, interview: { ...r.interview, candidates: 2.5 } }), 'interview.candidates'),
  );
  it(
    'wrong observation value',
    fails(
      (r) => ({ ...r, observations: { 'culture-discussion': 'yes' } }),
      'observations.culture-discussion',
    ),
  );
  it(
    'bad strength',
    fails(
      (r) => ({ ...r, observations: { 'culture-discussion': { value: 'present', strength: 5 } } }),
      'observations.culture-discussion.strength',
    ),
  );
  it(
    'bad time',
    fails((r) => ({ ...r, interview: { ...r.interview, time: '25:00' } }), 'interview.time', 'HH:MM'),
  );
  it(
    'interviewer not text',
    fails(
      (r) => ({ ...r, interview: { ...r.interview, interviewers: ['Ann', 3] } }),
      'interview.interviewers[1]',
    ),
  );
  it(
    'unknown interview field',
    fails(
      (r) => ({ ...r, interview: { ...r.interview, decisonBy: '2026-03-09' } }),
      'interview.decisonBy',
      'unknown field',
    ),
  );
  it(
    'bad asOf',
    fails((r) => ({ ...r, asOf: '2026-3-4' }), 'asOf'),
  );
  it(
    'bad heardBack',
    fails(
      (r) => ({
        ...r,
        interview: { ...r.interview, heardBack: { kind: 'outcome', outcome: 'maybe', on: '2026-03-05' } },
      }),
      'interview.heardBack.outcome',
    ),
  );
  it(
    'not an object',
    fails(() => 'hello', '(request)'),
  );

  it('reports every bad field at once', () => {
    const errors = errorsOf({ interview: { date: 'x' }, observations: { nope: 'present' } });
    expect(errors.map((e) => e.path).sort()).toEqual([
      'interview.date',
      'interview.stage',
      'observations.nope',
    ]);
  });
});

describe('assess', () => {
  const today = '2026-03-04' as IsoDate;
  const parsed = parseAssessRequest(valid(), TODAY);
  if (!parsed.ok) throw new Error('fixture should be valid');

  it('gives a rounded probability inside its range, and a plan', () => {
    const r = assess(parsed.value, today);
    expect(r.probability).toBeGreaterThan(0);
    expect(r.probability).toBeLessThan(1);
    expect(r.range[0]).toBeLessThanOrEqual(r.probability);
    expect(r.range[1]).toBeGreaterThanOrEqual(r.probability);
    expect(Math.round(r.probability * 1000) / 1000).toBe(r.probability);
    expect(r.bandLabel.length).toBeGreaterThan(0);
    expect(r.asOf).toBe(today);
    expect(r.window.interview).toBe('2026-03-02');
    expect(r.nextSteps.length).toBeGreaterThan(0);
    for (const f of r.factors) expect(f.title.length).toBeGreaterThan(0);
  });

  it('uses asOf over today', () => {
    const r = assess({ ...parsed.value, asOf: '2026-04-20' as IsoDate }, today);
    expect(r.asOf).toBe('2026-04-20');
    expect(r.silence.phase).not.toBe(assess(parsed.value, today).silence.phase);
  });

  it('a praised candidate scores above one who heard concerns', () => {
    const base = { interview: parsed.value.interview };
    const good = assess({ ...base, observations: { 'achievements-praised': { value: 'present' } } }, today);
    const bad = assess({ ...base, observations: { 'raised-concerns': { value: 'present' } } }, today);
    expect(good.probability).toBeGreaterThan(bad.probability);
  });
});

describe('assess once the answer is in', () => {
  const heard = (outcome: 'offer' | 'rejected') =>
    assess(
      {
        interview: {
          stage: 'first',
          date: '2026-03-02' as IsoDate,
          heardBack: { kind: 'outcome', outcome, on: '2026-03-04' as IsoDate },
        },
        observations: {},
      },
      TODAY,
    );
  it('names the silence factor for the answer, not for a wait', () => {
    const f = heard('rejected').factors.find((x) => x.id === 'silence');
    expect(f?.title).toBe('What you heard back');
  });
  it('still calls it time without word while waiting', () => {
    const r = assess(
      { interview: { stage: 'first', date: '2026-01-02' as IsoDate }, observations: {} },
      TODAY,
    );
    expect(r.factors.find((x) => x.id === 'silence')?.title).toBe('Time without word');
  });
});
