import { describe, it, expect } from 'vitest';
import type { Analysis } from '../../analysis/types.js';
import type { IsoDate } from '../../core/dates.js';
import type { Observations } from '../../core/observation.js';
import { CATALOGUE } from '../../core/signs/catalogue.js';
import type { Ask, Choice } from '../interactive/ask.js';
import { assess } from '../../contract/assess.js';
import { renderReport } from '../render/assessment.js';
import { UNSURE_FOOTNOTE } from '../render/chart.js';
import { styleFor } from '../style.js';
import { askDecisionDate } from '../interactive/record-questions.js';
import { askToSave, debrief, firstStepsOf, savedHint } from './assess-interactive.js';

const TODAY = '2026-03-04' as IsoDate; // a Wednesday

/** Answers by the first script key found in the question; otherwise takes the default, as Enter would. */
function scriptedAsk(script: Record<string, unknown>) {
  const asked: string[] = [];
  const answerFor = (message: string): unknown =>
    Object.entries(script).find(([key]) => message.includes(key))?.[1];
  const ask: Ask = {
    async text(message, options = {}) {
      asked.push(message);
      const answer = (answerFor(message) as string | undefined) ?? options.default ?? '';
      if (options.validate) expect(options.validate(answer), `answer "${answer}" to "${message}"`).toBe(true);
      return answer;
    },
    async choose<T>(message: string, choices: readonly Choice<T>[], defaultValue?: T) {
      asked.push(message);
      const answer = answerFor(message);
      const value = answer === undefined ? (defaultValue ?? choices[0]?.value) : (answer as T);
      expect(
        choices.map((c) => c.value),
        `choices for "${message}"`,
      ).toContain(value);
      return value as T;
    },
  };
  return { ask, asked };
}

const questionOf = (id: string): string => CATALOGUE.find((s) => s.id === id)?.question ?? `missing ${id}`;
const quiet = (): void => undefined;
// Go through the "What was said" questions and pass over the other channels.
const ONLY_WHAT_WAS_SAID = {
  'What was said': true,
  'Body language': false,
  Atmosphere: false,
  Energy: false,
  Afterwards: false,
};

describe('the interactive debrief', () => {
  it('builds the record from the answers and reads dates as words', async () => {
    const { ask } = scriptedAsk({
      'Which company': 'Routewise',
      'Which stage': 'final',
      'When was it': 'monday',
      'Who interviewed': 'Marta, Dev ',
      'when they would decide': 'friday',
      'How many candidates': '3',
      ...ONLY_WHAT_WAS_SAID,
      [questionOf('achievements-praised')]: 'present',
      [questionOf('raised-concerns')]: 'absent',
    });
    const request = await debrief({ ask, say: quiet, today: TODAY });
    expect(request.interview).toMatchObject({
      company: 'Routewise',
      stage: 'final',
      date: '2026-03-02',
      decisionBy: '2026-03-06',
      interviewers: ['Marta', 'Dev'],
      candidates: 3,
      heardBack: { kind: 'none' },
    });
    expect(request.interview.role).toBeUndefined();
    expect(request.observations['achievements-praised']?.value).toBe('present');
    expect(request.observations['raised-concerns']?.value).toBe('absent');
    // Skipped channels leave no trace, rather than counting as "no" — except what the promised
    // date itself answers: there was a next step.
    for (const s of CATALOGUE.filter((x) => x.channel !== 'verbal' && x.id !== 'no-next-steps'))
      expect(request.observations[s.id]).toBeUndefined();
    expect(request.observations['no-next-steps']?.value).toBe('absent');
  });

  it('asks for the first name once: a kept one signs without asking again', async () => {
    const first = scriptedAsk({ 'Your first name': 'Sam', ...ONLY_WHAT_WAS_SAID });
    expect((await debrief({ ask: first.ask, say: quiet, today: TODAY })).candidateName).toBe('Sam');
    const again = scriptedAsk({ ...ONLY_WHAT_WAS_SAID });
    const request = await debrief({ ask: again.ask, say: quiet, today: TODAY, knownName: 'Sam' });
    expect(request.candidateName).toBe('Sam');
    expect(again.asked.some((q) => q.includes('first name'))).toBe(false);
  });

  it("offers the notes' signs and dates first, and does not ask about them twice", async () => {
    const analysis: Analysis = {
      kind: 'notes',
      signs: [
        {
          id: 'culture-discussion',
          confidence: 0.9,
          evidence: [{ quote: 'we talked a lot about how they work', start: 0, end: 35 }],
        },
      ],
      promisedDates: [{ evidence: { quote: 'by Friday', start: 40, end: 49 }, date: '2026-03-06' }],
      warnings: [],
    };
    const lines: string[] = [];
    const { ask, asked } = scriptedAsk({ 'Your notes mention a date': '2026-03-06', 'Which stage': 'first' });
    const request = await debrief({
      ask,
      say: (l) => lines.push(l),
      today: TODAY,
      analyzeNotes: async () => analysis,
    });
    expect(request.interview.decisionBy).toBe('2026-03-06');
    expect(request.observations['culture-discussion']).toMatchObject({
      value: 'present',
      source: 'analyzer',
      evidence: 'we talked a lot about how they work',
    });
    expect(lines.some((l) => l.includes('we talked a lot about how they work'))).toBe(true);
    expect(asked.filter((q) => q === questionOf('culture-discussion'))).toHaveLength(1);
  });

  it('offers the day the notes give for the interview as the default, quoting them', async () => {
    let readAgainst: IsoDate | undefined;
    const analysis: Analysis = { kind: 'notes', signs: [], promisedDates: [], warnings: [] };
    // Enter on every question: the interview date defaults to what the notes say
    const { ask, asked } = scriptedAsk({});
    const request = await debrief({
      ask,
      say: quiet,
      today: TODAY,
      notedInterviewDate: { date: '2026-03-02' as IsoDate, quote: 'interview Monday' },
      analyzeNotes: async (date) => {
        readAgainst = date;
        return analysis;
      },
    });
    expect(request.interview.date).toBe('2026-03-02');
    // "by Friday" is then read against that day
    expect(readAgainst).toBe('2026-03-02');
    expect(asked.find((q) => q.startsWith('When was it?'))).toContain('"interview Monday"');
  });

  it('offers the round and format the notes give as defaults, quoting them', async () => {
    const notedRound = {
      stage: { stage: 'final' as const, quote: 'final round' },
      format: { format: 'onsite' as const, quote: 'onsite' },
    };
    const { ask, asked } = scriptedAsk({});
    const request = await debrief({ ask, say: quiet, today: TODAY, notedRound });
    expect(request.interview).toMatchObject({ stage: 'final', format: 'onsite' });
    expect(asked).toContain('Which stage was it? Your notes say "final round"');
    expect(asked).toContain('How was it held? Your notes say "onsite"');

    const changed = await debrief({
      ask: scriptedAsk({ 'Which stage': 'later', 'How was it held': 'skip' }).ask,
      say: quiet,
      today: TODAY,
      notedRound,
    });
    expect(changed.interview.stage).toBe('later');
    expect(changed.interview.format).toBeUndefined();
  });

  it('offers the employer and job the notes name as the first answers, which the person may change', async () => {
    const notedJob = { company: 'Harbour Logistics', role: 'ops planner' };
    const request = await debrief({ ask: scriptedAsk({}).ask, say: quiet, today: TODAY, notedJob });
    expect(request.interview).toMatchObject({ company: 'Harbour Logistics', role: 'ops planner' });
    const changed = await debrief({
      ask: scriptedAsk({ 'Which company': 'Harbour Freight' }).ask,
      say: quiet,
      today: TODAY,
      notedJob,
    });
    expect(changed.interview).toMatchObject({ company: 'Harbour Freight', role: 'ops planner' });
    const none = await debrief({ ask: scriptedAsk({}).ask, say: quiet, today: TODAY });
    expect(none.interview.company).toBeUndefined();
  });

  it('offers the people the notes name as who interviewed, which the person may change', async () => {
    const notedJob = { interviewers: ['Mark', 'Claire'] };
    const request = await debrief({ ask: scriptedAsk({}).ask, say: quiet, today: TODAY, notedJob });
    expect(request.interview.interviewers).toEqual(['Mark', 'Claire']);
    const changed = await debrief({
      ask: scriptedAsk({ 'Who interviewed you': 'Mark Ellis' }).ask,
      say: quiet,
      today: TODAY,
      notedJob,
    });
    expect(changed.interview.interviewers).toEqual(['Mark Ellis']);
  });

  it('asks the stage plainly when the notes give none', async () => {
    const { ask, asked } = scriptedAsk({});
    const request = await debrief({ ask, say: quiet, today: TODAY });
    expect(request.interview.stage).toBe('first');
    expect(asked).toContain('Which stage was it?');
  });

  it('lets the person change the day the notes give', async () => {
    const { ask } = scriptedAsk({ 'When was it': 'yesterday' });
    const request = await debrief({
      ask,
      say: quiet,
      today: TODAY,
      notedInterviewDate: { date: '2026-03-02' as IsoDate, quote: 'interview Monday' },
    });
    expect(request.interview.date).toBe('2026-03-03');
  });

  it('offers the answer the notes already tell as the default reply, quoting it', async () => {
    const analysis: Analysis = {
      kind: 'notes',
      signs: [],
      promisedDates: [],
      warnings: [],
      reportedOutcome: {
        outcome: 'offer',
        evidence: { quote: 'they offered me the job', start: 10, end: 33 },
      },
    };
    // Enter on every question: the reply defaults to what the notes say
    const { ask, asked } = scriptedAsk({ 'When was it': 'monday', 'When did you hear': 'yesterday' });
    const request = await debrief({ ask, say: quiet, today: TODAY, analyzeNotes: async () => analysis });
    expect(request.interview.heardBack).toEqual({ kind: 'outcome', outcome: 'offer', on: '2026-03-03' });
    expect(asked.some((q) => q.includes('Your notes say: "they offered me the job"'))).toBe(true);
  });

  it('offers a check-in answered "still deciding" as the holding reply, on the day the notes give', async () => {
    const notedFollowUps = {
      checkIn: {
        on: '2026-03-03' as IsoDate,
        quote: 'called HR Tuesday, they said still deciding',
        holding: true,
      },
    };
    const { ask, asked } = scriptedAsk({ 'When was it': 'last friday' });
    const request = await debrief({ ask, say: quiet, today: TODAY, notedFollowUps });
    expect(request.interview.heardBack).toEqual({ kind: 'update', on: '2026-03-03' });
    expect(
      asked.some((q) => q.includes('Your notes say: "called HR Tuesday, they said still deciding"')),
    ).toBe(true);
    // the wait starts again from the holding reply, so its check-in is still to come: not asked as done
    expect(asked.some((q) => q.startsWith('Checked in'))).toBe(false);
    expect(request.sent).toBeUndefined();
  });

  it('offers the check-in and thank-you the notes tell as done, and marks them so in the next steps', async () => {
    const notedFollowUps = {
      checkIn: {
        on: '2026-03-03' as IsoDate,
        quote: 'emailed the recruiter yesterday, nothing yet',
        holding: false,
      },
      thankYou: { on: '2026-02-23' as IsoDate, quote: 'Sent a thank you email that evening' },
    };
    const { ask, asked } = scriptedAsk({ 'When was it': '2026-02-23' });
    const request = await debrief({ ask, say: quiet, today: TODAY, notedFollowUps });
    expect(request.interview.heardBack).toEqual({ kind: 'none' });
    expect(request.sent).toEqual(['thank-you', 'check-in']);
    expect(asked).toContain(
      'Sent a thank-you note? Your notes say "Sent a thank you email that evening" (Mon 23 Feb 2026)',
    );
    const { sent = [], ...req } = request;
    const result = assess(req, TODAY);
    const done = firstStepsOf(result.nextSteps, sent);
    const report = renderReport(result, styleFor(false), false, req.observations, undefined, undefined, done);
    expect(report).toContain('Check in if you have not heard: done');
    expect(report).not.toContain('Send a thank-you note  ');
  });

  it('keeps the day of a check-in confirmed as done, and counts the last check-in and the close from it', async () => {
    // interview Monday 16 Feb: the check-in was due Tuesday 24 Feb, and went a week late
    const notedFollowUps = {
      checkIn: { on: '2026-03-03' as IsoDate, quote: 'emailed the recruiter yesterday', holding: false },
    };
    const { ask } = scriptedAsk({ 'When was it': '2026-02-16' });
    const request = await debrief({ ask, say: quiet, today: TODAY, notedFollowUps });
    expect(request.interview.checkedInOn).toBe('2026-03-03');
    const { sent = [], ...req } = request;
    const result = assess(req, TODAY);
    const due = (kind: string) => result.nextSteps.find((s) => s.kind === kind)?.due;
    expect(due('check-in')).toBe('2026-03-03');
    expect(due('second-check-in')).toBe('2026-03-10');
    expect(due('close')).toBe('2026-03-17');
    const report = renderReport(
      result,
      styleFor(false),
      false,
      req.observations,
      undefined,
      undefined,
      firstStepsOf(result.nextSteps, sent),
    );
    expect(report).toContain('Check in if you have not heard: done');
    // the follow-up window marks it done on its day
    expect(report).toMatch(/Tue 3 Mar 2026 +you checked in/);
    expect(report).not.toContain('check in if you have heard nothing');
  });

  it('takes today for a confirmed check-in the notes give no day for', async () => {
    const notedFollowUps = { checkIn: { quote: 'chased them, nothing yet', holding: false } };
    const { ask } = scriptedAsk({ 'When was it': '2026-02-16' });
    const request = await debrief({ ask, say: quiet, today: TODAY, notedFollowUps });
    expect(request.interview.checkedInOn).toBe(TODAY);
  });

  it('keeps a step the person says is not done, and asks nothing when the notes tell none', async () => {
    const notedFollowUps = { checkIn: { quote: 'chased them last week', holding: false } };
    const no = await debrief({
      ask: scriptedAsk({ 'When was it': 'last monday', 'Checked in': false }).ask,
      say: quiet,
      today: TODAY,
      notedFollowUps,
    });
    expect(no.sent).toBeUndefined();
    expect(no.interview.checkedInOn).toBeUndefined();
    const { ask, asked } = scriptedAsk({});
    await debrief({ ask, say: quiet, today: TODAY });
    expect(asked.some((q) => q.startsWith('Checked in') || q.startsWith('Sent a thank-you'))).toBe(false);
  });

  it('does not offer a holding reply dated before the interview', async () => {
    const notedFollowUps = {
      checkIn: { on: '2026-02-27' as IsoDate, quote: 'rang HR Friday, still deciding', holding: true },
    };
    const { ask, asked } = scriptedAsk({ 'When was it': 'monday' });
    const request = await debrief({ ask, say: quiet, today: TODAY, notedFollowUps });
    expect(request.interview.heardBack).toEqual({ kind: 'none' });
    expect(asked).toContain('Have you heard back yet?');
  });

  it('does not offer a check-in dated before the interview', async () => {
    const notedFollowUps = {
      checkIn: { on: '2026-02-27' as IsoDate, quote: 'rang HR Friday', holding: false },
    };
    const { ask, asked } = scriptedAsk({ 'When was it': 'monday' });
    const request = await debrief({ ask, say: quiet, today: TODAY, notedFollowUps });
    expect(asked.some((q) => q.startsWith('Checked in'))).toBe(false);
    expect(request.sent).toBeUndefined();
  });

  it('explains in the report why a "Not sure" answer still moved the estimate', async () => {
    const { ask } = scriptedAsk({
      'Which stage': 'first',
      'When was it': 'monday',
      ...ONLY_WHAT_WAS_SAID,
      [questionOf('achievements-praised')]: 'unsure',
      [questionOf('raised-concerns')]: 'absent',
    });
    const request = await debrief({ ask, say: quiet, today: TODAY });
    const result = assess(request, TODAY);
    expect(result.factors.find((f) => f.id === 'achievements-praised')?.contribution).toBeGreaterThan(0);
    const report = renderReport(result, styleFor(false), false, request.observations);
    expect(report).toContain(UNSURE_FOOTNOTE);
    // the same answers made firm: nothing is marked
    const firm = Object.fromEntries(
      Object.entries(request.observations).map(([id, o]) => [
        id,
        o.value === 'unsure' ? { ...o, value: 'present' } : o,
      ]),
    ) as Observations;
    const firmReport = renderReport(
      assess({ ...request, observations: firm }, TODAY),
      styleFor(false),
      false,
      firm,
    );
    expect(firmReport).not.toContain(UNSURE_FOOTNOTE);
  });

  it('takes a plain Enter on a sign as a skip, and keeps an explicit "Not sure"', async () => {
    const { ask } = scriptedAsk({
      'Which stage': 'first',
      'When was it': 'monday',
      ...ONLY_WHAT_WAS_SAID,
      [questionOf('achievements-praised')]: 'unsure',
    });
    const request = await debrief({ ask, say: quiet, today: TODAY });
    expect(request.observations['achievements-praised']).toEqual({ value: 'unsure', source: 'user' });
    // every other verbal sign got Enter alone: unanswered, so no weight at all
    const verbal = CATALOGUE.filter(
      (s) => s.channel === 'verbal' && s.id !== 'achievements-praised' && s.id !== 'no-next-steps',
    );
    expect(verbal.length).toBeGreaterThan(5);
    for (const s of verbal) expect(request.observations[s.id], s.id).toBeUndefined();
    const result = assess(request, TODAY);
    expect(result.factors.filter((f) => f.contribution !== 0).map((f) => f.id)).toEqual([
      'achievements-praised',
    ]);
  });

  it('records a reply heard since the interview', async () => {
    const { ask } = scriptedAsk({
      'When was it': 'monday',
      'heard back': 'rejected',
      'When did you hear': 'yesterday',
    });
    const request = await debrief({ ask, say: quiet, today: TODAY });
    expect(request.interview.heardBack).toEqual({ kind: 'outcome', outcome: 'rejected', on: '2026-03-03' });
  });
});

describe('questions the dates already answer', () => {
  it('does not ask about next steps after a promised date, nor about the silence', async () => {
    const { ask, asked } = scriptedAsk({
      'When was it': 'monday',
      'when they would decide': 'friday',
      Afterwards: true,
    });
    const request = await debrief({ ask, say: quiet, today: TODAY });
    expect(asked).not.toContain(questionOf('no-next-steps'));
    expect(asked).not.toContain(questionOf('no-follow-up'));
    expect(request.observations['no-next-steps']).toEqual({ value: 'absent', source: 'user' });
  });

  it('still asks about next steps when no date was promised', async () => {
    const { ask, asked } = scriptedAsk({ 'When was it': 'monday', Afterwards: true });
    await debrief({ ask, say: quiet, today: TODAY });
    expect(asked).toContain(questionOf('no-next-steps'));
    expect(asked).not.toContain(questionOf('no-follow-up'));
  });
});

describe('the decision date question', () => {
  it('refuses a date before the interview, as the web form and the API do', async () => {
    let validate: ((v: string) => true | string) | undefined;
    const ask: Ask = {
      async text(_message, options = {}) {
        validate = options.validate;
        return '';
      },
      async choose<T>(_m: string, choices: readonly Choice<T>[]) {
        return choices[0]!.value;
      },
    };
    expect(await askDecisionDate(ask, '2026-03-02' as IsoDate, [])).toBeUndefined();
    expect(validate?.('2026-02-20')).toBe('That is before the interview.');
    expect(validate?.('2026-03-02')).toBe(true);
    expect(validate?.('friday')).toBe(true);
    expect(validate?.('')).toBe(true);
  });
});

describe('askToSave', () => {
  const request = () => ({ interview: { stage: 'first' as const, date: TODAY }, observations: {} });

  it('saves by default, asking for a label when there is no company or role', async () => {
    const r = request();
    const { ask, asked } = scriptedAsk({ 'A name to find it by': 'Acme' });
    expect(await askToSave(ask, r, quiet)).toBe(true);
    expect(asked[0]).toBe('Save this interview to your record?');
    expect(r.interview).toMatchObject({ company: 'Acme' });
  });

  it('does not ask for a label when the company is known', async () => {
    const r = { ...request(), interview: { ...request().interview, company: 'Routewise' } };
    const { ask, asked } = scriptedAsk({});
    expect(await askToSave(ask, r, quiet)).toBe(true);
    expect(asked).toEqual(['Save this interview to your record?']);
  });

  it('answers no', async () => {
    const { ask, asked } = scriptedAsk({ 'Save this interview': false });
    expect(await askToSave(ask, request(), quiet)).toBe(false);
    expect(asked).toHaveLength(1);
  });

  it('after saving, points to `debrief outcome` only while the answer is still to come', () => {
    expect(savedHint('1a2b3c4d', request())).toContain('debrief outcome 1a2b3c4d');
    const heard = { kind: 'outcome' as const, outcome: 'offer' as const, on: TODAY };
    const told = savedHint('1a2b3c4d', {
      ...request(),
      interview: { ...request().interview, heardBack: heard },
    });
    expect(told).not.toContain('debrief outcome');
    expect(told).toContain('recorded as its outcome');
  });
});
