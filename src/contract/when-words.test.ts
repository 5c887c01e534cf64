import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../core/dates.js';
import { isUpcoming, relativeDays, upcomingWords, waitEndedWords } from './when-words.js';

const TODAY = '2026-03-04' as IsoDate;

describe('relativeDays', () => {
  it.each([
    ['2026-03-04', 'today'],
    ['2026-03-05', 'tomorrow'],
    ['2026-03-03', 'yesterday'],
    ['2026-03-14', 'in 10 days'],
    ['2026-02-25', '7 days ago'],
    ['2026-05-03', 'in 60 days'],
    ['2026-06-04', 'in about 3 months'],
    ['2025-03-04', 'about 12 months ago'],
    ['2099-06-01', 'in about 73 years'],
  ])('%s', (date, words) => expect(relativeDays(date, TODAY)).toBe(words));
});

describe('an interview still to come', () => {
  it.each([
    ['2026-03-07', 'Coming up, in 3 days'],
    ['2026-03-05', 'Coming up, tomorrow'],
    ['2026-03-04', undefined],
    ['2026-03-01', undefined],
  ])('%s', (date, words) => expect(upcomingWords(date, TODAY)).toBe(words));
  it('is one dated after today', () => {
    expect(isUpcoming('2026-03-05', TODAY)).toBe(true);
    expect(isUpcoming('2026-03-04', TODAY)).toBe(false);
    expect(isUpcoming('not a date', TODAY)).toBe(false);
  });
  // records keep a time of day; a plain string comparison put today's 10:30 interview "after today"
  it('reads a time of day as that day', () => {
    expect(isUpcoming('2026-03-04T10:30', TODAY)).toBe(false);
    expect(isUpcoming('2026-03-05T09:00', TODAY)).toBe(true);
  });
});

describe('how the wait ended', () => {
  const window = { interview: '2026-11-03' as IsoDate, expectedBy: '2026-11-10' as IsoDate };
  const words = (outcome: 'rejected' | 'offer' | 'ghosted' | 'withdrew', on: string, given?: string) =>
    waitEndedWords({ outcome, on: on as IsoDate }, window, given, (d) => `<${d}>`);
  it.each([
    [
      'rejected',
      '2026-11-17',
      '2026-11-10',
      'They answered on <2026-11-17>, 7 days after the day they gave.',
    ],
    ['offer', '2026-11-10', '2026-11-10', 'They answered on <2026-11-10>, the day they gave.'],
    ['offer', '2026-11-09', '2026-11-10', 'They answered on <2026-11-09>, 1 day before the day they gave.'],
    [
      'ghosted',
      '2026-11-26',
      '2026-11-10',
      'You stopped waiting on <2026-11-26>, 16 days after the day they gave.',
    ],
    // no day given: the usual window is no promise, so the answer is told from the interview
    ['rejected', '2026-11-17', undefined, 'They answered on <2026-11-17>, 14 days after the interview.'],
    ['withdrew', '2026-11-03', undefined, 'You withdrew on <2026-11-03>, the day of the interview.'],
  ] as const)('%s on %s', (outcome, on, given, expected) => {
    expect(words(outcome, on, given)).toBe(expected);
  });
});
