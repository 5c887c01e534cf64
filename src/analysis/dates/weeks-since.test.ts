import { describe, expect, it } from 'vitest';
import { daysSinceTold, weekdayWeeksAgo } from './weeks-since.js';
import { isoDateFrom, type IsoDate } from '../../core/dates.js';

const d = (s: string): IsoDate => isoDateFrom(s)!;

describe('daysSinceTold reads the span told since the interview', () => {
  it.each([
    ['She said end of next week. That was three weeks ago and nothing.', 21],
    ["It's been 10 days, still waiting.", 10],
    ['The interview was about two weeks ago.', 14],
    ['It has now been a couple of weeks.', 14],
    ["it's been nearly 12 days lol", 12],
    ['That was a week ago. That was ten days ago, actually.', 10],
  ])('%s', (text, days) => {
    expect(daysSinceTold(text)).toBe(days);
  });

  it.each([
    'I applied two months ago and had the interview on Tuesday.',
    "It's been a week since I emailed them.",
    "It's been two weeks since we spoke about the start date.",
    'I worked there three years ago as a temp.',
    'Went fine, fingers crossed.',
  ])('no span of the wait: %s', (text) => {
    expect(daysSinceTold(text)).toBeUndefined();
  });
});

describe('weekdayWeeksAgo moves a bare weekday back by the weeks told', () => {
  // 2026-11-26 is a Thursday; the latest Tuesday is the 24th
  const TODAY = d('2026-11-26');
  const TUESDAY = d('2026-11-24');
  it.each([
    ['That was three weeks ago.', '2026-11-03'],
    ["It's been 10 days.", '2026-11-17'],
    ["It's been two days.", '2026-11-24'],
    ['It has been a week.', '2026-11-17'],
    ['Nothing said about when.', '2026-11-24'],
  ])('%s', (text, date) => {
    expect(weekdayWeeksAgo(text, TUESDAY, TODAY)).toBe(date);
  });
});
