import { describe, expect, it } from 'vitest';
import { promisedDatesFrom } from './promised.js';

// interview on Wednesday 25 November 2026
const quotes = (text: string, day = '2026-11-25'): Array<[string, string]> =>
  promisedDatesFrom(text, day).map((p) => [p.evidence.quote, p.date]);

describe('a month, a quarter or the year named as the promise', () => {
  it.each([
    ['Decision mid-December.', '2026-11-25', [['mid-December', '2026-12-15']]],
    ["They'll let me know by the end of November.", '2026-11-25', [['the end of November', '2026-11-30']]],
    ["They'll decide early in November.", '2026-11-25', [['early in November', '2026-11-30']]],
    ["They'll decide before January.", '2026-11-25', [['before January', '2026-12-31']]],
    ["They'll let me know in May.", '2026-03-06', [['in May', '2026-05-31']]],
    ['Decision by end of the quarter.', '2026-11-25', [['end of the quarter', '2026-12-31']]],
    ['Decision in Q3 next year.', '2026-11-25', [['in Q3 next year', '2027-09-30']]],
    [
      'They hope to decide by the end of the first quarter.',
      '2026-11-25',
      [['the end of the first quarter', '2027-03-31']],
    ],
    ['Expect to hear by year end.', '2026-11-25', [['year end', '2026-12-31']]],
    ["They'll get back to me early next year.", '2026-11-25', [['early next year', '2027-01-10']]],
    // a day of the month is chrono's, not the month's end
    ["They'll decide by December 4th.", '2026-11-25', [['December 4th', '2026-12-04']]],
    // a month gone by, and "may" the word, are no promise
    ['I applied in September and they still have not decided.', '2026-11-25', []],
    ['They may decide by the end of the week.', '2026-11-25', [['the end of the week', '2026-11-27']]],
  ] as Array<[string, string, Array<[string, string]>]>)('%j on %s', (text, day, expected) => {
    expect(quotes(text, day)).toEqual(expected);
  });
});
