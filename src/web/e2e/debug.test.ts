import { afterAll, beforeAll, it } from 'vitest';
import { createInterviewVia, localToday, startHarness, type Harness } from './harness.js';
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });
it('debug', async () => {
  const id = await createInterviewVia(h.baseUrl, { stage: 'first', date: localToday(), company: 'X' });
  await h.page.setViewportSize({ width: 375, height: 812 });
  await h.page.goto(`${h.baseUrl}/#/interviews/${id}/debrief`);
  await h.page.getByTestId('live-estimate').waitFor({ state: 'attached' });
  await h.page.evaluate(() => window.scrollTo(0, 2000));
  await h.page.screenshot({ path: '/tmp/crops/dbg.png' });
  console.log(await h.page.evaluate(() => JSON.stringify(document.querySelector('.debrief-side')!.getBoundingClientRect())));
});
