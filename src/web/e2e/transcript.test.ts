import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInterviewVia, localToday, shoot, startHarness, type Harness } from './harness.js';

const VTT = `WEBVTT

00:00:01.000 --> 00:00:09.000
<v Dana Cole>Thanks for joining. Could you walk me through the reporting project on your CV?

00:00:10.000 --> 00:00:40.000
<v Sam Patel>Sure. We rebuilt the weekly sales dashboard, and my part was the data model. I cut the refresh time from an hour to five minutes, and um the team now ships reports twice as often.

00:00:41.000 --> 00:00:52.000
<v Dana Cole>That is <i>impressive</i>, exactly the kind of work we need here. When could you start?

00:00:53.000 --> 00:01:05.000
<v Sam Patel>I have a one month notice period, so early next month. What would the first three months look like for this role?

00:01:06.000 --> 00:01:20.000
<v Dana Cole>You would own the finance dashboards and work with our two analysts. We will let you know by Friday.
`;

describe('a transcript file', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('is read with the candidate named, and its delivery figures and guidance reach the result page on any visit', async () => {
    const { page, baseUrl } = h;
    const id = await createInterviewVia(baseUrl, {
      stage: 'first',
      date: localToday(),
      company: 'Figures Inc',
    });
    await page.goto(`${baseUrl}/#/interviews/${id}/debrief`);
    await page.getByLabel(/^Your name as it appears/).fill('Sam Patel');
    await page
      .getByLabel('Choose a file…')
      .setInputFiles({ name: 'call.vtt', mimeType: 'text/vtt', buffer: Buffer.from(VTT) });
    await page.getByRole('heading', { name: 'What Debrief found' }).waitFor();
    // Shown as who said what: no header, cue timings or voice tags, and the quotes still marked.
    const shownText = await page.locator('.document').innerText();
    expect(shownText).toContain('Sam Patel (you)');
    expect(shownText).toContain('That is impressive, exactly the kind of work we need here.');
    expect(shownText).not.toMatch(/WEBVTT|-->|<v |<i>/);
    const found = await (await fetch(`${baseUrl}/api/interviews/${id}/analysis`)).json();
    const signs = found.latest.analysis.signs as { id: string; evidence: { quote: string }[] }[];
    expect(signs.length).toBeGreaterThan(0);
    for (const sign of signs) {
      const marked = await page.locator(`.document mark[data-signs~="${sign.id}"]`).allInnerTexts();
      expect(marked.join('').replace(/<\/?i>/g, '')).toBe(
        sign.evidence.map((e) => e.quote.replace(/<\/?i>/g, '')).join(''),
      );
    }
    // The quote under a question is the speech too, without the cue's <i> tags.
    const startQuote = page.locator('fieldset[data-sign="start-date-asked"] blockquote');
    expect(await startQuote.innerText()).toContain('That is impressive, exactly');
    await shoot(page, 'debrief-transcript');
    await page.getByRole('button', { name: 'Save and see the result' }).click();
    await page.getByTestId('probability').waitFor();
    const delivery = page.getByRole('region', { name: 'How you came across in the transcript' });
    await delivery.waitFor();
    expect(await delivery.innerText()).toMatch(/Your share of the words\s+\d+%/);
    // The wording is the server's guidance, not a copy kept in the web app.
    const api = await (await fetch(`${baseUrl}/api/interviews/${id}/analysis`)).json();
    const tips = api.latest.guidance as { id: string; text: string }[];
    expect(tips.length).toBeGreaterThan(0);
    for (const tip of tips)
      expect(await delivery.locator(`[data-tip="${tip.id}"]`).innerText()).toBe(tip.text);
    await shoot(page, 'result-transcript');

    // A later visit in a fresh browser context (nothing kept client-side) still shows them.
    const later = await h.context.browser()!.newContext();
    const again = await later.newPage();
    await again.goto(`${baseUrl}/#/interviews/${id}/result`);
    const shown = again.getByRole('region', { name: 'How you came across in the transcript' });
    await shown.waitFor();
    expect(await shown.locator('[data-tip]').count()).toBe(tips.length);
    await later.close();
    const docs = await (await fetch(`${baseUrl}/api/interviews/${id}/documents`)).json();
    expect(docs.documents[0].kind).toBe('transcript');
  }, 60_000);
});
