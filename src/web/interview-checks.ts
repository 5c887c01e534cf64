import type { ApiError } from './api-client.js';

/**
 * Checks the forms make before asking the server. A date box whose text is not a real date
 * (30 February, or half typed) has the value '', so without `unreadable` the user who typed a
 * date would be told to give one.
 */

const UNREADABLE = 'is not a real date';

function problem(path: string, message: string, field: string): ApiError {
  return { code: 'invalid-request', message, fields: [{ path, message: field }] };
}

export interface InterviewDates {
  date: string;
  decisionBy: string;
  /** The date box holds something the browser could not read as a date. */
  dateUnreadable?: boolean;
  decisionByUnreadable?: boolean;
}

/** The interview form: a readable date, today or earlier (as the CLI asks), and a decision after it. */
export function interviewProblem(f: InterviewDates, today: string): ApiError | undefined {
  if (f.dateUnreadable)
    return problem(
      'date',
      'That date does not exist or is not finished. Please check the day, month and year.',
      UNREADABLE,
    );
  if (f.decisionByUnreadable)
    return problem(
      'decisionBy',
      'The decision date does not exist or is not finished. Please check it, or clear it if they did not say.',
      UNREADABLE,
    );
  if (!f.date) return problem('date', 'Please give the date of the interview.', 'is required');
  if (f.date > today)
    return problem(
      'date',
      'That date is in the future. Debrief is for interviews you have had: please check the date, or come back after the interview.',
      'should be today or earlier',
    );
  if (f.decisionBy && f.decisionBy < f.date)
    return problem(
      'decisionBy',
      'The decision date is before the interview. Please check it.',
      'is before the interview date',
    );
  return undefined;
}

export interface OutcomeAnswer {
  chosen: boolean;
  on: string;
  onUnreadable?: boolean;
}

/** The outcome form: something chosen, and the day you heard, between the interview and today. */
export function outcomeProblem(f: OutcomeAnswer, interviewDate: string, today: string): ApiError | undefined {
  if (!f.chosen) return { code: 'invalid-request', message: 'Please choose what happened.' };
  if (f.onUnreadable)
    return problem('on', 'That date does not exist or is not finished. Please check it.', UNREADABLE);
  if (!f.on) return problem('on', 'Please give the day you heard (or decided).', 'is required');
  if (f.on < interviewDate)
    return problem('on', 'That date is before the interview. Please check it.', 'is before the interview');
  if (f.on > today)
    return problem(
      'on',
      'That date is in the future. Please give the day you heard, today or earlier.',
      'should be today or earlier',
    );
  return undefined;
}
