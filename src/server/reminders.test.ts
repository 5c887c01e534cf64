import { describe, expect, it } from 'vitest';
import type { AssessmentView, RemindersView } from '../contract/responses.js';
import {
  createInterview,
  localNoon,
  makeTestApp,
  sampleRecord,
  type TestApp,
  useTestApp,
} from './app.case.js';

const t = useTestApp({ interview: true });

const assessment = async () =>
  (await t.app.inject({ url: `/api/interviews/${t.id}/assessment` })).json() as AssessmentView;
const tick = (payload: object) =>
  t.app.inject({ method: 'PUT', url: `/api/interviews/${t.id}/reminders`, payload });

describe('ticking off next steps', () => {
  it('starts with every step not done, one reminder per plan step', async () => {
    const view = await assessment();
    expect(view.plan.steps.length).toBeGreaterThan(1);
    expect(view.reminders.map((r) => `${r.kind}@${r.due}`)).toEqual(
      view.plan.steps.map((s) => `${s.kind}@${s.due}`),
    );
    expect(view.reminders.every((r) => !r.done)).toBe(true);
  });

  it('marks exactly the chosen step done, shows it in the assessment, and can undo it', async () => {
    const [first, second] = (await assessment()).plan.steps;
    const res = await tick({ kind: second!.kind, due: second!.due, done: true });
    expect(res.statusCode).toBe(200);
    const stored = (res.json() as RemindersView).reminders;
    expect(stored.filter((r) => r.done).map((r) => r.kind)).toEqual([second!.kind]);

    const view = await assessment();
    expect(view.reminders.find((r) => r.kind === second!.kind && r.due === second!.due)?.done).toBe(true);
    expect(view.reminders.find((r) => r.kind === first!.kind && r.due === first!.due)?.done).toBe(false);

    await tick({ kind: second!.kind, due: second!.due, done: false });
    expect((await assessment()).reminders.every((r) => !r.done)).toBe(true);
  });

  it('keeps a done step done when the plan is recomputed and the step is unchanged', async () => {
    const step = (await assessment()).plan.steps[0]!;
    await tick({ kind: step.kind, due: step.due, done: true });
    // Editing the record recomputes the plan; the company name moves no dates.
    const edit = await t.app.inject({
      method: 'PUT',
      url: `/api/interviews/${t.id}`,
      payload: { ...sampleRecord, company: 'Acme Tools Ltd' },
    });
    expect(edit.statusCode).toBe(200);
    const after = (await assessment()).reminders.find((r) => r.kind === step.kind && r.due === step.due);
    expect(after?.done).toBe(true);
  });

  it('finds a step that is in today’s plan but not yet stored', async () => {
    const before = await t.store.listReminders(t.id);
    await t.store.replaceReminders(t.id, []);
    const step = before[0]!;
    const res = await tick({ kind: step.kind, due: step.due, done: true });
    expect(res.statusCode).toBe(200);
    expect(
      (await t.store.listReminders(t.id)).find((r) => r.kind === step.kind && r.due === step.due)?.done,
    ).toBe(true);
  });

  it('answers 404 for a step that is not in the plan, changing nothing', async () => {
    const res = await tick({ kind: 'thank-you', due: '2030-01-01', done: true });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'not-found' } });
    expect((await t.store.listReminders(t.id)).every((r) => !r.done)).toBe(true);
  });

  it('answers 400 naming a bad field', async () => {
    const res = await tick({ kind: 'thank-you', due: 'soon', done: 'yes' });
    expect(res.statusCode).toBe(400);
    const paths = (res.json() as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['due', 'done']));
  });

  it('answers 404 for an unknown interview', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/interviews/nope/reminders',
      payload: { kind: 'thank-you', due: '2026-11-21', done: true },
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('ticking off the first check-in', () => {
  // sampleRecord: Friday 20 Nov 2026; today Wednesday 25 Nov; the check-in was planned for Monday 30 Nov
  const record = async () =>
    ((await t.app.inject({ url: `/api/interviews/${t.id}` })).json() as { record: { checkedInOn?: string } })
      .record;
  const step = (view: AssessmentView, kind: string) => view.plan.steps.find((s) => s.kind === kind);

  it('keeps the day it was sent and counts the last check-in and the close from it', async () => {
    const planned = step(await assessment(), 'check-in')!;
    expect(planned.due).toBe('2026-11-30');
    const res = await tick({ kind: 'check-in', due: planned.due, done: true, on: '2026-11-24' });
    expect(res.statusCode).toBe(200);
    expect((res.json() as RemindersView).reminders.find((r) => r.kind === 'check-in')).toMatchObject({
      due: '2026-11-24',
      done: true,
    });
    expect((await record()).checkedInOn).toBe('2026-11-24');
    const view = await assessment();
    expect(step(view, 'check-in')?.due).toBe('2026-11-24');
    expect(step(view, 'second-check-in')?.due).toBe('2026-12-01');
    expect(step(view, 'close')?.due).toBe('2026-12-08');
    expect(view.reminders.find((r) => r.kind === 'check-in')?.done).toBe(true);
    expect(view.reminders.find((r) => r.kind === 'second-check-in')?.done).toBe(false);
  });

  it('takes today when no day is given, and keeps the first day when ticked again', async () => {
    const planned = step(await assessment(), 'check-in')!;
    await tick({ kind: 'check-in', due: planned.due, done: true });
    expect((await record()).checkedInOn).toBe('2026-11-25');
    await tick({ kind: 'check-in', due: '2026-11-25', done: true, on: '2026-11-25' });
    expect((await record()).checkedInOn).toBe('2026-11-25');
  });

  it('forgets the day when ticked back on: the step returns to its planned day, not done', async () => {
    await tick({ kind: 'check-in', due: '2026-11-30', done: true, on: '2026-11-24' });
    const res = await tick({ kind: 'check-in', due: '2026-11-24', done: false });
    expect(res.statusCode).toBe(200);
    expect((await record()).checkedInOn).toBeUndefined();
    const view = await assessment();
    expect(step(view, 'check-in')?.due).toBe('2026-11-30');
    expect(view.reminders.every((r) => !r.done)).toBe(true);
  });

  it('refuses a day before the interview or after tomorrow, changing nothing', async () => {
    for (const on of ['2026-11-19', '2026-11-27']) {
      const res = await tick({ kind: 'check-in', due: '2026-11-30', done: true, on });
      expect(res.statusCode).toBe(400);
      expect((res.json() as { error: { fields: { path: string }[] } }).error.fields[0]?.path).toBe('on');
    }
    expect((await record()).checkedInOn).toBeUndefined();
  });

  it('keeps no check-in day once an answer is in: there is no check-in step left', async () => {
    await t.app.inject({
      method: 'POST',
      url: `/api/interviews/${t.id}/outcome`,
      payload: { outcome: 'rejected', on: '2026-11-24' },
    });
    const res = await tick({ kind: 'check-in', due: '2026-11-30', done: true, on: '2026-11-24' });
    expect(res.statusCode).toBe(404);
    expect((await record()).checkedInOn).toBeUndefined();
  });

  it('keeps the day through an edit that carries it', async () => {
    await tick({ kind: 'check-in', due: '2026-11-30', done: true, on: '2026-11-24' });
    const edit = await t.app.inject({
      method: 'PUT',
      url: `/api/interviews/${t.id}`,
      payload: { ...sampleRecord, company: 'Acme Tools Ltd', checkedInOn: '2026-11-24' },
    });
    expect(edit.statusCode).toBe(200);
    expect((await assessment()).reminders.find((r) => r.kind === 'check-in')).toMatchObject({
      due: '2026-11-24',
      done: true,
    });
  });
});

describe('the dashboard’s next step after days away', () => {
  const nextOf = async (app: TestApp, itemId: string) =>
    ((await app.app.inject({ url: `/api/interviews/${itemId}` })).json() as { nextAction: { kind: string } })
      .nextAction.kind;

  it('names a check-in whose day came while away, not "keep applying", until it is ticked off', async () => {
    // Recorded on the day (Mon 16 Nov), told they would decide by Fri 20 Nov; back on Thu 26 Nov.
    const away = await makeTestApp({ now: localNoon(2026, 11, 16) });
    try {
      const itemId = await createInterview(away.app, {
        ...sampleRecord,
        date: '2026-11-16',
        decisionBy: '2026-11-20',
      });
      away.setNow(localNoon(2026, 11, 26));
      expect(await nextOf(away, itemId)).toBe('check-in');
      const view = (
        await away.app.inject({ url: `/api/interviews/${itemId}/assessment` })
      ).json() as AssessmentView;
      const checkIn = view.plan.steps.find((s) => s.kind === 'check-in')!;
      expect(checkIn.due < '2026-11-26').toBe(true);
      const res = await away.app.inject({
        method: 'PUT',
        url: `/api/interviews/${itemId}/reminders`,
        payload: { kind: checkIn.kind, due: checkIn.due, done: true },
      });
      expect(res.statusCode).toBe(200);
      expect(await nextOf(away, itemId)).not.toBe('check-in');
    } finally {
      await away.close();
    }
  });

  it('does not bring back the step an old answer brought ("Prepare for the next round", weeks ago)', async () => {
    const app = await makeTestApp({ now: localNoon(2026, 11, 2) });
    try {
      const itemId = await createInterview(app.app, { ...sampleRecord, date: '2026-11-02' });
      await app.app.inject({
        method: 'POST',
        url: `/api/interviews/${itemId}/outcome`,
        payload: { outcome: 'next-round', on: '2026-11-02' },
      });
      app.setNow(localNoon(2026, 11, 26));
      expect(await nextOf(app, itemId)).toBe('keep-applying');
    } finally {
      await app.close();
    }
  });
});
