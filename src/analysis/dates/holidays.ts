/**
 * Promises tied to a holiday: "after the bank holiday", "before Christmas", "after Easter".
 *
 * Bank holidays are those of England and Wales, from their rules (New Year's Day, Good Friday,
 * Easter Monday, the first and last Mondays of May, the last Monday of August, Christmas and
 * Boxing Day, each moved to the next weekday when it falls at a weekend); one-off changes (a
 * coronation, a moved May holiday) and Scotland's and Northern Ireland's own days are not known.
 * They are counted only when the text names a holiday: "within 5 working days" skips weekends
 * alone (core/dates.ts, isoDateAddBusinessDays), since most promises never meet one and the
 * writer may not be in England. "After" a holiday is the first working day after it, the
 * earliest word can come; "before" or "by" it is the last working day before it.
 */
import { execAll } from '../exec-all.js';
import type { PeriodPromise } from './periods.js';

const DAY_MS = 86_400_000;
const noon = (y: number, m0: number, d: number): Date => new Date(Date.UTC(y, m0, d, 12));
const at = (d: Date, days: number): Date => new Date(d.getTime() + days * DAY_MS);
const iso = (d: Date): string => d.toISOString().slice(0, 10);
const isWeekend = (d: Date): boolean => d.getUTCDay() === 0 || d.getUTCDay() === 6;

/** Easter Sunday (the anonymous Gregorian computus). */
function easterOf(y: number): Date {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((h + 11 * a + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return noon(y, month - 1, ((h + l - 7 * m + 114) % 31) + 1);
}

/** The first (n = 1) or last (n = -1) Monday of month `m0`. */
function mondayOf(y: number, m0: number, n: 1 | -1): Date {
  const d = n === 1 ? noon(y, m0, 1) : noon(y, m0 + 1, 0);
  return at(d, n === 1 ? (8 - d.getUTCDay()) % 7 : -((d.getUTCDay() + 6) % 7));
}

/** England and Wales's bank holidays of year `y`, as YYYY-MM-DD. */
export function bankHolidaysOf(y: number): Set<string> {
  const days = new Set<string>();
  const moved = (d: Date): void => {
    let day = d;
    while (isWeekend(day) || days.has(iso(day))) day = at(day, 1);
    days.add(iso(day));
  };
  moved(noon(y, 0, 1));
  const easter = easterOf(y);
  days.add(iso(at(easter, -2)));
  days.add(iso(at(easter, 1)));
  days.add(iso(mondayOf(y, 4, 1)));
  days.add(iso(mondayOf(y, 4, -1)));
  days.add(iso(mondayOf(y, 7, -1)));
  // Christmas and Boxing Day that fall on weekdays keep them; one at a weekend moves past both
  const christmas = noon(y, 11, 25);
  const boxing = noon(y, 11, 26);
  for (const d of [christmas, boxing]) if (!isWeekend(d)) days.add(iso(d));
  for (const d of [christmas, boxing]) if (isWeekend(d)) moved(at(boxing, 1));
  return days;
}

const isHoliday = (d: Date): boolean => bankHolidaysOf(d.getUTCFullYear()).has(iso(d));
const isOff = (d: Date): boolean => isWeekend(d) || isHoliday(d);

/** The first working day after `d`, or the last one before it (`step` -1). */
function workingDayFrom(d: Date, step: 1 | -1): Date {
  let day = at(d, step);
  while (isOff(day)) day = at(day, step);
  return day;
}

const HOLIDAY_PROMISE =
  /\b(after|before|by|until|till|following)\s+(?:the\s+)?(bank\s+holiday|christmas|xmas|easter)(?:\s+(?:weekend|break|holidays?|period|monday))?\b/gi;

/** The first and last days of the holiday named, the next one from `ref`. */
function holidayAfter(ref: Date, name: string): [Date, Date] | undefined {
  const y = ref.getUTCFullYear();
  for (const year of [y, y + 1]) {
    if (/christmas|xmas/.test(name)) {
      // the working day after skips the substitute days too (workingDayFrom)
      const span: [Date, Date] = [noon(year, 11, 25), noon(year, 11, 26)];
      if (span[1].getTime() >= ref.getTime()) return span;
    } else if (/easter/.test(name)) {
      const e = easterOf(year);
      if (at(e, 1).getTime() >= ref.getTime()) return [at(e, -2), at(e, 1)];
    } else {
      const next = [...bankHolidaysOf(year)].sort().find((d) => d >= iso(ref));
      if (next) {
        const day = new Date(`${next}T12:00:00Z`);
        return [day, day];
      }
    }
  }
  return undefined;
}

/** Holiday promises in `sentence`, with offsets into it; `ref` is the interview day at UTC noon. */
export function holidayPromisesIn(sentence: string, ref: Date): PeriodPromise[] {
  const out: PeriodPromise[] = [];
  for (const m of execAll(HOLIDAY_PROMISE, sentence)) {
    const span = holidayAfter(ref, m[2]!.toLowerCase().replace(/\s+/g, ' '));
    if (!span) continue;
    const after = /after|following/i.test(m[1]!);
    const date = after ? workingDayFrom(span[1], 1) : workingDayFrom(span[0], -1);
    if (date.getTime() < ref.getTime()) continue;
    out.push({ start: m.index, end: m.index + m[0].length, date: iso(date) });
  }
  return out;
}
