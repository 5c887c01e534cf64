import { isoDateDiffDays, isoDateWeekday, type IsoDate } from '../../core/dates.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Fri 13 Mar 2026": unambiguous in every locale, unlike 03/13. */
export function dateWords(date: IsoDate, withYear = true): string {
  const [y, m, d] = date.split('-');
  const day = DAYS[isoDateWeekday(date)] ?? '';
  const month = MONTHS[Number(m) - 1] ?? '';
  return `${day} ${Number(d)} ${month}${withYear ? ` ${y}` : ''}`;
}

/** "today", "tomorrow", "in 5 days", "3 days ago". */
export function relativeDays(date: IsoDate, today: IsoDate): string {
  const n = isoDateDiffDays(today, date);
  if (n === 0) return 'today';
  if (n === 1) return 'tomorrow';
  if (n === -1) return 'yesterday';
  return n > 0 ? `in ${n} days` : `${-n} days ago`;
}
