import { useState } from 'preact/hooks';
import { EXPORT_CSV_URL, EXPORT_JSON_URL, importBundle, type ApiError } from '../api-client.js';
import { DropZone } from '../components/drop-zone.js';
import { ErrorBox, Notice } from '../components/error-box.js';
import { forgetDraftsExcept } from '../forget-drafts.js';
import { exportFromText, importFileProblem } from '../import-check.js';
import { importReportOf, type ImportReport } from '../import-report.js';

interface Chosen {
  name: string;
  bundle: unknown;
  interviews: number;
}

export function DataPage() {
  const [chosen, setChosen] = useState<Chosen | undefined>();
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [error, setError] = useState<ApiError | undefined>();
  const [done, setDone] = useState<ImportReport | undefined>();
  const [busy, setBusy] = useState(false);

  // A wrong file is named at once, when chosen, rather than after pressing Import.
  const choose = async (file: File) => {
    setError(undefined);
    setDone(undefined);
    setChosen(undefined);
    const problem = importFileProblem(file);
    if (problem) return setError(problem);
    const read = exportFromText(await file.text(), file.name);
    if (!read.ok) return setError(read.error);
    setChosen({ name: file.name, bundle: read.bundle, interviews: read.interviews });
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!chosen) return;
    setError(undefined);
    setDone(undefined);
    setBusy(true);
    const r = await importBundle(chosen.bundle, mode);
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
    setDone(importReportOf(r.value, chosen.bundle));
    setChosen(undefined);
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
        <p class="row form-actions">
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
        <DropZone
          testId="import-drop-zone"
          title="Drop a Debrief export here"
          hint={'The .json file that "Export everything (JSON)" saved; the CSV table cannot be imported.'}
          accept=".json,application/json"
          choose="Choose the export file…"
          disabled={busy}
          onFile={(f) => void choose(f)}
          chosen={
            chosen && (
              <>
                <span aria-hidden="true">✓ </span>
                <strong>{chosen.name}</strong>: {chosen.interviews}{' '}
                {chosen.interviews === 1 ? 'interview' : 'interviews'}, ready to import.
              </>
            )
          }
        />
        {error && <ErrorBox error={error} technical />}
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
          <button class="button" type="submit" disabled={busy || !chosen}>
            {busy ? 'Importing…' : mode === 'replace' ? 'Replace everything with this file' : 'Import'}
          </button>
          {/* Not under a finished import: "first" read as if the import had not happened. */}
          {!chosen && !busy && !done && <span class="muted small">Choose an export file first.</span>}
        </div>
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
