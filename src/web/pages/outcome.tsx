import { useRef, useState } from 'preact/hooks';
import type { InterviewItem } from '../../contract/responses.js';
import { OUTCOMES, type Outcome } from '../../core/record.js';
import { deleteOutcome, getInterview, postOutcome, type ApiError } from '../api-client.js';
import { ErrorBox } from '../components/error-box.js';
import { LengthNote } from '../components/length-note.js';
import { LoadFailed, Loading, useLoad } from '../components/use-load.js';
import { interviewTitle, OUTCOME_WORDS, todayLocal } from '../format.js';
import { flashNext, outcomeSavedWords } from '../flash.js';
import { outcomeProblem } from '../interview-checks.js';
import { hrefOf, navigate } from '../router.js';
import { lengthNote, lengthProblem } from '../text-limit.js';

const NOTE_LIMIT = 2000;

function OutcomeForm({ item, said }: { item: InterviewItem; said?: Outcome | undefined }) {
  // what the user's notes told ("they offered me the job") starts the form, unless one is recorded
  const suggested = item.outcome ? undefined : said;
  const [outcome, setOutcome] = useState<Outcome | undefined>(item.outcome?.outcome ?? suggested);
  const [on, setOn] = useState(item.outcome?.on ?? todayLocal());
  const [note, setNote] = useState(item.outcome?.note ?? '');
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const onBox = useRef<HTMLInputElement>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    const problem = outcomeProblem(
      { chosen: outcome !== undefined, on, onUnreadable: onBox.current?.validity.badInput ?? false },
      item.record.date,
      todayLocal(),
    );
    if (problem || !outcome) return setError(problem);
    const tooLong = lengthProblem([{ path: 'note', label: 'The note', value: note }], NOTE_LIMIT);
    if (tooLong) return setError(tooLong);
    setBusy(true);
    const r = await postOutcome(item.id, { outcome, on, ...(note.trim() ? { note: note.trim() } : {}) });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    flashNext({
      message: outcomeSavedWords(interviewTitle(item.record), outcome, item.outcome !== null),
      interviewId: item.id,
    });
    navigate({ page: 'dashboard' });
  };

  const clear = async () => {
    setBusy(true);
    const r = await deleteOutcome(item.id);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    navigate({ page: 'result', id: item.id });
  };

  return (
    <form class="card form" onSubmit={submit} noValidate>
      {error && (
        <ErrorBox error={error} title="That could not be saved yet." labels={{ on: 'When', note: 'Note' }} />
      )}
      <fieldset class="field-group">
        <legend>What happened?</legend>
        {suggested && (
          <p class="muted small">Chosen from what your notes say. Change it if Debrief read them wrong.</p>
        )}
        <div class="choices choices-column">
          {OUTCOMES.map((o) => (
            <label key={o} class="choice">
              <input
                type="radio"
                name="outcome"
                value={o}
                checked={outcome === o}
                onChange={() => setOutcome(o)}
              />
              <span>{OUTCOME_WORDS[o]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label>
        When
        <input
          ref={onBox}
          type="date"
          value={on}
          min={item.record.date}
          max={todayLocal()}
          onInput={(e) => setOn(e.currentTarget.value)}
          aria-invalid={error?.fields?.some((x) => x.path === 'on')}
          required
        />
      </label>
      <label>
        Note <span class="optional">(optional: what they said, feedback, how you feel)</span>
        <textarea
          dir="auto"
          rows={3}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
          aria-invalid={lengthNote(note, NOTE_LIMIT)?.isOver}
          aria-describedby="note-length"
        />
        <LengthNote value={note} id="note-length" max={NOTE_LIMIT} />
      </label>
      <div class="row form-actions">
        <button class="button" type="submit" disabled={busy}>
          Save outcome
        </button>
        {item.outcome && (
          <button class="button button-ghost" type="button" onClick={clear} disabled={busy}>
            Remove the recorded outcome
          </button>
        )}
        <a class="button button-ghost" href={hrefOf({ page: 'result', id: item.id })}>
          Cancel
        </a>
      </div>
    </form>
  );
}

export function OutcomePage({ id, said }: { id: string; said?: Outcome }) {
  const [loaded, retry] = useLoad(() => getInterview(id), id);
  return (
    <>
      <div class="page-head">
        <h1>What happened{loaded.state === 'ok' ? `: ${interviewTitle(loaded.value.record)}` : ''}</h1>
      </div>
      {loaded.state !== 'error' && (
        <p class="lead">
          Whatever the news, recording it closes the loop and keeps your follow-up dates honest.
        </p>
      )}
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'error' && <LoadFailed error={loaded.error} retry={retry} />}
      {loaded.state === 'ok' && <OutcomeForm item={loaded.value} said={said} />}
    </>
  );
}
