import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../core/dates.js';
import { isUpcoming, relativeDays, upcomingWords } from './when-words.js';

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
