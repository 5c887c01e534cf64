import { describe, it, expect } from 'vitest';
import type { IsoDate } from '../core/dates.js';
import { dateFromWords } from './natural-date.js';

const WED = '2026-03-04' as IsoDate;
const _ = (text: string, direction: 'past' | 'future', want: string | undefined) => () =>
  expect(dateFromWords(text, WED, direction)).toBe(want);

describe('dateFromWords (reference Wed 2026-03-04)', () => {
  it('iso date', _('2026-03-13', 'future', '2026-03-13'));
  it('impossible iso date', _('2026-02-30', 'future', undefined));
  it('friday ahead', _('friday', 'future', '2026-03-06'));
  it('by Friday ahead', _('by Friday', 'future', '2026-03-06'));
  it('monday ahead is next week', _('monday', 'future', '2026-03-09'));
  it('in 2 weeks', _('in 2 weeks', 'future', '2026-03-18'));
  it('end of the month', _('end of the month', 'future', '2026-03-31'));
  // 2026-03-04 is a Wednesday
  it('end of next week is its Friday', _('end of next week', 'future', '2026-03-13'));
  it('next week is its Friday', _('next week', 'future', '2026-03-13'));
  it('early next month', _('early next month', 'future', '2026-04-10'));
  it('within 5 working days', _('within 5 working days', 'future', '2026-03-11'));
  it('friday behind is last week', _('friday', 'past', '2026-02-27'));
  it('monday behind', _('monday', 'past', '2026-03-02'));
  it('yesterday', _('yesterday', 'past', '2026-03-03'));
  it('today', _('today', 'past', '2026-03-04'));
  it('nonsense', _('sometime soon-ish', 'future', undefined));
  it('empty', _('  ', 'future', undefined));
});
