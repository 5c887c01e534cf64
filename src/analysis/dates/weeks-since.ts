/**
 * A bare weekday in notes written weeks after the interview: "Interview on Tuesday … She said
 * the end of next week. That was three weeks ago." Read on its own, "Tuesday" is the latest one;
 * the span the writer gives since the interview says it was that weekday some weeks further back.
 * Only a span told as the time since the interview or its promise counts ("that was three weeks
 * ago", "it's been ten days", "the interview was two weeks ago"); one since another deed ("I
 * applied two months ago", "it's been a week since I emailed") tells nothing of the interview day.
 */
import { isoDateAddDays, isoDateDiffDays, type IsoDate } from '../../core/dates.js';
import { compiledNative } from '../exec-all.js';
import { days, N } from '../detect/time-counts.js';

const HEDGE = String.raw`(?:about |around |almost |nearly |over |more than |just over |roughly |a good )?`;
/** Days and weeks only: "three months ago" tells of something else than a weekday's week. */
const UNIT = String.raw`(days?|weeks?)`;
/**
 * "that was three weeks ago", "the interview was ten days ago", "it's been two weeks (since)",
 * "it has now been 12 days"; never "it's been a week since I emailed".
 */
const SPAN_SINCE = compiledNative(
  new RegExp(
    String.raw`\b(?:(?:that|this|the interview|my interview|it|the call)\s+was\s+${HEDGE}${N}\s+${UNIT}\s+ago|(?:it'?s|it has|it is)\s+(?:now\s+)?been\s+${HEDGE}${N}\s+${UNIT}(?!\s+since\s+(?:i|we|my|they|she|he)\b))\b`,
    'gi',
  ),
);

/** The longest span since the interview the text tells, in days. */
export function daysSinceTold(text: string): number | undefined {
  let most: number | undefined;
  SPAN_SINCE.lastIndex = 0;
  for (let m = SPAN_SINCE.exec(text); m; m = SPAN_SINCE.exec(text)) {
    const [, count1, unit1, count2, unit2] = m;
    const n = days((count1 ?? count2)!, (unit1 ?? unit2)!, undefined);
    if (Number.isFinite(n)) most = Math.max(most ?? 0, n);
  }
  return most;
}

/**
 * `date`, the latest such weekday, moved back by whole weeks to lie nearest the span told
 * since the interview; unchanged when no span is told or the span fits it already.
 */
export function weekdayWeeksAgo(text: string, date: IsoDate, today: IsoDate): IsoDate {
  const since = daysSinceTold(text);
  if (since === undefined) return date;
  const weeks = Math.round((since - isoDateDiffDays(date, today)) / 7);
  return weeks > 0 ? isoDateAddDays(date, -7 * weeks) : date;
}
