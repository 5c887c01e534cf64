import { describe, expect, it } from 'vitest';
import { bankHolidaysOf } from './holidays.js';
import { promisedDatesFrom } from './promised.js';

describe("England and Wales's bank holidays", () => {
  it('2026: Easter in April, Boxing Day on a Saturday moved to Monday', () => {
    expect([...bankHolidaysOf(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ]);
  });
  it('2027: Christmas and Boxing Day at the weekend, both moved', () => {
    const days = bankHolidaysOf(2027);
    expect(['2027-03-26', '2027-03-29', '2027-12-27', '2027-12-28'].every((d) => days.has(d))).toBe(true);
  });
});

describe('a promise tied to a named holiday', () => {
  const quotes = (text: string, day: string): Array<[string, string]> =>
    promisedDatesFrom(text, day).map((p) => [p.evidence.quote, p.date]);
  it.each([
    ["We'll be in touch after the bank holiday.", '2026-08-26', 'after the bank holiday', '2026-09-01'],
    [
      "They'll let me know after the bank holiday weekend.",
      '2026-05-20',
      'after the bank holiday weekend',
      '2026-05-26',
    ],
    ['They hope to let me know before Christmas.', '2026-11-25', 'before Christmas', '2026-12-24'],
    ["They'll decide after Christmas.", '2026-11-25', 'after Christmas', '2026-12-29'],
    ["They'll decide after the Christmas break.", '2027-12-01', 'after the Christmas break', '2027-12-29'],
    ["They'll let me know after Easter.", '2026-03-25', 'after Easter', '2026-04-07'],
    ["They'll get back to me by Easter.", '2026-03-18', 'by Easter', '2026-04-02'],
  ])('%j on %s', (text, day, quote, date) => {
    expect(quotes(text, day)).toEqual([[quote, date]]);
  });
  it('working days skip weekends only when no holiday is named', () => {
    // 2026-12-30 is a Wednesday; New Year's Day (a Friday) counts as a working day here
    expect(quotes("We'll be in touch within 3 working days.", '2026-12-30')).toEqual([
      ['within 3 working days', '2027-01-04'],
    ]);
  });
});
