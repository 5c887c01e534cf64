import type { Band, SilencePhase } from '../../core/model/types.js';
import { bandWords } from '../../core/model/band.js';
import type { Outcome } from '../../core/record.js';
import { percent, undebriefedWords, UPCOMING_WORDS } from '../format.js';

// Short enough for a badge; the card's Outcome line says it in full.
const OUTCOME_BADGES: Readonly<Record<Outcome, { words: string; tone: string }>> = {
  'next-round': { words: 'Through to the next round', tone: 'band-likely-passed' },
  offer: { words: 'Offer', tone: 'band-likely-passed' },
  rejected: { words: 'Not this time', tone: 'band-likely-not' },
  ghosted: { words: 'No reply', tone: 'band-none' },
  withdrew: { words: 'Withdrew', tone: 'band-none' },
};

/**
 * The probability and its band, coloured by band so a glance tells the direction. Before any
 * sign is answered the number is only the stage's starting point, and says so rather than
 * reading like a judgement. Once the answer is known, a chance of passing ("2% likely not" after
 * a rejection) is no news and reads unkindly, so the badge says the answer instead.
 */
export function EstimateBadge({
  probability,
  band,
  debriefed = true,
  phase = 'too-early',
  outcome,
  isUpcoming = false,
}: {
  probability: number;
  band: Band;
  debriefed?: boolean;
  /** Where the wait stands: a long one lowers the figure before any sign is answered. */
  phase?: SilencePhase;
  outcome?: Outcome | undefined;
  /** Dated after today (a time zone ahead, or entered early): there is nothing to debrief yet. */
  isUpcoming?: boolean;
}) {
  if (outcome) {
    const { words, tone } = OUTCOME_BADGES[outcome];
    return (
      <span class={`badge ${tone}`} data-testid="outcome-badge">
        <span>{words}</span>
      </span>
    );
  }
  if (isUpcoming && !debriefed) {
    return (
      <span class="badge band-none" data-testid="upcoming-badge">
        <span>{UPCOMING_WORDS.label}</span>
      </span>
    );
  }
  if (!debriefed) {
    const { sub, title } = undebriefedWords(probability, phase);
    return (
      <span class="badge band-none" title={title}>
        <span>Not debriefed yet</span> <span class="badge-sub">{sub}</span>
      </span>
    );
  }
  return (
    <span class={`badge band-${band}`}>
      <strong>{percent(probability)}</strong> <span>{bandWords(band)}</span>
    </span>
  );
}
