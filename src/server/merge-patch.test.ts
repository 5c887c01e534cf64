import { describe, expect, it } from 'vitest';
import { createInterview, sampleRecord, useTestApp } from './app.case.js';
import { mergePatch } from './merge-patch.js';

describe('mergePatch (RFC 7396)', () => {
  it('changes what is sent, removes what is null, keeps the rest, merges nested objects', () => {
    expect(
      mergePatch(
        { a: 1, b: 'x', c: { d: 1, e: 2 }, f: [1, 2] },
        { b: 'y', c: { e: null, g: 3 }, f: [3], h: true },
      ),
    ).toEqual({ a: 1, b: 'y', c: { d: 1, g: 3 }, f: [3], h: true });
    expect(mergePatch({ a: 1 }, { a: null })).toEqual({});
    expect(mergePatch('old', { a: 1 })).toEqual({ a: 1 });
  });
});

type Item = { record: Record<string, unknown> };
type ErrorBody = { error: { code: string; message: string } };
const t = useTestApp();

describe('PATCH /api/interviews/:id', () => {
  it('changes only the fields sent, and keeps a check-in day a PUT without it would clear', async () => {
    const id = await createInterview(t.app, { ...sampleRecord, checkedInOn: '2026-11-24' });
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/interviews/${id}`,
      headers: { 'content-type': 'application/merge-patch+json' },
      payload: JSON.stringify({ role: 'Senior Data Analyst', interviewers: null }),
    });
    expect(res.statusCode).toBe(200);
    const { record } = res.json() as Item;
    expect(record).toMatchObject({
      role: 'Senior Data Analyst',
      company: 'Acme Tools',
      date: '2026-11-20',
      checkedInOn: '2026-11-24',
    });
    expect(record.interviewers ?? []).toEqual([]);
    const read = (await t.app.inject({ url: `/api/interviews/${id}` })).json() as Item;
    expect(read.record).toMatchObject({ role: 'Senior Data Analyst', checkedInOn: '2026-11-24' });
  });

  it('checks the merged record as a PUT would', async () => {
    const id = await createInterview(t.app);
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/interviews/${id}`,
      payload: { date: '2026-02-30' },
    });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).error.message).toContain('date');
    const kept = (await t.app.inject({ url: `/api/interviews/${id}` })).json() as Item;
    expect(kept.record.date).toBe('2026-11-20');
  });

  it('asks for an object of fields, and 404s an unknown interview', async () => {
    const id = await createInterview(t.app);
    const list = await t.app.inject({ method: 'PATCH', url: `/api/interviews/${id}`, payload: [1, 2] });
    expect(list.statusCode).toBe(400);
    expect((list.json() as ErrorBody).error.message).toContain('JSON object of the fields to change');
    const missing = await t.app.inject({
      method: 'PATCH',
      url: '/api/interviews/nope',
      payload: { role: 'x' },
    });
    expect(missing.statusCode).toBe(404);
  });
});
