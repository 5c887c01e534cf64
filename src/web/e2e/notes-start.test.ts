import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInterviewVia, daysAgo, shoot, startHarness, type Harness } from './harness.js';

// The round, format, job and day are stated; the employer is typed first, so it must stay.
const NOTES = `Had my final round at Harbour Logistics yesterday. I applied for the ops planner job. A panel of three.
Priya (the hiring manager) smiled a lot, praised my dashboard project and asked when I could start.
They said they would decide within a week.`;

/** Opens the new-interview page, pastes `notes` into its notes panel and has the form filled from them. */
async function filledFromNotes(h: Harness, notes: string) {
  const { page, baseUrl } = h;
  await page.goto(`${baseUrl}/#/new`);
  const panel = page.getByRole('region', { name: 'Start from your notes (optional)' });
  await panel.getByLabel('Your notes').fill(notes);
  await panel.getByRole('button', { name: 'Fill in from my notes' }).click();
  const status = panel.getByRole('status');
  await status.getByText(/^Filled in from your notes/).waitFor();
  return { page, baseUrl, panel, status };
}

describe('starting a new interview from notes', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('fills the blank fields with their quotes, keeps a typed one, and saves the notes for the debrief', async () => {
    const { page, baseUrl } = h;
    await page.goto(`${baseUrl}/#/new`);
    const panel = page.getByRole('region', { name: 'Start from your notes (optional)' });
    const fill = panel.getByRole('button', { name: 'Fill in from my notes' });
    expect(await fill.isDisabled()).toBe(true);
    await page.getByLabel('Company').fill('Typed Co');
    await panel.getByLabel('Your notes').fill(NOTES);
    await fill.click();
    const status = panel.getByRole('status');
    await status.getByText(/^Filled in from your notes/).waitFor();
    expect(await status.innerText()).toBe(
      'Filled in from your notes: job title, round, format, date, interviewers and decision date. Check them below; you can change any of them.',
    );
    expect(await page.getByLabel('Company').inputValue()).toBe('Typed Co');
    expect(await page.getByRole('textbox', { name: 'Interviewers' }).inputValue()).toBe('Priya');
    expect(await page.locator('#from-notes-interviewers').innerText()).toBe('from your notes: “Priya”');
    const role = page.getByRole('textbox', { name: 'Role' });
    expect(await role.inputValue()).toBe('ops planner');
    expect(await role.getAttribute('aria-describedby')).toContain('from-notes-role');
    expect(await page.locator('#from-notes-stage').innerText()).toBe('from your notes: “final round”');
    expect(await page.locator('#from-notes-company').count()).toBe(0);
    expect(await page.getByLabel('Stage').inputValue()).toBe('final');
    expect(await page.getByLabel('Format').inputValue()).toBe('panel');
    // The mark is the field's description, not part of its name.
    const date = page.getByRole('textbox', { name: 'Date', exact: true });
    expect(await date.inputValue()).toBe(daysAgo(1));
    expect(await date.getAttribute('aria-describedby')).toBe('from-notes-date');
    // "within a week" of yesterday's interview
    const decide = page.getByLabel("Did they say when they'd decide?");
    expect(await decide.inputValue()).toBe(daysAgo(-6));
    expect(await page.locator('#from-notes-decisionBy').innerText()).toBe('from your notes: “within a week”');
    // Nothing is stored before the form is saved.
    const list = async () =>
      ((await (await fetch(`${baseUrl}/api/interviews`)).json()) as { interviews: { id: string }[] })
        .interviews;
    expect(await list()).toHaveLength(0);
    await shoot(page, 'new-interview-from-notes');

    await page.getByRole('button', { name: 'Save and debrief' }).click();
    await page.getByRole('heading', { name: 'What Debrief found' }).waitFor();
    const [made] = await list();
    const id = made!.id;
    const record = ((await (await fetch(`${baseUrl}/api/interviews/${id}`)).json()) as { record: object })
      .record;
    expect(record).toMatchObject({
      company: 'Typed Co',
      role: 'ops planner',
      stage: 'final',
      format: 'panel',
      date: daysAgo(1),
      decisionBy: daysAgo(-6),
      interviewers: ['Priya'],
    });
    const docs = (
      (await (await fetch(`${baseUrl}/api/interviews/${id}/documents`)).json()) as {
        documents: { text: string }[];
      }
    ).documents;
    expect(docs.map((d) => d.text)).toEqual([NOTES]);
    // Read as just found: the signs marked.
    expect(await page.locator('mark').count()).toBeGreaterThan(0);
    // The record already holds the promised day, so it is not offered again.
    expect(await page.getByRole('group', { name: "They mentioned when they'd decide" }).count()).toBe(0);
    await shoot(page, 'new-interview-from-notes-debrief');
  }, 60_000);

  it('offers what the notes say was sent since as ticked boxes, and ticks those steps off when saved', async () => {
    const { page, baseUrl, status } = await filledFromNotes(
      h,
      'Had my interview at the county library 3 days ago. Sent a thank you email that evening.\nEmailed the recruiter yesterday and nothing yet.',
    );
    expect(await status.innerText()).toBe(
      'Filled in from your notes: employer and date. Check them below; you can change any of them. They also say what you have sent since the interview: untick what is not right.',
    );
    // the employer named in lower case, by what it is
    expect(await page.getByLabel('Company').inputValue()).toBe('the county library');
    const since = page.getByRole('group', { name: 'Since the interview' });
    const thanks = since.getByRole('checkbox', { name: /^I sent a thank-you note on / });
    const checkIn = since.getByRole('checkbox', { name: /^I have checked in with them on / });
    expect(await thanks.isChecked()).toBe(true);
    expect(await checkIn.isChecked()).toBe(true);
    expect(await page.locator('#from-notes-check-in').innerText()).toBe(
      'from your notes: “Emailed the recruiter yesterday and nothing yet”',
    );
    await shoot(page, 'new-interview-sent-since');

    await page.getByRole('button', { name: 'Save and debrief' }).click();
    await page.getByRole('heading', { name: 'What Debrief found' }).waitFor();
    const id = /#\/interviews\/([^/]+)\//.exec(page.url())?.[1];
    const assessment = (await (await fetch(`${baseUrl}/api/interviews/${id}/assessment`)).json()) as {
      reminders: { kind: string; due: string; done: boolean }[];
    };
    const done = assessment.reminders.filter((r) => r.done).map((r) => r.kind);
    expect(done.sort()).toEqual(['check-in', 'thank-you']);
    // the check-in is done on the day the notes give, and the last one counts from it
    const dueOf = (kind: string) => assessment.reminders.find((r) => r.kind === kind)?.due ?? '';
    expect(dueOf('check-in')).toBe(daysAgo(1));
    expect(dueOf('second-check-in') >= daysAgo(-4)).toBe(true);
    const record = ((await (await fetch(`${baseUrl}/api/interviews/${id}`)).json()) as { record: object })
      .record;
    expect(record).toMatchObject({
      company: 'the county library',
      date: daysAgo(3),
      checkedInOn: daysAgo(1),
    });
    expect(record).not.toHaveProperty('heardBack');
  }, 60_000);

  it('records a check-in answered "still deciding" as a holding reply, and an unticked box not at all', async () => {
    const { page, baseUrl } = h;
    await page.goto(`${baseUrl}/#/new`);
    const panel = page.getByRole('region', { name: 'Start from your notes (optional)' });
    await panel
      .getByLabel('Your notes')
      .fill(
        'Phone screen at Holding Co 4 days ago. Sent a thank-you note that evening. Called HR yesterday, they said still deciding.',
      );
    await panel.getByRole('button', { name: 'Fill in from my notes' }).click();
    await panel
      .getByRole('status')
      .getByText(/They also say what you have sent/)
      .waitFor();
    const since = page.getByRole('group', { name: 'Since the interview' });
    await since.getByRole('checkbox', { name: /^I sent a thank-you note/ }).uncheck();
    expect(
      await since.getByRole('checkbox', { name: /and they said they are still deciding$/ }).isChecked(),
    ).toBe(true);
    await page.getByRole('button', { name: 'Save and debrief' }).click();
    await page.getByRole('heading', { name: 'What Debrief found' }).waitFor();
    const id = /#\/interviews\/([^/]+)\//.exec(page.url())?.[1];
    const record = ((await (await fetch(`${baseUrl}/api/interviews/${id}`)).json()) as { record: object })
      .record;
    expect(record).toMatchObject({ company: 'Holding Co', heardBack: { kind: 'update', on: daysAgo(1) } });
    const assessment = (await (await fetch(`${baseUrl}/api/interviews/${id}/assessment`)).json()) as {
      reminders: { kind: string; done: boolean }[];
    };
    expect(assessment.reminders.filter((r) => r.done)).toEqual([]);
  }, 60_000);

  it('works from the keyboard: the box, then the button, the status read out', async () => {
    const { page, baseUrl } = h;
    await page.goto(`${baseUrl}/#/new`);
    await page.getByLabel('Your notes', { exact: true }).waitFor();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.tagName === 'TEXTAREA')) break;
    }
    await page.keyboard.type('Phone screen at Keyboard Logistics yesterday. They were friendly.');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Fill in from my notes');
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .getByText(/^Filled in from your notes: employer, round/)
      .waitFor();
    expect(await page.getByLabel('Company').inputValue()).toBe('Keyboard Logistics');
  }, 60_000);

  it('starts a next round from notes: the employer and job of the last round kept, the rest filled', async () => {
    const { page, baseUrl } = h;
    const before = await createInterviewVia(baseUrl, {
      stage: 'first',
      date: daysAgo(9),
      company: 'Onward Co',
      role: 'Planner',
    });
    const res = await fetch(`${baseUrl}/api/interviews/${before}/outcome`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outcome: 'next-round', on: daysAgo(6) }),
    });
    expect(res.ok).toBe(true);
    // The notes name the employer otherwise: the last round's name stays.
    const notes = `Final round at Onward Logistics yesterday, a video call with the head of planning.
She asked about my notice period and when I could start.
They said they would decide within a week.`;
    await page.goto(`${baseUrl}/#/interviews/${before}/result`);
    await page.getByRole('link', { name: 'Add the next round' }).click();
    await page.getByRole('heading', { name: 'Next round: Onward Co · Planner' }).waitFor();
    // Cancel goes back to the round it came from.
    expect(await page.getByRole('link', { name: 'Cancel' }).getAttribute('href')).toBe(
      `#/interviews/${before}/result`,
    );
    const panel = page.getByRole('region', { name: 'Start from your notes (optional)' });
    await panel.getByText(/no employer or job carried over from the last round, is changed/).waitFor();
    await panel.getByLabel('Your notes').fill(notes);
    await panel.getByRole('button', { name: 'Fill in from my notes' }).click();
    await panel
      .getByRole('status')
      .getByText(/^Filled in from your notes/)
      .waitFor();
    expect(await panel.getByRole('status').innerText()).toBe(
      'Filled in from your notes: round, format, date and decision date. Check them below; you can change any of them.',
    );
    expect(await page.getByLabel('Company').inputValue()).toBe('Onward Co');
    expect(await page.getByRole('textbox', { name: 'Role' }).inputValue()).toBe('Planner');
    expect(await page.getByLabel('Stage').inputValue()).toBe('final');
    expect(await page.getByLabel('Format').inputValue()).toBe('video');
    expect(await page.getByRole('textbox', { name: 'Date', exact: true }).inputValue()).toBe(daysAgo(1));
    expect(await page.getByLabel("Did they say when they'd decide?").inputValue()).toBe(daysAgo(-6));
    await shoot(page, 'next-round-from-notes');

    await page.getByRole('button', { name: 'Save and debrief' }).click();
    await page.getByRole('heading', { name: 'What Debrief found' }).waitFor();
    const id = /#\/interviews\/([^/]+)\//.exec(page.url())?.[1];
    expect(id).toBeDefined();
    expect(id).not.toBe(before);
    const docsOf = async (of: string) =>
      (
        (await (await fetch(`${baseUrl}/api/interviews/${of}/documents`)).json()) as {
          documents: { text: string }[];
        }
      ).documents.map((d) => d.text);
    expect(await docsOf(id!)).toEqual([notes]);
    expect(await docsOf(before)).toEqual([]);
    const record = ((await (await fetch(`${baseUrl}/api/interviews/${id}`)).json()) as { record: object })
      .record;
    expect(record).toMatchObject({ company: 'Onward Co', role: 'Planner', stage: 'final', format: 'video' });
  }, 60_000);

  it('leaves the decision date to the person when the notes give two days, and offers both later', async () => {
    // two days after the interview whatever today is ("this week", said on a Friday, is that day)
    const { page, status } = await filledFromNotes(
      h,
      'Video interview at Brightline yesterday. They hope to decide by the end of next week and will be in touch in the next couple of weeks.',
    );
    expect(await status.innerText()).toMatch(
      /Your notes give more than one day for their decision, so that date is yours to pick/,
    );
    expect(await page.getByLabel("Did they say when they'd decide?").inputValue()).toBe('');
    await page.getByRole('button', { name: 'Save and debrief' }).click();
    const promised = page.getByRole('group', { name: "They mentioned when they'd decide" });
    await promised.waitFor();
    // Each day with its words, and a way to choose none.
    expect(await promised.getByRole('radio').count()).toBe(3);
    await promised.getByText('“in the next couple of weeks”').waitFor();
    await promised.getByLabel('Leave the decision date empty').waitFor();
    await shoot(page, 'new-interview-two-decision-days');

    // Once one is on record, it is offered as the record's, not as one the person typed.
    await promised.getByText('“in the next couple of weeks”').click();
    await page.getByRole('button', { name: 'Save and see the result' }).click();
    await page.getByTestId('probability').waitFor();
    await page.locator('.page-head').getByRole('link', { name: 'Debrief', exact: true }).click();
    await promised.getByLabel(/^Keep the date on record \(/).waitFor();
  }, 60_000);

  it('takes back a decision date counted from the notes day when the interview date is changed', async () => {
    const { page } = await filledFromNotes(
      h,
      'Interview yesterday. They said they would decide within a week.',
    );
    const decide = page.getByLabel("Did they say when they'd decide?");
    expect(await decide.inputValue()).toBe(daysAgo(-6));
    // "within a week" of yesterday is not a week from three days ago
    await page.getByRole('textbox', { name: 'Date', exact: true }).fill(daysAgo(3));
    expect(await decide.inputValue()).toBe('');
    expect(await page.locator('#from-notes-decisionBy').count()).toBe(0);
  }, 60_000);

  it('refuses a binary file with the debrief page words, and keeps what was in the box', async () => {
    const { page, baseUrl } = h;
    await page.goto(`${baseUrl}/#/new`);
    const panel = page.getByRole('region', { name: 'Start from your notes (optional)' });
    await panel.getByLabel('Your notes').fill('kept words');
    await panel.getByLabel('Choose a file…').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    });
    const alert = panel.getByRole('alert');
    await alert.getByText('Debrief could not read that.').waitFor();
    expect(await panel.getByLabel('Your notes').inputValue()).toBe('kept words');
    await panel.getByLabel('Choose a file…').setInputFiles({
      name: 'scan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4'),
    });
    await alert.getByText(/That is a PDF/).waitFor();
  }, 60_000);
});
