import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDateAddDays, isoDateDiffDays, isoDateFrom, isoDateWeekday } from '../dates.js';
import type { IsoDate } from '../dates.js';
import type { InterviewRecord } from '../record.js';
import { checkInDays, checkInSent, followUpWindow, thankYouDue } from './windows.js';

const d = (s: string): IsoDate => isoDateFrom(s)!;
const rec = (date: string, extra: Partial<InterviewRecord> = {}): InterviewRecord => ({
  stage: 'first',
  date: d(date),
  ...extra,
});

/** Counted independently of isoDateAddBusinessDays: weekdays in (from, to]. */
function businessDaysBetween(from: IsoDate, to: IsoDate): number {
  let n = 0;
  for (let day = isoDateAddDays(from, 1); day <= to; day = isoDateAddDays(day, 1)) {
    const wd = isoDateWeekday(day);
    if (wd !== 0 && wd !== 6) n += 1;
  }
  return n;
}

const dateArb = fc.integer({ min: 0, max: 3000 }).map((n) => isoDateAddDays(d('2020-01-01'), n));

describe('followUpWindow', () => {
  it.each([
    ['2026-11-20', '2026-11-27'], // promised Friday 27 Nov 2026
    ['2026-11-02', '2026-11-06'],
    ['2025-01-03', '2025-01-10'],
  ])('interview %s, promised Friday %s: check in the following Mon or Tue', (interview, friday) => {
    expect(isoDateWeekday(d(friday))).toBe(5);
    const { checkIn } = followUpWindow(rec(interview, { decisionBy: d(friday) }));
    expect([1, 2]).toContain(isoDateWeekday(checkIn));
    expect(isoDateDiffDays(d(friday), checkIn)).toBeLessThanOrEqual(4);
    expect(checkIn > friday).toBe(true);
  });

  it.each(['2026-11-23', '2026-11-27', '2026-11-28', '2026-12-24'])(
    'without a promised date, interview %s: check in 5–7 business days later',
    (interview) => {
      const { checkIn } = followUpWindow(rec(interview));
      const n = businessDaysBetween(d(interview), checkIn);
      expect(n).toBeGreaterThanOrEqual(5);
      expect(n).toBeLessThanOrEqual(7);
      expect([0, 6]).not.toContain(isoDateWeekday(checkIn));
    },
  );

  it('uses the promised date as expectedBy, else two weeks', () => {
    expect(followUpWindow(rec('2026-11-20', { decisionBy: d('2026-11-27') })).expectedBy).toBe('2026-11-27');
    expect(followUpWindow(rec('2026-11-20')).expectedBy).toBe('2026-12-04');
  });

  it('ignores a decision date before the interview', () => {
    expect(followUpWindow(rec('2026-11-20', { decisionBy: d('2026-11-10') }))).toEqual(
      followUpWindow(rec('2026-11-20')),
    );
  });

  it('restarts the wait after a holding reply', () => {
    const plain = followUpWindow(rec('2026-11-02'));
    const updated = followUpWindow(rec('2026-11-02', { heardBack: { kind: 'update', on: d('2026-11-10') } }));
    expect(updated.checkIn > plain.checkIn).toBe(true);
    expect(businessDaysBetween(d('2026-11-10'), updated.checkIn)).toBeGreaterThanOrEqual(5);
    expect(updated.expectedBy).toBe('2026-11-17');
  });

  it('keeps a promised date that is still ahead of a holding reply', () => {
    const w = followUpWindow(
      rec('2026-11-02', { decisionBy: d('2026-11-20'), heardBack: { kind: 'update', on: d('2026-11-10') } }),
    );
    expect(w.expectedBy).toBe('2026-11-20');
    expect(w.checkIn).toBe('2026-11-24');
  });

  it('drops a promised date that passed before a holding reply', () => {
    const w = followUpWindow(
      rec('2026-11-02', { decisionBy: d('2026-11-06'), heardBack: { kind: 'update', on: d('2026-11-10') } }),
    );
    expect(w.expectedBy).toBe('2026-11-17');
    expect(businessDaysBetween(d('2026-11-10'), w.checkIn)).toBe(6);
  });

  it('keeps the order interview < checkIn < secondCheckIn < closeAfter, a week or so apart', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.option(fc.integer({ min: -5, max: 40 }), { nil: undefined }),
        (date, promiseOffset) => {
          const decisionBy = promiseOffset === undefined ? undefined : isoDateAddDays(date, promiseOffset);
          const w = followUpWindow({ stage: 'final', date, ...(decisionBy ? { decisionBy } : {}) });
          expect(w.interview).toBe(date);
          expect(w.expectedBy >= date).toBe(true);
          expect(w.checkIn > date).toBe(true);
          if (decisionBy && decisionBy >= date) {
            expect(w.expectedBy).toBe(decisionBy);
            expect(w.checkIn > decisionBy).toBe(true);
          }
          const gap = isoDateDiffDays(w.checkIn, w.secondCheckIn);
          expect(gap).toBeGreaterThanOrEqual(5);
          expect(gap).toBeLessThanOrEqual(9);
          expect(w.closeAfter > w.secondCheckIn).toBe(true);
        },
      ),
    );
  });
});

describe('followUpWindow after a check-in was sent', () => {
  // Monday 2 Nov 2026, no date given: the first check-in was planned for Tuesday 10 Nov.
  const planned = followUpWindow(rec('2026-11-02'));

  it('counts the last check-in and the close from the day it was sent, not the planned day', () => {
    expect(planned.checkIn).toBe('2026-11-10');
    const w = followUpWindow(rec('2026-11-02', { checkedInOn: d('2026-11-12') }));
    expect(w.checkIn).toBe('2026-11-12');
    expect(w.secondCheckIn).toBe('2026-11-19');
    expect(w.closeAfter).toBe('2026-11-26');
    expect(w.secondCheckIn > planned.secondCheckIn).toBe(true);
  });

  it('leaves when word was expected alone: the silence clock does not count from a check-in', () => {
    const w = followUpWindow(rec('2026-11-02', { checkedInOn: d('2026-11-12') }));
    expect(w.expectedBy).toBe(planned.expectedBy);
  });

  it('does not bring the last check-in before the day a first one would have been normal', () => {
    // promised Friday 20 Nov; a check-in on Wednesday 4 Nov was early
    const w = followUpWindow(
      rec('2026-11-02', { decisionBy: d('2026-11-20'), checkedInOn: d('2026-11-04') }),
    );
    expect(w.checkIn).toBe('2026-11-04');
    expect(w.secondCheckIn).toBe('2026-11-24');
    expect(w.closeAfter).toBe('2026-12-01');
  });

  it('ignores a check-in day before the interview', () => {
    expect(followUpWindow(rec('2026-11-02', { checkedInOn: d('2026-10-30') }))).toEqual(planned);
  });

  it('ignores a check-in answered by a later holding reply: the new wait plans its own', () => {
    const heardBack = { kind: 'update', on: d('2026-11-12') } as const;
    const held = followUpWindow(rec('2026-11-02', { heardBack }));
    expect(followUpWindow(rec('2026-11-02', { heardBack, checkedInOn: d('2026-11-12') }))).toEqual(held);
    expect(checkInSent(rec('2026-11-02', { heardBack, checkedInOn: d('2026-11-10') }))).toBeUndefined();
  });

  it('counts from a check-in sent after a holding reply', () => {
    const w = followUpWindow(
      rec('2026-11-02', { heardBack: { kind: 'update', on: d('2026-11-12') }, checkedInOn: d('2026-11-25') }),
    );
    expect(w.checkIn).toBe('2026-11-25');
    expect(w.secondCheckIn).toBe('2026-12-02');
  });

  it('keeps the sent day as the step, even before the interview was recorded', () => {
    const w = followUpWindow(rec('2026-11-02', { checkedInOn: d('2026-11-12') }));
    expect(checkInDays(w, d('2026-11-30'), d('2026-11-12'))).toEqual({
      checkIn: '2026-11-12',
      secondCheckIn: '2026-11-30',
    });
  });

  it('keeps a week or so between the check-in sent and the last, then the close', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 0, max: 60 }),
        fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
        (date, sentOffset, promiseOffset) => {
          const checkedInOn = isoDateAddDays(date, sentOffset);
          const decisionBy = promiseOffset === undefined ? undefined : isoDateAddDays(date, promiseOffset);
          const base: InterviewRecord = { stage: 'final', date, ...(decisionBy ? { decisionBy } : {}) };
          const before = followUpWindow(base);
          const w = followUpWindow({ ...base, checkedInOn });
          expect(w.checkIn).toBe(checkedInOn);
          expect(w.expectedBy).toBe(before.expectedBy);
          expect(businessDaysBetween(checkedInOn, w.secondCheckIn)).toBeGreaterThanOrEqual(5);
          expect(w.secondCheckIn >= before.checkIn).toBe(true);
          expect(businessDaysBetween(w.secondCheckIn, w.closeAfter)).toBe(5);
        },
      ),
    );
  });
});

describe('thankYouDue', () => {
  it.each([
    [undefined, '2026-11-20'],
    ['09:30', '2026-11-20'],
    ['16:59', '2026-11-20'],
    ['17:00', '2026-11-21'],
    ['19:45', '2026-11-21'],
    ['late', '2026-11-20'],
  ])('time %s gives due %s', (time, due) => {
    expect(thankYouDue(rec('2026-11-20', time === undefined ? {} : { time }))).toBe(due);
  });
});
