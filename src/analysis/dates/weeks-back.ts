/**
 * A weekday placed some weeks back: "Monday two weeks ago", "Tuesday last week", "last week's
 * Wednesday", "the Friday before last". chrono reads the weekday alone and drops the weeks, so
 * these are read here. Weeks run Monday to Sunday: "Tuesday last week" is the Tuesday of the
 * week before this one, whatever today is.
 */
import { isoDateAddDays, isoDateWeekday, type IsoDate } from '../../core/dates.js';
import { execAll } from '../exec-all.js';

const WEEKDAY = '(mon|tues|wednes|thurs|fri|satur|sun)day';
const COUNT = '(a|one|two|three|four|\\d)';
const WEEKS_BACK = `(?:of\\s+)?(?:(last)\\s+week|the\\s+week\\s+before\\s+(last)|${COUNT}\\s+weeks?\\s+ago)`;
// "Monday two weeks ago", "Tuesday of last week", "Monday the week before last"
const DAY_THEN_WEEKS = new RegExp(`\\b(?:on\\s+)?${WEEKDAY}\\s+${WEEKS_BACK}\\b`, 'gi');
// "last week's Tuesday", "two weeks ago on Monday", "a week ago Monday"
const WEEKS_THEN_DAY = new RegExp(
  `\\b(?:(last)\\s+week(?:['\u2019]s|\\s+on)|${COUNT}\\s+weeks?\\s+ago(?:\\s+on)?)\\s+${WEEKDAY}\\b`,
  'gi',
);
// "the Friday before last": the one before the most recent Friday
const DAY_BEFORE_LAST = new RegExp(`\\b(?:on\\s+)?(?:the\\s+)?${WEEKDAY}\\s+before\\s+last\\b`, 'gi');

const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/** A weekday's number (0 = Sunday) from any spelling that starts with its first three letters ("Thurs", "tues"). */
export const weekdayNumber = (name: string): number | undefined =>
  WEEKDAY_INDEX[name.slice(0, 3).toLowerCase()];
const COUNT_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4 };

export interface WeeksBackDay {
  /** Where the words start in the text given, and the words themselves. */
  index: number;
  text: string;
  date: IsoDate;
}

function countOf(word: string): number {
  return COUNT_WORDS[word.toLowerCase()] ?? Number(word);
}

/** The given weekday (0 = Sunday) in the week (Monday to Sunday) `weeks` before today's. */
function weekdayWeeksBack(today: IsoDate, weekday: number, weeks: number): IsoDate {
  const monday = isoDateAddDays(today, -((isoDateWeekday(today) + 6) % 7));
  return isoDateAddDays(monday, -7 * weeks + ((weekday + 6) % 7));
}

/** Every weekday some weeks back in `text`, read against `today`, in text order. */
export function weeksBackDaysIn(text: string, today: IsoDate): WeeksBackDay[] {
  const found: WeeksBackDay[] = [];
  const add = (m: RegExpExecArray, date: IsoDate) => found.push({ index: m.index, text: m[0], date });
  const day = (name: string) => weekdayNumber(name) ?? 1;
  for (const m of execAll(DAY_THEN_WEEKS, text)) {
    const [, name = '', last, beforeLast, count] = m;
    const weeks = last ? 1 : beforeLast ? 2 : countOf(count ?? '1');
    add(m, weekdayWeeksBack(today, day(name), weeks));
  }
  for (const m of execAll(WEEKS_THEN_DAY, text)) {
    const [, last, count, name = ''] = m;
    add(m, weekdayWeeksBack(today, day(name), last ? 1 : countOf(count ?? '1')));
  }
  for (const m of execAll(DAY_BEFORE_LAST, text)) {
    const wanted = day(m[1] ?? '');
    // the most recent one strictly before today, then a week before that
    const back = (isoDateWeekday(today) - wanted + 7) % 7 || 7;
    add(m, isoDateAddDays(today, -back - 7));
  }
  return found.sort((a, b) => a.index - b.index);
}
