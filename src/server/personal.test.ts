import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OLD_ROWS, seedVersion1 } from '../store/migrations/version-1.case.js';
import { openSqliteDb } from '../store/open-sqlite.js';
import { createInterview, makeTestApp, sampleRecord, type TestApp } from './app.case.js';

type Assessment = {
  estimate: { probability: number; factors: { id: string; reasoning: string }[] };
  personal: { interviews: number; bySign: Record<string, { scale: number; seen: number; passed: number }> };
};

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp();
});
afterEach(async () => {
  await t.close();
});

async function pastInterview(praised: boolean, outcome: string) {
  const id = await createInterview(t.app, { ...sampleRecord, date: '2026-10-01' });
  const observations = praised ? { 'achievements-praised': 'present' } : {};
  await t.app.inject({ method: 'PUT', url: `/api/interviews/${id}/observations`, payload: { observations } });
  await t.app.inject({
    method: 'POST',
    url: `/api/interviews/${id}/outcome`,
    payload: { outcome, on: '2026-10-10' },
  });
}

const assessment = async (id: string) =>
  (await t.app.inject({ url: `/api/interviews/${id}/assessment` })).json() as Assessment;

describe("learning from the person's own record", () => {
  it('reweighs a sign from past outcomes and says so in the factor', async () => {
    const id = await createInterview(t.app);
    await t.app.inject({
      method: 'PUT',
      url: `/api/interviews/${id}/observations`,
      payload: { observations: { 'achievements-praised': 'present' } },
    });
    const before = await assessment(id);
    expect(before.personal.interviews).toBe(0);

    for (let i = 0; i < 4; i++) await pastInterview(true, 'next-round');
    await pastInterview(false, 'rejected');
    await pastInterview(false, 'ghosted');
    await pastInterview(true, 'withdrew'); // says nothing about the signs

    const after = await assessment(id);
    expect(after.personal.interviews).toBe(6);
    expect(after.personal.bySign['achievements-praised']).toMatchObject({ seen: 4, passed: 4 });
    expect(after.estimate.probability).toBeGreaterThan(before.estimate.probability);
    const factor = after.estimate.factors.find((f) => f.id === 'achievements-praised');
    expect(factor?.reasoning).toMatch(/your own record/);
  });

  it('serves the weights alone, the same as an assessment carries, for the live estimate', async () => {
    const weights = async () => (await t.app.inject({ url: '/api/personal-weights' })).json() as unknown;
    expect(await weights()).toMatchObject({ interviews: 0 });
    await pastInterview(true, 'offer');
    await pastInterview(false, 'rejected');
    const id = await createInterview(t.app);
    expect(await weights()).toEqual((await assessment(id)).personal);
    expect(await weights()).toMatchObject({ interviews: 2 });
  });
});

describe('an answer given with the record counts as the outcome route does', () => {
  const heard = (outcome: string) => ({ kind: 'outcome', outcome, on: '2026-10-10' });

  it('is learnt from, listed as closed, and undone by DELETE like any outcome', async () => {
    const ids: string[] = [];
    for (const outcome of ['next-round', 'next-round', 'offer', 'rejected']) {
      const id = await createInterview(t.app, {
        ...sampleRecord,
        date: '2026-10-01',
        heardBack: heard(outcome),
      });
      ids.push(id);
    }
    // the same answer given later, by editing the record
    const edited = await createInterview(t.app, { ...sampleRecord, date: '2026-10-01' });
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/interviews/${edited}`,
      payload: { ...sampleRecord, date: '2026-10-01', heardBack: heard('rejected') },
    });
    expect(put.statusCode).toBe(200);
    const open = await createInterview(t.app);

    expect((await assessment(open)).personal.interviews).toBe(5);
    const item = (await t.app.inject({ url: `/api/interviews/${ids[2]}` })).json() as {
      outcome: { outcome: string; on: string } | null;
      record: { heardBack?: unknown };
    };
    expect(item.outcome).toMatchObject({ outcome: 'offer', on: '2026-10-10' });
    // one place holds the answer, so taking it back really takes it back
    expect(item.record.heardBack).toBeUndefined();
    const closed = (await t.app.inject({ url: '/api/interviews?status=closed' })).json() as {
      interviews: { id: string }[];
    };
    expect(closed.interviews.map((i) => i.id).sort()).toEqual([...ids, edited].sort());

    await t.app.inject({ method: 'DELETE', url: `/api/interviews/${ids[2]}/outcome` });
    expect((await assessment(open)).personal.interviews).toBe(4);
  });

  it('a holding reply stays on the record and is no outcome', async () => {
    const id = await createInterview(t.app, {
      ...sampleRecord,
      date: '2026-10-01',
      heardBack: { kind: 'update', on: '2026-10-05' },
    });
    const item = (await t.app.inject({ url: `/api/interviews/${id}` })).json() as {
      outcome: unknown;
      record: { heardBack?: unknown };
    };
    expect(item.outcome).toBeNull();
    expect(item.record.heardBack).toEqual({ kind: 'update', on: '2026-10-05' });
  });
});

describe('answers kept inside records by older versions', () => {
  const answered = OLD_ROWS.filter((r) => r.expected).map((r) => r.id);
  const learnt = OLD_ROWS.filter((r) => r.expected && r.expected.outcome !== 'withdrew').length;

  it('are outcomes once the database is opened: closed, learnt from, and undone by DELETE', async () => {
    await t.close();
    t = await makeTestApp({
      prepare: async (sqlitePath) => {
        const db = openSqliteDb(sqlitePath);
        await seedVersion1(db, 'sqlite');
        await db.destroy();
      },
    });
    const closed = (await t.app.inject({ url: '/api/interviews?status=closed' })).json() as {
      interviews: { id: string }[];
    };
    expect(closed.interviews.map((i) => i.id).sort()).toEqual([...answered].sort());
    const open = await createInterview(t.app);
    expect((await assessment(open)).personal.interviews).toBe(learnt);

    const undo = await t.app.inject({ method: 'DELETE', url: '/api/interviews/old-offer/outcome' });
    expect(undo.json()).toMatchObject({ outcome: null, record: { company: 'Acme' } });
    expect((undo.json() as { record: object }).record).not.toHaveProperty('heardBack');
    expect((await assessment(open)).personal.interviews).toBe(learnt - 1);
  });

  it('are outcomes when an old export is imported', async () => {
    const old = (id: string, outcome: string) => ({
      interview: {
        id,
        record: {
          ...sampleRecord,
          date: '2026-10-01',
          heardBack: { kind: 'outcome', outcome, on: '2026-10-10' },
        },
        createdAt: '2026-10-11T12:00:00.000Z',
        updatedAt: '2026-10-11T12:00:00.000Z',
      },
      observations: [],
      documents: [],
      estimates: [],
      reminders: [],
    });
    const bundle = {
      format: 'debrief-export',
      version: 1,
      exportedAt: '2026-10-12T12:00:00.000Z',
      interviews: [old('imp-1', 'offer'), old('imp-2', 'rejected'), old('imp-3', 'withdrew')],
    };
    const res = await t.app.inject({ method: 'POST', url: '/api/import', payload: bundle });
    expect(res.json()).toMatchObject({ imported: 3, skipped: [] });
    const open = await createInterview(t.app);
    expect((await assessment(open)).personal.interviews).toBe(2);
    const item = (await t.app.inject({ url: '/api/interviews/imp-2' })).json() as {
      outcome: { outcome: string; on: string } | null;
      record: object;
    };
    expect(item.outcome).toMatchObject({ outcome: 'rejected', on: '2026-10-10' });
    expect(item.record).not.toHaveProperty('heardBack');
  });
});
