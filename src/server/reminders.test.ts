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
