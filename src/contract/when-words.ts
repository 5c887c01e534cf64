/**
 * @module contract/when-words — how far off a day is, and how to speak of an interview still to
 * come, in the words the terminal (`debrief list`, `show`) and the web pages both use.
 */
import { dayCount, isoDateDiffDays, isoDateFrom, type IsoDate } from '../core/dates.js';
import type { Outcome } from '../core/record.js';

/** "today", "tomorrow", "in 5 days", "3 days ago"; past two months, months and then years. */
export function relativeDays(date: string, today: IsoDate): string {
  const iso = isoDateFrom(date.slice(0, 10));
  if (!iso) return '';
  const days = isoDateDiffDays(today, iso);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  // Past two months, a count of days is hard to read ("in 400 days"): round to months, then years.
  const n = Math.abs(days);
  const span =
    n <= 60
      ? `${n} days`
      : n < 730
        ? `about ${Math.round(n / 30.44)} months`
        : `about ${Math.round(n / 365.25)} years`;
  return days > 0 ? `in ${span}` : `${span} ago`;
}

/** An interview dated after today has not happened: there is no silence to read yet. */
export function isUpcoming(interviewDate: string, today: IsoDate): boolean {
  const iso = isoDateFrom(interviewDate.slice(0, 10));
  return iso !== undefined && isoDateDiffDays(today, iso) > 0;
}

/**
 * What the dashboard says of an interview still to come (its badge, and its follow-up line in
 * place of the clock's words), and what `debrief list` and `show` say with it.
 */
export const UPCOMING_WORDS = {
  label: 'Coming up',
  followUp: 'Starts after the interview',
} as const;

/** "Coming up, in 3 days" for an interview still to come; undefined once it has happened. */
export function upcomingWords(interviewDate: string, today: IsoDate): string | undefined {
  return isUpcoming(interviewDate, today)
    ? `${UPCOMING_WORDS.label}, ${relativeDays(interviewDate, today)}`
    : undefined;
}

/** Who ended the wait: the employer's answer, or the person giving up or stepping out. */
const WAIT_ENDED: Readonly<Record<Outcome, string>> = {
  offer: 'They answered',
  'next-round': 'They answered',
  rejected: 'They answered',
  ghosted: 'You stopped waiting',
  withdrew: 'You withdrew',
};

/**
 * How the wait ended, told once it has: the answer's day against the day they gave ("They
 * answered on Tue 24 Nov, 7 days after the day they gave"), or, when they gave none, against the
 * interview. The follow-up dates no longer apply, so the result page's timeline and `debrief
 * show` say this instead. `day` writes a date as the page or the terminal does.
 */
export function waitEndedWords(
  heard: { outcome: Outcome; on: IsoDate },
  window: { interview: IsoDate; expectedBy: IsoDate },
  /** The day they gave, when they gave one: the record's decisionBy. */
  givenDay: string | undefined,
  day: (date: IsoDate) => string,
): string {
  const lead = `${WAIT_ENDED[heard.outcome] ?? WAIT_ENDED.withdrew} on ${day(heard.on)}`;
  // the window runs from the day they gave only when it is still ahead of the interview
  if (givenDay !== undefined && givenDay === window.expectedBy) {
    const late = isoDateDiffDays(window.expectedBy, heard.on);
    if (late === 0) return `${lead}, the day they gave.`;
    return `${lead}, ${dayCount(Math.abs(late))} ${late > 0 ? 'after' : 'before'} the day they gave.`;
  }
  const after = isoDateDiffDays(window.interview, heard.on);
  return after <= 0
    ? `${lead}, the day of the interview.`
    : `${lead}, ${dayCount(after)} after the interview.`;
}
