import type { IsoDate } from '../../core/dates.js';
import type { Outcome } from '../../core/record.js';
import { signsPointedWords } from '../../contract/outcome-words.js';
import { estimateBeforeOutcome, personalWeightsOf } from '../../server/assessment.js';
import { recordOutcome } from '../../server/outcomes.js';
import { CliError } from '../errors.js';
import { dateFromWords } from '../natural-date.js';
import { write, type CliContext } from '../io.js';
import { findInterview, nowFor } from '../record/interviews.js';
import { shortId, withRecord } from '../record/open.js';
import { percent, wrap } from '../render/text.js';
import { OUTCOME_WORDS } from '../render/outcome-words.js';
import { labelOf } from './list.js';

/**
 * Records how an interview ended, as the web's outcome page does: the outcome overrides what the
 * record says, and from then on it teaches the estimate how the signs work out for this person.
 */
export async function runOutcome(
  ctx: CliContext,
  today: IsoDate,
  id: string,
  outcome: Outcome,
  /** YYYY-MM-DD, or words read against today ("yesterday"). */
  on: string | undefined,
): Promise<number> {
  const now = nowFor(today, ctx.today, new Date());
  const message = await withRecord(async ({ store }) => {
    const stored = await findInterview(store, id);
    const date = on === undefined ? today : dateFromWords(on, today, 'past');
    if (!date)
      throw new CliError(
        'bad-input',
        `--date: could not read "${on}" as a date; give YYYY-MM-DD or words like "yesterday" or "last friday"`,
      );
    // the web's outcome route records it through the same function
    const recorded = await recordOutcome(store, stored, { outcome, on: date }, now, '--date');
    if (!recorded.ok)
      throw new CliError(
        'bad-input',
        recorded.error
          .map((e) => `${e.path} ${date} ${e.message} (the interview was on ${stored.record.date})`)
          .join('; '),
      );
    // the live figure now only restates the answer: say what the signs had pointed to instead
    const before = estimateBeforeOutcome(
      { ...stored, outcome: { outcome, on: date, recordedAt: now.toISOString() } },
      await store.getObservations(stored.id),
      await personalWeightsOf(store, stored.id),
    );
    const signs = before ? ` ${signsPointedWords(percent(before.probability), outcome)}` : '';
    return `Recorded: ${labelOf(stored)} (${shortId(stored.id)}) ended in "${OUTCOME_WORDS[outcome]}" on ${date}.${signs}`;
  });
  for (const line of wrap(message, 78)) write(ctx.stdout, line);
  return 0;
}
