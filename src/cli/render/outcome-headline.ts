import type { AssessResult } from '../../contract/assess.js';
import { OUTCOME_LEADS, signsPointedWords } from '../../contract/outcome-words.js';
import type { Outcome } from '../../core/record.js';
import type { Style } from '../style.js';
import { percent, wrap } from './text.js';

const WIDTH = 78;

/**
 * The report's head once the answer is known: the answer, kindly, and the estimate as what the
 * signs pointed to before it (`before`, read on the day it came), not as a chance still open.
 */
export function renderOutcomeHeadline(
  outcome: Outcome,
  before: AssessResult | undefined,
  style: Style,
): string {
  const lead = OUTCOME_LEADS[outcome];
  const out = [`  ${style.bold(`${lead.title}.`)}`, ...wrap(lead.body, WIDTH, '  ')];
  if (before) {
    const [lo, hi] = before.range;
    out.push(
      ...wrap(signsPointedWords(percent(before.probability), outcome), WIDTH, '  '),
      ...wrap(
        `An honest range then was ${percent(lo)} to ${percent(hi)}: interview signs are weak evidence.`,
        WIDTH,
        '  ',
      ).map(style.dim),
    );
  }
  return out.join('\n');
}
