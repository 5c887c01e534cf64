import * as chrono from 'chrono-node';
import { isoDateAddDays, isoDateDiffDays, isoDateFrom, type IsoDate } from '../core/dates.js';
import { periodPromisesIn } from '../analysis/dates/periods.js';
import { localIsoDate } from './io.js';

const WEEKDAY_ONLY = /^(on\s+)?(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/i;

/**
 * Reads a date as a person types it: "2026-03-13", "friday", "in 2 weeks", "yesterday".
 * `direction` settles the ambiguous ones: a decision date lies ahead of the interview, an
 * interview date lies behind today, so a bare "friday" means the next one or the last one.
 */
export function dateFromWords(
  text: string,
  reference: IsoDate,
  direction: 'past' | 'future',
): IsoDate | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return isoDateFrom(trimmed);
  const [y, m, d] = reference.split('-').map(Number) as [number, number, number];
  // A decision promised for a period ("end of next week", "early next month") falls due on its
  // last day, as the analyzer reads it in notes; chrono would say seven days on.
  if (direction === 'future') {
    const [period] = periodPromisesIn(trimmed, new Date(Date.UTC(y, m - 1, d, 12)));
    if (period) return isoDateFrom(period.date);
  }
  // Noon, so no DST change can push the reference into a neighbouring day.
  const instant = new Date(y, m - 1, d, 12);
  const found = chrono.parse(trimmed, instant, { forwardDate: direction === 'future' })[0];
  if (!found) return undefined;
  const date = isoDateFrom(localIsoDate(found.start.date()));
  if (!date) return undefined;
  if (direction === 'past' && isoDateDiffDays(reference, date) > 0 && WEEKDAY_ONLY.test(trimmed))
    return isoDateAddDays(date, -7);
  return date;
}
