import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadedText, SHOTS, shoot, startHarness, type Harness } from './harness.js';

const NOTES = `Video call with Priya and Tom, about 50 minutes (we ran over time).
Priya praised my portfolio and said the dashboard project was exactly what they need.
They walked me through the team's roadmap for next year in detail and asked when I could start.
They said they would let me know by Friday.`;

describe('the whole journey in a browser', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('records, debriefs, estimates, follows up, records the outcome and moves the data', async () => {
    const { page, baseUrl } = h;
    await page.goto(`${baseUrl}/`);

    // An empty dashboard says what to do.
    const first = page.getByRole('link', { name: 'Record your first interview' });
    await first.waitFor();
    await shoot(page, 'dashboard-empty');
    await first.click();

    await page.getByLabel('Company').fill('Northwind Analytics');
    await page.getByLabel('Role').fill('Data Analyst');
    await page.getByLabel('Stage').selectOption('first');
    await page.getByLabel('Format').selectOption('video');
    await page.getByLabel(/^Interviewers/).fill('Priya Shah, Tom Becker');
    await page.getByLabel(/^Topics discussed/).fill('dashboards, the roadmap');
    expect(await page.getByLabel('Date', { exact: true }).inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await shoot(page, 'new-interview');
    await page.getByRole('button', { name: 'Save and debrief' }).click();

    // Debrief: paste notes, see the evidence and the found signs.
    await page.getByRole('heading', { name: /^Debrief: Northwind Analytics/ }).waitFor();
    const live = page.getByTestId('live-estimate');
    const before = await live.innerText();
    await page.getByLabel('Notes', { exact: true }).fill(NOTES);
    await page.getByRole('button', { name: 'Find the signs' }).click();
    await page.getByRole('heading', { name: 'What Debrief found' }).waitFor();
    expect(await page.locator('.document mark').count()).toBeGreaterThan(0);
    const praised = page.locator('fieldset[data-sign="achievements-praised"]');
    expect(await praised.getByLabel('Yes', { exact: true }).isChecked()).toBe(true);
    expect(await live.innerText()).not.toBe(before);

    // Confirm and change answers; the estimate moves in the page, with no round trip.
    const afterFound = await live.innerText();
    await page.locator('fieldset[data-sign="raised-concerns"]').getByLabel('Yes', { exact: true }).check();
    expect(await live.innerText()).not.toBe(afterFound);
    await page.locator('fieldset[data-sign="raised-concerns"]').getByLabel('No', { exact: true }).check();
    await page.locator('fieldset[data-sign="candidate-nerves"]').getByLabel('Not sure').check();

    // The promised date is offered as the decision date.
    // (Only dates after the interview are offered; "by Friday" said on a Friday may not be.)
    const promised = page.getByRole('group', { name: "They mentioned when they'd decide" });
    let chosenDate: string | undefined;
    if (await promised.count()) {
      // ...and chosen already, as the CLI's Enter chooses it.
      expect(await promised.getByRole('radio').first().isChecked()).toBe(true);
      await promised.getByRole('radio').first().check();
      chosenDate = (await promised.getByRole('radio').first().getAttribute('value')) ?? undefined;
    }
    await shoot(page, 'debrief');
    // Full-page captures leave out the phone's sticky estimate bar, so show it scrolled too.
    await page.setViewportSize({ width: 375, height: 812 });
    await page.locator('fieldset[data-sign="culture-discussion"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/debrief-live-375.png` });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Save and see the result' }).click();

    // Result.
    await page.getByTestId('probability').waitFor();
    expect(await page.getByTestId('probability').innerText()).toMatch(/^\d{1,2}%$/);
    expect((await page.getByTestId('band').innerText()).length).toBeGreaterThan(3);
    await page.getByRole('heading', { name: 'What moved the estimate' }).waitFor();
    expect(await page.locator('.factor').count()).toBeGreaterThan(0);
    expect(await page.locator('.step').count()).toBeGreaterThan(0);
    const saved = await (
      await fetch(
        `${baseUrl}${new URL(page.url()).hash.replace('#', '/api').replace('/result', '/observations')}`,
      )
    ).json();
    expect(saved.observations['raised-concerns'].value).toBe('absent');
    expect(saved.observations['achievements-praised'].source).toBe('analyzer');
    if (chosenDate) {
      const id = new URL(page.url()).hash.split('/')[2];
      const item = await (await fetch(`${baseUrl}/api/interviews/${id}`)).json();
      expect(item.record.decisionBy).toBe(chosenDate);
    }
    await shoot(page, 'result');

    // Coming back to the debrief shows the notes it came from, and the answers as saved.
    const resultUrl = page.url();
    await page.goto(resultUrl.replace('/result', '/debrief'));
    await page.getByRole('heading', { name: 'Your earlier text' }).waitFor();
    expect(await page.locator('.document').innerText()).toContain('praised my portfolio');
    expect(await page.locator('.document mark').count()).toBeGreaterThan(0);
    const concerns = page.locator('fieldset[data-sign="raised-concerns"]');
    expect(await concerns.getByLabel('No', { exact: true }).isChecked()).toBe(true);
    await shoot(page, 'debrief-earlier');
    await page.goto(resultUrl);
    await page.getByTestId('probability').waitFor();
    expect(await page.locator('.timeline-list').innerText()).toContain('Check in');

    const [calendar] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Add the dates to your calendar/ }).click(),
    ]);
    const ics = await downloadedText(calendar);
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics.match(/BEGIN:VEVENT/g)?.length ?? 0).toBeGreaterThan(0);

    // Outcome, then the dashboard follows.
    await page.getByRole('link', { name: 'Record outcome' }).click();
    await page.getByLabel('Invited to the next round').check();
    await page.getByLabel(/^Note/).fill('Second round next week with the head of data.');
    await shoot(page, 'outcome');
    await page.getByRole('button', { name: 'Save outcome' }).click();
    const card = page.getByTestId('interview-card').filter({ hasText: 'Northwind Analytics' });
    await card.getByTestId('outcome').getByText('Invited to the next round').waitFor();
    // A quiet confirmation says what was saved, once: it is gone after dismissing or leaving.
    const savedNote = page.getByTestId('saved-note');
    expect(await savedNote.innerText()).toContain(
      'Outcome saved for Northwind Analytics · Data Analyst: Invited to the next round.',
    );
    expect(await savedNote.getAttribute('role')).toBe('status');
    await shoot(page, 'dashboard-saved');
    await savedNote.getByRole('button', { name: /Dismiss/ }).click();
    expect(await savedNote.count()).toBe(0);
    // With an outcome recorded, the card offers to change it, as the result page does.
    expect(await card.getByRole('link', { name: 'Change outcome' }).count()).toBe(1);
    expect(await card.getByRole('link', { name: 'Record outcome' }).count()).toBe(0);
    await shoot(page, 'dashboard');

    // Filters narrow the list.
    await page.getByLabel('Search').fill('zzz-no-such-company');
    await page.getByText('Nothing matches these filters.').waitFor();
    await page.getByLabel('Search').fill('northwind');
    await card.waitFor();
    // A filter that hides everything can be undone in one click.
    await page.getByLabel('Stage').selectOption('screen');
    await page.getByRole('button', { name: 'Show all interviews' }).click();
    await card.waitFor();
    expect(await page.getByLabel('Search').inputValue()).toBe('');
    expect(await page.getByLabel('Stage').inputValue()).toBe('');

    // History records each change.
    await card.getByRole('heading').getByRole('link').click();
    await page.getByRole('heading', { name: 'Estimate history' }).waitFor();
    expect(await page.locator('.history-list li').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.history-mid-label').textContent()).toBe('50%');
    // With the answer in, the timeline marks the day it came instead of a check-in still to do.
    const timeline = await page.locator('.timeline-list').innerText();
    expect(timeline).toContain('Invited to the next round');
    expect(timeline).not.toContain('Check in');
    expect(timeline).not.toContain('Treat as closed');
    // the answer came before the day word was due, so that day says nothing any more
    expect(timeline).not.toContain('Word expected by');
    await shoot(page, 'result-after-outcome');

    // Export, then import it back over an emptied store.
    await page.getByRole('link', { name: 'Your data' }).click();
    await shoot(page, 'data');
    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Export everything/ }).click(),
    ]);
    const exportPath = await exported.path();
    const bundle = JSON.parse(await downloadedText(exported));
    expect(bundle.format).toBe('debrief-export');
    expect(bundle.interviews).toHaveLength(1);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Export interviews/ }).click(),
    ]);
    expect(await downloadedText(csv)).toContain('Northwind Analytics');

    const id = bundle.interviews[0].interview.id as string;
    await fetch(`${baseUrl}/api/interviews/${id}`, { method: 'DELETE' });
    await page.getByLabel('Choose the export file…').setInputFiles(exportPath);
    await page.getByText('1 interview, ready to import.').waitFor();
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByText('Imported 1 interview.').waitFor();
    const list = await (await fetch(`${baseUrl}/api/interviews`)).json();
    expect(list.interviews.map((i: { record: { company: string } }) => i.record.company)).toEqual([
      'Northwind Analytics',
    ]);

    // A file that is not an export is refused in words as soon as it is chosen, and nothing changes.
    await page.getByLabel('Choose the export file…').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": 1}'),
    });
    await page
      .getByRole('alert')
      .getByText(/it is JSON, but not what Debrief saves/)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Import' }).isDisabled()).toBe(true);
    expect((await (await fetch(`${baseUrl}/api/interviews`)).json()).interviews).toHaveLength(1);

    await page.getByRole('link', { name: 'Interviews', exact: true }).click();
    await page.getByTestId('interview-card').getByRole('heading').getByRole('link').click();
    await page.getByRole('link', { name: 'Edit details' }).click();
    await page.getByLabel('Role').waitFor();
    await shoot(page, 'edit-interview');
  }, 180_000);
});
