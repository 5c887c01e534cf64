/**
 * Calendar dates as branded `YYYY-MM-DD` strings. The core never reads the clock:
 * "today" is always passed in. Arithmetic is done on UTC midnight so no time zone or
 * DST shift can move a date by one.
 */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isoDateFrom(value: string): IsoDate | undefined {
  if (!ISO_DATE.test(value)) return undefined;
  // An impossible date (2026-02-30) is refused by its month's length, read from the digits: the
  // API checks every date of every request, so no string is built here.
  const y = digits(value, 0, 4);
  const m = digits(value, 5, 2);
  const d = digits(value, 8, 2);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? (value as IsoDate) : undefined;
}

function digits(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) n = n * 10 + (text.charCodeAt(i) - 48);
  return n;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The proleptic Gregorian calendar's, as the day count below uses it. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1] ?? 0;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return leap ? 29 : 28;
}

// Howard Hinnant's days-from-civil algorithms: pure integer arithmetic, no Date objects,
// because the model and planner convert dates in tight loops (business days, silence curves).
function epochDay(date: IsoDate): number {
  let y =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  const m = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const d = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

function isoDateFromEpochDay(day: number): IsoDate {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}` as IsoDate;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function isoDateDiffDays(from: IsoDate, to: IsoDate): number {
  return epochDay(to) - epochDay(from);
}

export function isoDateAddDays(date: IsoDate, days: number): IsoDate {
  return isoDateFromEpochDay(epochDay(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function isoDateWeekday(date: IsoDate): number {
  return weekdayOf(epochDay(date));
}

// Epoch day 0 (1970-01-01) was a Thursday.
const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

/** Adds business days (Mon–Fri); public holidays are not known to the core. */
export function isoDateAddBusinessDays(date: IsoDate, businessDays: number): IsoDate {
  // Walks the day count, not date strings: the plan adds ~16 business days per answer.
  let day = epochDay(date);
  let left = businessDays;
  const step = left >= 0 ? 1 : -1;
  while (left !== 0) {
    day += step;
    const wd = weekdayOf(day);
    if (wd !== 0 && wd !== 6) left -= step;
  }
  return isoDateFromEpochDay(day);
}

/** "1 day", "7 days": a count of days in words, for the wait's lines on the page and in the terminal. */
export const dayCount = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;
