/**
 * The day the first check-in was sent, as the record keeps it. Only the first counts: ticking
 * again once it is kept leaves its day alone, so the last check-in stays a week after it.
 */
import { checkInSent } from '../core/advice/windows.js';
import type { IsoDate } from '../core/dates.js';
import type { InterviewRecord } from '../core/record.js';

/** The record with the check-in sent on `on`, or without it (`undefined`); the same object when nothing changes. */
export function withCheckInDay<R extends InterviewRecord>(record: R, on: IsoDate | undefined): R {
  if (on !== undefined) return checkInSent(record) !== undefined ? record : { ...record, checkedInOn: on };
  if (record.checkedInOn === undefined) return record;
  const { checkedInOn: _sent, ...rest } = record;
  return rest as R;
}
