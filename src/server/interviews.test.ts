import { describe, expect, it } from 'vitest';
import { createInterview, sampleRecord, useTestApp } from './app.case.js';

type Item = {
  id: string;
  record: { stage: string; company?: string };
  outcome: { outcome: string } | null;
  estimate: { probability: number; band: string };
  signsAnswered: number;
  phase: string;
};
type ErrorBody = { error: { code: string; message: string; fields?: { path: string; message: string }[] } };

const t = useTestApp();

describe('health and unknown routes', () => {
  it('answers the health check', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
  });

  it('gives a JSON 404 for an unknown /api route', async () => {
    const res = await t.app.inject({ url: '/api/nope?x=1' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/json');
    expect((res.json() as ErrorBody).error).toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('/api/nope'),
    });
  });

  it('says so when the web pages are not built', async () => {
    const res = await t.app.inject({ url: '/dashboard' });
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('npm run build');
  });
});

describe('how far the debrief has got', () => {
  it('counts the signs answered present or absent, not the unsure ones', async () => {
    const id = await createInterview(t.app);
    const item = async () => (await t.app.inject({ url: `/api/interviews/${id}` })).json() as Item;
    expect((await item()).signsAnswered).toBe(0);
    await t.app.inject({
      method: 'PUT',
      url: `/api/interviews/${id}/observations`,
      payload: {
        observations: {
          'interviewer-smiling': 'present',
          'raised-concerns': 'absent',
          'culture-discussion': 'unsure',
        },
      },
    });
    expect((await item()).signsAnswered).toBe(2);
    const listed = (await t.app.inject({ url: '/api/interviews' })).json() as { interviews: Item[] };
    expect(listed.interviews.find((i) => i.id === id)?.signsAnswered).toBe(2);
  });
});

describe('interviews CRUD', () => {
  it('creates, reads, lists, replaces and deletes', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/interviews', payload: sampleRecord });
    expect(created.statusCode).toBe(201);
    const item = created.json() as Item;
    expect(item.record).toMatchObject(sampleRecord);
    expect(item.estimate.probability).toBeGreaterThan(0);
    expect(item.estimate.probability).toBeLessThan(1);
    expect(item.outcome).toBeNull();

    const got = await t.app.inject({ url: `/api/interviews/${item.id}` });
    expect(got.statusCode).toBe(200);
    expect((got.json() as Item).record.company).toBe('Acme Tools');

    const replaced = await t.app.inject({
      method: 'PUT',
      url: `/api/interviews/${item.id}`,
      payload: { stage: 'final', date: '2026-11-21' },
    });
    expect(replaced.statusCode).toBe(200);
    // PUT replaces: the company is gone, not merged.
    expect((replaced.json() as Item).record).toEqual({ stage: 'final', date: '2026-11-21' });

    const list = (await t.app.inject({ url: '/api/interviews' })).json() as { interviews: Item[] };
    expect(list.interviews.map((i) => i.id)).toEqual([item.id]);

    const deleted = await t.app.inject({ method: 'DELETE', url: `/api/interviews/${item.id}` });
    expect(deleted.statusCode).toBe(204);
    expect((await t.app.inject({ url: `/api/interviews/${item.id}` })).statusCode).toBe(404);
  });

  it('filters by stage, status and search text', async () => {
    const a = await createInterview(t.app, { stage: 'first', date: '2026-11-20', company: 'Acme Tools' });
    const b = await createInterview(t.app, { stage: 'final', date: '2026-11-18', company: 'Globex' });
    await t.app.inject({
      method: 'POST',
      url: `/api/interviews/${b}/outcome`,
      payload: { outcome: 'offer', on: '2026-11-24' },
    });
    const ids = async (query: string) =>
      (
        (await t.app.inject({ url: `/api/interviews${query}` })).json() as { interviews: Item[] }
      ).interviews.map((i) => i.id);
    expect(await ids('?stage=final')).toEqual([b]);
    expect(await ids('?status=open')).toEqual([a]);
    expect(await ids('?status=closed')).toEqual([b]);
    expect(await ids('?q=globex')).toEqual([b]);
  });

  it.each([
    ['a bad date', { stage: 'first', date: '2026-13-01' }, 'date'],
    ['an impossible date', { stage: 'first', date: '2026-02-30' }, 'date'],
    ['a missing stage', { date: '2026-11-20' }, 'stage'],
    ['a wrong type', { stage: 'first', date: '2026-11-20', candidates: 'three' }, 'candidates'],
    ['an unknown field', { stage: 'first', date: '2026-11-20', compnay: 'x' }, 'compnay'],
    ['an interview after tomorrow', { stage: 'first', date: '2026-11-27' }, 'date'],
    [
      'a decision date before the interview',
      { stage: 'first', date: '2026-11-20', decisionBy: '2026-11-01' },
      'decisionBy',
    ],
    [
      'a reply after tomorrow',
      { stage: 'first', date: '2026-11-20', heardBack: { kind: 'update', on: '2026-12-01' } },
      'heardBack.on',
    ],
  ])('refuses %s with a 400 naming the field', async (_label, payload, field) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/interviews', payload });
    expect(res.statusCode).toBe(400);
    const body = res.json() as ErrorBody;
    expect(body.error.code).toBe('invalid-request');
    expect(body.error.fields?.map((f) => f.path)).toContain(field);
    expect(res.body).not.toMatch(/at .*\.js:\d+/);
    const list = (await t.app.inject({ url: '/api/interviews' })).json() as { interviews: Item[] };
    expect(list.interviews).toHaveLength(0);
  });

  it('refuses an invalid date on PUT, leaving the record as it was', async () => {
    const id = await createInterview(t.app);
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/interviews/${id}`,
      payload: { stage: 'first', date: '20-11-2026' },
    });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).error.fields?.[0]?.path).toBe('date');
    expect(((await t.app.inject({ url: `/api/interviews/${id}` })).json() as Item).record).toMatchObject(
      sampleRecord,
    );
  });

  it('says the limit, and how long the text was, for a company name over 200 characters', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/interviews',
      payload: { stage: 'first', date: '2026-11-20', company: 'A'.repeat(230) },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json() as ErrorBody;
    expect(body.error.fields).toEqual([
      { path: 'company', message: 'is too long: 230 characters, and 200 is the most Debrief keeps' },
    ]);
    expect(body.error.message).toContain('200 is the most');
  });

  it('accepts an interview dated tomorrow (a user a time zone ahead), and refuses one later on PUT', async () => {
    const id = await createInterview(t.app, { stage: 'first', date: '2026-11-26' });
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/interviews/${id}`,
      payload: { stage: 'first', date: '2026-11-30' },
    });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).error.message).toContain('date: is in the future');
  });

  // a body as sent, not serialised for us, so it can be broken JSON
  const postRaw = (payload: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/interviews',
      headers: { 'content-type': 'application/json' },
      payload,
    });

  it('refuses a body that is not JSON', async () => {
    const res = await postRaw('{"stage": ');
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).error.code).toBe('invalid-json');
  });

  it.each([
    ['{"stage": ', 'at line 1, column 10, it ends too early'],
    [
      '{\n  "stage": "first",\n  "date": "2026-03-02",\n}',
      'at line 4, column 1, a comma comes right before the closing bracket',
    ],
    ['{"stage": first}', 'at line 1, column 11, it cannot continue with "first}" here'],
  ])('names the place and the slip when the body %j is not JSON, as the CLI does', async (payload, place) => {
    const res = await postRaw(payload);
    expect(res.statusCode).toBe(400);
    const { error } = res.json() as ErrorBody;
    expect(error).toMatchObject({ code: 'invalid-json' });
    expect(error.message).toMatch(/^The request body is not valid JSON: at line /);
    expect(error.message).toContain(place);
    expect(error.message).toMatch(/Please fix it there and send it again\.$/);
  });

  it('still refuses a __proto__ key, with the plain message', async () => {
    const res = await postRaw('{"__proto__": {"stage": "first"}}');
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).error).toEqual({
      code: 'invalid-json',
      message: 'The request body is not valid JSON.',
    });
  });

  it.each([
    ['POST', '/api/interviews'],
    ['POST', '/api/assess'],
    ['POST', '/api/analyze'],
    ['POST', '/api/import?mode=merge'],
  ] as const)('answers plain text on a JSON route (%s %s) with one clear 415', async (method, url) => {
    const res = await t.app.inject({
      method,
      url,
      headers: { 'content-type': 'text/plain' },
      payload: '{"stage": "first", "date": "2026-03-02"}',
    });
    expect(res.statusCode).toBe(415);
    const body = res.json() as ErrorBody & { error: { message: string } };
    expect(body.error.code).toBe('unsupported-media-type');
    expect(body.error.message).toMatch(/application\/json/);
    expect(body.error.fields).toBeUndefined();
  });

  it.each([
    ['GET', ''],
    ['PUT', ''],
    ['DELETE', ''],
    ['GET', '/observations'],
    ['GET', '/assessment'],
    ['GET', '/calendar.ics'],
    ['GET', '/documents'],
    ['DELETE', '/outcome'],
  ] as const)('answers 404 for %s on an unknown id%s', async (method, suffix) => {
    const payload = method === 'PUT' ? sampleRecord : undefined;
    const res = await t.app.inject({
      method,
      url: `/api/interviews/00000000-0000-4000-8000-000000000000${suffix}`,
      payload,
    });
    expect(res.statusCode).toBe(404);
    expect((res.json() as ErrorBody).error.code).toBe('not-found');
  });
});

describe('outcome', () => {
  it('shows on the dashboard list, and clears', async () => {
    const id = await createInterview(t.app);
    const set = await t.app.inject({
      method: 'POST',
      url: `/api/interviews/${id}/outcome`,
      payload: { outcome: 'next-round', on: '2026-11-24', note: 'Second round on Monday' },
    });
    expect(set.statusCode).toBe(200);
    const listed = ((await t.app.inject({ url: '/api/interviews' })).json() as { interviews: Item[] })
      .interviews[0];
    expect(listed?.outcome).toMatchObject({
      outcome: 'next-round',
      on: '2026-11-24',
      note: 'Second round on Monday',
    });
    expect(listed?.phase).toBe('heard-back');

    const cleared = await t.app.inject({ method: 'DELETE', url: `/api/interviews/${id}/outcome` });
    expect((cleared.json() as Item).outcome).toBeNull();
    expect((cleared.json() as Item).phase).not.toBe('heard-back');
  });

  it.each([
    ['after tomorrow', '2026-11-27', 'in the future'],
    ['before the interview', '2026-11-19', 'before the interview'],
  ])('refuses an outcome dated %s, naming the field', async (_name, on, words) => {
    const id = await createInterview(t.app);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/interviews/${id}/outcome`,
      payload: { outcome: 'offer', on },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json() as ErrorBody;
    expect(body.error.fields?.[0]).toMatchObject({ path: 'on' });
    expect(body.error.message).toContain(words);
  });

  it('says the limit for an outcome note that is too long', async () => {
    const id = await createInterview(t.app);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/interviews/${id}/outcome`,
      payload: { outcome: 'offer', on: '2026-11-24', note: 'n'.repeat(2100) },
    });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).error.fields?.[0]).toEqual({
      path: 'note',
      message: 'is too long: 2100 characters, and 2000 is the most Debrief keeps',
    });
  });

  it('refuses an unknown outcome or a bad date', async () => {
    const id = await createInterview(t.app);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/interviews/${id}/outcome`,
      payload: { outcome: 'maybe', on: '2026-11-31' },
    });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).error.fields?.map((f) => f.path).sort()).toEqual(['on', 'outcome']);
  });
});
