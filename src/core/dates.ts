/**
 * Calendar dates as branded `YYYY-MM-DD` strings. The core never reads the clock:
 * "today" is always passed in. Arithmetic is done on UTC midnight so no time zone or
 * DST shift can move a date by one.
 */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isoDateFrom(value: string): IsoDate | undefined {
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return value as IsoDate;
}

function epochDay(date: IsoDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

function isoDateFromEpochDay(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10) as IsoDate;
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
  return new Date(epochDay(date) * DAY_MS).getUTCDay();
}

/** Adds business days (Mon–Fri); public holidays are not known to the core. */
export function isoDateAddBusinessDays(date: IsoDate, businessDays: number): IsoDate {
  let day = date;
  let left = businessDays;
  const step = left >= 0 ? 1 : -1;
  while (left !== 0) {
    day = isoDateAddDays(day, step);
    const wd = isoDateWeekday(day);
    if (wd !== 0 && wd !== 6) left -= step;
  }
  return day;
}
