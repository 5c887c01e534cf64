import { describe, expect, it } from 'vitest';
import { isoDateFrom, type IsoDate } from '../../core/dates.js';
import { weeksBackDaysIn } from './weeks-back.js';

const d = (s: string): IsoDate => isoDateFrom(s)!;
// 2026-11-26 is a Thursday; its week began on Monday 23 November
const datesIn = (text: string, today = '2026-11-26') =>
  weeksBackDaysIn(text, d(today)).map((w) => [w.text, w.date]);

describe('weeksBackDaysIn', () => {
  it.each([
    ['Monday two weeks ago', '2026-11-09'],
    ['on Tuesday last week', '2026-11-17'],
    ['Wednesday of last week', '2026-11-18'],
    ['Sunday last week', '2026-11-22'],
    ['Monday the week before last', '2026-11-09'],
    ['Friday a week ago', '2026-11-20'],
    ['3 weeks ago on Friday', '2026-11-06'],
    ["last week's Thursday", '2026-11-19'],
    ['the Friday before last', '2026-11-13'],
    ['the Monday before last', '2026-11-16'],
  ])('%s', (text, date) => {
    expect(datesIn(text)).toEqual([[text, date]]);
  });

  it('counts "before last" from the last one before today, not today itself', () => {
    // on a Friday, "last Friday" is a week ago, so the one before it is two weeks ago
    expect(datesIn('the Friday before last', '2026-11-27')).toEqual([
      ['the Friday before last', '2026-11-13'],
    ]);
  });

  it('counts weeks from Monday, so a Sunday still belongs to this week', () => {
    expect(datesIn('Tuesday last week', '2026-11-29')).toEqual([['Tuesday last week', '2026-11-17']]);
  });

  it.each(['last Monday', 'Monday', 'two weeks ago', 'Monday, two weeks from now', 'the week before last'])(
    'leaves %s to other readings',
    (text) => {
      expect(datesIn(text)).toEqual([]);
    },
  );
});
