import type { PromisedDate } from '../../analysis/types.js';
import { speechForDisplay } from '../../analysis/transcript/display.js';
import { dateWords } from '../format.js';

interface Props {
  dates: readonly PromisedDate[];
  chosen: string | undefined;
  current: string | undefined;
  onChoose: (date: string | undefined) => void;
  fromTranscript?: boolean;
}

/** Dates the interviewer promised, offered as the decision date (the first is chosen, never forced). */
export function PromisedDates({ dates, chosen, current, onChoose, fromTranscript = false }: Props) {
  if (dates.length === 0) return null;
  return (
    <section class="card promised">
      <fieldset>
        <legend class="legend-heading">They mentioned when they'd decide</legend>
        <p class="muted small">
          Your follow-up dates count from the decision date chosen here. Pick another, or none, if that is not
          what they meant.
        </p>
        {dates.map((d) => (
          <label key={`${d.date}${d.evidence.start}`} class="choice">
            <input
              type="radio"
              name="promised"
              value={d.date}
              checked={chosen === d.date}
              onChange={() => onChoose(d.date)}
            />
            <span>
              {dateWords(d.date)}{' '}
              <span class="muted">(“{speechForDisplay(d.evidence.quote, fromTranscript)}”)</span>
            </span>
          </label>
        ))}
        <label class="choice">
          <input
            type="radio"
            name="promised"
            checked={chosen === undefined}
            onChange={() => onChoose(undefined)}
          />
          {/* The date on record may have come from notes, not from the person: not "my date". */}
          <span>
            {current ? `Keep the date on record (${dateWords(current)})` : 'Leave the decision date empty'}
          </span>
        </label>
      </fieldset>
    </section>
  );
}
