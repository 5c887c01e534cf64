/**
 * The employer's own timetable told beside a promise: "they're seeing a few more people this week
 * and will be in touch in the next couple of weeks", "interviews run until Friday", "the panel sits
 * on Tuesday". A day in it says when they are busy choosing, not when word is due, so it is no
 * promised date; "we'll decide this week" and "you'll hear by Friday" still are. The candidate's
 * own round of interviews ("I've got three interviews next week") is a timetable too, and no promise.
 * Word promised after the schedule ("after their board meets on the 10th") can come the working day
 * after it, and that is read as the day (isWordAfterSchedule).
 */
import { execAll } from '../exec-all.js';
import { clauseAround } from './story-clause.js';

const HOW_MANY =
  '(?:(?:a few|a couple(?: of)?|a handful of|some|several|a number of|one|two|three|four|five|six|seven|eight|\\d+|a|the|their|all(?: the)?)\\s+){0,2}';
const WHO =
  '(?:(?:more|other|remaining|further|last|final|shortlisted)\\s+)?(?:candidates|applicants|interviewees|interviews)\\b' +
  '|(?:more|other|remaining|further|last|final|shortlisted)\\s+(?:people|folks?|ones)\\b' +
  '|others\\b|the rest\\b|(?:the\\s+|their\\s+)?shortlist\\b';
/** Seeing others: "seeing a few more people", "interviewing other candidates", "have two more interviews". */
const SEEING_OTHERS = `\\b(?:see|sees|seeing|seen|saw|meet|meets|meeting|met|interview|interviews|interviewing|interviewed|speak(?:s|ing)? (?:to|with)|spoken (?:to|with)|talk(?:s|ing|ed)? (?:to|with)|chat(?:s|ting)? (?:to|with)|bring(?:s|ing)? in|have|has|having|had|got)\\s+${HOW_MANY}(?:${WHO})`;
/** Interviews still going: "still interviewing", "interviews run until", "the process closes". */
const STILL_GOING =
  "\\b(?:still|are|is|they're|we're|they are|we are|be|been|keep|kept)\\s+interviewing\\b(?!\\s+(?:me|you|him|her|us|again)\\b)" +
  '|\\binterviewing\\s+(?:until|till|til|through|into|all)\\b' +
  '|\\b(?:interviews?|the (?:interview |recruitment |hiring )?process|recruitment|hiring|the (?:first|1st) round)\\s+(?:are\\s+|is\\s+|will\\s+)?(?:run|runs|running|go on|goes on|going on|continue|continues|continuing|carry on|carries on|finish|finishes|finishing|close|closes|closing|end|ends|ending|wrap up|wraps up|wrapping up|being held|held|taking place|happening)\\b' +
  // "my final interview is on the 12th" is the candidate's next round, not the employer's timetable
  '|(?<!\\b(?:my|our)\\s+)\\b(?:last|final|remaining|other)\\s+interviews?\\s+(?:is|are|will be|being)\\b';
/** A panel, board or committee's own sitting: "the panel sits on Tuesday", "the board meets next week". */
const SITTING =
  '\\b(?:panel|board|committee)\\s+(?:is\\s+|will\\s+|only\\s+)?(?:sits|sit|sitting|meets|meet|meeting|convenes|convene|convening|gets together|get together|getting together)\\b';
/** The advert's own dates: "applications close on the 5th", "the closing date is Friday". */
const ADVERT =
  '\\b(?:applications?|the (?:advert|ad|vacancy|posting|listing|job ad))\\s+(?:close|closes|closing|shut|shuts|stays? open|is open|are open)\\b|\\bclosing date\\b';
const SCHEDULE = new RegExp(`${SEEING_OTHERS}|${STILL_GOING}|${SITTING}|${ADVERT}`, 'gi');

type Span = [number, number];
const gap = ([a, b]: Span, [c, d]: Span): number => Math.max(0, c - b, a - d);

/**
 * Whether the date at [start, end) of `sentence` tells the employer's schedule rather than a
 * promise: its clause names the schedule and no decision word (`decision`, a global regex) of
 * its own, or the schedule sits nearer the date than any decision word does ("will be in touch
 * after they see a few more people this week": the week is when they see people).
 */
export function isEmployerSchedule(sentence: string, start: number, end: number, decision: RegExp): boolean {
  const [from, to] = clauseAround(sentence, start, end);
  const clause = sentence.slice(from, to);
  const spans = (re: RegExp): Span[] =>
    [...execAll(re, clause)].map((m): Span => [from + m.index, from + m.index + m[0].length]);
  const schedule = spans(SCHEDULE);
  if (schedule.length === 0) return false;
  // a decision word inside the schedule's own words ("calling the other candidates") is the schedule
  const decisions = spans(decision).filter((d) => !schedule.some((s) => gap(s, d) === 0));
  if (decisions.length === 0) return true;
  const date: Span = [start, end];
  const nearest = (list: Span[]): number => Math.min(...list.map((s) => gap(s, date)));
  return nearest(schedule) < nearest(decisions);
}

/** "after" or "once" just before the schedule's words: "after their board meets", "once they have seen the others". */
const AFTER_BEFORE =
  /\b(?:after|once|following)\s+(?:(?:the|their|its|our|they|they've|they'd|we|we've|she|he|has|have|had|all|are|is|been)\s+){0,3}$/i;
/** "after", "afterwards", "after that" or "then" with the decision word, past the schedule's day. */
const AFTER_THAT = /\b(?:then\b|after(?:wards?|\s+(?:that|this|it|then))?\s*(?:[.!?]|$))/i;

/**
 * Whether word is promised for after the schedule whose day is at [start, end) of `sentence`:
 * "they'll decide after their board meets on the 10th", "the panel sits on Tuesday, so they will
 * get back to me after". Then the day is the earliest word can come (the caller reads it as the
 * next working day), where a schedule told beside a promise is no day of word at all.
 */
export function isWordAfterSchedule(sentence: string, start: number, end: number): boolean {
  for (const m of execAll(SCHEDULE, sentence)) {
    if (m.index > start) break;
    if (AFTER_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index))) return true;
  }
  return AFTER_THAT.test(sentence.slice(end));
}
