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

  it('fills a blank employer and job from the notes on a click, and leaves typed ones alone', async () => {
    const { page, baseUrl } = h;
    const made = { stage: 'later', date: daysAgo(1), format: 'panel' };
    const id = await createInterviewVia(baseUrl, made);
    const recordNow = async () =>
      ((await (await fetch(`${baseUrl}/api/interviews/${id}`)).json()) as { record: Record<string, unknown> })
        .record;
    await page.goto(`${baseUrl}/#/interviews/${id}/debrief`);
    await page
      .getByLabel('Notes', { exact: true })
      .fill(
        'Had my second interview at Harbour Logistics yesterday for the ops planner job. A panel of two.',
      );
    await page.getByRole('button', { name: 'Find the signs' }).click();
    const offers = page.getByRole('region', { name: 'What your notes say about this interview' });
    await offers.waitFor();
    const company = offers.locator('[data-field="company"]');
    // the name is the quote, so it is not shown twice
    expect(await company.innerText()).toContain(
      'Your notes say the employer was Harbour Logistics; the record says no employer.',
    );
    expect(await offers.locator('[data-field="role"]').innerText()).toContain('the job was ops planner');
    await offers.scrollIntoViewIfNeeded();
    await shoot(page, 'debrief-record-suggestions-employer');

    await offers.getByRole('button', { name: 'Use Harbour Logistics' }).click();
    await company.waitFor({ state: 'detached' });
    expect(await recordNow()).toEqual({ ...made, company: 'Harbour Logistics' });
    await offers.getByRole('button', { name: "Dismiss: keep the record's job title" }).click();
    await offers.locator('[data-field="role"]').waitFor({ state: 'detached' });
    expect(await recordNow()).toEqual({ ...made, company: 'Harbour Logistics' });
  }, 60_000);

  it('stays dismissed at the next analysis and the next visit, until the notes say something else', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, {
      stage: 'first',
      date: daysAgo(1),
      format: 'panel',
      company: 'Dismissed Co',
    });
    const offers = page.getByRole('region', { name: 'What your notes say about this interview' });
    // Each text ends in its own words, so the wait is for this analysis, not the one before.
    const analyse = async (notes: string) => {
      await page.getByLabel('Notes', { exact: true }).fill(notes);
      await page.getByRole('button', { name: 'Find the signs' }).click();
      const last = notes.split(' ').slice(-2).join(' ');
      await page.locator('section[aria-labelledby="doc-title"]').filter({ hasText: last }).waitFor();
    };
    await page.goto(`${baseUrl}/#/interviews/${id}/debrief`);
    await analyse('Had my final round yesterday with a panel. They were friendly.');
    await offers.locator('[data-field="stage"]').waitFor();
    await offers.getByRole('button', { name: "Dismiss: keep the record's round" }).click();
    await offers.locator('[data-field="stage"]').waitFor({ state: 'detached' });

    // The same word, analysed again and after a reload: not offered again.
    await analyse('Had my final round yesterday with a panel. They were very welcoming.');
    await page.reload();
    await analyse('Had my final round yesterday with a panel. They asked about my pay expectations.');
    expect(await offers.locator('[data-field="stage"]').count()).toBe(0);
    expect(await page.evaluate((k) => localStorage.getItem(k), `debrief:dismissed:${id}`)).toBe(
      '["stage:final"]',
    );

    // Notes that name another round are offered afresh.
    await analyse('Had my second interview yesterday with a panel. Mostly about databases.');
    await offers.locator('[data-field="stage"]').waitFor();
    expect(await offers.locator('[data-field="stage"]').innerText()).toContain('a later round');
  }, 60_000);
});
