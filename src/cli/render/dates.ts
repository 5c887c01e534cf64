import { isoDateWeekday, type IsoDate } from '../../core/dates.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Fri 13 Mar 2026": unambiguous in every locale, unlike 03/13. */
export function dateWords(date: IsoDate, withYear = true): string {
  const [y, m, d] = date.split('-');
  const day = DAYS[isoDateWeekday(date)] ?? '';
  const month = MONTHS[Number(m) - 1] ?? '';
  return `${day} ${Number(d)} ${month}${withYear ? ` ${y}` : ''}`;
}

// the web page's words too (contract/when-words), so both say the same
export { relativeDays } from '../../contract/when-words.js';
