/**
 * Dates on the calendar ("3/4", "28 May", "early February"): which is the interview's, which the
 * day they gave and which the writer's today, and the days between them.
 */
import { compiledNativeAnyWidth, execAll } from '../exec-all.js';
import { MONTHS, WEEKDAY } from './month-days.js';

/**
 * Calendar dates written out: "3/4", "04.03", "28 May", "Tues 28 May", "May 28th". A date in a
 * sentence about the interview is the interview's; a date heading the text, after a weekday at
 * the start of a diary line (after its bullet, if any), or after "today / it's / now" ("Today is the 5th of November") is
 * the writer's today. A date heading a diary line that tells the interview ("Monday 2 June. Interview at the marina")
 * is the interview's, though the sentence it stands in is the date alone. "Oct 8: had the interview" is a date; "May
 * 10:30" is a time.
 */
const MONTH_ABBR = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const CAL_DATE = new RegExp(
  `\\b(\\d{1,2})/(\\d{1,2})(?:/\\d{2,4})?\\b(?![/.]\\d)|(?<!\\b(?:at|from|until|till|by|around|about|before|after|to)\\s)\\b(\\d{2})\\.(\\d{2})(?:\\.(?:\\d{4}|\\d{2}))?\\b(?!\\.\\d|\\s*(?:am|pm|h\\b|hrs|-|–))|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTHS}|${MONTH_ABBR})\\b|\\b(${MONTHS}|${MONTH_ABBR})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:years?|days?|weeks?|months?|people|staff|%)|:\\d)`,
  'g',
);
const TODAY_BEFORE = new RegExp(
  `(?:\\b(?:today(?:'s| is)?|it'?s(?: now)?|it is(?: now)?|now|as of|date)\\W*(?:the\\s+)?|(?:^|\\n)\\s*(?:[-*•–]\\s*)?|\\b${WEEKDAY}\\s+)$`,
  'i',
);
/** A date followed by the answer arriving on it. */
const REPLY_AFTER =
  /^\S+(?:\s+\S+){0,2}?,?\s+(?:i |we )?(?:finally |eventually )?(?:got|received|had|heard)\s+(?:back\b|(?:a |an |the |my |their )?(?:\w+ )?(?:rejection|reply|response|answer|call|email|e-mail|letter|offer|news|word)\b)/i;
const NOT_TODAY_BEFORE = /\b(?:by|before|until|till|on|next|from|start(?:ing|s)?|in)\W*(?:\w+\W+)?$/i;

interface CalDate {
  at: number;
  /** (month, day) readings that are valid: a numeric date may be month/day or day/month. */
  readings: [number, number][];
  /** Written as digits: its two numbers as they stand ("3/4" gives [3, 4]). */
  numeric: boolean;
  raw: [number, number];
}

function calDates(text: string): CalDate[] {
  const out: CalDate[] = [];
  const order = MONTHS.toLowerCase().split('|');
  const monthOf = (w: string) =>
    order.findIndex((m) => m.slice(0, 3).toLowerCase() === w.slice(0, 3).toLowerCase()) + 1;
  const ok = (m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= 31;
  for (const m of execAll(CAL_DATE, text)) {
    const numeric = Boolean(m[1] || m[3]);
    const raw: [number, number] = numeric ? [Number(m[1] ?? m[3]), Number(m[2] ?? m[4])] : [0, 0];
    // "3/4" may be read either way; "04.03" is day.month
    const all: [number, number][] = m[3]
      ? [[raw[1], raw[0]]]
      : numeric
        ? [raw, [raw[1], raw[0]]]
        : m[5]
          ? [[monthOf(m[6]!), Number(m[5])]]
          : [[monthOf(m[7]!), Number(m[8])]];
    const readings = all.filter(([mo, d]) => ok(mo, d));
    if (readings.length) out.push({ at: m.index, readings, numeric, raw });
    // a diary holds a handful of dates; a table of them is not a diary
    if (out.length >= 64) break;
  }
  for (const m of execAll(ROUGH_DATE, text)) {
    if (out.length >= 64) break;
    const day = ROUGH_DAY[(m[1] ?? m[2])!.toLowerCase()];
    if (day !== undefined)
      out.push({ at: m.index, readings: [[monthOf(m[3]!), day]], numeric: false, raw: [0, 0] });
  }
  return out;
}

/** A date told roughly: "the first week of December", "early February", "mid-March". */
const ROUGH_DATE = new RegExp(
  `\\b(?:(first|second|third|fourth|last|1st|2nd|3rd|4th) week (?:of|in)|(early|mid|late|beginning of|middle of|end of|start of)[- ]?)\\s*(${MONTHS})\\b`,
  'g',
);
/** The day of the month a rough date stands for. */
const ROUGH_DAY: Record<string, number> = {
  first: 4,
  '1st': 4,
  second: 11,
  '2nd': 11,
  third: 18,
  '3rd': 18,
  fourth: 25,
  '4th': 25,
  last: 26,
  early: 5,
  'beginning of': 3,
  'start of': 3,
  mid: 15,
  'middle of': 15,
  late: 25,
  'end of': 28,
};

const SENTENCE_END = /[.!?\n]\s/g;
const MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const dayOfYear = (month: number, day: number) => MONTH_START[month - 1]! + day;

/** A date that is the day they gave: "by 8 April", "before the 29 January". */
const BY_BEFORE = /\b(?:by|before|until|till)\s+(?:the\s+)?$/i;
/** A date heading its line, after a bullet or a weekday, if any: "Monday 2 June. Interview at...", "- 12 Sep: interview". */
const LINE_HEAD = new RegExp(`(?:^|\\n)\\s*(?:[-*•–]\\s*)?(?:${WEEKDAY},?\\s+)?$`, 'i');
/** A date told as the one just spoken of ("That was on 2 May"): the interview's or the promise's. */
const THAT_WAS = /\b(?:that was|which was|this was)\s+(?:on\s+)?$/i;
/** "I am writing this on 27 October": the writer's today. */
const WRITING_ON = /\b(?:writing|write|posting) this (?:on\s+)?$/i;

interface Calendar {
  /** Days from the interview's date to the writer's today. */
  since?: number;
  /** Days from the date they gave to the writer's today. */
  pastPromise?: number;
  /** Days of the month: the interview's, today's and the promised date's, with where each is told. */
  interviewDay?: { at: number; day: number };
  todayDay?: { at: number; day: number };
  byDay?: { at: number; day: number };
}

/** Days between two (month, day) readings, the later one read as later in the year. */
function yearDiff(a: CalDate, b: CalDate): number | undefined {
  let diff: number | undefined;
  for (const [m1, d1] of a.readings)
    for (const [m2, d2] of b.readings) {
      // two numeric dates are read the same way round (both month/day or both day/month)
      if (a.numeric && b.numeric) {
        const ra = a.raw[0] === m1 && a.raw[1] === d1 ? 0 : 1;
        const rb = b.raw[0] === m2 && b.raw[1] === d2 ? 0 : 1;
        if (ra !== rb) continue;
      }
      const x = (dayOfYear(m2, d2) - dayOfYear(m1, d1) + 365) % 365;
      if (x > 0 && x <= 180 && (diff === undefined || x < diff)) diff = x;
    }
  return diff;
}

/** The interview's date, the date they gave and the writer's today, when the text dates them. */
export function calendar(text: string): Calendar {
  const out: Calendar = {};
  if (!/\d/.test(text)) return out;
  const dates = calDates(text);
  // one date still marks its day of the month ("interview on 12 June ... it's now the 29th")
  if (dates.length === 0) return out;
  const sentenceOf = (at: number) => {
    const near = text.slice(Math.max(0, at - 300), at);
    const from =
      at - near.length + Math.max(near.lastIndexOf('.'), near.lastIndexOf('\n'), near.lastIndexOf('!'));
    SENTENCE_END.lastIndex = at;
    const to = Math.min(SENTENCE_END.exec(text)?.index ?? text.length, at + 300);
    return text.slice(from + 1, to);
  };
  const beforeOf = (d: CalDate) => text.slice(Math.max(0, d.at - 24), d.at);
  const lineOf = (at: number) => {
    const end = text.indexOf('\n', at);
    return text.slice(at, end < 0 ? Math.min(text.length, at + 300) : Math.min(end, at + 300));
  };
  const by = dates.filter((d) => BY_BEFORE.test(beforeOf(d)));
  const interview = dates.filter(
    (d) =>
      !by.includes(d) &&
      (/\binterview/i.test(sentenceOf(d.at)) ||
        THAT_WAS.test(beforeOf(d)) ||
        (LINE_HEAD.test(beforeOf(d)) && /\binterview/i.test(lineOf(d.at)))),
  );
  const today = dates.filter((d) => {
    const before = beforeOf(d);
    if (d.at < 4) return true;
    if (WRITING_ON.test(before)) return true;
    // "on April 10th I got a form rejection": the day word came is as far as the wait went
    if (REPLY_AFTER.test(text.slice(d.at, d.at + 60))) return true;
    return TODAY_BEFORE.test(before) && !NOT_TODAY_BEFORE.test(before);
  });
  const dayMark = (d: CalDate | undefined) =>
    d === undefined || d.readings.length !== 1 ? undefined : { at: d.at, day: d.readings[0]![1] };
  out.interviewDay = dayMark(interview[0]);
  out.todayDay = dayMark(today[today.length - 1]);
  out.byDay = dayMark(by[0]);
  for (const i of interview) {
    for (const t of today) {
      if (t === i) continue;
      const diff = yearDiff(i, t);
      if (diff !== undefined) out.since = Math.max(out.since ?? 0, diff);
    }
  }
  // "told I would hear by 29 January. As of today, 10 February": past the date they gave
  for (const b of by)
    for (const t of today) {
      if (t.at <= b.at) continue;
      const diff = yearDiff(b, t);
      if (diff !== undefined && diff <= 120) out.pastPromise = Math.max(out.pastPromise ?? 0, diff);
    }
  return out;
}

// Compiled to optimized code now, before the cue regexes use up V8's budget (see wait-patterns.ts).
for (const re of [CAL_DATE, ROUGH_DATE, SENTENCE_END, LINE_HEAD]) compiledNativeAnyWidth(re);
