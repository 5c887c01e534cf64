import { describe, it, expect } from 'vitest';
import { corpusTexts } from './corpus-texts.case.js';
import { timeFrom } from './elapsed.js';
import {
  DAY_COUNT_SCAN,
  ELAPSED_SCAN,
  PAST_PROMISE_SCAN,
  PROMISE_AFTER_SCAN,
  PROMISE_SCAN,
  scanMatches,
  type TimeScan,
  WEEK_COUNT_SCAN,
} from './time-scans.js';

const EDGES = [
  "Interview on the 3rd. It's been 9 days, nothing. They said two weeks!",
  'waited (three weeks) and counting; they promised 5 working days, by the weekend.',
  'Day 19 since. Eighteen days. That\'s how long, "a fortnight" they said: mid-month, end of the month',
  'been a couple of weeks\nand nothing, back by Fri, hear on monday, over the next few days',
  'two weeks and a half ago,it has been twenty-one days,day 4 of the trial',
  "three and a half weeks past the deadline; two weeks max, the 'one week' the recruiter promised",
  'third week of nothing. week 3 since (week two and still) a week after they said',
];

const seen = (text: string, scan: TimeScan) => [...scanMatches(text, scan)].map((m) => [...m]);
const whole = (text: string, scan: TimeScan) => [...text.matchAll(scan.re)].map((m) => [...m]);

describe('time scans over stretches', () => {
  const texts = [...corpusTexts(), ...EDGES, EDGES.join(' ')];

  it.each([
    ['elapsed', ELAPSED_SCAN],
    ['promise', PROMISE_SCAN],
    ['day count', DAY_COUNT_SCAN],
    ['promise after its count', PROMISE_AFTER_SCAN],
    ['past the promise', PAST_PROMISE_SCAN],
    ['week count', WEEK_COUNT_SCAN],
  ] as const)('find what a whole-text scan finds: %s', (_, scan) => {
    let found = 0;
    for (const t of texts) {
      const expected = whole(t, scan);
      found += expected.length;
      expect(seen(t, scan)).toEqual(expected);
    }
    // the check means something only if the texts hold matches
    expect(found).toBeGreaterThan(1);
  });

  it('reads elapsed and promised days from the edge lines', () => {
    expect(timeFrom(EDGES[0]!)).toEqual({ elapsedDays: 9, sinceDays: 9, promisedDays: 14 });
    expect(timeFrom(EDGES[2]!).elapsedDays).toBe(19);
  });
});
