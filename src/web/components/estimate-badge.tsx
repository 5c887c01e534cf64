import type { Band } from '../../core/model/types.js';
import { bandWords } from '../../core/model/band.js';
import { percent } from '../format.js';

/** The probability and its band, coloured by band so a glance tells the direction. */
export function EstimateBadge({ probability, band }: { probability: number; band: Band }) {
  return (
    <span class={`badge band-${band}`}>
      <strong>{percent(probability)}</strong> <span>{bandWords(band)}</span>
    </span>
  );
}
