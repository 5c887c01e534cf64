import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { deleteInterview, type ApiError } from '../api-client.js';
import { navigate } from '../router.js';
import { forgetInterview } from '../forget-drafts.js';
import { ErrorBox } from './error-box.js';

/** Two steps on purpose: deleting takes the notes, answers and history with it, for good. */
export function DeleteInterview({ id, title }: { id: string; title: string }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const keep = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const [wasAsked, setWasAsked] = useState(false);
  // The safe choice takes the focus, so Enter straight after opening deletes nothing.
  // Before paint, so a key pressed the moment it shows already lands on it. "Keep it" hands the
  // focus back to "Delete…": the button pressed is gone, and the focus would fall to the page top.
  useLayoutEffect(() => {
    if (asking) keep.current?.focus();
    else if (wasAsked) ask.current?.focus();
  }, [asking, wasAsked]);
  const remove = async () => {
    setBusy(true);
    setError(undefined);
    const result = await deleteInterview(id);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    // What this browser kept about it goes too: an unsaved debrief, the "do you want this job?"
    // answers and the suggestions dismissed.
    forgetInterview(id);
    navigate({ page: 'dashboard' });
  };
  if (!asking) {
    return (
      <button
        type="button"
        class="button button-danger-quiet"
        ref={ask}
        onClick={() => {
          setAsking(true);
          setWasAsked(true);
        }}
      >
        Delete…
      </button>
    );
  }
  return (
    <div
      class="notice notice-error confirm"
      role="alertdialog"
      aria-labelledby="delete-q"
      aria-describedby="delete-what"
    >
      <p id="delete-q" class="notice-title">
        Delete {title}?
      </p>
      <p id="delete-what">
        Its notes, answers, estimate history and reminders go too. This cannot be undone.
      </p>
      {error && <ErrorBox error={error} title="Nothing was deleted." />}
      <div class="row">
        <button type="button" class="button button-danger" onClick={remove} disabled={busy}>
          {busy ? 'Deleting…' : 'Yes, delete it'}
        </button>
        <button
          type="button"
          class="button button-secondary"
          onClick={() => setAsking(false)}
          disabled={busy}
          ref={keep}
        >
          Keep it
        </button>
      </div>
    </div>
  );
}
