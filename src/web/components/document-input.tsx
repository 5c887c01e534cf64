import { useState } from 'preact/hooks';
import type { DocumentAnalysis } from '../../contract/responses.js';
import { postDocument, type ApiError } from '../api-client.js';
import { fileProblem, textProblem } from '../file-check.js';
import { textDirection } from '../format.js';
import { DropZone } from './drop-zone.js';
import { ErrorBox } from './error-box.js';

interface Props {
  id: string;
  /** The notes box, held by the page so an unsaved debrief keeps it. */
  text: string;
  onText: (text: string) => void;
  onAnalysed: (d: DocumentAnalysis) => void;
}

/** Paste or drop the notes; the server analyzes them and keeps the text. */
export function DocumentInput({ id, text, onText: setText, onAnalysed }: Props) {
  const [candidate, setCandidate] = useState('');
  // Said beside what was used: a refused paste under its button, a refused file under the drop
  // area (below it, on a phone, a pasted-text error landed a screen away from the button pressed).
  const [error, setError] = useState<{ from: 'text' | 'file'; error: ApiError } | undefined>();
  const [busy, setBusy] = useState(false);

  const send = async (content: string | File) => {
    setError(undefined);
    const from = typeof content === 'string' ? 'text' : 'file';
    const problem = typeof content === 'string' ? textProblem(content) : fileProblem(content);
    if (problem) return setError({ from, error: problem });
    setBusy(true);
    const r = await postDocument(id, content, candidate.trim() || undefined);
    setBusy(false);
    if (!r.ok) return setError({ from, error: r.error });
    onAnalysed(r.value);
  };

  return (
    <section class="card" aria-labelledby="input-title">
      <h2 id="input-title">Your notes or transcript</h2>
      <p class="muted">
        Write what happened in your own words, or add a transcript from a video call. Debrief looks for the
        signs below and shows you what it found; you decide what counts.
      </p>
      <label>
        Notes
        <textarea
          dir={textDirection(text)}
          rows={8}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          placeholder="e.g. They walked me through the team's roadmap and asked when I could start…"
        />
      </label>
      <div class="row">
        <button class="button" type="button" disabled={busy || text.trim() === ''} onClick={() => send(text)}>
          {busy ? 'Reading…' : 'Find the signs'}
        </button>
        {text.trim() === '' && !busy && <span class="muted small">Write or paste your notes first.</span>}
      </div>
      {error?.from === 'text' && <ErrorBox error={error.error} title="Debrief could not read that." />}
      <h3 class="or-heading">Or add a file</h3>
      <label>
        Your name as it appears in a transcript{' '}
        <span class="optional">(optional: it tells Debrief which speaker is you)</span>
        <input
          dir="auto"
          value={candidate}
          onInput={(e) => setCandidate(e.currentTarget.value)}
          maxLength={200}
          autoComplete="name"
        />
      </label>
      <DropZone onFile={(f) => send(f)} disabled={busy} />
      {error?.from === 'file' && <ErrorBox error={error.error} title="Debrief could not read that." />}
    </section>
  );
}
