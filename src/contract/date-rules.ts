/**
 * @module contract/date-rules — the one rule for the dates a person lived through: an interview
 * or the day they heard back may be no later than tomorrow (today + 1 day, so a user a time zone
 * ahead of the server is not refused), and word never comes before the interview. The schemas
 * check shape; this needs today, so the caller passes it in.
 */
import { isoDateAddDays, type IsoDate } from '../core/dates.js';
import type { FieldError } from './fields.js';

/** The latest date accepted for something that has already happened. */
export const latestPastDate = (today: IsoDate): IsoDate => isoDateAddDays(today, 1);

const future = (latest: IsoDate): string =>
  `is in the future (the latest accepted is ${latest}, tomorrow): please give the day it happened`;
const BEFORE_INTERVIEW = 'is before the interview date: please check it';

/** An outcome's date: not after tomorrow, and not before the interview. */
export function outcomeDateErrors(
  on: string,
  interviewDate: string,
  today: IsoDate,
  path = 'on',
): FieldError[] {
  const latest = latestPastDate(today);
  if (on > latest) return [{ path, message: future(latest) }];
  if (on < interviewDate) return [{ path, message: BEFORE_INTERVIEW }];
  return [];
}

/**
 * An interview record's own dates: `date`, the day of any reply recorded in `heardBack`, and the
 * day the first check-in was sent (`checkedInOn`): each happened, and not before the interview.
 */
export function recordDateErrors(
  record: { date: string; heardBack?: { kind: string; on?: string }; checkedInOn?: string },
  today: IsoDate,
  prefix = '',
): FieldError[] {
  const latest = latestPastDate(today);
  if (record.date > latest)
    return [
      {
        path: `${prefix}date`,
        message: `is in the future (the latest accepted is ${latest}, tomorrow): Debrief is for interviews you have had`,
      },
    ];
  const on = record.heardBack?.on;
  const sent = record.checkedInOn;
  return [
    ...(on === undefined ? [] : outcomeDateErrors(on, record.date, today, `${prefix}heardBack.on`)),
    ...(sent === undefined ? [] : outcomeDateErrors(sent, record.date, today, `${prefix}checkedInOn`)),
  ];
}

/**
 * A decision date set before the interview is a slip (the web form refuses it too). Checked when a
 * record is made or changed, not on import, so data exported before this rule still comes back.
 */
export function decisionDateErrors(record: { date: string; decisionBy?: string }, prefix = ''): FieldError[] {
  return record.decisionBy !== undefined && record.decisionBy < record.date
    ? [{ path: `${prefix}decisionBy`, message: BEFORE_INTERVIEW }]
    : [];
}
