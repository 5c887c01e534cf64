import { describe, expect, it } from 'vitest';
import { createInterview, localNoon, sampleRecord, useTestApp } from './app.case.js';

interface Figure {
  probability: number;
  factors: { id: string; reasoning: string }[];
}
type Assessment = { estimate: Figure; beforeOutcome?: Figure };

const t = useTestApp();

const assessment = async (id: string) =>
  (await t.app.inject({ url: `/api/interviews/${id}/assessment` })).json() as Assessment;
const answer = (id: string, outcome: string, on: string) =>
  t.app.inject({ method: 'POST', url: `/api/interviews/${id}/outcome`, payload: { outcome, on } });

describe('what the signs pointed to before the answer', () => {
  it('is absent while waiting, and after an answer is the figure of that day without it', async () => {
    const id = await createInterview(t.app);
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/interviews/${id}/observations`,
      payload: { observations: { 'achievements-praised': 'present', 'start-date-asked': 'present' } },
    });
    expect(put.statusCode).toBe(200);
    const waiting = await assessment(id);
    expect(waiting.beforeOutcome).toBeUndefined();

    // today (25 Nov) is the day the answer came: the figure before it is the one shown while waiting
    await answer(id, 'rejected', '2026-11-25');
    const after = await assessment(id);
    expect(after.estimate.probability).toBeLessThan(0.05);
    expect(after.beforeOutcome?.probability).toBeCloseTo(waiting.estimate.probability, 6);
    expect(after.beforeOutcome?.factors.map((f) => f.id)).toContain('achievements-praised');
  });

  it('is read on the day the answer came, not today', async () => {
    const id = await createInterview(t.app, { ...sampleRecord, date: '2026-10-01' });
    await answer(id, 'offer', '2026-10-03');
    const early = (await assessment(id)).beforeOutcome?.probability;
    await answer(id, 'offer', '2026-11-20');
    const late = (await assessment(id)).beforeOutcome?.probability;
    // seven weeks of silence had lowered it by then
    expect(late).toBeLessThan(early!);
    t.setNow(localNoon(2027, 1, 5));
    expect((await assessment(id)).beforeOutcome?.probability).toBe(late);
  });

  it('tells the wait as it ended, not as if it were still going on', async () => {
    const id = await createInterview(t.app, {
      ...sampleRecord,
      date: '2026-11-03',
      decisionBy: '2026-11-10',
    });
    await answer(id, 'rejected', '2026-11-17');
    const silence = (await assessment(id)).beforeOutcome?.factors.find((f) => f.id === 'silence');
    expect(silence?.reasoning).toMatch(/^The answer came 7 days after word was expected\. /);
    expect(silence?.reasoning).not.toMatch(/\bIt is\b/);
  });
});
