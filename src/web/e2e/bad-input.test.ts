import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createInterviewVia, localToday, startHarness, type Harness } from './harness.js';

/** Drops a file made in the page, as a user dragging it from their desktop would. */
async function dropFile(
  h: Harness,
  name: string,
  make: 'binary' | 'empty' | 'oversize' | 'text',
  text = '',
): Promise<void> {
  const dataTransfer = await h.page.evaluateHandle(
    ({ name, make, text }) => {
      let part: BlobPart;
      if (make === 'binary') part = new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
      else if (make === 'oversize') part = new Uint8Array(1_200_000).fill(97);
      else if (make === 'empty') part = new Uint8Array(0);
      else part = text;
      const dt = new DataTransfer();
      dt.items.add(new File([part], name));
      return dt;
    },
    { name, make, text },
  );
  await h.page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
}

describe('bad input in the debrief page', () => {
  let h: Harness;
  let id: string;
  const documents = async () =>
    ((await (await fetch(`${h.baseUrl}/api/interviews/${id}/documents`)).json()) as { documents: unknown[] })
      .documents;

  beforeAll(async () => {
    h = await startHarness();
    id = await createInterviewVia(h.baseUrl, {
      stage: 'screen',
      date: localToday(),
      company: 'Bad Input Ltd',
    });
  });
  beforeEach(async () => {
    await h.page.goto(`${h.baseUrl}/#/interviews/${id}/debrief`);
    await h.page.getByTestId('drop-zone').waitFor();
  });
  afterAll(async () => {
    await h?.close();
  });

  const alert = () => h.page.getByRole('alert');

  it('a binary file is refused in words and not stored', async () => {
    // A name the page does not know, so the server's own check answers.
    await dropFile(h, 'call.dat', 'binary');
    await alert().waitFor();
    expect(await alert().innerText()).toMatch(/could not read that/i);
    // The server's own explanation comes through, not just a title.
    expect(await alert().innerText()).toMatch(/binary|UTF-8/);
    expect(await alert().innerText()).not.toMatch(/at .*\.js:\d+/);
    expect(await documents()).toHaveLength(0);
  });

  it.each([
    ['notes.pdf', /PDF.*copy the text/],
    ['Interview notes.docx', /word-processor document/],
    ['whiteboard.jpg', /image/],
  ])('%s is refused before uploading, saying what to do instead', async (name, words) => {
    await dropFile(h, name, 'binary');
    await alert().waitFor();
    expect(await alert().innerText()).toMatch(words);
    expect(await alert().innerText()).not.toMatch(/UTF-8|offset/);
    expect(await documents()).toHaveLength(0);
  });

  it('a 2 MB paste is refused in words and the text stays in the box', async () => {
    const notes = h.page.getByLabel('Notes', { exact: true });
    const big = 'They asked about my projects and the team seemed keen. '.repeat(40_000);
    await notes.fill(big);
    await h.page.getByRole('button', { name: 'Find the signs' }).click();
    await alert()
      .getByText(/MB, and Debrief reads up to 1 MB/)
      .waitFor();
    expect((await notes.inputValue()).length).toBe(big.length);
    expect(await documents()).toHaveLength(0);
    // The unsaved-debrief copy in the browser leaves out text too long to read, so later visits stay quick.
    await h.page.waitForTimeout(600);
    const kept = await h.page.evaluate((id) => localStorage.getItem(`debrief:draft:${id}`)?.length ?? 0, id);
    expect(kept).toBeLessThan(10_000);
    await notes.fill('');
  });

  it('says a refused paste under its button and a refused file under the drop area', async () => {
    const dropZone = h.page.getByTestId('drop-zone');
    await h.page.getByLabel('Notes', { exact: true }).fill('x'.repeat(1_100_000));
    await h.page.getByRole('button', { name: 'Find the signs' }).click();
    await alert().waitFor();
    const button = await h.page.getByRole('button', { name: 'Find the signs' }).boundingBox();
    let box = await alert().boundingBox();
    let zone = await dropZone.boundingBox();
    expect(button && box && zone && box.y > button.y && box.y + box.height < zone.y).toBe(true);
    await h.page.getByLabel('Notes', { exact: true }).fill('');

    await dropFile(h, 'notes.pdf', 'binary');
    await alert().getByText(/PDF/).waitFor();
    box = await alert().boundingBox();
    zone = await dropZone.boundingBox();
    expect(box && zone && box.y > zone.y + zone.height).toBe(true);
  });

  it('an empty file is refused', async () => {
    await dropFile(h, 'empty.txt', 'empty');
    await alert().getByText(/empty/i).first().waitFor();
    expect(await documents()).toHaveLength(0);
  });

  it('a file over 1 MB is refused', async () => {
    await dropFile(h, 'huge.txt', 'oversize');
    await alert().getByText(/1 MB/).first().waitFor();
    expect(await documents()).toHaveLength(0);
  });

  it('a transcript with no readable speech is refused through the file input', async () => {
    await h.page.getByLabel('Choose a file…').setInputFiles({
      name: 'call.vtt',
      mimeType: 'text/vtt',
      buffer: Buffer.from(
        'WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n\n2\n00:00:03.000 --> 00:00:04.000\n\n',
      ),
    });
    await alert().waitFor();
    expect((await alert().innerText()).length).toBeGreaterThan(20);
    expect(await documents()).toHaveLength(0);
  });

  it('a good file after a bad one is read', async () => {
    await dropFile(h, 'empty.txt', 'empty');
    await alert().waitFor();
    await dropFile(h, 'notes.txt', 'text', 'They asked about my salary expectations and when I could start.');
    await h.page.getByRole('heading', { name: 'What Debrief found' }).waitFor();
    expect(await alert().count()).toBe(0);
    expect(await documents()).toHaveLength(1);
  });

  it('a decision date before the interview is caught in the form, and nothing is created', async () => {
    const before = ((await (await fetch(`${h.baseUrl}/api/interviews`)).json()) as { interviews: unknown[] })
      .interviews.length;
    await h.page.goto(`${h.baseUrl}/#/new`);
    await h.page.getByLabel('Date', { exact: true }).fill('2026-03-10');
    await h.page.getByLabel(/^Did they say when/).fill('2026-03-01');
    await h.page.getByRole('button', { name: 'Save and debrief' }).click();
    await alert()
      .getByText(/before the interview/)
      .first()
      .waitFor();
    expect(await h.page.getByLabel(/^Did they say when/).getAttribute('aria-invalid')).toBe('true');
    const after = ((await (await fetch(`${h.baseUrl}/api/interviews`)).json()) as { interviews: unknown[] })
      .interviews.length;
    expect(after).toBe(before);
  });

  it('a typed date that does not exist is called that, not missing, and nothing is created', async () => {
    const before = ((await (await fetch(`${h.baseUrl}/api/interviews`)).json()) as { interviews: unknown[] })
      .interviews.length;
    await h.page.goto(`${h.baseUrl}/#/new`);
    const date = h.page.getByLabel('Date', { exact: true });
    await date.click();
    await h.page.keyboard.press('Control+a');
    await h.page.keyboard.type('02302026');
    expect(await date.inputValue()).toBe('');
    await h.page.getByRole('button', { name: 'Save and debrief' }).click();
    await alert()
      .getByText(/does not exist/)
      .waitFor();
    expect(await alert().innerText()).not.toMatch(/Please give the date/);
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    const after = ((await (await fetch(`${h.baseUrl}/api/interviews`)).json()) as { interviews: unknown[] })
      .interviews.length;
    expect(after).toBe(before);
  });

  it('a company name over 200 characters is kept whole, counted, and named before anything is sent', async () => {
    await h.page.goto(`${h.baseUrl}/#/new`);
    const company = h.page.getByLabel('Company');
    const long = `${'Very Long Holdings '.repeat(12)}International`.slice(0, 230);
    await company.fill(long);
    expect(await company.inputValue()).toBe(long);
    await h.page.getByText('230 characters: 30 more than the 200 Debrief keeps').waitFor();
    await h.page.getByRole('button', { name: 'Save and debrief' }).click();
    await alert()
      .getByText(/Company is 230 characters long; Debrief keeps up to 200/)
      .waitFor();
    expect(await company.getAttribute('aria-invalid')).toBe('true');
  });

  it('on a phone, a form error above the Save button is scrolled into sight', async () => {
    await h.page.setViewportSize({ width: 375, height: 812 });
    try {
      await h.page.goto(`${h.baseUrl}/#/new`);
      await h.page.getByLabel('Company').fill('C'.repeat(230));
      await h.page.getByRole('button', { name: 'Save and debrief' }).click();
      await alert().waitFor();
      await expect
        .poll(async () => {
          const box = await alert().boundingBox();
          // in sight to the pixel: a smooth scroll can stop a fraction of one short of the top
          return box !== null && box.y > -1 && box.y < 812;
        })
        .toBe(true);
    } finally {
      await h.page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('an outcome note over 2000 characters is kept whole and named, and Cancel leads back to the result', async () => {
    await h.page.goto(`${h.baseUrl}/#/interviews/${id}/outcome`);
    const note = h.page.getByLabel(/^Note/);
    await note.fill('n'.repeat(2100));
    expect((await note.inputValue()).length).toBe(2100);
    await h.page.getByText('2100 characters: 100 more than the 2000 Debrief keeps').waitFor();
    await h.page.getByLabel('Offer').check();
    await h.page.getByRole('button', { name: 'Save outcome' }).click();
    await alert()
      .getByText(/The note is 2100 characters long/)
      .waitFor();
    await h.page.getByRole('link', { name: 'Cancel' }).click();
    await h.page.getByTestId('probability').waitFor();
  });

  it('an interview date in the future is refused, as the CLI does, keeping what was typed', async () => {
    await h.page.goto(`${h.baseUrl}/#/new`);
    await h.page.getByLabel('Company').fill('Future Ltd');
    await h.page.getByLabel('Date', { exact: true }).fill('2099-06-01');
    await h.page.getByRole('button', { name: 'Save and debrief' }).click();
    await alert()
      .getByText(/in the future/)
      .waitFor();
    expect(await h.page.getByLabel('Company').inputValue()).toBe('Future Ltd');
    expect(h.page.url()).toMatch(/#\/new$/);
  });

  it('an outcome with its date cleared asks for the day, rather than calling it before the interview', async () => {
    await h.page.goto(`${h.baseUrl}/#/interviews/${id}/outcome`);
    await h.page.getByLabel('Not moving forward').check();
    await h.page.getByLabel('When').fill('');
    await h.page.getByRole('button', { name: 'Save outcome' }).click();
    await alert()
      .getByText(/Please give the day/)
      .waitFor();
    expect(await alert().innerText()).not.toMatch(/before the interview/);
    expect(await alert().innerText()).toMatch(/When/);
    await h.page.getByLabel('When').fill('2099-01-01');
    await h.page.getByRole('button', { name: 'Save outcome' }).click();
    await alert()
      .getByText(/in the future/)
      .waitFor();
    const item = (await (await fetch(`${h.baseUrl}/api/interviews/${id}`)).json()) as { outcome: unknown };
    expect(item.outcome).toBeNull();
  });

  it('right-to-left notes and names are laid out right to left', async () => {
    const notes = h.page.getByLabel('Notes', { exact: true });
    await notes.fill('سألوني متى يمكنني البدء. They asked about salary.');
    expect(await notes.evaluate((el) => el.matches(':dir(rtl)'))).toBe(true);
    await h.page.getByRole('button', { name: 'Find the signs' }).click();
    const text = h.page.locator('.document');
    await text.waitFor();
    expect(await text.evaluate((el) => el.matches(':dir(rtl)'))).toBe(true);
    await notes.fill('They asked about salary. سألوني متى يمكنني البدء.');
    expect(await notes.evaluate((el) => el.matches(':dir(ltr)'))).toBe(true);
    await h.page.goto(`${h.baseUrl}/#/new`);
    const company = h.page.getByLabel('Company');
    await company.fill('شركة النور');
    expect(await company.evaluate((el) => el.matches(':dir(rtl)'))).toBe(true);
  });

  it.each(['result', 'debrief', 'edit', 'outcome'])(
    'an unknown interview on the %s page shows a message and the way back, not a blank page',
    async (page) => {
      await h.page.goto(`${h.baseUrl}/#/interviews/no-such-id/${page}`);
      await alert()
        .getByText(/not found/i)
        .waitFor();
      await h.page.getByRole('link', { name: 'Back to your interviews' }).click();
      await h.page.getByRole('heading', { name: 'Your interviews' }).waitFor();
      // Nothing to retry for an interview that is not there.
      expect(await h.page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    },
  );

  it('the next round of an unknown interview says so, without congratulating anyone', async () => {
    await h.page.goto(`${h.baseUrl}/#/new?after=no-such-id`);
    await alert()
      .getByText(/not found/i)
      .waitFor();
    expect(await h.page.getByText(/Well done on getting through/).count()).toBe(0);
    await h.page.getByRole('link', { name: 'Back to your interviews' }).waitFor();
  });

  it('a lost server is said in words, and Try again loads the page once it is back', async () => {
    await h.page.route('**/api/interviews/**', (route) => route.abort('connectionrefused'));
    try {
      await h.page.goto(`${h.baseUrl}/#/interviews/${id}/result`);
      await alert()
        .getByText(/could not reach its server/)
        .waitFor();
    } finally {
      await h.page.unroute('**/api/interviews/**');
    }
    await h.page.getByRole('button', { name: 'Try again' }).click();
    await h.page.getByTestId('probability').waitFor();
    expect(await alert().count()).toBe(0);
  });
});
