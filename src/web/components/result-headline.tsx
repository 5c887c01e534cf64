import type { InterviewItem } from '../../contract/responses.js';
import { OUTCOME_LEADS, signsPointedWords } from '../../contract/outcome-words.js';
import type { IsoDate } from '../../core/dates.js';
import { bandWords } from '../../core/model/band.js';
import type { Estimate } from '../../core/model/types.js';
import {
  dateWords,
  isUpcoming,
  OUTCOME_WORDS,
  PHASE_SENTENCES,
  percent,
  relativeDays,
  STAGE_WORDS,
} from '../format.js';
import { ProbabilityBar } from './live-estimate.js';

interface Props {
  item: InterviewItem;
  estimate: Estimate;
  /** With an outcome recorded: the estimate as it stood the day the answer came. */
  before: Estimate | undefined;
  today: IsoDate;
}

/**
 * The top of the result page. While waiting it is the chance of passing; once the person has told
 * us the answer, the answer leads, and the figure becomes what the signs pointed to before it:
 * "2% chance you passed" is no news after a no, and reads unkindly.
 */
export function ResultHeadline({ item, estimate, before, today }: Props) {
  const eyebrow = (
    <p class="eyebrow">
      {STAGE_WORDS[item.record.stage]} · {dateWords(item.record.date)}
    </p>
  );
  if (item.outcome) {
    const lead = OUTCOME_LEADS[item.outcome.outcome];
    return (
      <section class="card headline band-none" aria-labelledby="headline" data-testid="outcome-headline">
        {eyebrow}
        <p class="headline-label">
          You recorded: {OUTCOME_WORDS[item.outcome.outcome]}, {dateWords(item.outcome.on)}
        </p>
        <h2 id="headline" class="outcome-lead">
          {lead.title}
        </h2>
        <p>{lead.body}</p>
        {/* What they said or how it felt, written with the outcome: kept, so shown where the answer is. */}
        {item.outcome.note && (
          <figure class="outcome-note" data-testid="outcome-note">
            <figcaption class="muted small">Your note</figcaption>
            <blockquote class="quote" dir="auto">
              {item.outcome.note}
            </blockquote>
          </figure>
        )}
        {before && (
          <>
            <p data-testid="signs-pointed">
              {signsPointedWords(percent(before.probability), item.outcome.outcome)}
            </p>
            <ProbabilityBar probability={before.probability} range={before.range} scale />
            <p class="muted small">
              The factors below are the ones behind that figure; the estimate history shows how it moved.
            </p>
          </>
        )}
      </section>
    );
  }
  const [lo, hi] = estimate.range;
  // Dated after today: "silence means nothing so far" would talk of a wait that has not begun.
  const upcoming = isUpcoming(item.record.date, today);
  return (
    <section class={`card headline band-${estimate.band}`} aria-labelledby="headline">
      {eyebrow}
      {upcoming && (
        <p class="notice notice-info" data-testid="upcoming">
          This interview is {relativeDays(item.record.date, today)}
          {item.record.time ? ` at ${item.record.time}` : ''}. Until then the figure below is only the usual
          rate for this stage: debrief after it to make it yours.
        </p>
      )}
      <p class="headline-label">Chance you passed this round</p>
      <h2 id="headline" class="big-number" data-testid="probability">
        {percent(estimate.probability)}
      </h2>
      <p class="band-words" data-testid="band">
        {bandWords(estimate.band)}
      </p>
      <ProbabilityBar probability={estimate.probability} range={estimate.range} scale />
      <p>
        Somewhere between {percent(lo)} and {percent(hi)} is honest: interview signs are weak evidence, so
        this is a guide, not a verdict.
      </p>
      {!upcoming && <p>{PHASE_SENTENCES[estimate.silence.phase]}</p>}
      <p class="muted small">
        Starting point before your answers: {percent(estimate.prior.probability)}. {estimate.prior.source}
      </p>
    </section>
  );
}
