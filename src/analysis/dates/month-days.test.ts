import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../core/dates.js';
import { promisedDatesFrom } from './promised.js';
import { figuresDate } from './month-days.js';

// interview on Wednesday 25 November 2026
const REF = '2026-11-25' as IsoDate;
const quotes = (text: string, day: string = REF): Array<[string, string]> =>
  promisedDatesFrom(text, day).map((p) => [p.evidence.quote, p.date]);

describe('a day of the month named alone', () => {
  it.each([
    ["They'll decide by the 15th.", REF, [['the 15th', '2026-12-15']]],
    ["They'll decide by the 27th at the latest.", REF, [['the 27th', '2026-11-27']]],
    // said on the day itself, and a day the month lacks: the next month that has it
    ["They'll decide by the 25th.", REF, [['the 25th', '2026-12-25']]],
    ['They will let me know by the 31st.', REF, [['the 31st', '2026-12-31']]],
    ["They'll call on the 30th of next month.", '2026-01-28', [['the 30th of next month', '2026-02-28']]],
    // not a day: a round, a candidate
    ['They will let me know about the 2nd round soon.', REF, []],
    ['She said I was the 3rd candidate they would call.', REF, []],
  ] as Array<[string, string, Array<[string, string]>]>)('%j on %s', (text, day, expected) => {
    expect(quotes(text, day)).toEqual(expected);
  });
});

describe('figuresDate: day-first or month-first', () => {
  it.each([
    ['15/12', '2026-12-15'],
    ['12/15', '2026-12-15'],
    ['03/12', '2026-12-03'], // 12 March is too far off
    ['12/01', undefined], // 12 January and 1 December are both near
    ['01/12', undefined],
    ['11/11', undefined], // gone by, and next year's is too far off
    ['04/12/2026', '2026-12-04'], // 12 April 2026 has gone by
    ['Friday', null],
  ])('%s', (figures, want) => {
    expect(figuresDate(figures, REF)).toBe(want);
  });
});
