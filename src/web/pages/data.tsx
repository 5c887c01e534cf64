import { useState } from 'preact/hooks';
import { EXPORT_CSV_URL, EXPORT_JSON_URL, importBundle, type ApiError } from '../api-client.js';
import { ErrorBox, Notice } from '../components/error-box.js';
import { forgetDraftsExcept } from '../forget-drafts.js';
import { importReportOf, type ImportReport } from '../import-report.js';

// The server takes up to 50 MB of import; a bigger file is surely not an export.
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export function DataPage() {
  const [file, setFile] = useState<File | undefined>();
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [error, setError] = useState<ApiError | undefined>();
  const [done, setDone] = useState<ImportReport | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(undefined);
    setDone(undefined);
    if (!file) return setError({ code: 'invalid-request', message: 'Choose an export file first.' });
    if (file.size > MAX_IMPORT_BYTES)
      return setError({ code: 'too-large', message: 'That file is too big to be a Debrief export.' });
    let bundle: unknown;
    try {
      bundle = JSON.parse(await file.text());
    } catch {
      return setError({
        code: 'invalid-json',
        message: 'That file is not a Debrief export: it is not valid JSON. Nothing was imported.',
      });
    }
    setBusy(true);
    const r = await importBundle(bundle, mode);
    setBusy(false);
    if (!r.ok) {
      // A refused bundle is a file problem, not the user's typing: say so plainly, details folded away.
      const message =
        r.error.code === 'invalid-request'
          ? 'That file does not look like a Debrief export, or it has been changed. Nothing was imported.'
          : `${r.error.message} Nothing was imported.`;
      return setError({ ...r.error, message });
    }
    // Interviews not in the file are gone: their unsaved drafts must not come back with an id.
    if (r.value.mode === 'replace') forgetDraftsExcept(r.value.ids);
    setDone(importReportOf(r.value, bundle));
  };

  return (
    <>
      <div class="page-head">
        <h1>Your data</h1>
      </div>
      <section class="card form" aria-labelledby="export-title">
        <h2 id="export-title">Export</h2>
        <p class="muted">
          Everything Debrief keeps is yours. Take a full copy, or a table of your interviews.
        </p>
        <p class="row">
          <a class="button" href={EXPORT_JSON_URL} download="">
            Export everything (JSON)
          </a>
          <a class="button button-secondary" href={EXPORT_CSV_URL} download="">
            Export interviews (CSV)
          </a>
        </p>
      </section>
      <form class="card form" aria-labelledby="import-title" onSubmit={submit}>
        <h2 id="import-title">Import</h2>
        <p class="muted">
          Bring back a JSON export, from this machine or another. The file is checked in full before anything
          is written; an interview dated later than tomorrow is left out, and named.
        </p>
        <label>
          Export file
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => setFile(e.currentTarget.files?.[0])}
          />
        </label>
        <fieldset class="field-group">
          <legend>How to import</legend>
          <div class="choices choices-column">
            <label class="choice">
              <input type="radio" name="mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
              <span>Add to what is here (an interview already here is replaced by the file's copy)</span>
            </label>
            <label class="choice">
              <input
                type="radio"
                name="mode"
                checked={mode === 'replace'}
                onChange={() => setMode('replace')}
              />
              <span>Replace everything here with the file (interviews that are not in it are deleted)</span>
            </label>
          </div>
        </fieldset>
        <div class="row">
          <button class="button" type="submit" disabled={busy}>
            {busy ? 'Importing…' : mode === 'replace' ? 'Replace everything with this file' : 'Import'}
          </button>
        </div>
        {error && <ErrorBox error={error} technical />}
        {done && <Notice>{done.done}</Notice>}
        {done && done.skipped.length > 0 && (
          <Notice tone="info">
            <p>
              {done.skipped.length === 1 ? 'One interview was' : `${done.skipped.length} interviews were`}{' '}
              left out: Debrief keeps only dates up to tomorrow. Fix the date in the file and import it again
              to bring it in.
            </p>
            <ul>
              {done.skipped.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </Notice>
        )}
      </form>
    </>
  );
}
