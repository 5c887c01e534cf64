import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
});
