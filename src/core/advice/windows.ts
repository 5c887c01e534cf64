import { isoDateAddBusinessDays, isoDateAddDays, isoDateDiffDays } from '../dates.js';
import type { IsoDate } from '../dates.js';
import type { InterviewRecord } from '../record.js';
import type { FollowUpWindow } from './types.js';

// Cadence from shared/research/facts.md §1.4: check in 1–2 business days after a promised
// date, else 5–7 business days after the interview; at most two check-ins, about a week apart.
const AFTER_PROMISE_BUSINESS_DAYS = 2; // the later end: stated timelines often slip a little
const WITHOUT_PROMISE_BUSINESS_DAYS = 6;
const BETWEEN_CHECK_INS_BUSINESS_DAYS = 5;
const CLOSE_AFTER_SECOND_BUSINESS_DAYS = 5;
// Same defaults as the model's silence clock (SILENCE_MODEL in src/core/model/silence.ts).
const DEFAULT_EXPECTED_DAYS = 14;
const AFTER_UPDATE_EXPECTED_DAYS = 7;
// An interview ending this late leaves no working day to send a thank-you the same day.
const LATE_HOUR = 17;
// After a week a thank-you for the interview itself reads as an afterthought; the check-in,
// which thanks them anyway, is the message worth sending by then.
const THANK_YOU_STALE_DAYS = 7;

export function isoDateMax(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** A step's day, not before the day the interview was recorded (when known). */
export function notBeforeRecorded(due: IsoDate, recordedOn: IsoDate | undefined): IsoDate {
  return recordedOn ? isoDateMax(due, recordedOn) : due;
}

export function isoDateMin(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/** When the wait started: the interview, or a later holding reply ("still deciding"). */
function waitStart(record: InterviewRecord): IsoDate {
  const heard = record.heardBack;
  return heard?.kind === 'update' && heard.on > record.date ? heard.on : record.date;
}

/**
 * The day the first check-in went, while it belongs to this wait: one sent before the interview
 * is about an earlier step, and one answered by a holding reply (sent on or before its day) ended
 * with the wait starting again, so that wait's check-ins are still to come.
 */
export function checkInSent(record: InterviewRecord): IsoDate | undefined {
  const sent = record.checkedInOn;
  if (sent === undefined || sent < record.date) return undefined;
  const heard = record.heardBack;
  return heard?.kind === 'update' && sent <= heard.on ? undefined : sent;
}

/** The decision date they gave, while it still applies (not before the wait started). */
export function promisedDate(record: InterviewRecord): IsoDate | undefined {
  return record.decisionBy !== undefined && record.decisionBy >= waitStart(record)
    ? record.decisionBy
    : undefined;
}

function isLate(time: string | undefined): boolean {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time?.trim() ?? '');
  return m !== null && Number(m[1]) >= LATE_HOUR;
}

/** Within a day: the interview day, or the next day if it ended late. */
export function thankYouDue(record: InterviewRecord): IsoDate {
  return isLate(record.time) ? isoDateAddDays(record.date, 1) : record.date;
}

/** Whether the thank-you is more than a week overdue (an interview recorded late, or a note never sent). */
export function isThankYouStale(record: InterviewRecord, today: IsoDate): boolean {
  return isoDateDiffDays(thankYouDue(record), today) > THANK_YOU_STALE_DAYS;
}

/**
 * The two check-ins as steps to take. They follow the silence clock, but an interview recorded
 * after its check-in day gets its first check-in on the day it was recorded (not a date already
 * gone) and the last one a week after that. A first check-in already `sent` keeps its own day,
 * even one before the interview was recorded: it is done, not a step to move.
 */
export function checkInDays(
  window: FollowUpWindow,
  recordedOn: IsoDate | undefined,
  sent?: IsoDate,
): { checkIn: IsoDate; secondCheckIn: IsoDate } {
  if (sent !== undefined)
    return { checkIn: sent, secondCheckIn: notBeforeRecorded(window.secondCheckIn, recordedOn) };
  if (!recordedOn || recordedOn <= window.checkIn)
    return { checkIn: window.checkIn, secondCheckIn: window.secondCheckIn };
  return {
    checkIn: recordedOn,
    secondCheckIn: isoDateMax(
      window.secondCheckIn,
      isoDateAddBusinessDays(recordedOn, BETWEEN_CHECK_INS_BUSINESS_DAYS),
    ),
  };
}

/**
 * Mirrors the model's silence clock (src/core/model/silence.ts) so the timeline and the estimate
 * agree on when word was expected. A check-in already sent moves only the check-ins and the close:
 * facts.md §1.4 sets their cadence (at most two, about a week apart) but says nothing on what an
 * unanswered check-in tells, so the estimate's clock does not count from it.
 */
export function followUpWindow(record: InterviewRecord): FollowUpWindow {
  const interview = record.date;
  const start = waitStart(record);
  const promised = promisedDate(record);
  const expectedBy =
    promised ??
    isoDateAddDays(start, start === interview ? DEFAULT_EXPECTED_DAYS : AFTER_UPDATE_EXPECTED_DAYS);
  const planned = promised
    ? isoDateAddBusinessDays(promised, AFTER_PROMISE_BUSINESS_DAYS)
    : isoDateAddBusinessDays(start, WITHOUT_PROMISE_BUSINESS_DAYS);
  const sent = checkInSent(record);
  const checkIn = sent ?? planned;
  // A week after the one sent; one sent early (before the usual day) does not pull the second
  // before the day a first check-in would have been normal.
  const secondCheckIn = isoDateMax(isoDateAddBusinessDays(checkIn, BETWEEN_CHECK_INS_BUSINESS_DAYS), planned);
  const closeAfter = isoDateAddBusinessDays(secondCheckIn, CLOSE_AFTER_SECOND_BUSINESS_DAYS);
  return { interview, expectedBy, checkIn, secondCheckIn, closeAfter };
}
