import { assessResultFrom } from '../../contract/assess.js';
import { upcomingWords } from '../../contract/when-words.js';
import type { IsoDate } from '../../core/dates.js';
import {
  assessmentOf,
  estimateBeforeOutcome,
  observationsFrom,
  pastInterviewsOf,
  recordWithOutcome,
  weightsFrom,
} from '../../server/assessment.js';
import { doneKeysOf } from '../../server/reminders.js';
import { write, type CliContext } from '../io.js';
import { settingsPath, signerName } from '../record/first-name.js';
import { findInterview } from '../record/interviews.js';
import { shortId, withRecord } from '../record/open.js';
import { renderReport } from '../render/assessment.js';
import { dateWords } from '../render/dates.js';
import { wrap } from '../render/text.js';
import type { Style } from '../style.js';
import { OUTCOME_WORDS } from '../render/outcome-words.js';
import { labelOf } from './list.js';

// as the report below it: an 80-column terminal
const WIDTH = 78;

/** One saved interview as `assess` prints it, recomputed as of today with what the record has learned. */
export async function runShow(
  ctx: CliContext,
  style: Style,
  today: IsoDate,
  id: string,
  name?: string,
): Promise<number> {
  const text = await withRecord(async ({ store }) => {
    const stored = await findInterview(store, id);
    const signer = signerName(settingsPath(), name);
    const observations = await store.getObservations(stored.id);
    // the steps ticked off, on the web or saved so by `assess --notes`
    const done = doneKeysOf(await store.listReminders(stored.id), stored.record);
    // read once: the live figure learns from every finished interview, the figure before the
    // answer from the others only
    const past = await pastInterviewsOf(store);
    const personal = weightsFrom(past);
    const { estimate, plan } = assessmentOf(stored, observations, today, personal, signer || undefined);
    const record = recordWithOutcome(stored);
    const heard = record.heardBack?.kind === 'outcome' ? record.heardBack : undefined;
    const upcoming = upcomingWords(record.date, today)?.toLowerCase();
    const head = [
      `${style.bold(labelOf(stored))}  ${style.dim(shortId(stored.id))}`,
      `${record.stage} stage, ${dateWords(record.date)}${
        heard ? `; ${OUTCOME_WORDS[heard.outcome]} (${dateWords(heard.on)})` : upcoming ? `; ${upcoming}` : ''
      }`,
    ];
    // what the signs pointed to the day the answer came, from this person's other interviews
    const before = heard
      ? estimateBeforeOutcome(stored, observations, weightsFrom(past, stored.id))
      : undefined;
    const report = renderReport(
      assessResultFrom(estimate, plan, today),
      style,
      record.decisionBy !== undefined,
      observationsFrom(observations),
      heard,
      before && heard ? assessResultFrom(before, plan, heard.on) : undefined,
      done,
    );
    // what they said, or how it felt, written with the outcome on the web: shown with the answer
    const note = heard ? stored.outcome?.note?.trim() : undefined;
    if (note) head.push(...wrap(`Your note: “${note}”`, WIDTH));
    const hasDrafts = plan.steps.some((s) => s.draft);
    // the command on a line of its own, so wrapping never splits it
    const unsigned =
      hasDrafts && !signer
        ? `\n${style.dim('The drafts are unsigned. To sign them (the name is kept for next time):')}\n  debrief show ${shortId(stored.id)} --name YOUR-NAME`
        : '';
    return `${head.join('\n')}\n${report}${unsigned}`;
  });
  write(ctx.stdout, text);
  return 0;
}
