import { describe, expect, it } from 'vitest';
import {
  isoDateAddBusinessDays,
  isoDateAddDays,
  isoDateDiffDays,
  isoDateFrom,
  isoDateWeekday,
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
