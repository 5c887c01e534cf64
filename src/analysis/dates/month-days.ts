/**
 * Days written without their month: "by the 15th", "on the 3rd of next month", which chrono does
 * not read; and dates in figures whose day-first and month-first readings differ ("12/01"),
 * which chrono reads day-first whatever the writer meant.
 */
import { isoDateDiffDays, type IsoDate } from '../../core/dates.js';
import { execAll } from '../exec-all.js';
import { isoFrom } from './chrono-day.js';
import type { PeriodPromise } from './periods.js';

// "the 15th", "the 3rd of next month"; not "the 2nd round" or "the 4th of December" (chrono's)
const ORDINAL_DAY =
  /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(this|next|the\s+following)\s+month\b)?(?=\s*(?:[.,;:!?)\n]|$)|\s+(?:at|or|and|if|but|so|then|when|as|because|they|she|he|we|i|which|is|was|to|latest)\b)/gi;

const daysIn = (y: number, m0: number): number => new Date(Date.UTC(y, m0 + 1, 0)).getUTCDate();

/**
 * The day `day` of the first month from the interview's on which it exists and is still ahead:
 * said on the 25th, "by the 25th" is next month's, like a weekday named on that weekday; "by the
 * 31st" said in November is 31 December. With "of next month", that month's, or its last day.
 */
function monthDay(ref: Date, day: number, which: string): string | undefined {
  if (day < 1 || day > 31) return undefined;
  const y = ref.getUTCFullYear();
  const m = ref.getUTCMonth();
  if (which) {
    const m0 = m + (/next|following/i.test(which) ? 1 : 0);
    const d = new Date(Date.UTC(y, m0, Math.min(day, daysIn(y, m0)), 12));
    return d.getTime() < ref.getTime() ? undefined : d.toISOString().slice(0, 10);
  }
  for (let k = 0; k < 13; k++) {
    if (day > daysIn(y, m + k)) continue;
    const d = new Date(Date.UTC(y, m + k, day, 12));
    if (d.getTime() > ref.getTime()) return d.toISOString().slice(0, 10);
  }
  return undefined;
}

/** Days of the month named alone in `sentence`, with offsets into it; `ref` is the interview day at UTC noon. */
export function monthDayPromisesIn(sentence: string, ref: Date): PeriodPromise[] {
  const out: PeriodPromise[] = [];
  for (const m of execAll(ORDINAL_DAY, sentence)) {
    const date = monthDay(ref, Number(m[1]), m[2] ?? '');
    if (date) out.push({ start: m.index, end: m.index + m[0].length, date });
  }
  return out;
}

const FIGURES = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/;
/** How far ahead a reading of figures may fall and still be a promise: about three months. */
const FURTHEST_DAYS = 92;

/**
 * A date in figures read as its writer meant it, or undefined when it cannot be told. Day-first
 * and month-first readings are both tried; a reading is kept when it is a real date no earlier
 * than the interview and within three months of it (a year given is kept as given). One reading
 * kept, or both the same day, is the date: "03/12" said in late November is 3 December, since 12
 * March is too far off. Both kept ("12/01": 12 January or 1 December) is undecided, and then
 * there is no date rather than a guess. Returns null when `figures` is not such a date.
 */
export function figuresDate(figures: string, reference: IsoDate): string | undefined | null {
  const f = FIGURES.exec(figures.trim());
  if (!f) return null;
  const a = Number(f[1]);
  const b = Number(f[2]);
  const [y0] = reference.split('-').map(Number) as [number];
  const year = f[3] ? (f[3].length === 2 ? 2000 + Number(f[3]) : Number(f[3])) : undefined;
  const readings = new Set<string>();
  for (const [day, month] of [
    [a, b],
    [b, a],
  ] as const) {
    if (month < 1 || month > 12 || day < 1) continue;
    for (const y of year ? [year] : [y0, y0 + 1]) {
      if (day > daysIn(y, month - 1)) continue;
      const iso = isoFrom(y, month, day) as IsoDate;
      const ahead = isoDateDiffDays(reference, iso);
      if (ahead >= 0 && ahead <= FURTHEST_DAYS) readings.add(iso);
    }
  }
  return readings.size === 1 ? [...readings][0] : undefined;
}
