import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInterviewVia, localToday, startHarness, type Harness } from './harness.js';

const SCRIPT = '<script>window.__xss=1</script>';
const IMG = '<img src=x onerror="window.__xss=2">';

describe('notes with markup in them', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('show as literal text and run nothing', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, {
      stage: 'first',
      date: localToday(),
      company: `Acme ${IMG}`,
      role: SCRIPT,
    });
    await page.goto(`${baseUrl}/#/interviews/${id}/debrief`);
    const note = `They praised my work and said it was exactly what they need.\n${SCRIPT}\n${IMG}\nThey asked when I could start.`;
    await page.getByLabel('Notes', { exact: true }).fill(note);
    await page.getByRole('button', { name: 'Find the signs' }).click();
    const doc = page.locator('.document');
    await doc.waitFor();
    const shown = await doc.innerText();
    expect(shown).toContain(SCRIPT);
    expect(shown).toContain(IMG);
    // The page's title and the dashboard show the record's fields as text too.
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(SCRIPT);
    await page.goto(`${baseUrl}/#/`);
    await page.getByTestId('interview-card').getByText(IMG, { exact: false }).waitFor();
    expect(await page.locator('.document img, main img, main script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  }, 60_000);
});
