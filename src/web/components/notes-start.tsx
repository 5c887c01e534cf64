import { useState } from 'preact/hooks';
import type { NotesStated } from '../../contract/responses.js';
import { readNotes } from '../api-client.js';
import { textDirection } from '../format.js';
import { DropZone } from './drop-zone.js';
import { ErrorBox } from './error-box.js';
import { useTextOrFile } from './use-text-or-file.js';

interface Props {
  /** The notes, held by the form: they are saved with the interview. */
  text: string;
  onText: (text: string) => void;
  /** What the notes say; returns the status line to show (what was filled in). */
  onRead: (stated: NotesStated) => string;
  /** A next round: its employer and job come from the last round, and the notes leave them. */
  carriedOver?: boolean;
}

/**
 * The optional start of a new interview: notes pasted or a file chosen, read for what they say
 * of the interview, and kept to be saved as its first document. Refused input gets the debrief
 * page's words; the text stays in the box.
 */
export function NotesStart({ text, onText, onRead, carriedOver = false }: Props) {
  const [status, setStatus] = useState('');
  const { busy, error, submit } = useTextOrFile(readNotes, (stated, from) => {
    // A chosen file's text lands in the box, so what is saved is what the person can see.
    if (from === 'file') onText(stated.text);
    setStatus(onRead(stated));
  });
  const read = (content: string | File) => {
    setStatus('');
    return submit(content);
  };

  return (
    <section class="card notes-start" aria-labelledby="notes-start-title">
      <h2 id="notes-start-title">
        Start from your notes <span class="optional">(optional)</span>
      </h2>
      <p class="muted">
        Paste what you wrote down, and Debrief fills in what it says: the day, the round, how it was held, the
        employer, the job, who interviewed you and when they said they would decide, and any thank-you or
        check-in you have sent since, for you to confirm. Nothing you have typed
        {carriedOver ? ', and no employer or job carried over from the last round,' : ''} is changed. The
        notes are kept with the interview when you save, ready for the debrief.
      </p>
      <label>
        Your notes
        <textarea
          dir={textDirection(text)}
          rows={6}
          value={text}
          onInput={(e) => onText(e.currentTarget.value)}
          placeholder="e.g. Final round at Acme yesterday, a panel of three. They asked when I could start…"
        />
      </label>
      <div class="row">
        <button
          class="button button-secondary"
          type="button"
          disabled={busy || text.trim() === ''}
          onClick={() => void read(text)}
        >
          {busy ? 'Reading…' : 'Fill in from my notes'}
        </button>
      </div>
      <p class="muted small" role="status">
        {status}
      </p>
      {error?.from === 'text' && <ErrorBox error={error.error} title="Debrief could not read that." />}
      <DropZone
        onFile={(f) => void read(f)}
        disabled={busy}
        title="Or drop a notes file here"
        hint="Plain text, up to 1 MB. Its text appears in the box above."
        testId="notes-drop-zone"
      />
      {error?.from === 'file' && <ErrorBox error={error.error} title="Debrief could not read that." />}
    </section>
  );
}
