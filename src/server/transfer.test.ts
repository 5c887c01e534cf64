import { describe, expect, it } from 'vitest';
import { createInterview, useTestApp } from './app.case.js';

type Bundle = {
  format: string;
  version: number;
  exportedAt: string;
  interviews: { interview: { id: string } }[];
};
type ErrorBody = { error: { code: string; fields?: { path: string }[] } };

const t = useTestApp();

async function seed(): Promise<string[]> {
  const a = await createInterview(t.app);
  const b = await createInterview(t.app, {
    stage: 'final',
    date: '2026-11-18',
    company: 'Globex, "West"',
    role: 'Lead',
  });
  await t.app.inject({
    method: 'PUT',
    url: `/api/interviews/${a}/observations`,
    payload: {
      observations: {
        'interviewer-smiling': 'present',
        'raised-concerns': { value: 'present', evidence: 'asked about gaps' },
      },
    },
  });
  await t.app.inject({
    method: 'POST',
    url: `/api/interviews/${b}/outcome`,
    payload: { outcome: 'rejected', on: '2026-11-24' },
  });
  return [a, b];
}

const exportOf = async () => (await t.app.inject({ url: '/api/export' })).json() as Bundle;

describe('export and import', () => {
  it('exports everything as an attachment', async () => {
    const ids = await seed();
    const res = await t.app.inject({ url: '/api/export' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="debrief-export-2026-11-25\.json"$/,
    );
    const bundle = res.json() as Bundle;
    expect(bundle).toMatchObject({ format: 'debrief-export', version: 1 });
    expect(bundle.interviews.map((i) => i.interview.id).sort()).toEqual([...ids].sort());
  });

  it('round-trips through a replace import unchanged', async () => {
    await seed();
    const first = await exportOf();
    // Something to be replaced away.
    await createInterview(t.app, { stage: 'screen', date: '2026-11-01' });
    const res = await t.app.inject({ method: 'POST', url: '/api/import?mode=replace', payload: first });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ imported: 2, mode: 'replace', skipped: [] });
    expect(await exportOf()).toEqual(first);
  });

  it('refuses an invalid bundle, naming the field and importing nothing', async () => {
    await seed();
    const before = await exportOf();
    const bad = structuredClone(before) as unknown as {
      interviews: { interview: { record: { date: string } } }[];
    };
    const second = bad.interviews[1];
    if (!second) throw new Error('seed made two interviews');
    second.interview.record.date = '2026-02-30';
    const res = await t.app.inject({ method: 'POST', url: '/api/import?mode=replace', payload: bad });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).error.fields?.map((f) => f.path)).toContain(
      'interviews[1].interview.record.date',
    );
    expect(await exportOf()).toEqual(before);
  });

  it('imports an export from a newer version, keeping record fields it does not know', async () => {
    await seed();
    const bundle = (await exportOf()) as unknown as {
      interviews: { interview: { record: Record<string, unknown> } }[];
    };
    const first = bundle.interviews[0];
    if (!first) throw new Error('seed made two interviews');
    first.interview.record.salaryBand = 'B2';
    const res = await t.app.inject({ method: 'POST', url: '/api/import?mode=replace', payload: bundle });
    expect(res.statusCode).toBe(200);
    const again = (await exportOf()) as unknown as typeof bundle;
    expect(again.interviews[0]?.interview.record.salaryBand).toBe('B2');
  });

  it('leaves out a row dated in the future, says which and why, and imports the rest', async () => {
    const [a, b] = await seed();
    const bundle = await exportOf();
    const row = bundle.interviews.findIndex((e) => e.interview.id === b);
    const entry = bundle.interviews[row] as unknown as { interview: { outcome: { on: string } } };
    entry.interview.outcome.on = '2026-12-24';
    const res = await t.app.inject({ method: 'POST', url: '/api/import?mode=replace', payload: bundle });
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      imported: number;
      skipped: { row: number; id: string; fields: { path: string }[] }[];
      ids: string[];
    };
    expect(body.imported).toBe(1);
    expect(body.ids).toEqual([a]);
    expect(body.skipped).toEqual([
      { row, id: b, fields: [expect.objectContaining({ path: `interviews[${row}].interview.outcome.on` })] },
    ]);
    expect((await exportOf()).interviews.map((e) => e.interview.id)).toEqual([a]);
  });

  it.each([
    ['/api/import', { format: 'something-else', version: 1, exportedAt: 'x', interviews: [] }, 'format'],
    [
      '/api/import?mode=overwrite',
      { format: 'debrief-export', version: 1, exportedAt: 'x', interviews: [] },
      'mode',
    ],
  ])('refuses %s with a bad %s', async (url, payload, field) => {
    const res = await t.app.inject({ method: 'POST', url, payload });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).error.fields?.map((f) => f.path)).toContain(field);
  });

  it('merges by default, keeping what is there', async () => {
    const [a] = await seed();
    const bundle = await exportOf();
    await t.app.inject({ method: 'DELETE', url: `/api/interviews/${a}` });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/import',
      payload: { ...bundle, interviews: bundle.interviews.filter((i) => i.interview.id === a) },
    });
    expect(res.statusCode).toBe(200);
    expect((await exportOf()).interviews).toHaveLength(2);
  });
});

describe('export.csv', () => {
  it('lists interviews as CSV with quoting', async () => {
    await seed();
    const res = await t.app.inject({ url: '/api/export.csv' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('attachment; filename="debrief-interviews-');
    const lines = res.body.trim().split(/\r?\n/);
    expect(lines[0]).toContain('company');
    expect(lines).toHaveLength(3);
    expect(res.body).toContain('"Globex, ""West"""');
  });
});
