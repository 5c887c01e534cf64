/**
 * Dates the employer promised for a decision or next contact ("we'll let you know by
 * Friday", "decision in two weeks"). Only sentences about deciding or getting back are
 * read, so a start date or a shift pattern is not mistaken for a promise.
 */
// English only: the package root loads every locale's parsers, ~13 MB more of a process's memory
import { GB as chronoGB } from 'chrono-node/en';
import { isoDateAddBusinessDays, isoDateDiffDays, isoDateFrom, type IsoDate } from '../../core/dates.js';
import { readText, type ReadText } from '../nlp.js';
import type { PromisedDate } from '../types.js';
import { execAll } from '../exec-all.js';
import { periodPromisesIn } from './periods.js';
import { figuresDate, monthDayPromisesIn } from './month-days.js';
import { namedPeriodPromisesIn } from './named-periods.js';
import { holidayPromisesIn } from './holidays.js';
import { isoFrom, noonUtcOf } from './chrono-day.js';
import { isEmployerSchedule, isWordAfterSchedule } from './employer-schedule.js';
import { isDayOfDeed, isStoryDay, TODAY_IS } from './story-clause.js';

// "They said by Friday", "I'll know within two weeks": notes leave the decision unsaid, and a
// "said" or "know" right before a promise's own "by", "within", "end of" carries it.
export const ABOUT_DECISION =
  /\b(decision|decide|deciding|let (you|me|us|him|her|them|everyone) know|hear|heard|get back|call|ring|email|contact|in touch|come back|feedback|next steps?|outcome|update|second round|next round|book|answer|response|reply|results?|(?:said|says|told me|know(?: more| something| anything)?)(?=,?\s+(?:by|within|before|end of|early|(?:in\s+)?(?:a|an|one|two|three|four|a few|a couple of|\d+)\s+(?:days?|weeks?|wks?)\b)))\w*\b/i;
const SENTENCE = /[^.!?\n]+[.!?]*/g;
// chrono is the slow step, so it only sees sentences that name a day, a period or a date.
const DATEISH =
  /\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?s?\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(today|tonight|tomorrow|weekend|weeks?|wks?|fortnight|months?|days?|hours?|hrs?|eod|eow|eom|end of|year|quarter|q[1-4]|christmas|xmas|easter|bank holiday)\b|\d/i;
// A promise names a day or a period; a time of day or a duration ("2pm", "for about 50 minutes") does not.
const NAMES_A_DAY =
  /\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?s?\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(today|tonight|tomorrow|weekend|weeks?|fortnight|months?|days?|eod|eow)\b|\b\d{1,2}(st|nd|rd|th)\b|\b\d{1,4}[/.-]\d{1,2}\b/i;
/** "sat" down, the "sun", "on the day": words chrono takes for a day that are not one ("fri", "wed" are notes' shorthand). */
const NOT_A_DAY = /^(?:on\s+)?(?:sat|sun|the\s+day)$/;
/** A count of days, weeks or months: after "for" it is how long, not when ("no reply for 3 weeks"). */
const DURATION =
  /^(?:for\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of)\s+(?:days?|weeks?|months?)$/i;
/** Right after a period: it counts from the story, not from the promise ("a week later: they rang"). */
const STORY_TIME = /^\s*(?:later|ago|afterwards|after that|on)\b/i;
const WEEKDAY = /\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b/i;
/**
 * Words that place a day before the interview: "since September", "last Tuesday", "Back on
 * Monday, they told me…". chrono's forward dating would move such a day into the future, so
 * what it reads after them is the story, not the promise.
 */
const PAST_BEFORE = /(?:\b(?:since|last|past|previous)|(?:^|[,;:]\s*)back|\bback\s+in)\s*$/i;
const PAST_IN = /^(?:last|past|previous|this past)\b/i;
/** A month named alone more than this far ahead is one gone by ("I applied in September"), not a promise. */
const FURTHEST_MONTH_DAYS = 183;
/**
 * A day and month without a year that chrono dates further ahead than this is a day already past,
 * carried into next year: no one promises word eleven months on.
 */
const LATEST_PROMISE_DAYS = 300;

function addDays(ref: Date, days: number): string {
  const t = new Date(ref.getTime() + days * 86_400_000);
  return isoFrom(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** "the following Friday": the words before a weekday that put it in the week after the reference's. */
const FOLLOWING_BEFORE = /\b(?:the\s+)?following\s+$/i;
/** "the Friday after" (of nothing named: "the Friday after the interview" is that week's), "Friday after next". */
const AFTER_NEXT_AFTER = /^\s+after\s+next\b/i;
const AFTER_AFTER = /^\s+after\b(?!\s+(?:the|my|our|their|that|this|it|i|we|they|she|he|you|[a-z]+ing)\b)/i;

/**
 * A weekday put in a later week by the words around it: `weeks` 1 for "the following Friday" and "the Friday after"
 * (the week after the reference day's), 2 for "Friday after next"; with the span the words cover.
 */
function laterWeekOf(
  sentence: string,
  start: number,
  end: number,
): { weeks: number; start: number; end: number } | undefined {
  const before = FOLLOWING_BEFORE.exec(sentence.slice(Math.max(0, start - 16), start));
  if (before) return { weeks: 1, start: start - before[0].length, end };
  const rest = sentence.slice(end);
  const next = AFTER_NEXT_AFTER.exec(rest);
  if (next) return { weeks: 2, start, end: end + next[0].length };
  const after = AFTER_AFTER.exec(rest);
  if (after) return { weeks: 1, start, end: end + after[0].length };
  return undefined;
}

/** The given weekday (0 Sunday … 6 Saturday) of the week `weeks` after the reference day's (weeks run Monday to Sunday). */
function weekdayInWeek(ref: Date, weekday: number, weeks: number): string {
  const monday = -((ref.getUTCDay() + 6) % 7);
  return addDays(ref, monday + 7 * weeks + ((weekday + 6) % 7));
}

/**
 * The stretches of a sentence chrono should read: around each date-like word that has a
 * decision word within reach. chrono's cost grows with what it reads, and rambling notes have
 * 1,000-character sentences, so it never sees a whole long sentence.
 */
const DATEISH_ALL = new RegExp(DATEISH.source, 'gi');
const DECISION_ALL = new RegExp(ABOUT_DECISION.source, 'gi');
const REACH = 80;
function windowsIn(sentence: string): Array<[number, number]> {
  const decisions = [...execAll(DECISION_ALL, sentence)].map((m) => m.index ?? 0);
  const out: Array<[number, number]> = [];
  for (const m of execAll(DATEISH_ALL, sentence)) {
    const i = m.index ?? 0;
    const near = decisions.filter((d) => Math.abs(d - i) <= REACH);
    if (near.length === 0) continue;
    let from = Math.max(0, Math.min(i, ...near) - 25);
    let to = Math.min(sentence.length, Math.max(i + m[0].length, ...near) + 45);
    // whole words only, so chrono never reads half a word
    while (from > 0 && /\w/.test(sentence[from - 1]!)) from--;
    while (to < sentence.length && /\w/.test(sentence[to]!)) to++;
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/**
 * Promised dates resolved against `reference` (YYYY-MM-DD); none when there is no reference.
 * `read` is `readText(raw)`, when the caller has it.
 */
export function promisedDatesFrom(
  raw: string,
  reference: string | undefined,
  read?: ReadText,
): PromisedDate[] {
  const iso = reference ? isoDateFrom(reference) : undefined;
  if (!iso) return [];
  // read as the rules read it: OCR-repaired ("by the 1Oth"), soft wraps as spaces ("by next⏎Friday");
  // quotes come from the original, at the same offsets
  const { text } = read ?? readText(raw);
  const ref = noonUtcOf(iso);
  const out: PromisedDate[] = [];
  for (const s of execAll(SENTENCE, text)) {
    const sentence = s[0];
    if (!ABOUT_DECISION.test(sentence) || !DATEISH.test(sentence)) continue;
    const base = s.index ?? 0;
    const taken: Array<[number, number]> = [];
    for (const [from, to] of windowsIn(sentence)) {
      const slice = sentence.slice(from, to);
      const days = [
        ...monthDayPromisesIn(slice, ref),
        ...namedPeriodPromisesIn(slice, ref),
        ...holidayPromisesIn(slice, ref),
      ];
      const spans = [
        ...days,
        ...periodPromisesIn(slice, ref).filter((p) => !days.some((d) => p.start < d.end && d.start < p.end)),
      ];
      const periods = spans.map((p) => ({
        ...p,
        start: base + from + p.start,
        end: base + from + p.end,
        // the readings chrono does not make are of days notes name for the story as often
        story: days.includes(p) && isStoryDay(sentence, from + p.start, from + p.end, DECISION_ALL),
      }));
      for (const p of periods) {
        if (STORY_TIME.test(text.slice(p.end, base + to))) continue;
        taken.push([p.start, p.end]);
        // "seeing a few more people this week": when they choose, not when word is due, unless
        // word is promised after it ("after their board meets on the 10th")
        const schedule = isEmployerSchedule(sentence, p.start - base, p.end - base, DECISION_ALL);
        const after = schedule && isWordAfterSchedule(sentence, p.start - base, p.end - base);
        if ((schedule || p.story) && !after) continue;
        const date = after ? isoDateAddBusinessDays(p.date as IsoDate, 1) : p.date;
        out.push({ evidence: { quote: raw.slice(p.start, p.end), start: p.start, end: p.end }, date });
      }
      for (const r of chronoGB.parse(
        sentence.slice(from, to),
        { instant: ref, timezone: 0 },
        { forwardDate: true },
      )) {
        const start = base + from + r.index;
        // chrono reads "next week" as seven days on; the period reading above is the promise
        if (taken.some(([a, b]) => start < b && a < start + r.text.length)) continue;
        if (!NAMES_A_DAY.test(r.text) || NOT_A_DAY.test(r.text)) continue;
        // "no reply for 3 weeks": a duration, not a day
        if (
          DURATION.test(r.text) &&
          (/^for\s/i.test(r.text) || /\bfor\s*$/i.test(sentence.slice(from, from + r.index)))
        )
          continue;
        // "it's now Sunday": the day of writing, not a promise
        if (TODAY_IS.test(sentence.slice(from, from + r.index))) continue;
        // "I emailed on Monday", "we spoke on Tuesday": chrono dates them forward, but they are done
        if (isDayOfDeed(sentence, from + r.index, from + r.index + r.text.length)) continue;
        // "Today is the 19th": the day of writing, not a promise
        if (
          /^today$/i.test(r.text) &&
          /^\s*(?:is|['\u2019]s)\b/i.test(sentence.slice(from + r.index + r.text.length))
        )
          continue;
        // "a week later", "two days ago": a day of the story as told, not one they promised
        if (
          STORY_TIME.test(sentence.slice(from + r.index + r.text.length, to)) ||
          /\b(?:later|ago)$/i.test(r.text) ||
          PAST_IN.test(r.text) ||
          PAST_BEFORE.test(sentence.slice(from, from + r.index))
        )
          continue;
        const after = isEmployerSchedule(
          sentence,
          from + r.index,
          from + r.index + r.text.length,
          DECISION_ALL,
        );
        if (after && !isWordAfterSchedule(sentence, from + r.index, from + r.index + r.text.length)) {
          taken.push([start, start + r.text.length]);
          continue;
        }
        const c = r.end ?? r.start;
        const yy = c.get('year');
        const mm = c.get('month');
        const dd = c.get('day');
        if (yy === null || mm === null || dd === null) continue;
        taken.push([start, start + r.text.length]);
        // "12/01": day-first or month-first, as far as the interview's day can tell (month-days.ts)
        const figures: string | null | undefined =
          c.isCertain('month') && c.isCertain('day') ? figuresDate(r.text, iso) : null;
        if (figures === undefined) continue;
        let date: string = figures ?? isoFrom(yy, mm, dd);
        if (!c.isCertain('day') && isoDateDiffDays(iso, date as IsoDate) > FURTHEST_MONTH_DAYS) continue;
        const numbered = /\d/.test(r.text);
        // "Second round on Wednesday 18 Nov", the day counted from, or that day of an earlier year
        // carried forward ("18 Nov" read in December): a day of the story, not one they promised
        if (numbered && c.isCertain('day') && !c.isCertain('year')) {
          const ahead = isoDateDiffDays(iso, date as IsoDate);
          if (ahead === 0 || ahead > LATEST_PROMISE_DAYS) continue;
        }
        // "the following Friday", "the Friday after", "Friday after next": a weekday of a later week
        const later = numbered
          ? undefined
          : laterWeekOf(sentence, from + r.index, from + r.index + r.text.length);
        const weekday = c.get('weekday');
        if (later && weekday !== null) {
          date = weekdayInWeek(ref, weekday, later.weeks);
          out.push({
            evidence: {
              quote: raw.slice(base + later.start, base + later.end),
              start: base + later.start,
              end: base + later.end,
            },
            date,
          });
          continue;
        }
        // Said on a Friday, "by Friday" means the next one, not the day of the interview itself.
        if (date === iso && !numbered && WEEKDAY.test(r.text) && !/\b(today|tonight)\b/i.test(r.text))
          date = addDays(ref, 7);
        if (after) date = isoDateAddBusinessDays(date as IsoDate, 1);
        out.push({
          evidence: { quote: raw.slice(start, start + r.text.length), start, end: start + r.text.length },
          date,
        });
      }
    }
  }
  return out;
}
