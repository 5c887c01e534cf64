import { describe, expect, it } from 'vitest';
import { createInterview, localNoon, useTestApp } from './app.case.js';
import { recordOutcome, takeBackOutcome } from './outcomes.js';

const t = useTestApp();

// The outcome route and `debrief outcome` both record through recordOutcome.
describe('recordOutcome', () => {
  it('checks the date, stores the answer and refreshes the estimate', async () => {
    const id = await createInterview(t.app);
    const stored = (await t.store.getInterview(id))!;
    const at = localNoon(2026, 11, 25);
    const early = await recordOutcome(t.store, stored, { outcome: 'offer', on: '2026-11-01' }, at, '--date');
    expect(early.ok ? [] : early.error.map((e) => e.path)).toEqual(['--date']);
    expect((await t.store.getInterview(id))?.outcome).toBeUndefined();

    const recorded = await recordOutcome(t.store, stored, { outcome: 'offer', on: '2026-11-24' }, at);
    expect(recorded.ok && recorded.value.assessment?.estimate.probability).toBeGreaterThan(0.9);
    expect((await t.store.getInterview(id))?.outcome).toMatchObject({ outcome: 'offer', on: '2026-11-24' });

    const back = await takeBackOutcome(t.store, id, at);
    expect(back.assessment?.estimate.probability).toBeLessThan(0.9);
    expect((await t.store.getInterview(id))?.outcome).toBeUndefined();
  });
});
