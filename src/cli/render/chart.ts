import type { AssessFactor } from '../../contract/assess.js';
import { factorTitleLookingBack } from '../../contract/factor-words.js';
import { factorStrengthWords } from '../../core/model/band.js';
import { CHANNELS } from '../../core/signs/ids.js';
import type { Style } from '../style.js';
import { fit } from './text.js';
import { CHANNEL_NAMES } from '../../core/signs/channel-names.js';

const LABEL = 40;
const HALF = 12;

/** Bar length in cells: the largest factor fills the half-width; any non-zero factor shows at least one cell. */
export function barCells(contribution: number, largest: number, half = HALF): number {
  if (contribution === 0 || largest === 0) return 0;
  return Math.max(1, Math.round((Math.abs(contribution) / largest) * half));
}

function bar(contribution: number, largest: number, style: Style): string {
  const n = barCells(contribution, largest);
  const [fillNeg, fillPos] = style.enabled ? ['█', '█'] : ['-', '+'];
  const left = contribution < 0 ? ' '.repeat(HALF - n) + style.red(fillNeg.repeat(n)) : ' '.repeat(HALF);
  const right = contribution > 0 ? style.green(fillPos.repeat(n)) + ' '.repeat(HALF - n) : ' '.repeat(HALF);
  return `${left}│${right}`;
}

/** Said once under the chart, so a "Not sure" that still moved the estimate is not a mystery. */
export const UNSURE_FOOTNOTE = '? "Not sure" counts a quarter of a yes: a half-seen sign is weak evidence.';

/**
 * What moved the estimate, grouped by channel: bars left of the line lowered it, bars right of it
 * raised it. Beside each bar, in words, how much (the web page's words; a number would need its unit explained).
 * Signs answered "Not sure" (`unsure`) are marked with a ? and explained in one line below.
 * `lookingBack`: the factors as they stood the day the answer came, titled as the web page titles them then.
 */
export function renderFactorChart(
  all: readonly AssessFactor[],
  style: Style,
  unsure: ReadonlySet<string> = new Set(),
  lookingBack = false,
): string {
  // Factors that round to nothing would draw a misleading sliver; they are counted in a note instead.
  const factors = all.filter((f) => Math.abs(f.contribution) >= 0.005);
  const idle = all.length - factors.length;
  if (factors.length === 0)
    return style.dim('  Nothing you noted moved the estimate away from the usual rate for this stage.');
  const largest = Math.max(...factors.map((f) => Math.abs(f.contribution)));
  const out: string[] = [
    style.dim(`  ${' '.repeat(LABEL)} ${'lowered it'.padStart(HALF)}│${'raised it'.padEnd(HALF)}`),
  ];
  for (const channel of [...CHANNELS, 'process'] as const) {
    const group = factors.filter((f) => f.channel === channel);
    if (group.length === 0) continue;
    out.push(`  ${style.bold(CHANNEL_NAMES[channel])}`);
    for (const f of group)
      out.push(
        `    ${fit((lookingBack && factorTitleLookingBack(f.id)) || f.title, LABEL - 2)} ${bar(f.contribution, largest, style)} ${style.dim(factorStrengthWords(f.contribution))}${unsure.has(f.id) ? ' ?' : ''}`,
      );
  }
  if (idle > 0)
    out.push(
      style.dim(`  (${idle} more ${idle === 1 ? 'factor' : 'factors'} had no real effect on the estimate.)`),
    );
  if (factors.some((f) => unsure.has(f.id))) out.push(style.dim(`  ${UNSURE_FOOTNOTE}`));
  return out.join('\n');
}
