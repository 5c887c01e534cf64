/**
 * The day the notes say the interview was ("Interview on 2026-11-20", "had my interview Tuesday",
 * "yesterday's interview"), resolved against today, so the debrief can offer it instead of
 * asking from nothing. Only a day next to a word for the interview counts, and only one already
 * past: a promised decision, a start date or the next round lie ahead, and sentences about them
 * are skipped so a backwards reading of their weekday is never taken for the interview.
 */
import { GB as chronoGB, type ParsedResult } from 'chrono-node/en';
import { isoDateAddDays, isoDateDiffDays, isoDateFrom, type IsoDate } from '../../core/dates.js';
import { APPOSED_DAY } from '../detect/month-days.js';
import { execAll } from '../exec-all.js';
import { STATED_CLAUSE, STATED_SENTENCE } from '../stated-clauses.js';
import { isoFrom, noonUtcOf } from './chrono-day.js';
import { readText } from '../nlp.js';
import { weeksBackDaysIn } from './weeks-back.js';
import { monthDaysIn, weekdayDaysIn } from './weekday-dates.js';
import { weekdayWeeksAgo } from './weeks-since.js';
import { framedAsComing } from './coming-framing.js';
import type { StatedDate } from '../types.js';

const INTERVIEW_WORD =
  /\b(?:interview(?:ed)?|phone screen|screening(?: call)?|onsite|on-site|panel|(?:first|second|third|final|last) round)\b/gi;
// Another event, or one still to come: a decision, a start, the next round, a date being set up.
const ABOUT_SOMETHING_ELSE =
  /\b(?:next|another|other|upcoming|follow[- ]?up|will|won't|'ll|going to|gonna|tomorrow|schedul\w*|set up|arrang\w*|book(?:s|ed|ing)?|invit\w*|plan(?:s|ned)?|planning (?:to|for|on|a|an|the|my|our|their)\b|decid\w*|decision|let (?:me|you|us) know|hear back|get back|feedback|offer(?:s|ed|ing)?|notice|start(?:s|ed|ing)?|join(?:s|ed|ing)?|deadline|moved?|reschedul\w*|postpon\w*|elsewhere|since|come back|return\w*)\b/i;
/** "A second interview", "the third round": a round to come, unless the clause tells it as done. */
const LATER_ROUND = /\b(?:second|third)\b/i;
const TOLD_AS_DONE = /\b(?:had|did|went|was|sat|attended|finished|done|yesterday)\b/i;
// A day, not a time of day or a span: a weekday, a month, a numbered date, yesterday or today.
// Weekdays in full: "sat" and "sun" are words too ("I sat a panel").
export const NAMES_A_DAY =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:today|yesterday)\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,4}[/.-]\d{1,2}\b|\b\d+ days? ago\b/i;
export const WEEKDAY_ONLY = /^(?:on\s+)?(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
/** "by Friday", "until Monday": a promise; "every Thursday", "on a Saturday": no one day. */
const NOT_ONE_DAY_BEFORE = /\b(?:by|until|till|within|in|every|each|a|an)\s+$/i;
/**
 * Said in the present ("I have an interview on Monday", "my interview's Friday", "prepping for
 * Thursday's interview"), a bare weekday is the coming one, which the backwards reading would
 * put a week early.
 */
const PRESENT_TENSE =
  /\b(?:have|has|got|is|are|am|prep\w*|ready)\b|['\u2019](?:m|re)\b|\b(?:interview|it)['\u2019]s\b|\b(?:for|before)\s+(?:my|his|her|their)\b/i;
/** Between the day and the interview word: another event begins ("rang on Monday and the panel"). */
const ANOTHER_EVENT_BETWEEN = /\b(?:and|then|but|when|after|before)\b/i;
/** How far (characters) the day may be from the interview word. */
const REACH = 40;
/** Older than this, the reading is a different year or a different event. */
const OLDEST_DAYS = 366;

/**
 * The interview's day told in apposition past its clause's comma or bracket ("the interview on my birthday, the 4th",
 * "the interview (Tuesday, the 3rd)"), as the wait reading takes it (APPOSED_DAY): the text from the clause's end
 * through that day, or nothing. Read within the sentence, so the day's own end is the text's, not a cut.
 */
function appositionAfter(text: string, start: number, end: number): string {
  const stop = text.slice(end).search(/[.!?\n]/);
  const m = APPOSED_DAY.exec(text.slice(start, stop < 0 ? undefined : end + stop + 1));
  const dayEnd = m ? start + m.index + m[0].length : end;
  return dayEnd > end ? text.slice(end, dayEnd) : '';
}

/** A day read with its month and day of the month ("18 Nov", "Wednesday 18/11"), not a weekday or "yesterday" alone. */
function isWholeDate(r: ParsedResult): boolean {
  return r.start.isCertain('month') && r.start.isCertain('day') && /\d/.test(r.text);
}

/** The day, if it is already past and within the last year. */
function inPastYear(date: IsoDate, today: IsoDate): IsoDate | undefined {
  const ago = isoDateDiffDays(date, today);
  return ago >= 0 && ago <= OLDEST_DAYS ? date : undefined;
}

/** A day read by chrono, if it is a real day already past and within the last year. */
export function pastDateOf(r: ParsedResult, today: IsoDate): IsoDate | undefined {
  const yy = r.start.get('year');
  const mm = r.start.get('month');
  const dd = r.start.get('day');
  if (yy === null || mm === null || dd === null) return undefined;
  let date = isoDateFrom(isoFrom(yy, mm, dd));
  if (!date) return undefined;
  // "Tuesday", said on a Monday: the interview was last week's
  if (isoDateDiffDays(today, date) > 0 && WEEKDAY_ONLY.test(r.text.trim())) date = isoDateAddDays(date, -7);
  return inPastYear(date, today);
}

/**
 * The interview day the text states, read against `today` (YYYY-MM-DD); the first one found.
 * `text` is `readText(raw).text`, when the caller has it.
 */
export function statedInterviewDateFrom(
  raw: string,
  today: string | undefined,
  text = readText(raw).text,
): StatedDate | undefined {
  const todayIso = today ? isoDateFrom(today) : undefined;
  if (!todayIso) return undefined;
  const instant = noonUtcOf(todayIso);
  for (const c of execAll(STATED_CLAUSE, text)) {
    const words = [...execAll(INTERVIEW_WORD, c[0])];
    if (words.length === 0) continue;
    // a clause ends at a comma or bracket, so a day told in apposition is read with it
    const start = c.index ?? 0;
    const clause = c[0] + appositionAfter(text, start, start + c[0].length);
    if (!NAMES_A_DAY.test(clause) || ABOUT_SOMETHING_ELSE.test(clause)) continue;
    // "Second round with Acme on Wednesday 18 Nov", written after it: a whole date already past
    // is the round being told, not one to come; a weekday alone could be either
    const roundToCome = LATER_ROUND.test(clause) && !TOLD_AS_DONE.test(clause);
    const base = c.index ?? 0;
    for (const word of words) {
      const wordStart = word.index ?? 0;
      const wordEnd = wordStart + word[0].length;
      const from = Math.max(0, wordStart - REACH);
      // a little past the reach, so a day that starts in reach is read whole ("Monday 4 March")
      let to = Math.min(clause.length, wordEnd + REACH + 20);
      while (to < clause.length && /\w/.test(clause[to]!)) to++;
      const window = clause.slice(from, to);
      // a weekday some weeks back is read whole here; chrono would keep only its weekday
      // and so is a weekday with its day of the month ("Interview Thurs 5th"); a day of the month
      // alone ("the interview on my birthday, the 4th") chrono does not read at all
      const noMonth = new Set([...weekdayDaysIn(window, todayIso), ...monthDaysIn(window, todayIso)]);
      const ownReadings = [...weeksBackDaysIn(window, todayIso), ...noMonth];
      const overlapsOwn = (r: ParsedResult) =>
        ownReadings.some((w) => r.index < w.index + w.text.length && w.index < r.index + r.text.length);
      const readings = [
        ...ownReadings,
        ...chronoGB
          .parse(window, { instant, timezone: 0 }, { forwardDate: false })
          .filter((r) => !overlapsOwn(r))
          .map((r) => ({ index: r.index, text: r.text, chrono: r })),
      ].sort((a, b) => a.index - b.index);
      for (const r of readings) {
        const start = from + r.index;
        const end = start + r.text.length;
        if (start > wordEnd + REACH || !NAMES_A_DAY.test(r.text)) continue;
        if (NOT_ONE_DAY_BEFORE.test(clause.slice(from, start))) continue;
        const between = start >= wordEnd ? clause.slice(wordEnd, start) : clause.slice(end, wordStart);
        if (ANOTHER_EVENT_BETWEEN.test(between)) continue;
        if (roundToCome && !('chrono' in r && isWholeDate(r.chrono))) continue;
        const bareWeekday = WEEKDAY_ONLY.test(r.text.trim());
        // a day of the month without its month is read as past like a bare weekday, so the same
        // checks hold ("my interview is on the 4th", "... on Friday the 4th" is the coming one)
        const bareDay = bareWeekday || (!('chrono' in r) && noMonth.has(r));
        if (bareDay && PRESENT_TENSE.test(clause)) continue;
        // "Final round on Friday, I'm nervous": the sentence around it looks ahead
        if (bareDay && !/\blast\b/i.test(r.text) && framedAsComing(text, base)) continue;
        const read = 'chrono' in r ? pastDateOf(r.chrono, todayIso) : inPastYear(r.date, todayIso);
        // "Interview on Tuesday … that was three weeks ago": the Tuesday of three weeks back
        const date =
          read && bareWeekday && !/\blast\b/i.test(r.text)
            ? inPastYear(weekdayWeeksAgo(text, read, todayIso), todayIso)
            : read;
        if (!date) continue;
        const quoteStart = base + Math.min(start, wordStart);
        const quoteEnd = base + Math.max(end, wordEnd);
        return {
          date,
          evidence: { quote: raw.slice(quoteStart, quoteEnd), start: quoteStart, end: quoteEnd },
        };
      }
    }
  }
  return datelineDay(raw, text, todayIso);
}

/** A clause that is a day and nothing else ("Tuesday 24 Nov", "on 24/11"), as a dateline writes it. */
const ONLY_A_DAY_BEFORE = /^\s*(?:on\s+)?$/i;
/** INTERVIEW_WORD for a yes or no (the global one keeps its place between calls). */
const NAMES_INTERVIEW = new RegExp(INTERVIEW_WORD.source, 'i');

/**
 * A note's dateline: "Interview with Acme for the planner job, Tuesday 24 Nov", "Brightwater
 * interview, 24/11". The day stands in a clause of its own, so the reach above never sees it
 * beside the interview word; a sentence that names the interview and has a clause that is only
 * a day, with nothing else going on in it, gives that day.
 */
function datelineDay(raw: string, text: string, today: IsoDate): StatedDate | undefined {
  const instant = noonUtcOf(today);
  for (const s of execAll(STATED_SENTENCE, text)) {
    const sentence = s[0];
    if (!NAMES_INTERVIEW.test(sentence) || !NAMES_A_DAY.test(sentence) || ABOUT_SOMETHING_ELSE.test(sentence))
      continue;
    const roundToCome = LATER_ROUND.test(sentence) && !TOLD_AS_DONE.test(sentence);
    for (const c of execAll(STATED_CLAUSE, sentence)) {
      const clause = c[0];
      if (NAMES_INTERVIEW.test(clause) || !NAMES_A_DAY.test(clause)) continue;
      const readings = chronoGB.parse(clause, { instant, timezone: 0 }, { forwardDate: false });
      const r = readings[0];
      if (readings.length !== 1 || !r || !ONLY_A_DAY_BEFORE.test(clause.slice(0, r.index))) continue;
      if (clause.slice(r.index + r.text.length).trim() !== '' || !NAMES_A_DAY.test(r.text)) continue;
      if (roundToCome && !isWholeDate(r)) continue;
      const bareWeekday = WEEKDAY_ONLY.test(r.text.trim());
      if (bareWeekday && (PRESENT_TENSE.test(sentence) || framedAsComing(text, s.index ?? 0))) continue;
      const date = pastDateOf(r, today);
      if (!date) continue;
      const start = (s.index ?? 0) + (c.index ?? 0) + r.index;
      const end = start + r.text.length;
      return { date, evidence: { quote: raw.slice(start, end), start, end } };
    }
  }
  return undefined;
}
