/** Every box, choice and file input on every page is named by a real <label>, not a placeholder. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInterviewVia, daysAgo, startHarness, type Harness } from './harness.js';

describe('form labels', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('each form control on each page has a <label> of its own', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, {
      stage: 'first',
      date: daysAgo(2),
      company: 'Label Co',
      interviewers: ['Ann'],
    });
    const pages = [
      '#/',
      '#/new',
      '#/data',
      ...['debrief', 'result', 'outcome', 'edit'].map((p) => `#/interviews/${id}/${p}`),
    ];
    const unlabelled: string[] = [];
    for (const hash of pages) {
      await page.goto(`${baseUrl}/${hash}`);
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      if (hash.endsWith('/debrief')) {
        await page
          .getByLabel('Notes', { exact: true })
          .fill('They asked when I could start, and said they would call by Friday.');
        await page.getByRole('button', { name: 'Find the signs' }).click();
        await page.getByRole('heading', { name: 'What Debrief found' }).waitFor();
      }
      // a page's heading can show while its data still loads; its form comes after
      await page.locator('main input, main select, main textarea').first().waitFor();
      const controls = await page.locator('main input, main select, main textarea').evaluateAll((all) =>
        all.map((e) => {
          const c = e as HTMLInputElement;
          const text = [...(c.labels ?? [])].map((l) => l.textContent?.trim() ?? '').join(' ');
          return { what: `${c.tagName.toLowerCase()}[${c.type}] ${c.name}`, text };
        }),
      );
      expect(controls.length, hash).toBeGreaterThan(0);
      for (const c of controls) if (!c.text) unlabelled.push(`${hash}: ${c.what}`);
    }
    expect(unlabelled).toEqual([]);
  }, 90_000);
});
