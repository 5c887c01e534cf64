/**
 * Elapsed time and promised windows, in days since the interview, read from the
 * writer's own words ("it's been 9 days", "they said two weeks", "on the 3rd ... it's
 * the 24th"). Feeds no-follow-up: silence only counts once the window has passed.
 *
 * The readings it puts together live beside it: counts and units (time-counts.ts), the wait
 * patterns (wait-patterns.ts) and where they are run (time-scans.ts), days of the month
 * (month-days.ts), calendar dates (calendar-dates.ts) and weekdays (weekday-windows.ts).
 */
import { execAll } from '../exec-all.js';
import { calendar } from './calendar-dates.js';
import {
  APPOSED_DAY,
  BY_DAY_OF_MONTH,
  DAY_OF_MONTH,
  dayDiff,
  dayOfMonth,
  DIARY_DAY,
  monthsBetween,
  OF_NEXT_MONTH,
  TODAY_OF_MONTH,
} from './month-days.js';
import { days, extraDays, numberFromWord } from './time-counts.js';
import {
  DAY_COUNT_SCAN,
  PROMISE_SCAN,
  scanMatches,
  stretches,
  UNIT_AT,
  WEEK_COUNT_SCAN,
} from './time-scans.js';
import {
  AFTER_NEXT,
  AFTER_NEXT_DAYS,
  BARE_COUNT,
  BEFORE_ENDS,
  BEFORE_PROMISED,
  DATE_PASSED,
  ELAPSED,
  ELLIPTIC,
  FOLLOWING,
  INTERVIEW_TODAY,
  LAST_MONTH,
  NEXT_WEEKDAY_DAYS,
  OWN_SEARCH,
  PAST_PROMISE,
  PAST_WORDS,
  PHRASE_DAYS,
  PROMISE_AFTER,
  PROMISE_AFTER_WORDS,
  SAID_WEEKDAY_DAYS,
  SILENT_SPAN,
  SINCE_AFTER,
  SPAN_BEEN,
  SPAN_GONE,
  TERM_SPAN,
  WAIT_WORDS,
  WEAK_LEAD,
  WEAK_TRAIL,
  WEEK_ENTRY,
  WEEK_ORD,
  AFTER_NEXT_PROMISE_DAYS,
  WEEKDAY_PROMISED_LATER,
} from './wait-patterns.js';
import {
  GIVEN_DAY_AGO,
  NEXT_DAY_PROMISE,
  NOW_WEEKDAY,
  THAT_WAS_WEEKDAY,
  TOLD_SINCE,
  weekdayPast,
  WEEKDAYS_AGO,
  weekdaysOn,
} from './weekday-windows.js';

/** Texts that may hold a WEEKDAY_PROMISED_LATER match: most hold neither, and are not scanned with it. */
const LATER_WEEKDAY = /\b(?:mon|tue|wed|thu|fri)[a-z]* after\b|\bfollowing (?:mon|tue|wed|thu|fri)/i;

/** A promised day this far past today's in the month was in the month before ("by the 28th ... the 3rd"). */
const MONTH_TURN_GAP = 15;

export interface TimeReading {
  /** The longest time since the interview the text gives, in days. */
  elapsedDays?: number;
  /** The same, counting only readings that can only mean time since ("ago", "it's been", dates). */
  sinceDays?: number;
  /** The longest window they gave for word, in days. */
  promisedDays?: number;
  /** Days past the window they gave, when the text says so outright ("three weeks past the date", "today's the 22nd" after "by the 20th"). */
  pastPromiseDays?: number;
  /** Days past the weekday they gave, by the weekday the writer says it is now ("by Wednesday ... it's Thursday"). */
  weekdayPastDays?: number;
}

interface Mark {
  at: number;
  day: number;
}

/** Where a day of the month is told, and which day. */
const markOf = (m: RegExpExecArray): Mark => ({ at: m.index, day: dayOfMonth((m[1] ?? m[2])!) });

/**
 * A diary whose lines are headed by their day ("Mon 14th - interview ... Fri 1st - still nothing"):
 * the first line that tells the interview gives its day, the last line after it today's.
 */
function diaryDays(text: string): { interviewDay: Mark; todayDay: Mark } | undefined {
  let iv: Mark | undefined;
  let today: Mark | undefined;
  for (const m of execAll(DIARY_DAY, text)) {
    const day = markOf(m);
    if (!iv) {
      const end = text.indexOf('\n', m.index + 1);
      if (/\binterview/i.test(text.slice(m.index, end < 0 ? undefined : end))) iv = day;
    } else today = day;
  }
  return iv && today ? { interviewDay: iv, todayDay: today } : undefined;
}

export function timeFrom(text: string, fromToday = false): TimeReading {
  const out: TimeReading = {};
  let best = -1;
  let since = -1;
  // the three unit-word scans share their stretches; the rarer two run only where their words are
  const unitParts = stretches(text, UNIT_AT, true);
  for (const part of unitParts) {
    // read only once a count is found in the stretch (most stretches have none), and a term span
    // only for a count led by "for"
    let ownSearch: boolean | undefined;
    let termSpan: boolean | undefined;
    for (const m of execAll(ELAPSED, part)) {
      if ((ownSearch ??= OWN_SEARCH.test(part))) break;
      const lead = m[1];
      if (lead?.toLowerCase() === 'for' && (termSpan ??= TERM_SPAN.test(part) && !WAIT_WORDS.test(part)))
        continue;
      const more = extraDays(m[0]);
      const n = lead ? days(m[2]!, m[4]!, m[3] ?? m[5], more) : days(m[6]!, m[8]!, m[7] ?? m[9], more);
      if (!Number.isFinite(n)) continue;
      best = Math.max(best, n);
      // "later" counts as time since only where it opens the stretch ("Ten days later, nothing")
      const trail = m[10];
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const before = lead?.toLowerCase() === 'before';
      if (before && (BEFORE_ENDS.test(after) || BEFORE_PROMISED.test(part.slice(0, m.index)))) continue;
      const weak = lead
        ? WEAK_LEAD.test(lead) &&
          !before &&
          !(/^it/i.test(lead) && /\b(?:now|been|already)\b/i.test(m[0])) &&
          !SINCE_AFTER.test(after)
        : (WEAK_TRAIL.test(trail!) && !SILENT_SPAN.test(after)) ||
          (/^later$/i.test(trail!) &&
            !/^[^\w]*(?:(?:and|then|but|so|upd|update|edit)\b[^\w]*)?$/i.test(m.input.slice(0, m.index)));
      if (!weak) since = Math.max(since, n);
    }
    // a count standing alone as its own sentence: "12 days. Inbox is empty."
    const bare = BARE_COUNT.exec(part);
    // one in brackets describes something ("shift pattern (6 days, rotating)"), it is no count of the wait
    if (bare && !/\(\s*$/.test(text.slice(Math.max(0, text.indexOf(part) - 3), text.indexOf(part)))) {
      const n = days(bare[1]!, bare[3]!, bare[2] ?? bare[4], extraDays(bare[0]));
      if (Number.isFinite(n)) since = Math.max(since, n);
    }
    if (PAST_WORDS.test(part)) {
      for (const m of execAll(PAST_PROMISE, part)) {
        const n = days(m[1]!, m[3]!, m[2]);
        if (Number.isFinite(n)) out.pastPromiseDays = Math.max(out.pastPromiseDays ?? 0, n);
      }
    }
  }
  if (DATE_PASSED.test(text)) out.pastPromiseDays = Math.max(out.pastPromiseDays ?? 0, 1);
  const cal = calendar(text);
  const mark = (m: RegExpExecArray | null) => (m ? markOf(m) : undefined);
  const onDay = DAY_OF_MONTH.exec(text);
  // "the interview on my birthday, the 4th": the day in apposition, unless a day told with "on" comes first
  const apposed = /interview|panel/i.test(text) ? APPOSED_DAY.exec(text) : null;
  const interviewDay = mark(apposed && (!onDay || apposed.index < onDay.index) ? apposed : onDay);
  const todayMatch = TODAY_OF_MONTH.exec(text);
  const todayDay = mark(todayMatch);
  const diary = interviewDay && todayDay ? undefined : diaryDays(text);
  // "Video interview 4th November ... Today's the 22nd": a dated day and a bare one read together
  const ivDay = interviewDay ?? cal.interviewDay ?? diary?.interviewDay;
  const tdDay = todayDay ?? cal.todayDay ?? diary?.todayDay;
  if (ivDay && tdDay && tdDay.at > ivDay.at) {
    const d = dayDiff(tdDay.day, ivDay.day);
    if (d !== undefined) since = Math.max(since, d);
  }
  const lower = text.toLowerCase();
  // "they said I'd hear the following Friday", "friday after next for an answer": the day promised, not one of the
  // story, so it counts as a window below and not as time gone by
  const laterDays = LATER_WEEKDAY.test(text) ? [...execAll(WEEKDAY_PROMISED_LATER, text)] : [];
  let storyText = text;
  for (const m of laterDays) {
    const at = m.index + m[0].search(/\b(?:the following|(?:the )?(?:mon|tue|wed|thu|fri)\w* after)\b/i);
    storyText =
      storyText.slice(0, at) +
      ' '.repeat(m.index + m[0].length - at) +
      storyText.slice(m.index + m[0].length);
  }
  if (FOLLOWING.test(storyText)) since = Math.max(since, 9);
  // every match of AFTER_NEXT holds "after next", of LAST_MONTH "last month": a text without
  // them (most) is not scanned; lower case, as both regexes ignore case
  if (lower.includes('after next') && AFTER_NEXT.test(storyText)) since = Math.max(since, AFTER_NEXT_DAYS);
  const ago = WEEKDAYS_AGO.exec(text);
  if (ago) since = Math.max(since, (numberFromWord(ago[1]!) - 1) * 7 + 1);
  // a span with no number ("weeks went by", "it's been weeks") reads as two of its unit
  for (const span of [SPAN_GONE, SPAN_BEEN]) {
    const m = span.exec(text);
    if (m) since = Math.max(since, /^w/i.test(m[1]!) ? 14 : 60);
  }
  if (lower.includes('last month') && LAST_MONTH.test(text)) since = Math.max(since, 21);
  if (cal.since !== undefined) since = Math.max(since, cal.since);
  if (cal.pastPromise !== undefined)
    out.pastPromiseDays = Math.max(out.pastPromiseDays ?? 0, cal.pastPromise);
  const months = monthsBetween(text);
  if (months !== undefined) since = Math.max(since, months);
  for (const m of scanMatches(text, DAY_COUNT_SCAN)) {
    const n = numberFromWord(m[1] ?? m[2] ?? m[3] ?? m[4]!);
    if (Number.isFinite(n)) since = Math.max(since, n);
  }
  for (const m of scanMatches(text, WEEK_COUNT_SCAN)) {
    const w = (m[1] ?? m[2]!).toLowerCase();
    const n = WEEK_ORD[w] ?? numberFromWord(/^\d/.test(w) ? w.replace(/\D+$/, '') : w);
    if (Number.isFinite(n) && n > 1) since = Math.max(since, (n - 1) * 7 + 1);
  }
  // a diary line per week ("week 4: still nothing"), whose stop the count scans end at
  if (lower.includes('week'))
    for (const m of execAll(WEEK_ENTRY, text)) {
      const n = numberFromWord(m[1]!);
      if (Number.isFinite(n) && n > 1) since = Math.max(since, (n - 1) * 7 + 1);
    }
  best = Math.max(best, since);
  if (best >= 0) out.elapsedDays = best;
  if (since >= 0) out.sinceDays = since;

  let promise: number | undefined;
  // the unit of the longest window given, for a count that leaves its unit off ("It's been five.")
  let unit: string | undefined;
  for (const m of scanMatches(text, PROMISE_SCAN)) {
    const early = /\bearly\s+$/i.test(m.input.slice(Math.max(0, m.index - 6), m.index));
    const n = m[1]
      ? days(m[1], m[2]!, undefined)
      : m[3]
        ? // "early next week" is over by its Tuesday
          early && /^next week$/i.test(m[3])
          ? 8
          : (PHRASE_DAYS[m[3].toLowerCase()] ?? 7)
        : m[4]
          ? // "by next Wednesday" may be the week after the coming one
            /\bnext\s/i.test(m[0])
            ? NEXT_WEEKDAY_DAYS
            : 7
          : // "they said Friday": the day they named may be in the week after the interview
            SAID_WEEKDAY_DAYS;
    if (Number.isFinite(n) && n > (promise ?? -1)) {
      promise = n;
      unit = m[1] ? m[2] : undefined;
    }
  }
  for (const m of laterDays) {
    const n = m[1] ? AFTER_NEXT_PROMISE_DAYS : NEXT_WEEKDAY_DAYS;
    if (n > (promise ?? -1)) {
      promise = n;
      unit = undefined;
    }
  }
  for (const part of unitParts) {
    if (!PROMISE_AFTER_WORDS.test(part)) continue;
    for (const m of execAll(PROMISE_AFTER, part)) {
      const n = days(m[1]!, m[2]!, undefined);
      if (Number.isFinite(n) && n > (promise ?? -1)) {
        promise = n;
        unit = m[2];
      }
    }
  }
  const byDay = mark(BY_DAY_OF_MONTH.exec(text)) ?? cal.byDay;
  // today told as the next month's: "it's now the 12th of the next one", "the 9th of the following month"
  const nextMonth =
    todayMatch !== null && OF_NEXT_MONTH.test(text.slice(todayMatch.index + todayMatch[0].length));
  if (byDay && ivDay && byDay.at > ivDay.at) {
    const d = dayDiff(byDay.day, ivDay.day);
    if (d !== undefined) promise = Math.max(promise ?? 0, d);
  }
  if (byDay && tdDay && tdDay.at > byDay.at) {
    // past the date within the month told ("by the 20th ... today is the 14th" is still inside it),
    // or into the next when the promise was late in one month and today is early in the next
    // ("by the 28th ... today the 3rd")
    let d = tdDay.day - byDay.day;
    if (d < 0 && (-d >= MONTH_TURN_GAP || nextMonth)) d += 30;
    if (d > 0 && d < 25) out.pastPromiseDays = Math.max(out.pastPromiseDays ?? 0, d);
  }
  // "promised end of the month, it's the 6th": a day early in the month after a month-end window, or
  // any day said to be the next month's
  if (todayDay && (todayDay.day <= 10 || nextMonth)) {
    const end = /\bend of (?:the |this )?month\b/i.exec(text);
    if (end && end.index < todayDay.at && !interviewDay)
      out.pastPromiseDays = Math.max(out.pastPromiseDays ?? 0, todayDay.day);
  }
  if (promise !== undefined) out.promisedDays = promise;
  // "they said two weeks. It's been five.": the count in the unit of the window they gave
  if (unit !== undefined) {
    const e = ELLIPTIC.exec(text);
    const n = e ? days(e[1]!, unit, undefined) : NaN;
    if (Number.isFinite(n) && n > (promise ?? 0)) {
      out.sinceDays = Math.max(out.sinceDays ?? 0, n);
      out.elapsedDays = Math.max(out.elapsedDays ?? 0, n);
    }
  }
  if (/\b(?:mon|tue|wed|thu|fri|sat|sun)/i.test(text)) {
    const wd = weekdayPast(text);
    if (wd !== undefined) out.weekdayPastDays = wd;
    // "said he'd ring tomorrow. That was last Thursday, and today's Tuesday": days from the one told of to today
    const was = THAT_WAS_WEEKDAY.exec(text);
    const now = was ? NOW_WEEKDAY.exec(text.slice(was.index + was[0].length)) : null;
    if (was && now && !now[1]) {
      const d = weekdaysOn(was[1]!, now[2]!);
      const n = d === 0 ? 7 : d;
      out.sinceDays = Math.max(out.sinceDays ?? 0, n);
      out.elapsedDays = Math.max(out.elapsedDays ?? 0, n);
    }
  }
  // a promise for the same day or the next is the shortest window (any longer one they gave wins),
  // read only when the time gone by is told after it ("a week ago" before it is an earlier round)
  if (out.promisedDays === undefined) {
    const soon = NEXT_DAY_PROMISE.exec(text);
    if (soon && TOLD_SINCE.test(text.slice(soon.index + soon[0].length))) out.promisedDays = 1;
  }
  if ((out.promisedDays !== undefined || byDay) && /\bago\b/i.test(text)) {
    const g = GIVEN_DAY_AGO.exec(text);
    const n = g ? days(g[1]!, g[2]!, undefined) : NaN;
    if (Number.isFinite(n)) out.pastPromiseDays = Math.max(out.pastPromiseDays ?? 0, n);
  }
  // the interview told as today's: only counts told after it are time since it
  if (!fromToday && out.sinceDays !== undefined && (lower.includes('today') || lower.includes('this '))) {
    const today = INTERVIEW_TODAY.exec(text);
    if (today) {
      const after = timeFrom(text.slice(today.index + today[0].length), true);
      if (after.sinceDays === undefined) delete out.sinceDays;
      else out.sinceDays = after.sinceDays;
      if (after.elapsedDays === undefined) delete out.elapsedDays;
      else out.elapsedDays = after.elapsedDays;
    }
  }
  return out;
}
