/**
 * Days said in a call that promise nothing: the employer's own timetable ("we're seeing a few more
 * people this week and next", "we're interviewing over the next few days") and a weekly routine
 * ("group supervision on a Thursday"). Read as a timeline, they hid the vague close beside them
 * ("we'll be in touch once we've seen everyone"). The dates reader sets the timetable aside by clause
 * (dates/employer-schedule.ts); a call's turn is read by sentence, and the day goes with whichever is
 * nearer it, the timetable or the word about deciding.
 */
import { ABOUT_DECISION } from '../dates/promised.js';
import { execAll } from '../exec-all.js';
import { timelineGiven } from '../signs/timeline-given.js';
import type { Cue } from './types.js';

const DAYS_CUE = timelineGiven.cues[0]!;
// every day the cue would read in a turn, not only the first it counts
const DAYS = new RegExp(DAYS_CUE.re.source, 'gi');
const DECISION_ALL = new RegExp(ABOUT_DECISION.source, 'gi');
/** The employer busy choosing: seeing or interviewing others, interviews running on, a panel sitting. */
const SCHEDULE = new RegExp(
  [
    String.raw`\b(?:see|seeing|meet|meeting|interview|interviewing|speak(?:ing)? (?:to|with)|talk(?:ing)? to|have|has|'ve got|got)\s+(?:(?:a few|a couple(?: of)?|some|several|a handful of|one|two|three|four|five|\d+)\s+)?(?:more\s+|other\s+|further\s+)?(?:people|candidates|applicants|interviews|others|persons?)\b`,
    String.raw`\binterviewing\b(?!\s+(?:me|you|him|her|us)\b)`,
    String.raw`\binterviews?\s+(?:run|runs|running|finish|finishes|finishing|close|closes|end|ends|wrap up)\b`,
    String.raw`\b(?:panel|board|committee)\s+(?:will\s+|is\s+)?(?:meet|meets|meeting|sit|sits|sitting)\b`,
  ].join('|'),
  'gi',
);
const SENTENCE = /[^.!?]+[.!?]*/g;
/** "on a Thursday": a day of the week's routine, not a date. */
const ROUTINE = /^on an?\s/i;

type Span = [number, number];
const gap = ([a, b]: Span, [c, d]: Span): number => Math.max(0, c - b, a - d);
const spansOf = (re: RegExp, text: string): Span[] =>
  [...execAll(re, text)].map((m): Span => [m.index, m.index + m[0].length]);

/** Whether the day at `day` of `sentence` goes with the employer's timetable rather than a decision. */
function isTimetable(sentence: string, day: Span): boolean {
  const schedule = spansOf(SCHEDULE, sentence);
  if (schedule.length === 0) return false;
  const decisions = spansOf(DECISION_ALL, sentence).filter((d) => !schedule.some((s) => gap(s, d) === 0));
  const nearest = (list: Span[]): number => Math.min(...list.map((s) => gap(s, day)));
  return decisions.length === 0 || nearest(schedule) < nearest(decisions);
}

/**
 * Whether a timeline hit of `cue` in a turn saying `text` rests only on days that promise nothing.
 * A day promised beside the timetable ("the panel meets tomorrow, and you'll hear by Friday") keeps
 * the timeline, as does a next step named without a day (the other cue).
 */
export function isScheduleOnly(cue: Cue, text: string): boolean {
  if (cue !== DAYS_CUE) return false;
  let named = false;
  for (const s of execAll(SENTENCE, text)) {
    for (const m of execAll(DAYS, s[0])) {
      named = true;
      if (!ROUTINE.test(m[0]) && !isTimetable(s[0], [m.index, m.index + m[0].length])) return false;
    }
  }
  return named;
}
