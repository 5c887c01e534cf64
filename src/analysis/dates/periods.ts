/**
 * Promises that name a period rather than a day ("by the end of the week", "early next month",
 * "in two weeks", "within 5 working days"), read as the last day the promise covers. The
 * follow-up clock counts silence from that day, so a promise of "next week" is kept until that
 * week's Friday, not broken seven days after the interview, which is how chrono reads it.
 */
import { isoDateAddBusinessDays, type IsoDate } from '../../core/dates.js';
import { numberFromWord } from '../detect/time-counts.js';
import { execAll } from '../exec-all.js';

export interface PeriodPromise {
  start: number;
  end: number;
  /** YYYY-MM-DD */
  date: string;
}

const DAY_MS = 86_400_000;

// "end of the week", "early next week", "later this week", "eow", "mid-month", "next month"
const CALENDAR_PERIOD =
  /\b(?:(?:(?:the\s+)?(end|start|beginning|middle)\s+of|(early|mid|late|later|earlier)[\s-]?)\s*)?(?:(this|the|next|the\s+following)\s+)?(week|month)\b(?!\s*(?:later|ago|after|before|of|or so|'s))|\beo[wm]\b/gi;
// "in two weeks", "within 10 days", "in a couple of weeks", "within five working days", "in a fortnight"
// A range counts to its far end: "in 3-4 weeks", "in a week or two", "within 2 to 3 days".
const COUNT =
  '(\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty|forty-eight|seventy-two|a\\s+couple\\s+of|couple\\s+of|a\\s+few|few)';
const SPAN = new RegExp(
  String.raw`\b(?:with)?in\s+(?:the\s+next\s+|about\s+|around\s+|roughly\s+)?(?:(?:\d{1,2}|one|two|three|four|five)\s*(?:-|–|to|or)\s*)?${COUNT}\s+(?:(working|business)\s+)?(day|week|wk|fortnight|month|mth|hour|hr)s?\b(?:\s+or\s+${COUNT}\b(?!\s+(?:day|week|month)))?(?!\s*(?:later|ago))`,
  'gi',
);
/** Hours count as the days they run into: "within 48 hours" is two days on; under a day is none. */
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, wk: 7, fortnight: 14 };

// "Thursday week", "a week on Thursday", "a week from Thursday": the coming Thursday (today's,
// said on a Thursday) and a week more, as it is said in Britain
const DAY_WEEK =
  /\b(?:(mon|tues|wednes|thurs|fri|satur|sun)day\s+week|a\s+week\s+(?:on|from)\s+(mon|tues|wednes|thurs|fri|satur|sun)day)\b(?!\s*(?:later|ago|after|before|'s))/gi;
// "the week after next", "the end of the week after next"
const WEEK_AFTER_NEXT =
  /\b(?:(?:the\s+)?(end|start|beginning|middle)\s+of\s+|(early|mid|late|later)[\s-]?)?the\s+week\s+after\s+next\b/gi;

// "Wednesday next week", "on Monday of the following week", "next week on Thursday": a day named
// inside a week, which chrono and the week reading would both take as the week's end
const DAY_IN_WEEK =
  /\b(?:(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\s+(?:of\s+)?(this|next|the\s+following)\s+week|(this|next|the\s+following)\s+week,?\s+(?:on\s+)?(?:the\s+)?(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\b/gi;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A UTC noon date; noon so no time zone moves the day. */
const at = (ref: Date, days: number): Date => new Date(ref.getTime() + days * DAY_MS);
const iso = (d: Date): string => d.toISOString().slice(0, 10);
const lastOfMonth = (y: number, m: number): Date => new Date(Date.UTC(y, m + 1, 0, 12));

/**
 * The day `offset` days after Monday (0 = Monday) of this week or, for "next"/"the following",
 * of next week. A day of this week that has gone means the coming one: said on a Wednesday,
 * "Tuesday this week" can only be next Tuesday, and said over the weekend "this week" is the
 * week ahead, so it ends on the coming Friday.
 *
 * The day itself has not gone unless `todayCounts` is false. Said on a Friday, "we'll decide this
 * week" or "by the end of the week" is taken at its word: the working week ends that day, so word
 * is due by the end of it. Reading it as next Friday would hold back the nudge to check in by a
 * whole week on the strength of a slip of the tongue, while taken literally the check-in falls
 * early the next week, which is what someone told "this week" on a Friday would expect to do.
 * "Later this week" and "within the week" leave today out: both mean after it.
 */
function dayOfWeek(ref: Date, which: string, offset: number, todayCounts = true): Date {
  const next = /next|following/.test(which);
  const day = at(ref, -((ref.getUTCDay() + 6) % 7) + (next ? 7 : 0) + offset);
  const gone = todayCounts ? day.getTime() < ref.getTime() : day.getTime() <= ref.getTime();
  return !next && gone ? at(day, 7) : day;
}

/** early → Tuesday, middle → Wednesday, otherwise the working week's end. */
const weekPromise = (ref: Date, which: string, where: string, within: boolean): Date =>
  dayOfWeek(
    ref,
    which,
    /^(start|beginning|early|earlier)$/.test(where) ? 1 : /^(middle|mid)$/.test(where) ? 2 : 4,
    where !== 'later' && !within,
  );

const dayInWeek = (ref: Date, which: string, weekday: string): Date =>
  dayOfWeek(ref, which, WEEKDAYS.indexOf(weekday.slice(0, 3).toLowerCase()));

function monthPromise(ref: Date, which: string, where: string): Date {
  const y = ref.getUTCFullYear();
  const m = ref.getUTCMonth() + (/next|following/.test(which) ? 1 : 0);
  const pick = (month: number): Date =>
    /^(start|beginning|early|earlier)$/.test(where)
      ? new Date(Date.UTC(y, month, 10, 12))
      : /^(middle|mid)$/.test(where)
        ? new Date(Date.UTC(y, month, 15, 12))
        : lastOfMonth(y, month);
  const day = pick(m);
  return day.getTime() < ref.getTime() ? pick(m + 1) : day;
}

/** "in a month" from 31 January is the last of February, not 3 March. */
function sameDayMonthsOn(ref: Date, n: number): Date {
  const last = lastOfMonth(ref.getUTCFullYear(), ref.getUTCMonth() + n);
  return new Date(
    Date.UTC(last.getUTCFullYear(), last.getUTCMonth(), Math.min(ref.getUTCDate(), last.getUTCDate()), 12),
  );
}

/** Period promises in `sentence`, with offsets into it; `ref` is the interview day at UTC noon. */
export function periodPromisesIn(sentence: string, ref: Date): PeriodPromise[] {
  const out: PeriodPromise[] = [];
  for (const m of execAll(SPAN, sentence)) {
    const n = numberFromWord((m[4] ?? m[1]!).replace(/\s+/g, ' '));
    if (!Number.isFinite(n) || n <= 0) continue;
    const unit = m[3]!.toLowerCase();
    if (/^(hour|hr)$/.test(unit) && n < 24) continue;
    const date =
      m[2] && unit === 'day'
        ? isoDateAddBusinessDays(iso(ref) as IsoDate, n)
        : iso(
            /^(month|mth)$/.test(unit)
              ? sameDayMonthsOn(ref, n)
              : at(ref, /^(hour|hr)$/.test(unit) ? Math.ceil(n / 24) : n * (UNIT_DAYS[unit] ?? 1)),
          );
    out.push({ start: m.index, end: m.index + m[0].length, date });
  }
  for (const m of execAll(DAY_WEEK, sentence)) {
    const wanted = ['mon', 'tues', 'wednes', 'thurs', 'fri', 'satur', 'sun'].indexOf(
      (m[1] ?? m[2]!).toLowerCase(),
    );
    const ahead = (wanted - ((ref.getUTCDay() + 6) % 7) + 7) % 7;
    out.push({ start: m.index, end: m.index + m[0].length, date: iso(at(ref, ahead + 7)) });
  }
  for (const m of execAll(WEEK_AFTER_NEXT, sentence)) {
    const where = (m[1] ?? m[2] ?? '').toLowerCase();
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      date: iso(at(weekPromise(ref, 'next', where, false), 7)),
    });
  }
  for (const m of execAll(DAY_IN_WEEK, sentence)) {
    if (out.some((o) => m.index < o.end && o.start < m.index + m[0].length)) continue;
    const date = dayInWeek(ref, (m[2] ?? m[3])!, (m[1] ?? m[4])!);
    out.push({ start: m.index, end: m.index + m[0].length, date: iso(date) });
  }
  for (const m of execAll(CALENDAR_PERIOD, sentence)) {
    if (out.some((o) => m.index < o.end && o.start < m.index + m[0].length)) continue;
    const word = m[0].toLowerCase();
    const where = (m[1] ?? m[2] ?? '').toLowerCase();
    const which = (m[3] ?? '').toLowerCase();
    // "the week" or "week" alone names no promise ("a busy week", "the week before"); a place in
    // it or "this"/"next" does
    const within = /\bwithin\s+$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index));
    if (!word.startsWith('eo') && !where && !within && !/this|next|following/.test(which)) continue;
    const unit = word.startsWith('eo') ? (word === 'eow' ? 'week' : 'month') : m[4]!.toLowerCase();
    const date = unit === 'week' ? weekPromise(ref, which, where, within) : monthPromise(ref, which, where);
    out.push({ start: m.index, end: m.index + m[0].length, date: iso(date) });
  }
  return out.sort((a, b) => a.start - b.start);
}
