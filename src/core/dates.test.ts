import { describe, expect, it } from 'vitest';
import {
  isoDateAddBusinessDays,
  isoDateAddDays,
  isoDateDiffDays,
  isoDateFrom,
  isoDateWeekday,
  type IsoDate,
} from './dates.js';

describe('dates', () => {
  it('rejects impossible dates', () => expect(isoDateFrom('2026-02-30')).toBeUndefined());
  it('accepts real dates', () => expect(isoDateFrom('2024-02-29')).toBe('2024-02-29'));
  it('counts days across a month end', () => {
    expect(isoDateDiffDays(isoDateFrom('2026-01-30')!, isoDateFrom('2026-02-02')!)).toBe(3);
  });
  it('skips weekends for business days', () => {
    // Friday + 1 business day = Monday
    expect(isoDateAddBusinessDays(isoDateFrom('2026-11-27')!, 1)).toBe('2026-11-30');
  });
});

describe('date arithmetic agrees with the platform calendar', () => {
  it('round-trips and counts like Date for 3,000 consecutive days', () => {
    const start = isoDateFrom('1999-12-25')!;
    for (let i = 0; i < 3000; i++) {
      const d = isoDateAddDays(start, i);
      const platform = new Date(Date.UTC(1999, 11, 25 + i));
      expect(d).toBe(platform.toISOString().slice(0, 10));
      expect(isoDateWeekday(d)).toBe(platform.getUTCDay());
      expect(isoDateDiffDays(start, d)).toBe(i);
    }
  });
});

describe('isoDateFrom', () => {
  it.each([
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2025-02-29',
    '1900-02-29',
    '2026-1-01',
    '26-01-01',
    'x',
  ])('rejects %s', (s) => expect(isoDateFrom(s)).toBeUndefined());
  it.each(['2000-02-29', '2026-12-31', '2026-01-01'])('accepts %s', (s) => expect(isoDateFrom(s)).toBe(s));
});

// The definitions the faster forms replaced: a date is real when it survives the round trip through
// the day count, and business days are added one calendar day at a time.
const roundTrips = (s: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && isoDateAddDays(s as IsoDate, 0) === s;
function addBusinessDaysByDay(date: IsoDate, businessDays: number): IsoDate {
  let day = date;
  let left = businessDays;
  const step = left >= 0 ? 1 : -1;
  while (left !== 0) {
    day = isoDateAddDays(day, step);
    const wd = isoDateWeekday(day);
    if (wd !== 0 && wd !== 6) left -= step;
  }
  return day;
}

describe('the faster forms agree with the definitions', () => {
  it('isoDateFrom accepts exactly the dates that round-trip, for every month and day 00-99', () => {
    for (const year of ['0000', '0001', '0400', '1900', '1999', '2000', '2023', '2024', '2100', '9999']) {
      for (let m = 0; m < 100; m++) {
        for (let d = 0; d < 100; d++) {
          const s = `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(isoDateFrom(s) !== undefined, s).toBe(roundTrips(s));
        }
      }
    }
  });

  it('isoDateAddBusinessDays matches the day-by-day walk', () => {
    const start = isoDateFrom('2023-12-20')!;
    for (let i = 0; i < 800; i++) {
      const date = isoDateAddDays(start, i);
      for (const n of [-11, -5, -1, 0, 1, 2, 5, 6, 10, 23]) {
        expect(isoDateAddBusinessDays(date, n), `${date} + ${n}`).toBe(addBusinessDaysByDay(date, n));
      }
    }
  });
});
