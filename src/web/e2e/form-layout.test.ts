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
});
