/**
 * Promises that name a month, a quarter or the year's turn ("mid-December", "by the end of
 * January", "end of Q1", "early in the new year"), read as the last day they cover, like the
 * week and month promises of periods.ts: a month is its last day, its start the 10th, its middle
 * the 15th. Quarters are calendar quarters (Q1 ends 31 March); a firm's own financial year is not
 * known. chrono reads a month named alone as its 1st, which would count silence from the day the
 * month begins rather than the day it ends.
 */
import { execAll } from '../exec-all.js';
import type { PeriodPromise } from './periods.js';

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH_INDEX = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WHERE = String.raw`(?:(?:the\s+)?(end|start|beginning|middle|close)\s+of\s+|(early|mid|late)[\s-]?(?:in\s+)?|(in|by|during|until|till|before)\s+)`;
// not "by December 4th" or "in Dec 2027" (chrono reads a day; a year named is not read here)
const MONTH_PERIOD = new RegExp(String.raw`\b${WHERE}(${MONTHS})\b(?!\.?[\s-]*\d)`, 'gi');
/** "may" and "march" are words too: as months they are written with a capital. */
const LOWER_WORD = /^(?:may|mar|march)$/;
const QUARTER = new RegExp(
  String.raw`\b${WHERE}?(?:the\s+)?(?:q([1-4])|(first|second|third|fourth)\s+quarter|(this|the|next)\s+quarter)(?:\s+(?:of\s+)?(next\s+year|this\s+year|20\d\d))?\b`,
  'gi',
);
const ORDINAL_QUARTER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
// "the end of the year", "year end", "early in the new year", "in the new year", "early next year"
const YEAR_PERIOD =
  /\b(?:(?:the\s+)?(end|close|turn)\s+of\s+(?:the|this)\s+year|year[\s-]end|end\s+of\s+year|(early|the\s+start\s+of|the\s+beginning\s+of)\s+(?:in\s+)?(?:the\s+new\s+year|next\s+year)|(?:in|after)\s+the\s+new\s+year)\b/gi;

const DAY_MS = 86_400_000;
/** Months within which a period named by its month is still a promise; further is one gone by. */
const FURTHEST_MONTHS = 6;
const noon = (y: number, m0: number, d: number): Date => new Date(Date.UTC(y, m0, d, 12));
const lastOf = (y: number, m0: number): Date => noon(y, m0 + 1, 0);
const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** The day a place in month `m0` of year `y` stands for: its start the 10th, middle the 15th, else its end. */
function placeIn(y: number, m0: number, where: string): Date {
  if (/^(start|beginning|early)$/.test(where)) return noon(y, m0, 10);
  if (/^(middle|mid)$/.test(where)) return noon(y, m0, 15);
  // "before January" is by the last day of December
  if (where === 'before') return noon(y, m0, 0);
  return lastOf(y, m0);
}

function monthPromise(ref: Date, month: number, where: string): Date | undefined {
  const y = ref.getUTCFullYear();
  const m = ref.getUTCMonth();
  if (month === m) {
    // said in the month itself: its place if still ahead, else its end
    const day = placeIn(y, m, where);
    return day.getTime() >= ref.getTime() ? day : where === 'before' ? undefined : lastOf(y, m);
  }
  const year = month < m ? y + 1 : y;
  if ((year - y) * 12 + month - m > FURTHEST_MONTHS) return undefined;
  return placeIn(year, month, where);
}

function quarterPromise(ref: Date, q: number | undefined, which: string, year: string, where: string): Date {
  const y = ref.getUTCFullYear();
  const current = Math.floor(ref.getUTCMonth() / 3) + 1;
  let quarter = q ?? current + (which === 'next' ? 1 : 0);
  let yy = /^20\d\d$/.test(year) ? Number(year) : /next/.test(year) ? y + 1 : y;
  if (quarter > 4) {
    quarter -= 4;
    yy += 1;
  }
  const first = (quarter - 1) * 3;
  const day = /^(start|beginning|early)$/.test(where)
    ? noon(yy, first, 10)
    : /^(middle|mid)$/.test(where)
      ? noon(yy, first + 1, 15)
      : lastOf(yy, first + 2);
  // a quarter gone by this year, named without a year, is next year's
  return !year && day.getTime() < ref.getTime()
    ? new Date(Date.UTC(yy + 1, day.getUTCMonth(), day.getUTCDate(), 12))
    : day;
}

/** Month, quarter and year promises in `sentence`, with offsets into it; `ref` is the interview day at UTC noon. */
export function namedPeriodPromisesIn(sentence: string, ref: Date): PeriodPromise[] {
  const out: PeriodPromise[] = [];
  const add = (m: RegExpExecArray, d: Date | undefined): void => {
    if (d && d.getTime() >= ref.getTime() - DAY_MS / 2)
      out.push({ start: m.index, end: m.index + m[0].length, date: iso(d) });
  };
  for (const m of execAll(MONTH_PERIOD, sentence)) {
    const name = m[4]!;
    if (LOWER_WORD.test(name)) continue;
    const where = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
    add(m, monthPromise(ref, MONTH_INDEX.indexOf(name.slice(0, 3).toLowerCase()), where));
  }
  for (const m of execAll(QUARTER, sentence)) {
    const where = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
    // "the Q3 roadmap": a quarter with no "by", "in", "end of"… is a describing word
    if (!m[1] && !m[2] && !m[3] && !m[6]) continue;
    const q = m[4] ? Number(m[4]) : m[5] ? ORDINAL_QUARTER[m[5].toLowerCase()] : undefined;
    add(m, quarterPromise(ref, q, (m[6] ?? '').toLowerCase(), (m[7] ?? '').toLowerCase(), where));
  }
  for (const m of execAll(YEAR_PERIOD, sentence)) {
    const y = ref.getUTCFullYear();
    add(
      m,
      m[1] || /year[\s-]end|end\s+of\s+year/i.test(m[0])
        ? lastOf(y, 11)
        : m[2]
          ? noon(y + 1, 0, 10)
          : lastOf(y + 1, 0),
    );
  }
  return out.sort((a, b) => a.start - b.start);
}
