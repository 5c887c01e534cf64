import type { InterviewItem } from '../../contract/responses.js';
import { upcomingWords } from '../../contract/when-words.js';
import type { IsoDate } from '../../core/dates.js';
import type { SilencePhase } from '../../core/model/types.js';
import { interviewLabel } from '../../core/record.js';
import { personalWeightsOf } from '../../server/assessment.js';
import { interviewItemOf } from '../../server/interview-view.js';
import { write, type CliContext } from '../io.js';
import { nowFor } from '../record/interviews.js';
import { shortId, withRecord } from '../record/open.js';
import { OUTCOME_WORDS } from '../render/outcome-words.js';
import { percent } from '../render/text.js';
import type { Style } from '../style.js';

const PHASE: Readonly<Record<SilencePhase, string>> = {
  'no-dates': '',
  'heard-back': 'heard back',
  'too-early': 'early days',
  waiting: 'word due about now',
  overdue: 'later than expected',
  'likely-ghosted': 'long silence',
};

export const labelOf = (item: Pick<InterviewItem, 'record'>): string =>
  interviewLabel(item.record) || '(no company given)';

/** The outcome, or while waiting the silence clock (or "coming up"), and how to paint it. */
function statusOf(
  item: InterviewItem,
  style: Style,
  today: IsoDate,
): { text: string; paint: (s: string) => string } {
  // every answer is an outcome row (store migration 0002 moved the ones older versions kept in the record)
  const outcome = item.outcome?.outcome;
  // Once the answer is in, the silence clock has stopped; the outcome is the news.
  if (outcome) return { text: OUTCOME_WORDS[outcome], paint: style.bold };
  // Before the interview there is no silence to read, as the dashboard says too.
  const upcoming = upcomingWords(item.record.date, today);
  if (upcoming) return { text: upcoming.toLowerCase(), paint: style.cyan };
  // With no sign answered the figure is only the stage's usual rate, as the dashboard says.
  if (item.signsAnswered === 0)
    return { text: ['not debriefed yet', PHASE[item.phase]].filter(Boolean).join(', '), paint: style.dim };
  return { text: PHASE[item.phase], paint: style.dim };
}

/**
 * The chance of passing while the answer is awaited. Once it is in, as on the dashboard, a chance
 * ("2%" beside a rejection) is no news and reads unkindly: the row's status says the answer, and
 * the column keeps a dash so it stays in line. An interview still to come and not debriefed has
 * no chance to give yet either (the dashboard says "Coming up"). `--json` keeps the estimate.
 */
const estimateOf = (item: InterviewItem, today: IsoDate): string =>
  item.outcome || (item.signsAnswered === 0 && upcomingWords(item.record.date, today))
    ? '—'
    : percent(item.estimate.probability);

/** Id, date, estimate and stage, each with the two spaces after it. */
const FIXED_COLUMNS = 8 + 2 + 10 + 2 + 4 + 2 + 6 + 2;
const LABEL_MAX = 40;
const LABEL_MIN = 12;

/** A label cut to `width` with an ellipsis, so the status column stays in line. */
const fitted = (label: string, width: number): string =>
  label.length <= width ? label.padEnd(width) : `${label.slice(0, width - 1).trimEnd()}…`.padEnd(width);

/**
 * Aligned columns: id, date, estimate, stage, company and role, then outcome or silence clock.
 * In a terminal of `columns` columns, long labels are cut so no line wraps.
 */
export function listLines(
  items: readonly InterviewItem[],
  style: Style,
  today: IsoDate,
  columns?: number,
): string[] {
  const statuses = items.map((item) => statusOf(item, style, today));
  const longestStatus = Math.max(0, ...statuses.map((s) => s.text.length));
  const room = columns === undefined ? LABEL_MAX : columns - 1 - FIXED_COLUMNS - 2 - longestStatus;
  const width = Math.min(
    Math.max(...items.map((i) => labelOf(i).length)),
    Math.max(LABEL_MIN, Math.min(LABEL_MAX, room)),
  );
  return items.map((item, i) => {
    const status = statuses[i]!;
    return [
      style.cyan(shortId(item.id)),
      item.record.date,
      estimateOf(item, today).padStart(4),
      item.record.stage.padEnd(6),
      columns === undefined ? labelOf(item).padEnd(width) : fitted(labelOf(item), width),
      status.text ? status.paint(status.text) : '',
    ]
      .join('  ')
      .trimEnd();
  });
}

/** The dashboard's list, in the terminal: newest interview first, each as of today. */
export async function runList(ctx: CliContext, style: Style, today: IsoDate, json: boolean): Promise<number> {
  const now = nowFor(today, ctx.today, new Date());
  const { items, where } = await withRecord(async ({ store, where }) => {
    const stored = await store.listInterviews();
    const personal = await personalWeightsOf(store);
    // The store lists newest interview first, as the dashboard shows them.
    return { items: await Promise.all(stored.map((s) => interviewItemOf(store, s, now, personal))), where };
  });
  if (json) {
    write(
      ctx.stdout,
      JSON.stringify({ asOf: today, interviews: items }, null, ctx.isStdoutTty ? 2 : undefined),
    );
    return 0;
  }
  if (items.length === 0) {
    write(ctx.stdout, `No interviews in your record yet (${where}).`);
    write(ctx.stdout, 'Run `debrief assess` and save one, or add it on the web page (npm start).');
    return 0;
  }
  for (const l of listLines(items, style, today, ctx.columns)) write(ctx.stdout, l);
  write(
    ctx.stdout,
    style.dim(
      `\n${items.length} interview${items.length === 1 ? '' : 's'} in ${where}. Details: debrief show ID`,
    ),
  );
  return 0;
}
