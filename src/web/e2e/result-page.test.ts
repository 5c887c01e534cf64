import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInterviewVia, daysAgo, shoot, startHarness, type Harness } from './harness.js';

interface Snapshot {
  probability: number;
}

describe('the result page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  const putObservations = async (id: string, observations: Record<string, string>) => {
    const res = await fetch(`${h.baseUrl}/api/interviews/${id}/observations`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ observations }),
    });
    expect(res.status).toBe(200);
  };

  it('shows no empty channel boxes before the debrief, and points to the questions', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, {
      stage: 'first',
      date: daysAgo(1),
      company: 'Blank Slate',
    });
    await page.goto(`${baseUrl}/#/interviews/${id}/result`);
    await page.getByTestId('no-factors').waitFor();
    expect(await page.getByRole('heading', { name: 'By channel' }).count()).toBe(0);
    expect(await page.locator('.channel-tile').count()).toBe(0);
    expect(
      await page
        .getByTestId('no-factors')
        .getByRole('link', { name: /debrief questions/ })
        .getAttribute('href'),
    ).toBe(`#/interviews/${id}/debrief`);
    await shoot(page, 'result-before-debrief');

    await putObservations(id, { 'achievements-praised': 'present' });
    await page.reload();
    await page.getByRole('heading', { name: 'By channel' }).waitFor();
    expect(await page.locator('.channel-tile').count()).toBe(5);
  }, 60_000);

  it('lists the estimate history in the chart order, oldest first, and marks the latest', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, { stage: 'first', date: daysAgo(1), company: 'History Co' });
    await putObservations(id, { 'achievements-praised': 'present' });
    await putObservations(id, { 'achievements-praised': 'present', 'raised-concerns': 'present' });
    const view = (await (await fetch(`${baseUrl}/api/interviews/${id}/assessment`)).json()) as {
      history: Snapshot[];
    };
    expect(view.history.length).toBe(3);
    await page.goto(`${baseUrl}/#/interviews/${id}/result`);
    const rows = page.locator('.history-list li');
    await rows.first().waitFor();
    const texts = await rows.allInnerTexts();
    // The chart runs left to right from the first snapshot; the list must run the same way.
    view.history.forEach((p, i) => expect(texts[i]).toContain(`${Math.round(p.probability * 100)}%`));
    expect(texts[2]).toContain('latest');
    expect(texts[0]).not.toContain('latest');
    expect(await page.getByTestId('history-order').innerText()).toMatch(/Oldest first/);
    const dots = page.locator('.history-dot');
    const cx = await dots.evaluateAll((all) => all.map((d) => Number(d.getAttribute('cx'))));
    expect(cx).toEqual([...cx].sort((a, b) => a - b));
    expect(await dots.last().getAttribute('class')).toContain('is-latest');
    await shoot(page, 'result-history');
  }, 60_000);

  it('drops a thank-you that is two weeks late, and lets the check-in thank them', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, {
      stage: 'first',
      date: daysAgo(16),
      company: 'Recorded Late',
    });
    await page.goto(`${baseUrl}/#/interviews/${id}/result`);
    const steps = page.locator('.step');
    await steps.first().waitFor();
    const all = (await steps.allInnerTexts()).join('\n');
    expect(all).not.toContain('Send a thank-you note');
    expect(all).toContain('late for a separate thank-you note');
    expect(await page.locator('.timeline').innerText()).not.toMatch(/thank-you/i);

    // A few days late, it is still worth sending, and says so.
    const recent = await createInterviewVia(baseUrl, {
      stage: 'first',
      date: daysAgo(3),
      company: 'Bit Late',
    });
    await page.goto(`${baseUrl}/#/interviews/${recent}/result`);
    await page.getByRole('heading', { name: 'Send a thank-you note' }).waitFor();
    expect(await page.locator('.step', { hasText: 'Send a thank-you note' }).innerText()).toContain(
      'a few days late is still fine',
    );
  }, 60_000);

  it('after a no, leads with the answer and shows the estimate as what the signs pointed to', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, { stage: 'first', date: daysAgo(5), company: 'Told Us No' });
    await putObservations(id, { 'achievements-praised': 'present', 'raised-concerns': 'present' });
    await page.goto(`${baseUrl}/#/interviews/${id}/result`);
    const waiting = await page.getByTestId('probability').innerText();

    const res = await fetch(`${baseUrl}/api/interviews/${id}/outcome`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        outcome: 'rejected',
        on: daysAgo(0),
        note: 'HR said they went with someone with more B2B experience.',
      }),
    });
    expect(res.ok).toBe(true);
    await page.goto('about:blank');
    await page.goto(`${baseUrl}/#/interviews/${id}/result`);
    const headline = page.getByTestId('outcome-headline');
    await headline.waitFor();
    expect(await page.getByRole('heading', { level: 2 }).first().innerText()).toBe('This one was a no');
    // The figure of the day they heard, before the answer: the one shown while waiting.
    expect(await page.getByTestId('signs-pointed').innerText()).toContain(
      `the signs pointed to about ${/^(8|1[18]%)/.test(waiting) ? 'an' : 'a'} ${waiting} chance`,
    );
    expect(await headline.innerText()).not.toMatch(/Chance you passed|is honest/);
    // The note written with the answer is shown with it, not only in the outcome form.
    expect(await page.getByTestId('outcome-note').innerText()).toBe(
      'Your note\nHR said they went with someone with more B2B experience.',
    );
    expect(await page.getByTestId('probability').count()).toBe(0);
    // The factors are the signs', not the answer's.
    const factors = page.getByRole('region', { name: 'What the signs said' });
    expect(await factors.innerText()).not.toMatch(/You heard back with a no/);
    expect(await factors.innerText()).toContain('They dug into your achievements');
    await shoot(page, 'result-after-rejection');

    await fetch(`${baseUrl}/api/interviews/${id}/outcome`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outcome: 'offer', on: daysAgo(0) }),
    });
    await page.goto('about:blank');
    await page.goto(`${baseUrl}/#/interviews/${id}/result`);
    await headline.waitFor();
    expect(await headline.innerText()).toContain('You got an offer');
    expect(await page.getByTestId('signs-pointed').innerText()).toContain(waiting);
    await shoot(page, 'result-after-offer');
  }, 60_000);

  it('after an answer that came late, tells the wait as over and offers no calendar', async () => {
    const { page, baseUrl } = h;
    // told they would decide a week after the interview; the no came a week after that
    const id = await createInterviewVia(baseUrl, {
      stage: 'first',
      date: daysAgo(24),
      decisionBy: daysAgo(17),
      company: 'Late Answer',
    });
    await putObservations(id, { 'raised-concerns': 'present' });
    await page.goto(`${baseUrl}/#/interviews/${id}/result`);
    await page.getByTestId('probability').waitFor();
    const calendar = page.getByRole('link', { name: /Add the dates to your calendar/ });
    expect(await calendar.count()).toBe(1);

    const res = await fetch(`${baseUrl}/api/interviews/${id}/outcome`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outcome: 'rejected', on: daysAgo(10) }),
    });
    expect(res.ok).toBe(true);
    await page.goto('about:blank');
    await page.goto(`${baseUrl}/#/interviews/${id}/result`);
    await page.getByTestId('outcome-headline').waitFor();
    const factors = await page.getByRole('region', { name: 'What the signs said' }).innerText();
    expect(factors).toContain('How long the wait was');
    expect(factors).toContain('The answer came 7 days after word was expected.');
    expect(factors).not.toMatch(/It is \d+ days past|Time without word|counts against|helps /);
    expect(factors).toContain('counted against');
    const timeline = page.getByRole('region', { name: 'Timeline' });
    expect(await page.getByTestId('wait-ended').innerText()).toMatch(
      /^They answered on \w{3} \d{1,2} \w{3}, 7 days after the day they gave\.$/,
    );
    expect(await timeline.innerText()).not.toMatch(/Check in|Treat as closed after/);
    expect(await calendar.count()).toBe(0);
    await shoot(page, 'result-after-late-no');
  }, 60_000);
});
