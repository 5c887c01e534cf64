import { speechForDisplay } from '../../analysis/transcript/display.js';
import type { ObservationValue } from '../../core/observation.js';
import type { SignInfo } from '../../core/signs/catalogue.js';
import type { SignNote } from '../aftermath.js';
import type { Answer } from '../answers.js';

const CHOICES: { value: ObservationValue; label: string }[] = [
  { value: 'present', label: 'Yes' },
  { value: 'absent', label: 'No' },
  { value: 'unsure', label: 'Not sure' },
];

interface Props {
  sign: SignInfo;
  answer: Answer | undefined;
  found: boolean;
  note?: SignNote | undefined;
  onChange: (value: ObservationValue | undefined) => void;
  fromTranscript?: boolean;
}

/** One sign as a native radio group, so arrow keys move between the answers. */
export function AnswerGroup({ sign, answer, found, note, onChange, fromTranscript = false }: Props) {
  const name = `sign-${sign.id}`;
  const hintId = `hint-${sign.id}`;
  return (
    <fieldset
      class={`sign sign-${sign.polarity}${note?.locked ? ' is-locked' : ''}`}
      data-sign={sign.id}
      disabled={note?.locked}
      aria-describedby={note ? hintId : undefined}
    >
      <legend>
        {sign.question}
        {/* A space, not a margin, before the tag: at a line's end it goes, so a tag that wraps
            starts flush under the question instead of set in. */}
        {found && (
          <>
            {' '}
            <span class="tag tag-found">Found in your text</span>
          </>
        )}
      </legend>
      {/* Closed by default: 19 explanations made the page about 10,000 px tall on a phone. */}
      <details class="explain small">
        <summary>What counts?</summary>
        <p class="muted">{sign.explanation}</p>
      </details>
      {note && (
        <p id={hintId} class="sign-hint small">
          {note.hint}
        </p>
      )}
      {answer?.evidence && answer.value === 'present' && (
        <blockquote class="quote">“{speechForDisplay(answer.evidence.quote, fromTranscript)}”</blockquote>
      )}
      <div class="choices">
        {CHOICES.map((c) => (
          <label key={c.value} class="choice">
            <input
              type="radio"
              name={name}
              value={c.value}
              checked={answer?.value === c.value}
              onChange={() => onChange(c.value)}
            />
            <span>{c.label}</span>
          </label>
        ))}
        {answer && (
          <button type="button" class="link-button small" onClick={() => onChange(undefined)}>
            Clear<span class="visually-hidden"> the answer to: {sign.title}</span>
          </button>
        )}
      </div>
    </fieldset>
  );
}
