import { useState } from 'preact/hooks';
import type { IsoDate } from '../../core/dates.js';
import { stepKey, type Draft, type NextStep } from '../../core/advice/types.js';
import { stepWhenWords } from '../format.js';

const mailto = (d: Draft): string =>
  `mailto:?subject=${encodeURIComponent(d.subject)}&body=${encodeURIComponent(d.body)}`;

function CopyButton({ draft }: { draft: Draft }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(`Subject: ${draft.subject}\n\n${draft.body}`);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button type="button" class="button button-secondary" onClick={copy}>
        Copy draft
      </button>
      <span role="status" class="small muted">
        {state === 'copied'
          ? 'Copied.'
          : state === 'failed'
            ? 'Copying was blocked; select the text instead.'
            : ''}
      </span>
    </>
  );
}

interface Props {
  steps: readonly NextStep[];
  today: IsoDate;
  /** Keys (stepKey) of the steps ticked off. */
  done?: ReadonlySet<string>;
  onDone?: (step: NextStep, done: boolean) => void;
  /** No answer yet: a past step not ticked off is still to do. */
  isWaiting?: boolean;
}

export function NextSteps({ steps, today, done, onDone, isWaiting = true }: Props) {
  if (steps.length === 0) return <p class="muted">Nothing to do for now.</p>;
  const when = (s: NextStep, isDone: boolean) => stepWhenWords(s, today, { isDone, isWaiting });
  return (
    <ol class="steps">
      {steps.map((s) => {
        const key = stepKey(s);
        const isDone = done?.has(key) ?? false;
        return (
          <li
            key={key}
            class={`step${s.due < today && !when(s, isDone).isOverdue ? ' is-past' : ''}${isDone ? ' is-done' : ''}`}
            data-step={key}
          >
            <div class="step-head">
              <p class="step-when">{when(s, isDone).words}</p>
              {onDone && (
                <label class="step-done">
                  <input
                    type="checkbox"
                    checked={isDone}
                    onChange={(e) => onDone(s, e.currentTarget.checked)}
                  />
                  <span>Done</span>
                  <span class="visually-hidden">: {s.title}</span>
                </label>
              )}
            </div>
            <h3>{s.title}</h3>
            <p>{s.detail}</p>
            {s.draft && (
              <details class="draft">
                <summary>See a draft message</summary>
                <p class="draft-subject">
                  <strong>Subject:</strong> {s.draft.subject}
                </p>
                <pre class="draft-body">{s.draft.body}</pre>
                <div class="row">
                  <CopyButton draft={s.draft} />
                  <a class="button button-secondary" href={mailto(s.draft)}>
                    Open in email
                  </a>
                </div>
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}
