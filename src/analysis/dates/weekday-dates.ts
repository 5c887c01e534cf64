/**
 * A weekday with its day of the month and no month: "Interview Thurs 5th", "panel on Tuesday the
 * 10th". chrono keeps the weekday and drops the day ("Thurs 5th" read as the last Thursday), so
 * these are read here: the most recent day, up to today and in this month or the two before, that
 * is that day of its month and falls on that weekday. Further back, the pair more likely holds a
 * slip ("Fri 5th" for Thursday the 5th) than an old date, so it gives nothing rather than a guess.
 */
import { isoDateFrom, isoDateWeekday, type IsoDate } from '../../core/dates.js';
import { execAll } from '../exec-all.js';
import { isoFrom } from './chrono-day.js';
import { weekdayNumber, type WeeksBackDay } from './weeks-back.js';

const MONTH_NAMES = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
/** A weekday's first letters, as notes shorten it ("Thurs", "weds", "Tues."). */
const WEEKDAY_STEM = 'mon|tue|tues|wed|weds|wednes|thu|thur|thurs|fri|sat|satur|sun';
// "Thurs 5th", "Thursday the 5th", "Tues. 10th"; not "Thursday 5th March" (chrono reads that whole)
const WEEKDAY_DAY = new RegExp(
  `\\b(?:on\\s+)?(${WEEKDAY_STEM})(?:day)?\\.?,?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?${MONTH_NAMES})`,
  'gi',
);

/** Read as a weekday some weeks back is: where the words start, the words, the day. */
export type WeekdayDay = WeeksBackDay;

/** How many months before today's the day may fall in. */
const MONTHS_BACK = 2;

/**
 * Day `day` of today's month and of the `monthsBack` months before, latest first, where that day is a date up to
 * today (a day the month lacks, "the 31st" of April, is none).
 */
function daysOfMonthBack(today: IsoDate, day: number, monthsBack: number): IsoDate[] {
  const out: IsoDate[] = [];
  if (day < 1 || day > 31) return out;
  const [y, m] = today.split('-').map(Number) as [number, number];
  for (let back = 0; back <= monthsBack; back++) {
    const month0 = m - 1 - back;
    const year = y + Math.floor(month0 / 12);
    const mm = ((month0 % 12) + 12) % 12;
    const date = isoDateFrom(isoFrom(year, mm + 1, day));
    if (date && date <= today) out.push(date);
  }
  return out;
}

/** The latest day up to `today`, in its month or the two before, on `weekday` (0 = Sunday) and day `day` of its month. */
export function lastWeekdayDay(today: IsoDate, weekday: number, day: number): IsoDate | undefined {
  return daysOfMonthBack(today, day, MONTHS_BACK).find((date) => isoDateWeekday(date) === weekday);
}

/** Every weekday-and-day in `text` that meets in the last three months, read against `today`, in text order. */
export function weekdayDaysIn(text: string, today: IsoDate): WeekdayDay[] {
  const found: WeekdayDay[] = [];
  for (const m of execAll(WEEKDAY_DAY, text)) {
    const weekday = weekdayNumber(m[1]!);
    const date = weekday === undefined ? undefined : lastWeekdayDay(today, weekday, Number(m[2]));
    if (date) found.push({ index: m.index, text: m[0], date });
  }
  return found;
}

/**
 * A day of the month alone, told as an ordinal: "the interview on my birthday, the 4th", "interview on the 9th".
 * chrono reads no day from it. Not after a weekday (WEEKDAY_DAY reads the pair, or nothing when the pair never met)
 * nor beside a month (chrono reads those whole).
 */
const MONTH_DAY = new RegExp(
  `(?<!\\b(?:${WEEKDAY_STEM})(?:day)?\\.?,?\\s+(?:the\\s+)?)(?<!\\b${MONTH_NAMES}[a-z]*\\.?\\s+(?:the\\s+)?)\\b(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?${MONTH_NAMES})`,
  'gi',
);

/** The latest day up to `today`, in its month or the one before, that is day `day` of its month. */
export function lastMonthDay(today: IsoDate, day: number): IsoDate | undefined {
  return daysOfMonthBack(today, day, 1)[0];
}

/** Every day of the month told alone in `text`, as the latest such day up to `today`, in text order. */
export function monthDaysIn(text: string, today: IsoDate): WeekdayDay[] {
  const found: WeekdayDay[] = [];
  for (const m of execAll(MONTH_DAY, text)) {
    const date = lastMonthDay(today, Number(m[1]));
    if (date) found.push({ index: m.index, text: m[0], date });
  }
  return found;
}
