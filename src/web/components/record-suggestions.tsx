import { useRef, useState } from 'preact/hooks';
import type { InterviewItem } from '../../contract/responses.js';
import type { InterviewRecord } from '../../core/record.js';
import { updateInterview, type ApiError } from '../api-client.js';
import { dismissalOf, loadDismissed, rememberDismissed } from '../dismissed-suggestions.js';
import {
  FIELD_WORDS,
  recordSuggestionsOf,
  type RecordSuggestion,
  type StatedOfDocument,
  type SuggestionField,
} from '../record-suggestions.js';
import { ErrorBox } from './error-box.js';

interface Props {
  id: string;
  record: InterviewRecord;
  stated: StatedOfDocument;
  /** The record as saved after a click, so the page works from it (the estimate, the decision date). */
  onChanged: (item: InterviewItem, field: SuggestionField) => void;
}

/**
 * The notes' own word on the day, round or format where the record says otherwise, and on the employer and job where it has none: offered, one
 * line each, and written to the record only on a click. A dismissed one is remembered in this
 * browser with its value, so the next analysis does not offer it again; a different value is.
 */
export function RecordSuggestions({ id, record, stated, onChanged }: Props) {
  // "stage:final": dismissed (kept in this browser) or used (for this visit)
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => loadDismissed(id));
  const [busy, setBusy] = useState<SuggestionField | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const [done, setDone] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const shown = recordSuggestionsOf(stated, record).filter((s) => !hidden.has(dismissalOf(s)));

  // The clicked button goes with its line: keep the keyboard in the list, or at the analysis.
  const hide = (s: RecordSuggestion) => {
    setHidden((h) => new Set([...h, dismissalOf(s)]));
    const target = shown.length > 1 ? list.current : document.getElementById('doc-title');
    setTimeout(() => target?.focus({ preventScroll: true }), 0);
  };
  const use = async (s: RecordSuggestion) => {
    setBusy(s.field);
    setError(undefined);
    // The whole record as it is now, with this one field changed: the PUT replaces the record.
    const saved = await updateInterview(id, s.apply(record));
    setBusy(undefined);
    if (!saved.ok) return setError(saved.error);
    setDone(`Saved: the record now says ${s.action.replace(/^Use /, '')}.`);
    hide(s);
    onChanged(saved.value, s.field);
  };

  if (shown.length === 0 && !done && !error) return null;
  return (
    <section class="card suggestions" aria-label="What your notes say about this interview">
      {shown.length > 0 && (
        <ul class="suggestion-list" ref={list} tabIndex={-1}>
          {shown.map((s) => (
            <li key={s.field} class="suggestion" data-field={s.field}>
              <p>
                Your notes say {s.says}
                {s.quote !== s.value && <span class="muted"> (“{s.quote}”)</span>}; the record says{' '}
                {s.recorded}.
              </p>
              <p class="suggestion-actions">
                <button
                  class="button button-secondary button-small"
                  type="button"
                  disabled={busy !== undefined}
                  onClick={() => void use(s)}
                >
                  {busy === s.field ? 'Saving…' : s.action}
                </button>
                <button
                  class="button button-ghost button-small"
                  type="button"
                  aria-label={`Dismiss: keep the record's ${FIELD_WORDS[s.field]}`}
                  onClick={() => {
                    rememberDismissed(id, dismissalOf(s));
                    hide(s);
                  }}
                >
                  Dismiss
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
      <p class="muted small" role="status">
        {done}
      </p>
      {error && <ErrorBox error={error} title="The record was not changed." />}
    </section>
  );
}
