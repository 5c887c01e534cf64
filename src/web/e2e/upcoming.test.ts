/** An interview dated after today (a time zone ahead, or entered early) has no wait and no debrief yet. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInterviewVia, daysAgo, startHarness, type Harness } from './harness.js';

describe('an interview dated after today', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('is shown as coming up, not as a wait or an undone debrief', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, {
      stage: 'first',
      date: daysAgo(-1),
      time: '10:30',
      company: 'Tomorrow Ltd',
    });
    await page.goto(`${baseUrl}/#/`);
    const card = page.getByTestId('interview-card');
    await card.getByTestId('upcoming-badge').waitFor();
    const text = await card.innerText();
    expect(text).toContain('(tomorrow)');
    expect(text).toContain('Starts after the interview');
    expect(text).not.toMatch(/Not debriefed yet|Early days/);

    await page.goto(`${baseUrl}/#/interviews/${id}/result`);
    const note = page.getByTestId('upcoming');
    await note.waitFor();
    expect(await note.innerText()).toMatch(/This interview is tomorrow at 10:30\./);
    expect(await page.locator('.headline').innerText()).not.toMatch(/silence means nothing/);
  }, 30_000);
});
