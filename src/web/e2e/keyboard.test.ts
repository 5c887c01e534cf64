import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createInterviewVia, localToday, startHarness, type Harness } from './harness.js';

/** Presses Tab until `matches` says the focused element is the one, or gives up. */
async function tabTo(
  page: Page,
  matches: (el: { tag: string; type: string; text: string; name: string; value: string }) => boolean,
  limit = 80,
) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLInputElement | null;
      return {
        tag: a?.tagName ?? '',
        type: a?.type ?? '',
        text: (a?.textContent ?? '').trim(),
        name: a?.name ?? '',
        value: a?.value ?? '',
      };
    });
    if (matches(el)) return el;
  }
  throw new Error('keyboard: never reached the element by Tab');
}

describe('keyboard use', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('Tab reaches the main actions', async () => {
    const { page, baseUrl } = h;
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: 'Record your first interview' }).waitFor();
    await tabTo(page, (el) => el.tag === 'A' && el.text === 'New interview');
    await tabTo(page, (el) => el.tag === 'A' && el.text === 'Record your first interview');
    await page.keyboard.press('Enter');
    await page.getByLabel('Company').waitFor();
    // Past the notes panel (its box and file button) to the first text box of the form: Company.
    await tabTo(page, (el) => el.tag === 'INPUT' && el.type === 'text' && el.name === '' && el.value === '');
    await page.keyboard.type('Keyboard Co');
    await tabTo(page, (el) => el.tag === 'BUTTON' && el.text === 'Save and debrief');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Debrief: Keyboard Co/ }).waitFor();
  }, 60_000);

  it('radio groups answer with arrow keys and the estimate follows', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, { stage: 'first', date: localToday() });
    await page.goto(`${baseUrl}/#/interviews/${id}/debrief`);
    const live = page.getByTestId('live-estimate');
    await live.waitFor();
    const start = await live.innerText();
    const group = 'sign-achievements-praised';
    await page.locator(`input[name="${group}"][value="present"]`).focus();
    await page.keyboard.press('Space');
    expect(await page.locator(`input[name="${group}"][value="present"]`).isChecked()).toBe(true);
    const afterYes = await live.innerText();
    expect(afterYes).not.toBe(start);
    await page.keyboard.press('ArrowRight');
    expect(await page.locator(`input[name="${group}"][value="absent"]`).isChecked()).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await page.locator(`input[name="${group}"][value="unsure"]`).isChecked()).toBe(true);
    expect(await live.innerText()).not.toBe(afterYes);
    // One Tab leaves the group (to its Clear button), as radio groups should.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).not.toBe(group);
    await tabTo(page, (el) => el.tag === 'BUTTON' && el.text === 'Save and see the result', 200);
    await page.keyboard.press('Enter');
    await page.getByTestId('probability').waitFor();
  }, 60_000);

  it('a control that goes away when pressed hands the focus on, not to the top of the page', async () => {
    const { page, baseUrl } = h;
    const focused = () =>
      page.evaluate(() => {
        const a = document.activeElement;
        return a && a !== document.body
          ? `${a.tagName} ${(a.textContent ?? '').trim().slice(0, 20)}`
          : 'BODY';
      });
    const id = await createInterviewVia(baseUrl, { stage: 'first', date: localToday(), company: 'Focus Co' });

    // "Keep it" gives the focus back to "Delete…".
    await page.goto(`${baseUrl}/#/interviews/${id}/result`);
    await page.getByRole('button', { name: 'Delete…' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('alertdialog').waitFor();
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('BUTTON Delete…');

    // Dismissing the dashboard's saved note.
    await page.goto(`${baseUrl}/#/interviews/${id}/outcome`);
    await page.getByLabel('Offer').check();
    await page.getByRole('button', { name: 'Save outcome' }).click();
    await page
      .getByTestId('saved-note')
      .getByRole('button', { name: /Dismiss/ })
      .focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('saved-note').waitFor({ state: 'detached' });
    expect(await focused()).not.toBe('BODY');

    // Dropping an unsaved debrief.
    await page.goto(`${baseUrl}/#/interviews/${id}/debrief`);
    await page.getByLabel('Notes', { exact: true }).fill('Something not saved yet.');
    // the draft is written a moment after the change: wait for it, not for a fixed time
    await page.waitForFunction(
      (key) => (localStorage.getItem(key) ?? '').includes('not saved yet'),
      `debrief:draft:${id}`,
    );
    await page.reload();
    await page.getByRole('button', { name: 'Start again from what you saved' }).focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('button', { name: 'Start again from what you saved' })
      .waitFor({ state: 'detached' });
    expect(await focused()).not.toBe('BODY');
  }, 60_000);

  it('focus is visible', async () => {
    const { page, baseUrl } = h;
    await page.goto(`${baseUrl}/#/new`);
    await tabTo(page, (el) => el.tag === 'A' && el.text === 'New interview');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');
  }, 30_000);

  it('on a phone, Tab never leaves focus hidden behind the estimate bar', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, { stage: 'first', date: localToday(), company: 'Phone Co' });
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      await page.goto(`${baseUrl}/#/interviews/${id}/debrief`);
      await page.getByTestId('drop-zone').waitFor();
      const hidden: string[] = [];
      for (let i = 0; i < 50; i++) {
        await page.keyboard.press('Tab');
        const covered = await page.evaluate(() => {
          const a = document.activeElement;
          const bar = document.querySelector('.debrief-side');
          if (!a || a === document.body || !bar || bar.contains(a)) return null;
          const t = (a.closest('label') ?? a).getBoundingClientRect();
          const b = bar.getBoundingClientRect();
          return t.bottom > b.top && t.top < b.bottom
            ? `${a.tagName} ${a.outerHTML.slice(0, 120)}`.trim()
            : null;
        });
        if (covered) hidden.push(covered);
      }
      expect(hidden).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  }, 60_000);
});
