import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInterviewVia, daysAgo, startHarness, type Harness } from './harness.js';

/** What a user typed or chose and did not save yet survives leaving the page. */
describe('an unsaved debrief', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  const ranOver = () =>
    h.page.locator('fieldset[data-sign="ran-over-time"]').getByLabel('Yes', { exact: true });
  // The draft is written a moment after the last change: wait for it rather than for a fixed time,
  // which a loaded machine can outlast.
  const draftHas = (id: string, text: string) =>
    h.page.waitForFunction(
      ([key, t]) => (localStorage.getItem(key!) ?? '').includes(t!),
      [`debrief:draft:${id}`, text],
    );

  it('comes back after the back button, and goes once saved', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, {
      stage: 'first',
      date: daysAgo(2),
      company: 'Back Button',
    });
    await page.goto(`${baseUrl}/#/`);
    await page.goto(`${baseUrl}/#/interviews/${id}/debrief`);
    const notes = page.getByLabel('Notes', { exact: true });
    await notes.waitFor();
    await notes.fill('We ran twenty minutes over and they asked about my notice period.');
    await ranOver().check();
    await draftHas(id, 'ran-over-time');
    await page.goBack();
    await page.getByRole('heading', { name: 'Your interviews' }).waitFor();
    await page.goForward();
    await notes.waitFor();
    expect(await notes.inputValue()).toMatch(/twenty minutes over/);
    expect(await ranOver().isChecked()).toBe(true);
    await page
      .getByRole('status')
      .getByText(/had not saved this debrief yet/)
      .waitFor();

    await page.getByRole('button', { name: 'Save and see the result' }).click();
    await page.getByTestId('probability').waitFor();
    await page.goto(`${baseUrl}/#/interviews/${id}/debrief`);
    await notes.waitFor();
    expect(await notes.inputValue()).toBe('');
    expect(await ranOver().isChecked()).toBe(true);
    expect(await page.getByText(/had not saved this debrief yet/).count()).toBe(0);
  }, 60_000);

  it('can be dropped for the answers already saved', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, {
      stage: 'first',
      date: daysAgo(2),
      company: 'Change Mind',
    });
    await page.goto(`${baseUrl}/#/interviews/${id}/debrief`);
    await ranOver().check();
    await draftHas(id, 'ran-over-time');
    await page.reload();
    await page.getByRole('button', { name: 'Start again from what you saved' }).click();
    expect(await ranOver().isChecked()).toBe(false);
    await page.reload();
    await page.getByLabel('Notes', { exact: true }).waitFor();
    expect(await ranOver().isChecked()).toBe(false);
    expect(await page.getByText(/had not saved this debrief yet/).count()).toBe(0);
  }, 60_000);

  it('says the answers under an earlier text are from the last visit, not the saved ones', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, {
      stage: 'first',
      date: daysAgo(2),
      company: 'Earlier Text',
    });
    await page.goto(`${baseUrl}/#/interviews/${id}/debrief`);
    await page.getByLabel('Notes', { exact: true }).fill('They asked about my salary expectations.');
    await page.getByRole('button', { name: 'Find the signs' }).click();
    await page.getByRole('heading', { name: 'What Debrief found' }).waitFor();
    await ranOver().check();
    await draftHas(id, 'ran-over-time');
    await page.reload();
    await page.getByRole('heading', { name: 'Your earlier text' }).waitFor();
    expect(await page.getByText(/ones you left on your last visit, not saved yet/).count()).toBe(1);
    expect(await page.getByText(/Your answers below are the ones you saved/).count()).toBe(0);
    expect(await ranOver().isChecked()).toBe(true);
  }, 60_000);

  it('does not claim saved answers under an earlier text when none were saved', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, {
      stage: 'first',
      date: daysAgo(2),
      company: 'Never Saved',
    });
    // The text was read (and kept) on another device; no answer was ever saved.
    const res = await fetch(`${baseUrl}/api/interviews/${id}/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'notes', text: 'They asked about my salary expectations.' }),
    });
    expect(res.status).toBe(201);
    await page.goto(`${baseUrl}/#/interviews/${id}/debrief`);
    await page.getByRole('heading', { name: 'Your earlier text' }).waitFor();
    expect(await page.getByText(/You have not saved any answers yet/).count()).toBe(1);
    expect(await page.getByText(/Your answers below are the ones you saved/).count()).toBe(0);
  }, 60_000);

  it('does not come back after a replace import took its interview away', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, { stage: 'first', date: daysAgo(3), company: 'Gone Soon' });
    const exportOf = async () =>
      (await (await fetch(`${baseUrl}/api/export`)).json()) as {
        interviews: { interview: { id: string } }[];
      };
    const withIt = await exportOf();
    await page.goto(`${baseUrl}/#/interviews/${id}/debrief`);
    await page
      .getByLabel('Notes', { exact: true })
      .fill('Notes about an interview about to be replaced away.');
    await draftHas(id, 'about to be replaced');

    const importVia = async (bundle: object, mode: 'merge' | 'replace') => {
      await page.goto(`${baseUrl}/#/data`);
      await page.getByLabel('Export file').setInputFiles({
        name: 'export.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(bundle)),
      });
      await page.getByLabel(mode === 'replace' ? /Replace everything/ : /Add to what is here/).check();
      await page
        .getByRole('button', { name: mode === 'replace' ? 'Replace everything with this file' : 'Import' })
        .click();
      await page.getByText(/^Imported \d/).waitFor();
    };
    // Replace with a file that does not hold it, then bring the old copy back.
    await importVia(
      { ...withIt, interviews: withIt.interviews.filter((e) => e.interview.id !== id) },
      'replace',
    );
    await importVia(withIt, 'merge');
    await page.goto(`${baseUrl}/#/interviews/${id}/debrief`);
    const notes = page.getByLabel('Notes', { exact: true });
    await notes.waitFor();
    expect(await notes.inputValue()).toBe('');
    expect(await page.getByText(/had not saved this debrief yet/).count()).toBe(0);
  }, 60_000);
});
