import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateWords as dayWords } from '../format.js';
import { createInterviewVia, daysAgo, shoot, startHarness, type Harness } from './harness.js';

// The day, the round and the format all differ from the record made before the notes; "within a
// week" counts from the interview's day, so it moves when the day does.
const NOTES = `Had my final round yesterday. It was a panel of three people from the data team.
Priya praised my dashboard project and asked when I could start.
They said they would decide within a week.`;

describe('what the notes say about the interview, offered against the record', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('is offered with its quote, changes the record only on a click, and goes when used or dismissed', async () => {
    const { page, baseUrl } = h;
    const made = {
      stage: 'first',
      date: daysAgo(5),
      format: 'video',
      company: 'Quiet Offers Ltd',
      role: 'Analyst',
    };
    const id = await createInterviewVia(baseUrl, made);
    const recordNow = async () =>
      ((await (await fetch(`${baseUrl}/api/interviews/${id}`)).json()) as { record: Record<string, unknown> })
        .record;

    await page.goto(`${baseUrl}/#/interviews/${id}/debrief`);
    await page.getByLabel('Notes', { exact: true }).fill(NOTES);
    await page.getByRole('button', { name: 'Find the signs' }).click();
    const offers = page.getByRole('region', { name: 'What your notes say about this interview' });
    await offers.waitFor();
    const stage = offers.locator('[data-field="stage"]');
    expect(await stage.innerText()).toContain('Your notes say this was the final round (“final round”)');
    expect(await stage.innerText()).toContain('the record says First interview');
    expect(await offers.locator('[data-field="date"]').innerText()).toContain('(“final round yesterday”)');
    expect(await offers.locator('[data-field="format"]').innerText()).toContain('the record says Video call');
    // Shown is not saved.
    expect(await recordNow()).toEqual(made);
    const promised0 = page.getByRole('group', { name: "They mentioned when they'd decide" });
    expect(await promised0.getByRole('radio', { checked: true }).first().getAttribute('value')).toBe(
      daysAgo(-2),
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'debrief-record-suggestions');

    await offers.getByRole('button', { name: 'Use final round' }).click();
    await stage.waitFor({ state: 'detached' });
    expect(await offers.getByRole('status').innerText()).toContain('final round');
    expect(await recordNow()).toEqual({ ...made, stage: 'final' });

    await offers.getByRole('button', { name: "Dismiss: keep the record's format" }).click();
    await offers.locator('[data-field="format"]').waitFor({ state: 'detached' });
    expect(await recordNow()).toEqual({ ...made, stage: 'final' });

    await offers.locator('[data-field="date"]').getByRole('button', { name: /^Use / }).click();
    await offers.locator('[data-field="date"]').waitFor({ state: 'detached' });
    expect(await recordNow()).toEqual({ ...made, stage: 'final', date: daysAgo(1) });
    const promised = page.getByRole('group', { name: "They mentioned when they'd decide" });
    await promised.getByLabel(new RegExp(`^${dayWords(daysAgo(-6))}`)).waitFor();
    expect(await promised.getByRole('radio', { checked: true }).first().getAttribute('value')).toBe(
      daysAgo(-6),
    );
    await shoot(page, 'debrief-record-suggestions-used');

    // Saving the debrief keeps what the clicks wrote (it sends the record as it is now).
    await page.getByRole('button', { name: 'Save and see the result' }).click();
    await page.getByTestId('probability').waitFor();
    expect(await recordNow()).toMatchObject({ stage: 'final', date: daysAgo(1), format: 'video' });
  }, 60_000);
});
