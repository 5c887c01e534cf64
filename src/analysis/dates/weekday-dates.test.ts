import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isoDateFrom, isoDateWeekday, type IsoDate } from '../../core/dates.js';
import { lastWeekdayDay, weekdayDaysIn } from './weekday-dates.js';

// 2026-11-26 is a Thursday
const TODAY = isoDateFrom('2026-11-26')!;

describe('weekdayDaysIn reads a weekday with its day of the month', () => {
  it.each([
    ['Interview Thurs 5th with the ops manager', '2026-11-05'],
    ['panel on Tuesday the 10th', '2026-11-10'],
    ['Interview Mon 26th', '2026-10-26'],
    ['interview weds 21st, went ok', '2026-10-21'],
    ['Had it on Thursday 26th', '2026-11-26'],
  ])('%s → %s', (text, date) => {
    expect(weekdayDaysIn(text, TODAY).map((d) => d.date)).toEqual([date]);
  });

  it.each([
    // chrono reads a month given with it
    'Interview Thursday 5th March',
    'Thursday the 5th of November',
    'interview weds 21st oct',
    // no Friday the 5th in this month or the two before: a slip, not a guess
    'Interview Fri 5th',
    // the 28th is still to come this month, and no Saturday the 28th in the two before
    'Interview Sat 28th',
  ])('%s reads no day', (text) => {
    expect(weekdayDaysIn(text, TODAY)).toEqual([]);
  });

  it('quotes the words at their offset', () => {
    const text = 'Interview Thurs 5th with the ops manager';
    const [d] = weekdayDaysIn(text, TODAY);
    expect(d && text.slice(d.index, d.index + d.text.length)).toBe('Thurs 5th');
  });
});

describe('lastWeekdayDay', () => {
  it('gives a day on that weekday and day of the month, never after today and at most three months back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 31 }),
        (offset, weekday, day) => {
          const today = isoDateFrom(
            new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10),
          )!;
          const d = lastWeekdayDay(today, weekday, day);
          if (d === undefined) return;
          expect(isoDateWeekday(d)).toBe(weekday);
          expect(Number(d.slice(8, 10))).toBe(day);
          expect(d <= today).toBe(true);
          const monthsBack =
            (Number(today.slice(0, 4)) - Number(d.slice(0, 4))) * 12 +
            Number(today.slice(5, 7)) -
            Number(d.slice(5, 7));
          expect(monthsBack).toBeLessThanOrEqual(2);
        },
      ),
    );
  });

  it('finds the pair when it meets in the window', () => {
    const today = '2026-11-26' as IsoDate;
    expect(lastWeekdayDay(today, 4, 5)).toBe('2026-11-05');
    expect(lastWeekdayDay(today, 1, 26)).toBe('2026-10-26');
  });
});
