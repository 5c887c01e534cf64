/**
 * @module contract/when-words — how far off a day is, and how to speak of an interview still to
 * come, in the words the terminal (`debrief list`, `show`) and the web pages both use.
 */
import { isoDateDiffDays, isoDateFrom, type IsoDate } from '../core/dates.js';

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
