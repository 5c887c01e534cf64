/**
 * What a user sees, checked by geometry and computed style at phone and desktop widths: the
 * faults found by looking at screenshots (session 10), each pinned so it cannot come back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import path from 'node:path';
import {
  createInterviewVia,
  daysAgo,
  localToday,
  SHOTS,
  shoot,
  startHarness,
  type Harness,
} from './harness.js';

type Box = { x: number; y: number; width: number; height: number };
const boxOf = async (page: Page, selector: string): Promise<Box> => {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`look: ${selector} is not shown`);
  return box;
};
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function put(baseUrl: string, path: string, body: object) {
  const res = await fetch(`${baseUrl}${path}`, {
    method: path.endsWith('/outcome') ? 'POST' : 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`look: ${path}: ${res.status}`);
}

describe('the look of the pages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  const at = (width: number, height = 800) => h.page.setViewportSize({ width, height });

  it('at 320 px the three main links keep to one row, and "New interview" keeps its full name', async () => {
    const { page, baseUrl } = h;
    await at(320);
    try {
      await page.goto(`${baseUrl}/#/data`);
      const tops = await page
        .locator('.nav a')
        .evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
      expect(tops).toHaveLength(3);
      expect(new Set(tops).size).toBe(1);
      await page.getByRole('link', { name: 'New interview', exact: true }).waitFor();
    } finally {
      await at(1280, 900);
    }
  }, 30_000);

  it("at 320 px a form's Save and Cancel line up, one under the other, rather than Cancel set in", async () => {
    const { page, baseUrl } = h;
    await at(320);
    try {
      await page.goto(`${baseUrl}/#/new`);
      const save = await boxOf(page, 'button[type=submit]');
      const cancel = await page.getByRole('link', { name: 'Cancel' }).boundingBox();
      expect(cancel && Math.abs(cancel.x - save.x)).toBeLessThan(1);
      expect(cancel && Math.abs(cancel.width - save.width)).toBeLessThan(1);
      // The data page's two export buttons likewise, not one wide and one narrow.
      await page.goto(`${baseUrl}/#/data`);
      const widths = await page
        .locator('a[download]')
        .evaluateAll((all) => all.map((a) => Math.round(a.getBoundingClientRect().width)));
      expect(widths).toHaveLength(2);
      expect(new Set(widths).size).toBe(1);
    } finally {
      await at(1280, 900);
    }
  }, 30_000);

  it("on a phone the debrief's estimate bar hides the text scrolling under it", async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, { stage: 'first', date: localToday(), company: 'Bar Co' });
    await at(375);
    try {
      await page.goto(`${baseUrl}/#/interviews/${id}/debrief`);
      await page.getByTestId('live-estimate').waitFor();
      const background = await page
        .locator('.debrief-side')
        .evaluate((e) => getComputedStyle(e).backgroundColor);
      // rgb(…) is opaque; rgba(…, 0.96) let the questions show through the estimate's small print.
      expect(background).toMatch(/^rgb\(/);
    } finally {
      await at(1280, 900);
    }
  }, 30_000);

  it("the debrief page asks for the person's weights, not a whole assessment it would throw away", async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, { stage: 'first', date: localToday(), company: 'Lean Co' });
    const asked: string[] = [];
    const log = (r: { url(): string }) => asked.push(new URL(r.url()).pathname);
    page.on('request', log);
    try {
      await page.goto(`${baseUrl}/#/interviews/${id}/debrief`);
      await page.getByTestId('live-estimate').waitFor();
      await page.waitForLoadState('networkidle');
    } finally {
      page.off('request', log);
    }
    expect(asked).toContain('/api/personal-weights');
    expect(asked.filter((p) => p.endsWith('/assessment'))).toEqual([]);
  }, 30_000);

  it("after 'Find the signs', what was found is scrolled into view with its card's top edge showing", async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, {
      stage: 'first',
      date: localToday(),
      company: 'Scroll Co',
    });
    await page.goto(`${baseUrl}/#/interviews/${id}/debrief`);
    await page.getByLabel('Notes', { exact: true }).fill('They asked when I could start.');
    await page.getByRole('button', { name: 'Find the signs' }).click();
    const heading = page.getByRole('heading', { name: 'What Debrief found' });
    await heading.waitFor();
    // The scroll is smooth: wait for it to settle.
    let last = -1;
    for (let i = 0; i < 40; i++) {
      await page.waitForTimeout(100);
      const y = await page.evaluate(() => window.scrollY);
      if (y === last && y > 0) break;
      last = y;
    }
    const card = await page.locator('section[aria-labelledby="doc-title"]').boundingBox();
    expect(card && card.y).toBeGreaterThanOrEqual(0);
    expect(card && card.y).toBeLessThan(60);
  }, 30_000);

  it('at 320 px a "Found in your text" tag that wraps starts flush under its question', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, { stage: 'first', date: localToday(), company: 'Tag Co' });
    await at(320);
    try {
      await page.goto(`${baseUrl}/#/interviews/${id}/debrief`);
      await page.getByLabel('Notes', { exact: true }).fill('They asked when I could start.');
      await page.getByRole('button', { name: 'Find the signs' }).click();
      const legend = page.locator('fieldset[data-sign="start-date-asked"] legend');
      await legend.locator('.tag').waitFor();
      const place = await legend.evaluate((l) => {
        const tag = l.querySelector('.tag')!.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(l.firstChild!);
        const text = range.getBoundingClientRect();
        return { tagX: tag.left, tagTop: tag.top, textX: text.left, textBottom: text.bottom };
      });
      // This question is long enough at 320 px that its tag takes a line of its own.
      expect(place.tagTop).toBeGreaterThanOrEqual(place.textBottom - 4);
      expect(Math.abs(place.tagX - place.textX)).toBeLessThan(1);
    } finally {
      await at(1280, 900);
    }
  }, 30_000);

  it('a long text in the debrief scrolls in its box with shadows that say there is more', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, { stage: 'first', date: localToday(), company: 'Long Co' });
    await page.goto(`${baseUrl}/#/interviews/${id}/debrief`);
    const notes = Array.from({ length: 60 }, (_, i) => `Line ${i + 1}: we talked about the quarterly plan.`);
    await page.getByLabel('Notes', { exact: true }).fill(notes.join('\n'));
    await page.getByRole('button', { name: 'Find the signs' }).click();
    const doc = page.locator('.document');
    await doc.waitFor();
    const style = await doc.evaluate((e) => ({
      attachment: getComputedStyle(e).backgroundAttachment,
      overflows: e.scrollHeight > e.clientHeight,
      tabIndex: e.tabIndex,
    }));
    expect(style.overflows).toBe(true);
    expect(style.attachment).toContain('local');
    expect(style.attachment).toContain('scroll');
    expect(style.tabIndex).toBe(0);
  }, 30_000);

  it('on the dashboard, cards side by side keep their actions on one line and their badge top right', async () => {
    const { page, baseUrl } = h;
    const long = await createInterviewVia(baseUrl, {
      stage: 'first',
      date: daysAgo(2),
      company: 'A Company With Quite A Long Name',
      role: 'Senior Operations Analyst',
      interviewers: ['Ann'],
    });
    await put(baseUrl, `/api/interviews/${long}/observations`, {
      observations: { 'achievements-praised': 'present' },
    });
    await createInterviewVia(baseUrl, { stage: 'screen', date: daysAgo(3), company: 'Short' });
    await page.goto(`${baseUrl}/#/`);
    await page.getByTestId('interview-card').nth(1).waitFor();
    const cards = await page.getByTestId('interview-card').evaluateAll((all) =>
      all.map((c) => ({
        top: Math.round(c.getBoundingClientRect().top),
        actions: Math.round(c.querySelector('.card-actions')!.getBoundingClientRect().top),
        title: Math.round(c.querySelector('.card-title')!.getBoundingClientRect().top),
        badge: Math.round(c.querySelector('.badge')!.getBoundingClientRect().top),
      })),
    );
    const rows = new Map<number, number[]>();
    for (const c of cards) rows.set(c.top, [...(rows.get(c.top) ?? []), c.actions]);
    expect([...rows.values()].some((r) => r.length === 2)).toBe(true);
    for (const r of rows.values()) expect(new Set(r).size).toBe(1);
    for (const c of cards) expect(Math.abs(c.badge - c.title)).toBeLessThan(8);
  }, 30_000);

  it('at 375 px a card keeps its actions on one row, and links to its result once', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, {
      stage: 'final',
      date: daysAgo(2),
      company: 'Phone Width Ltd',
      role: 'Operations Analyst',
    });
    await at(375, 812);
    try {
      // a fresh load: the dashboard may be open already, with the list from before this card
      await page.goto('about:blank');
      await page.goto(`${baseUrl}/#/`);
      const card = page.getByTestId('interview-card').filter({ hasText: 'Phone Width Ltd' });
      await card.waitFor();
      const tops = await card
        .locator('.card-actions a')
        .evaluateAll((all) => all.map((a) => Math.round(a.getBoundingClientRect().top)));
      expect(tops.length).toBe(2);
      expect(new Set(tops).size).toBe(1);
      const toResult = await card
        .locator('a')
        .evaluateAll(
          (all, href) => all.filter((a) => a.getAttribute('href') === href).length,
          `#/interviews/${id}/result`,
        );
      expect(toResult).toBe(1);
      expect(await card.getByRole('heading').getByRole('link').getAttribute('href')).toBe(
        `#/interviews/${id}/result`,
      );
      await shoot(page, 'dashboard-card-actions');
    } finally {
      await at(1280, 900);
    }
  }, 30_000);

  it('the first "Delete…" already looks destructive, and the filled red is kept for the confirm', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, { stage: 'first', date: daysAgo(1), company: 'Red Co' });
    await page.goto(`${baseUrl}/#/interviews/${id}/result`);
    const first = page.getByRole('button', { name: 'Delete…' });
    await first.waitFor();
    const colours = (locator: typeof first) =>
      locator.evaluate((e) => {
        const cs = getComputedStyle(e);
        return { color: cs.color, border: cs.borderTopColor, background: cs.backgroundColor };
      });
    const red = 'rgb(176, 82, 58)'; // --neg
    expect(await colours(first)).toEqual({ color: red, border: red, background: 'rgb(255, 255, 255)' });
    const section = page.locator('section[aria-labelledby="delete-title"]');
    await section.screenshot({ path: path.join(SHOTS, 'delete-first-step.png') });
    await first.click();
    const confirm = page.getByRole('button', { name: 'Yes, delete it' });
    expect((await colours(confirm)).background).toBe(red);
    await section.screenshot({ path: path.join(SHOTS, 'delete-confirm-step.png') });
    await page.getByRole('button', { name: 'Keep it' }).click();
  }, 30_000);

  it('at 320 px a draft message takes the width of its card, not a box inside a box inside it', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, { stage: 'first', date: daysAgo(1), company: 'Draft Co' });
    await at(320);
    try {
      await page.goto(`${baseUrl}/#/interviews/${id}/result`);
      await page.getByText('See a draft message').first().click();
      const body = page.locator('.draft-body').first();
      await body.waitFor();
      const card = await page.locator('section[aria-labelledby="steps"]').evaluate((e) => e.clientWidth);
      const width = await body.evaluate((e) => e.getBoundingClientRect().width);
      // The card's padding only (2 × 16 px): no step border and padding inside it.
      expect(card - width).toBeLessThanOrEqual(33);
    } finally {
      await at(1280, 900);
    }
  }, 30_000);

  it("the estimate history's 50% label is readable and clear of the points, and on a phone each moment sits above its figure", async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, { stage: 'first', date: daysAgo(1), company: 'Chart Co' });
    await put(baseUrl, `/api/interviews/${id}/observations`, {
      observations: { 'achievements-praised': 'present', 'start-date-asked': 'present' },
    });
    for (const width of [1280, 320]) {
      await at(width);
      await page.goto(`${baseUrl}/#/interviews/${id}/result`);
      await page.locator('.history-mid-label').waitFor();
      const label = await boxOf(page, '.history-mid-label');
      const fontPx = await page
        .locator('.history-mid-label')
        .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      expect(fontPx).toBeGreaterThanOrEqual(12);
      for (const dot of await page.locator('.history-dot').all()) {
        const box = await dot.boundingBox();
        expect(box && overlaps(box, label), `at ${width} px`).toBe(false);
      }
    }
    const first = page.locator('.history-list li').first();
    const date = await first.locator('.tl-date').boundingBox();
    const figure = await first.locator('span').nth(1).boundingBox();
    expect(date && figure && figure.y >= date.y + date.height - 1).toBe(true);
    await at(1280, 900);
  }, 60_000);
});
