import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createInterviewVia, daysAgo, shoot, startHarness, type Harness } from './harness.js';

describe('importing on the data page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await createInterviewVia(h.baseUrl, { stage: 'first', date: daysAgo(2), company: 'Kept Ltd' });
  });
  beforeEach(async () => {
    await h.page.goto(`${h.baseUrl}/#/data`);
    await h.page.getByTestId('import-drop-zone').waitFor();
  });
  afterAll(async () => {
    await h?.close();
  });

  const chooser = () => h.page.getByLabel('Choose the export file…');
  const importButton = () => h.page.getByRole('button', { name: 'Import' });
  const count = async () =>
    ((await (await fetch(`${h.baseUrl}/api/interviews`)).json()) as { interviews: unknown[] }).interviews
      .length;

  it('offers a labelled drop area like the transcript one, and Import waits for a file', async () => {
    const zone = h.page.getByTestId('import-drop-zone');
    expect(await zone.innerText()).toContain('Drop a Debrief export here');
    expect(await zone.getAttribute('class')).toContain('drop-zone');
    expect(await importButton().isDisabled()).toBe(true);
    await shoot(h.page, 'data-import');
  }, 30_000);

  it('names a wrong file at once and says which file to choose', async () => {
    await chooser().setInputFiles({
      name: 'debrief-interviews.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('company,date\nKept Ltd,2026-01-01\n'),
    });
    const alert = h.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/CSV table.*cannot be imported.*Export everything \(JSON\)/s);
    expect(await importButton().isDisabled()).toBe(true);
    await shoot(h.page, 'data-import-wrong-file');

    // Dropped, not chosen: the same words.
    const dataTransfer = await h.page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['Priya asked when I could start.'], 'notes.txt', { type: 'text/plain' }));
      return dt;
    });
    await h.page.getByTestId('import-drop-zone').dispatchEvent('drop', { dataTransfer });
    await h.page
      .getByRole('alert')
      .getByText(/"notes.txt" is not a Debrief export/)
      .waitFor();
    expect(await count()).toBe(1);
  }, 30_000);

  it('names the chosen export, and still refuses one the server finds changed', async () => {
    const changed = { format: 'debrief-export', version: 1, exportedAt: 'yesterday', interviews: [{}] };
    await chooser().setInputFiles({
      name: 'edited.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(changed)),
    });
    await h.page.getByText('edited.json').waitFor();
    expect(await h.page.getByTestId('import-drop-zone').innerText()).toContain(
      '1 interview, ready to import',
    );
    await importButton().click();
    await h.page
      .getByRole('alert')
      .getByText(/Nothing was imported/)
      .waitFor();
    expect(await count()).toBe(1);
  }, 30_000);

  it('after an import, says what came in without asking for a file "first"', async () => {
    const bundle = await (await fetch(`${h.baseUrl}/api/export`)).text();
    await h.page.reload(); // the same hash keeps the page, and the last test's chosen file with it
    await h.page.getByTestId('import-drop-zone').waitFor();
    expect(await h.page.getByText('Choose an export file first.').count()).toBe(1);
    await chooser().setInputFiles({
      name: 'export.json',
      mimeType: 'application/json',
      buffer: Buffer.from(bundle),
    });
    await importButton().click();
    await h.page.getByText(/Imported 1 interview/).waitFor();
    expect(await h.page.getByText('Choose an export file first.').count()).toBe(0);
  }, 30_000);
});
