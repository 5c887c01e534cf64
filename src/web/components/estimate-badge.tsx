import type { Band } from '../../core/model/types.js';
import { bandWords } from '../../core/model/band.js';
import { percent } from '../format.js';

/**
 * The probability and its band, coloured by band so a glance tells the direction. Before any
 * sign is answered the number is only the stage's starting point, and says so rather than
 * reading like a judgement.
 */
export function EstimateBadge({
  probability,
  band,
  debriefed = true,
}: {
  probability: number;
  band: Band;
  debriefed?: boolean;
}) {
  if (!debriefed)
    return (
      <span class="badge band-none" title="The usual rate for this stage, before your debrief">
        <span>Not debriefed yet</span> <span class="badge-sub">starts at {percent(probability)}</span>
      </span>
    );
  return (
    <span class={`badge band-${band}`}>
      <strong>{percent(probability)}</strong> <span>{bandWords(band)}</span>
    </span>
  );
}
