import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInterviewVia, daysAgo, shoot, startHarness, type Harness } from './harness.js';

describe('follow-ups on the result and debrief pages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('ticks next steps off, and the ticks survive a reload', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, { stage: 'first', date: daysAgo(2), company: 'Tick Co' });
    await page.goto(`${baseUrl}/#/interviews/${id}/result`);
    const steps = page.locator('.step');
    await steps.first().waitFor();
    expect(await steps.count()).toBeGreaterThan(1);
    const second = steps.nth(1);
    const key = await second.getAttribute('data-step');
    await second.getByRole('checkbox', { name: /^Done/ }).check();
    await page.locator(`.step.is-done[data-step="${key}"]`).waitFor();
    await expect
      .poll(async () => {
        const view = await (await fetch(`${baseUrl}/api/interviews/${id}/assessment`)).json();
        return view.reminders
          .filter((r: { done: boolean }) => r.done)
          .map((r: { kind: string; due: string }) => `${r.kind}@${r.due}`);
      })
      .toEqual([key]);
    await shoot(page, 'result-steps-ticked');

    await page.reload();
    await page.locator(`.step[data-step="${key}"]`).waitFor();
    expect(await page.locator(`.step[data-step="${key}"]`).getByRole('checkbox').isChecked()).toBe(true);
    expect(await steps.first().getByRole('checkbox').isChecked()).toBe(false);
  }, 60_000);

  it('keeps a check-in ticked as sent today, and moves the last check-in to a week after it', async () => {
    const { page, baseUrl } = h;
    // two days ago, no date given: the first check-in is planned for next week, and sent early
    const id = await createInterviewVia(baseUrl, { stage: 'first', date: daysAgo(2), company: 'Chase Co' });
    await page.goto(`${baseUrl}/#/interviews/${id}/result`);
    const checkIn = page.locator('.step[data-step^="check-in@"]');
    await checkIn.waitFor();
    expect(await checkIn.getAttribute('data-step')).not.toBe(`check-in@${daysAgo(0)}`);
    await checkIn.getByRole('checkbox', { name: /^Done/ }).check();
    // asked again, the page dates the check-in today, ticked, and the last one after it
    await page.locator(`.step.is-done[data-step="check-in@${daysAgo(0)}"]`).waitFor();
    await expect.poll(() => page.getByText(/If your check-in of .* gets no reply/).count()).toBe(1);
    expect(await page.locator('.timeline').innerText()).toMatch(/Checked in/);
    const view = (await (await fetch(`${baseUrl}/api/interviews/${id}/assessment`)).json()) as {
      plan: { steps: { kind: string; due: string }[] };
    };
    const second = view.plan.steps.find((s) => s.kind === 'second-check-in')?.due ?? '';
    expect(second >= daysAgo(-5)).toBe(true);
    const record = (await (await fetch(`${baseUrl}/api/interviews/${id}`)).json()) as {
      record: { checkedInOn?: string };
    };
    expect(record.record.checkedInOn).toBe(daysAgo(0));
    await shoot(page, 'result-check-in-sent');

    // ticked back on: the day is forgotten and the step goes back to its usual day
    await page.locator('.step[data-step^="check-in@"]').getByRole('checkbox').uncheck();
    await expect
      .poll(async () => page.locator('.step[data-step^="check-in@"]').getAttribute('data-step'))
      .not.toBe(`check-in@${daysAgo(0)}`);
    expect(await page.locator('.step[data-step^="check-in@"]').getByRole('checkbox').isChecked()).toBe(false);
    expect(await page.locator('.timeline').innerText()).not.toMatch(/Checked in/);
  }, 60_000);

  it('signs every draft with the first name given once, on every interview', async () => {
    const { page, baseUrl } = h;
    const a = await createInterviewVia(baseUrl, { stage: 'first', date: daysAgo(2), company: 'Sign Co' });
    const b = await createInterviewVia(baseUrl, { stage: 'final', date: daysAgo(9), company: 'Other Co' });
    await page.goto(`${baseUrl}/#/interviews/${a}/result`);
    const bodies = () => page.locator('.draft-body').allTextContents();
    await page.locator('.draft-body').first().waitFor({ state: 'attached' });
    for (const body of await bodies()) expect(body.trimEnd()).toMatch(/Best regards,$/);
    await page.getByLabel('Your first name').fill('Sam');
    await page.getByRole('button', { name: 'Sign the drafts' }).click();
    await page.getByText('The drafts are signed').waitFor();
    await expect
      .poll(async () => (await bodies()).every((t) => t.trimEnd().endsWith('Best regards,\nSam')))
      .toBe(true);
    expect(await page.getByRole('link', { name: /calendar/ }).getAttribute('href')).toContain('?name=Sam');
    await shoot(page, 'result-signed');

    await page.goto(`${baseUrl}/#/interviews/${b}/result`);
    await page.getByText('The drafts are signed').waitFor();
    // Changing it puts the keyboard in the box it opens.
    await page.getByRole('button', { name: 'Change the name' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('autocomplete')))
      .toBe('given-name');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('The drafts are signed').waitFor();
    await expect
      .poll(async () => (await bodies()).every((t) => t.trimEnd().endsWith('Best regards,\nSam')))
      .toBe(true);
    expect((await bodies()).length).toBeGreaterThan(0);
  }, 60_000);

  it('says when the notes already tell the answer, and starts the outcome form from it', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, { stage: 'final', date: daysAgo(6), company: 'Answer Co' });
    await page.goto(`${baseUrl}/#/interviews/${id}/debrief`);
    await page
      .getByLabel('Notes', { exact: true })
      .fill(
        'Final round with the director, a bit stiff. Yesterday the recruiter rang and offered me the job!',
      );
    await page.getByRole('button', { name: 'Find the signs' }).click();
    await page.getByRole('heading', { name: 'Your notes already tell the answer' }).waitFor();
    expect(await page.locator('.reported').textContent()).toContain('“offered me the job”');
    await shoot(page, 'debrief-reported-answer');
    await page.getByRole('link', { name: 'Record it as the outcome' }).click();
    await page.getByText('Chosen from what your notes say').waitFor();
    expect(await page.getByRole('radio', { name: 'Offer' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Save outcome' }).click();
    await expect
      .poll(async () => (await (await fetch(`${baseUrl}/api/interviews/${id}`)).json()).outcome?.outcome)
      .toBe('offer');
    // saving moves the page on to the result itself; going to the debrief before that lands
    // could be undone by it
    await page.waitForURL((url) => !url.hash.endsWith('/outcome'));
    // once recorded, the debrief no longer offers it: a fresh load of the page, since a hash
    // change in the same page timed out twice in full runs (never alone) waiting for its form
    await page.goto('about:blank');
    await page.goto(`${baseUrl}/#/interviews/${id}/debrief`);
    await page
      .getByLabel('Notes', { exact: true })
      .fill('Yesterday the recruiter rang and offered me the job!');
    await page.getByRole('button', { name: 'Find the signs' }).click();
    await page.getByRole('heading', { name: 'What Debrief found' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Your notes already tell the answer' }).count()).toBe(0);
  }, 60_000);

  it('brings what Debrief found into view once the signs are found', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, { stage: 'first', date: daysAgo(1), company: 'Scroll Co' });
    await page.goto(`${baseUrl}/#/interviews/${id}/debrief`);
    await page
      .getByLabel('Notes', { exact: true })
      .fill('They asked when I could start. It ran 20 minutes over.');
    await page.getByRole('button', { name: 'Find the signs' }).click();
    const heading = page.getByRole('heading', { name: 'What Debrief found' });
    await heading.waitFor();
    await expect
      .poll(async () => {
        const box = await heading.boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= 900;
      })
      .toBe(true);
    // On a wide screen the estimate and its Save button stay in view down the long page.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect
      .poll(async () => {
        const box = await page.getByRole('button', { name: 'Save and see the result' }).boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= 900;
      })
      .toBe(true);
  });

  it('keeps each mark of the timeline key on the line of its words on a phone', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, { stage: 'first', date: daysAgo(2), company: 'Key Co' });
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      await page.goto(`${baseUrl}/#/interviews/${id}/result`);
      const items = page.locator('.timeline-key .key-item');
      await items.first().waitFor();
      expect(await items.allInnerTexts()).toEqual(['Dates to watch', 'A step to take', 'Today']);
      for (const item of await items.all()) {
        const [mark, box] = await Promise.all([item.locator('.key').boundingBox(), item.boundingBox()]);
        // One line each: the mark sits inside its item's box, which is no taller than a line.
        expect(mark && box && mark.y >= box.y - 1 && mark.y + mark.height <= box.y + box.height + 1).toBe(
          true,
        );
        expect(box!.height).toBeLessThan(30);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('after an outcome, leads with the answer and drops the waiting words', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, { stage: 'first', date: daysAgo(6), company: 'Heard Back' });
    const res = await fetch(`${baseUrl}/api/interviews/${id}/outcome`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outcome: 'next-round', on: daysAgo(1) }),
    });
    expect(res.ok).toBe(true);
    await page.goto(`${baseUrl}/#/interviews/${id}/result`);
    await page.getByTestId('outcome-headline').waitFor();
    const headline = await page.locator('.headline').innerText();
    expect(headline).toContain("You're through to the next round");
    expect(headline).toMatch(/Before you heard, the signs pointed to about an? \d+% chance/);
    expect(headline).not.toMatch(/is honest: interview signs are weak evidence/);
    expect(await page.getByTestId('probability').count()).toBe(0);
    expect(await page.getByText('Worth asking yourself while you wait.').count()).toBe(0);
  });

  it('fits the next steps to the answer: a rejection, then an offer', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, { stage: 'first', date: daysAgo(4), company: 'Answer Co' });
    const json = { 'content-type': 'application/json' };
    await fetch(`${baseUrl}/api/interviews/${id}/observations`, {
      method: 'PUT',
      headers: json,
      body: JSON.stringify({ observations: { 'candidate-nerves': 'present' } }),
    });
    const answer = async (outcome: string) => {
      const res = await fetch(`${baseUrl}/api/interviews/${id}/outcome`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ outcome, on: daysAgo(1) }),
      });
      expect(res.ok).toBe(true);
      // a fresh load: the same hash again would not fetch the new answer
      await page.goto('about:blank');
      await page.goto(`${baseUrl}/#/interviews/${id}/result`);
      await page.locator('.step').first().waitFor();
    };
    const titles = () => page.locator('.step h3').allInnerTexts();

    await answer('rejected');
    expect(await titles()).toEqual([
      'Ask for feedback, then close this one',
      'Keep going with your other applications',
    ]);
    expect(await page.getByRole('region', { name: 'Do you want this job?' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'For next time' }).count()).toBe(1);
    await page.getByText('See a draft message').click();
    await page.getByText(/any feedback on what would have made me a stronger candidate/).waitFor();
    await shoot(page, 'result-rejected');

    await answer('offer');
    expect(await titles()).toEqual([
      'Ask for the offer in writing, then take time to decide',
      'Tell the other employers, if you want them',
    ]);
    expect(await page.getByRole('region', { name: 'For next time' }).count()).toBe(0);
    expect(await page.getByText('Worth asking yourself before you answer.').count()).toBe(1);
    expect(await page.getByText(/hedge|keep your other conversations going/i).count()).toBe(0);
    await shoot(page, 'result-offer');
  }, 60_000);

  it('after a next round, starts the next interview from this one', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, {
      stage: 'first',
      date: daysAgo(5),
      company: 'Onward Co',
      role: 'Planner',
      interviewers: ['Kim'],
    });
    const res = await fetch(`${baseUrl}/api/interviews/${id}/outcome`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outcome: 'next-round', on: daysAgo(2) }),
    });
    expect(res.ok).toBe(true);
    await page.goto('about:blank');
    await page.goto(`${baseUrl}/#/interviews/${id}/result`);
    await page.locator('.step').first().waitFor();
    await shoot(page, 'result-next-round');
    await page.getByRole('link', { name: 'Add the next round' }).click();
    await page.getByRole('heading', { name: 'Next round: Onward Co · Planner' }).waitFor();
    await page.getByLabel('Company').waitFor();
    expect(await page.getByLabel('Company').inputValue()).toBe('Onward Co');
    expect(await page.getByLabel('Role').inputValue()).toBe('Planner');
    expect(await page.getByLabel('Stage').inputValue()).toBe('later');
    expect(await page.getByLabel('Interviewers').inputValue()).toBe('');
    await shoot(page, 'next-round-form');
  }, 60_000);

  it('keeps self-assessment answers in this browser and shows the verdict', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, { stage: 'first', date: daysAgo(1), company: 'Self Co' });
    await page.goto(`${baseUrl}/#/interviews/${id}/result`);
    const self = page.getByRole('region', { name: 'Do you want this job?' });
    await self.waitFor();
    const groups = self.locator('fieldset');
    const n = await groups.count();
    for (let i = 0; i < n; i++) await groups.nth(i).getByLabel('No', { exact: true }).check();
    const verdict = page.getByTestId('self-verdict');
    const said = await verdict.innerText();
    expect(said.length).toBeGreaterThan(10);

    await page.reload();
    await verdict.waitFor();
    for (let i = 0; i < n; i++)
      expect(await groups.nth(i).getByLabel('No', { exact: true }).isChecked()).toBe(true);
    expect(await verdict.innerText()).toBe(said);
    expect(await page.evaluate((k) => localStorage.getItem(k), `debrief:self:${id}`)).toContain('"no"');
  }, 60_000);

  it('shows an interview not yet debriefed as such on the dashboard, then its estimate', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, { stage: 'first', date: daysAgo(1), company: 'Fresh Co' });
    await page.goto(`${baseUrl}/#/`);
    const card = page.getByTestId('interview-card').filter({ hasText: 'Fresh Co' });
    await card.getByText('Not debriefed yet').waitFor();
    await shoot(page, 'dashboard-not-debriefed');
    await fetch(`${baseUrl}/api/interviews/${id}/observations`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ observations: { 'raised-concerns': 'present' } }),
    });
    await page.reload();
    await card.locator('.badge strong').waitFor();
    expect(await card.getByText('Not debriefed yet').count()).toBe(0);
    expect(await card.locator('.badge strong').innerText()).toMatch(/^\d{1,2}%$/);
  }, 60_000);

  it('shows a decided interview on the dashboard by its answer, not by a chance of passing', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, {
      stage: 'first',
      date: daysAgo(4),
      company: 'Said No Ltd',
    });
    await fetch(`${baseUrl}/api/interviews/${id}/outcome`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outcome: 'rejected', on: daysAgo(1) }),
    });
    await page.goto(`${baseUrl}/#/`);
    await page.reload(); // the page may be on the dashboard already, which then would not load again
    const card = page.getByTestId('interview-card').filter({ hasText: 'Said No Ltd' });
    await card.getByTestId('outcome-badge').waitFor();
    expect(await card.getByTestId('outcome-badge').innerText()).toBe('Not this time');
    expect(await card.locator('.badge').innerText()).not.toMatch(/%/);
  }, 60_000);

  it('deletes an interview only after a confirm step', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, { stage: 'first', date: daysAgo(3), company: 'Gone Ltd' });
    await page.goto(`${baseUrl}/#/interviews/${id}/result`);
    await page.getByRole('button', { name: 'Delete…' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.waitFor();
    // "Keep it" has the focus, so a stray Enter deletes nothing.
    await page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'detached' });
    expect((await fetch(`${baseUrl}/api/interviews/${id}`)).status).toBe(200);

    // What this browser kept about it (an unsaved debrief, self-assessment answers, dismissed
    // suggestions) goes with it.
    await page.evaluate((id) => {
      localStorage.setItem(`debrief:draft:${id}`, JSON.stringify({ notes: 'private notes', answers: {} }));
      localStorage.setItem(`debrief:self:${id}`, JSON.stringify({}));
      localStorage.setItem(`debrief:dismissed:${id}`, JSON.stringify(['stage:final']));
    }, id);
    await page.getByRole('button', { name: 'Delete…' }).click();
    await shoot(page, 'result-delete-confirm');
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await page.waitForURL((url) => url.hash === '' || url.hash === '#/');
    await expect.poll(async () => (await fetch(`${baseUrl}/api/interviews/${id}`)).status).toBe(404);
    expect(await page.getByTestId('interview-card').filter({ hasText: 'Gone Ltd' }).count()).toBe(0);
    expect(
      await page.evaluate((id) => Object.keys(localStorage).filter((k) => k.endsWith(`:${id}`)), id),
    ).toEqual([]);
  }, 60_000);

  it('pre-answers "no next steps" from a decision date and leaves the silence to the dates', async () => {
    const { page, baseUrl } = h;
    const withDate = await createInterviewVia(baseUrl, {
      stage: 'first',
      date: daysAgo(2),
      decisionBy: daysAgo(-5),
      company: 'Dated Co',
    });
    await page.goto(`${baseUrl}/#/interviews/${withDate}/debrief`);
    const nextSteps = page.locator('fieldset[data-sign="no-next-steps"]');
    await nextSteps.waitFor();
    expect(await nextSteps.getByLabel('No', { exact: true }).isChecked()).toBe(true);
    expect(await nextSteps.innerText()).toContain('they said they would decide by');
    // The user can still change it.
    await nextSteps.getByLabel('Yes', { exact: true }).check();
    expect(await nextSteps.getByLabel('Yes', { exact: true }).isChecked()).toBe(true);

    const followUp = page.locator('fieldset[data-sign="no-follow-up"]');
    expect(await followUp.innerText()).toContain('Debrief works this out from the dates');
    expect(await followUp.getByLabel('Yes', { exact: true }).isDisabled()).toBe(true);
    await nextSteps.scrollIntoViewIfNeeded();
    await shoot(page, 'debrief-aftermath');

    const noDate = await createInterviewVia(baseUrl, {
      stage: 'first',
      date: daysAgo(2),
      company: 'Undated Co',
    });
    await page.goto(`${baseUrl}/#/interviews/${noDate}/debrief`);
    const plain = page.locator('fieldset[data-sign="no-next-steps"]');
    await plain.waitFor();
    expect(await plain.getByLabel('No', { exact: true }).isChecked()).toBe(false);
    expect(await plain.innerText()).not.toContain('they said they would decide by');
  }, 60_000);
});
