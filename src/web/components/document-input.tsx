import { useState } from 'preact/hooks';
import type { DocumentAnalysis } from '../../contract/responses.js';
import { postDocument } from '../api-client.js';
import { textDirection } from '../format.js';
import { DropZone } from './drop-zone.js';
import { ErrorBox } from './error-box.js';
import { useTextOrFile } from './use-text-or-file.js';

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
  const {
    busy,
    error,
    submit: send,
  } = useTextOrFile(
    (content) => postDocument(id, content, candidate.trim() || undefined),
    (d) => onAnalysed(d),
  );

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
