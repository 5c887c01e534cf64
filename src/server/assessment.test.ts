import { describe, expect, it } from 'vitest';
import { createInterview, localNoon, useTestApp } from './app.case.js';

type ErrorBody = { error: { code: string; fields?: { path: string; message: string }[] } };
type Assessment = {
  estimate: { probability: number; band: string; range: [number, number] };
  plan: {
    steps: { kind: string; due: string; title: string; draft?: { subject: string; body: string } }[];
    window: object;
  };
  history: { probability: number; band: string }[];
};

const t = useTestApp();

const assessmentOf = async (id: string) =>
  (await t.app.inject({ url: `/api/interviews/${id}/assessment` })).json() as Assessment;

describe('observations', () => {
  it('replaces all observations and reads them back', async () => {
    const id = await createInterview(t.app);
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/interviews/${id}/observations`,
      payload: {
        observations: {
          'interviewer-smiling': 'present',
          'raised-concerns': { value: 'absent', strength: 3, evidence: 'they had no worries' },
          'salary-discussed': {
            value: 'present',
            source: 'analyzer',
            evidence: { quote: 'the band is', start: 4, end: 15 },
          },
        },
      },
    });
    expect(put.statusCode).toBe(200);
    await t.app.inject({
      method: 'PUT',
      url: `/api/interviews/${id}/observations`,
      payload: { observations: { 'interviewer-smiling': 'unsure', 'achievements-praised': 'present' } },
    });
    const got = (await t.app.inject({ url: `/api/interviews/${id}/observations` })).json() as {
      observations: Record<string, { value: string; source: string }>;
    };
    expect(Object.keys(got.observations).sort()).toEqual(['achievements-praised', 'interviewer-smiling']);
    expect(got.observations['interviewer-smiling']).toMatchObject({ value: 'unsure', source: 'user' });
  });

  it('keeps an analyzer quote with its offsets', async () => {
    const id = await createInterview(t.app);
    const evidence = { quote: 'the band is', start: 4, end: 15 };
    await t.app.inject({
      method: 'PUT',
      url: `/api/interviews/${id}/observations`,
      payload: { observations: { 'salary-discussed': { value: 'present', source: 'analyzer', evidence } } },
    });
    const got = (await t.app.inject({ url: `/api/interviews/${id}/observations` })).json() as {
      observations: Record<string, object>;
    };
    expect(got.observations['salary-discussed']).toEqual({ value: 'present', source: 'analyzer', evidence });
  });

  it.each([
    [{ observations: { smiling: 'present' } }, 'observations.smiling'],
    [{ observations: { 'interviewer-smiling': 'yes' } }, 'observations.interviewer-smiling'],
    [
      { observations: { 'interviewer-smiling': { value: 'present', strength: 5 } } },
      'observations.interviewer-smiling.strength',
    ],
    [{}, 'observations'],
  ])('refuses %j naming %s, changing nothing', async (payload, field) => {
    const id = await createInterview(t.app);
    await t.app.inject({
      method: 'PUT',
      url: `/api/interviews/${id}/observations`,
      payload: { observations: { 'cut-short': 'present' } },
    });
    const res = await t.app.inject({ method: 'PUT', url: `/api/interviews/${id}/observations`, payload });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).error.fields?.map((f) => f.path)).toContain(field);
    const got = (await t.app.inject({ url: `/api/interviews/${id}/observations` })).json() as {
      observations: object;
    };
    expect(Object.keys(got.observations)).toEqual(['cut-short']);
  });
});

describe('assessment', () => {
  it('moves with the observations and records history only on change', async () => {
    const id = await createInterview(t.app);
    const before = await assessmentOf(id);
    expect(before.history).toHaveLength(1);
    expect(before.estimate.probability).toBe(before.history[0]?.probability);

    const good = {
      'achievements-praised': 'present',
      'future-role-talk': 'present',
      'detailed-role-info': 'present',
      'start-date-asked': 'present',
    };
    await t.app.inject({
      method: 'PUT',
      url: `/api/interviews/${id}/observations`,
      payload: { observations: good },
    });
    const after = await assessmentOf(id);
    expect(after.estimate.probability).toBeGreaterThan(before.estimate.probability);
    expect(after.history).toHaveLength(2);

    // Same observations again, and plain reads: the value did not move, so no new snapshot.
    await t.app.inject({
      method: 'PUT',
      url: `/api/interviews/${id}/observations`,
      payload: { observations: good },
    });
    await assessmentOf(id);
    expect((await assessmentOf(id)).history).toHaveLength(2);
  });

  it('treats a recorded outcome as the latest word', async () => {
    const id = await createInterview(t.app);
    await t.app.inject({
      method: 'POST',
      url: `/api/interviews/${id}/outcome`,
      payload: { outcome: 'offer', on: '2026-11-24' },
    });
    const withOutcome = await assessmentOf(id);
    expect(withOutcome.history.length).toBeGreaterThanOrEqual(1);
    const item = (await t.app.inject({ url: `/api/interviews/${id}` })).json() as { phase: string };
    expect(item.phase).toBe('heard-back');
  });

  it('returns a plan with dated steps and drafts', async () => {
    const id = await createInterview(t.app);
    const { plan } = await assessmentOf(id);
    expect(plan.steps.length).toBeGreaterThan(0);
    for (const step of plan.steps) expect(step.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(plan.window).toHaveProperty('expectedBy');
  });
});

describe('an interview entered days after it happened', () => {
  it('dates its steps from the day it was entered, on the page, the dashboard and in the calendar', async () => {
    t.setNow(localNoon(2026, 11, 28));
    // Interviewed on Mon 16 Nov, entered twelve days later: the usual check-in day (24 Nov) has gone.
    const id = await createInterview(t.app, { stage: 'first', date: '2026-11-16', company: 'Acme' });
    const { plan } = await assessmentOf(id);
    expect(plan.steps.map((s) => s.due).every((due) => due >= '2026-11-28')).toBe(true);
    expect(plan.steps.find((s) => s.kind === 'check-in')?.due).toBe('2026-11-28');
    expect(plan.window).toMatchObject({ interview: '2026-11-16', expectedBy: '2026-11-30' });
    const item = (await t.app.inject({ url: `/api/interviews/${id}` })).json() as {
      nextAction: { kind: string; due: string };
    };
    expect(item.nextAction).toMatchObject({ kind: 'check-in', due: '2026-11-28' });
    const ics = (await t.app.inject({ url: `/api/interviews/${id}/calendar.ics` })).body;
    const starts = [...ics.matchAll(/^DTSTART;VALUE=DATE:(\d{8})$/gm)].map((m) => m[1] ?? '');
    expect(starts.length).toBeGreaterThan(0);
    expect(starts.every((s) => s >= '20261128')).toBe(true);

    // Days later the dates stay put, so a step ticked off keeps its tick.
    t.setNow(localNoon(2026, 12, 2));
    const later = await assessmentOf(id);
    expect(later.plan.steps.find((s) => s.kind === 'check-in')?.due).toBe('2026-11-28');
  });
});

describe('calendar.ics', () => {
  it('is a VCALENDAR with one all-day VEVENT per dated step', async () => {
    t.setNow(localNoon(2026, 11, 20));
    const id = await createInterview(t.app);
    const { plan } = await assessmentOf(id);
    const res = await t.app.inject({ url: `/api/interviews/${id}/calendar.ics` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="debrief-acme-tools-2026-11-20\.ics"$/,
    );
    const text = res.body.replace(/\r\n[ \t]/g, '');
    expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(text.match(/^BEGIN:VEVENT$/gm)).toHaveLength(plan.steps.length);
    const starts = [...text.matchAll(/^DTSTART;VALUE=DATE:(\d{8})$/gm)].map((m) => m[1]);
    expect(starts).toEqual(plan.steps.map((s) => s.due.replaceAll('-', '')));
    const drafted = plan.steps.find((s) => s.draft);
    if (drafted?.draft) expect(text).toContain(drafted.draft.subject.replace(/([,;])/g, '\\$1'));
  });
});

describe('calendar.ics after days away', () => {
  it('holds what is still to do: a missed check-in on today, nothing in the past, nothing ticked off', async () => {
    // Recorded on the day (Mon 16 Nov), told they would decide by Fri 20 Nov; back on Thu 26 Nov.
    t.setNow(localNoon(2026, 11, 16));
    const id = await createInterview(t.app, { stage: 'first', date: '2026-11-16', decisionBy: '2026-11-20' });
    t.setNow(localNoon(2026, 11, 26));
    const ics = async () =>
      (await t.app.inject({ url: `/api/interviews/${id}/calendar.ics` })).body.replace(/\r\n[ \t]/g, '');
    const events = (text: string) =>
      [
        ...text.matchAll(
          new RegExp(
            `UID:${id}-([a-z-]+)-\\d{4}-\\d{2}-\\d{2}@debrief[\\s\\S]*?DTSTART;VALUE=DATE:(\\d{8})`,
            'g',
          ),
        ),
      ].map((m) => `${m[1]}@${m[2]}`);
    const before = await ics();
    expect(events(before)).toContain('check-in@20261126');
    expect(events(before).every((e) => e.slice(-8) >= '20261126')).toBe(true);
    expect(events(before)).not.toContain('thank-you@20261126');
    expect(before).toContain('Planned for Tuesday 24 November and still to do.');

    const { plan } = await assessmentOf(id);
    const checkIn = plan.steps.find((s) => s.kind === 'check-in')!;
    await t.app.inject({
      method: 'PUT',
      url: `/api/interviews/${id}/reminders`,
      payload: { kind: 'check-in', due: checkIn.due, done: true },
    });
    expect(events(await ics()).some((e) => e.startsWith('check-in@'))).toBe(false);
  });
});

describe('calendar.ics for a closed interview', () => {
  it('is a valid calendar with no events once the answer is in: nothing is left to be reminded of', async () => {
    t.setNow(localNoon(2026, 11, 20));
    const id = await createInterview(t.app);
    const events = async () => {
      const res = await t.app.inject({ url: `/api/interviews/${id}/calendar.ics` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/calendar');
      expect(res.body.startsWith('BEGIN:VCALENDAR')).toBe(true);
      expect(res.body.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
      return res.body.match(/^BEGIN:VEVENT\r?$/gm)?.length ?? 0;
    };
    expect(await events()).toBeGreaterThan(0);
    for (const outcome of ['rejected', 'next-round', 'offer', 'ghosted', 'withdrew']) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/interviews/${id}/outcome`,
        payload: { outcome, on: '2026-11-20' },
      });
      expect(res.statusCode).toBe(200);
      expect(await events()).toBe(0);
    }
  });
});

describe('calendar.ics made on two days', () => {
  it('gives the standing "keep applying" nudge one uid, so importing again moves it rather than adding one', async () => {
    t.setNow(localNoon(2026, 11, 20));
    const id = await createInterview(t.app);
    const uids = async () =>
      [...(await t.app.inject({ url: `/api/interviews/${id}/calendar.ics` })).body.matchAll(/^UID:(.*)$/gm)]
        .map((m) => m[1] ?? '')
        .filter((u) => u.includes('keep-applying'));
    const first = await uids();
    t.setNow(localNoon(2026, 11, 23));
    expect(first).toHaveLength(1);
    expect(await uids()).toEqual(first);
  });
});

describe('drafts signed with the first name the browser sends', () => {
  it('signs every draft with ?name=, leaves them unsigned without it, and keeps nothing on the server', async () => {
    const id = await createInterview(t.app);
    const drafts = async (query: string) => {
      const res = await t.app.inject({ url: `/api/interviews/${id}/assessment${query}` });
      expect(res.statusCode).toBe(200);
      return (res.json() as Assessment).plan.steps.flatMap((s) => (s.draft ? [s.draft.body] : []));
    };
    const signed = await drafts('?name=%20Sam%20');
    expect(signed.length).toBeGreaterThan(0);
    for (const body of signed) expect(body.endsWith('Best regards,\nSam')).toBe(true);
    for (const body of await drafts('')) expect(body).not.toContain('Sam');
    const ics = await t.app.inject({ url: `/api/interviews/${id}/calendar.ics?name=Sam` });
    expect(ics.body).toContain('Sam');
  });

  it('refuses a name that is too long, or an unknown query field, naming it', async () => {
    const id = await createInterview(t.app);
    const long = await t.app.inject({ url: `/api/interviews/${id}/assessment?name=${'a'.repeat(101)}` });
    expect(long.statusCode).toBe(400);
    expect((long.json() as ErrorBody).error.fields?.[0]?.path).toBe('name');
    const odd = await t.app.inject({ url: `/api/interviews/${id}/assessment?nmae=Sam` });
    expect((odd.json() as ErrorBody).error.fields?.[0]?.path).toBe('nmae');
  });
});
