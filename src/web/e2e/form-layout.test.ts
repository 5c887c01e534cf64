import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';

describe('form layout', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('gives date, time, number, text fields and selects one height, so side-by-side fields line up', async () => {
    await h.page.goto(`${h.baseUrl}/#/new`);
    await h.page.getByLabel('Company').waitFor();
    const heights = await h.page
      .locator('form input:not([type=radio]):not([type=checkbox]):not([type=file]), form select')
      .evaluateAll((all) =>
        all.map((e) => `${(e as HTMLInputElement).type}:${Math.round(e.getBoundingClientRect().height)}`),
      );
    const types = new Set(heights.map((x) => x.split(':')[0]));
    for (const t of ['text', 'date', 'time', 'number', 'select-one']) expect(types).toContain(t);
    expect(new Set(heights.map((x) => x.split(':')[1])).size, heights.join(' ')).toBe(1);
  }, 30_000);

  it('on a 375 px phone, an answered question keeps Clear on the row of its answers', async () => {
    const { page, baseUrl } = h;
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${baseUrl}/#/new`);
    await page.getByLabel('Company').fill('Phone Co');
    await page.getByRole('button', { name: 'Save and debrief' }).click();
    const sign = page.locator('fieldset[data-sign="achievements-praised"]');
    await sign.getByLabel('Not sure').check();
    const clear = await sign.getByRole('button', { name: /^Clear/ }).boundingBox();
    const yes = await sign.locator('.choice').first().boundingBox();
    expect(clear && yes && Math.abs(clear.y + clear.height / 2 - (yes.y + yes.height / 2))).toBeLessThan(8);
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 30_000);

  it('on a 320 px phone too, with the answer told by more than colour and the radios still keyed', async () => {
    const { page, baseUrl } = h;
    await page.setViewportSize({ width: 320, height: 640 });
    try {
      await page.goto(`${baseUrl}/#/new`);
      await page.getByLabel('Company').fill('Small Phone Co');
      await page.getByRole('button', { name: 'Save and debrief' }).click();
      const sign = page.locator('fieldset[data-sign="achievements-praised"]');
      await sign.getByLabel('Yes').check();
      await sign.getByLabel('Yes').press('ArrowRight');
      await sign.getByLabel('No', { exact: true }).press('ArrowRight');
      expect(await sign.getByLabel('Not sure').isChecked()).toBe(true);
      const clear = await sign.getByRole('button', { name: /^Clear/ }).boundingBox();
      const yes = await sign.locator('.choice').first().boundingBox();
      expect(clear && yes && Math.abs(clear.y + clear.height / 2 - (yes.y + yes.height / 2))).toBeLessThan(8);
      const weights = await sign
        .locator('.choice')
        .evaluateAll((all) => all.map((c) => Number(getComputedStyle(c).fontWeight)));
      expect(weights[2]).toBeGreaterThan(weights[0] ?? 0);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  }, 30_000);
});
