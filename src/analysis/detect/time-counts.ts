/**
 * Counts of time as the writer words them ("9 days", "a couple of weeks", "twenty-one days",
 * "3 weeks 2 days"), read as days: the count and unit patterns the time readings share.
 */

const NUM: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  'a couple of': 2,
  'couple of': 2,
  'a couple': 2,
  'a few': 3,
  few: 3,
  several: 4,
};
/** The units after "twenty-"; their values are NUM's. */
const ONES = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);
/** Day, week (wk, wks), fortnight, month (mo, mos), hour (hr, hrs): days per unit, by first letter. */
const UNIT_DAYS: Record<string, number> = { d: 1, w: 7, f: 14, m: 30, h: 1 / 24 };
export const N =
  '(\\d+|(?:twenty|thirty)[- ](?:one|two|three|four|five|six|seven|eight|nine)|a couple of|couple of|a couple|a few|few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)';
export const U = '(days?|weeks?|wks?|fortnights?|months?|mos?|hours?|hrs?)';
/** "13 working days", "five business days": counted as days, as the promise of them is. */
export const WORKING = '(?:\\s+(?:working|business))?';
/** "3 weeks 2 days", "two weeks and four days": the days after the weeks, added by `days`. */
export const AND_DAYS = '(?:\\s+(?:and\\s+|[+&]\\s*)?\\w+\\s+days?)?';
export const HALF = '(\\s+and\\s+a\\s+half)?';

/** "three and a half weeks": the half may come before the unit or after it. */
export const HALF_BEFORE = '(\\s+and\\s+a\\s+half)?';
/** "9", "nine", "twenty-one", "a" → the number; NaN when it is none. */
export function numberFromWord(word: string): number {
  const w = word.toLowerCase();
  const tens = /^(twenty|thirty)[- ](\w+)$/.exec(w);
  if (tens) return NUM[tens[1]!]! + (ONES.has(tens[2]!) ? (NUM[tens[2]!] as number) : 0);
  return NUM[w] ?? Number(w);
}

/** The longest wait anyone words in hours ("a week, 168 hours"). */
const MAX_HOURS_DAYS = 7;
export function days(n: string, unit: string, half: string | undefined, extra?: string): number {
  const u = UNIT_DAYS[unit.toLowerCase()[0]!] ?? 1;
  const d = (numberFromWord(n) + (half ? 0.5 : 0)) * u;
  // hours count only as a day or more ("within 48 hours"); "in an hour" is the same day. A wait
  // is not told in hundreds of hours: "1,400 hours" or "200 volunteer hours" is experience
  if (u < 1 && (d < 1 || d > MAX_HOURS_DAYS)) return NaN;
  // "3 weeks 2 days": the days after the weeks
  const more = extra === undefined ? NaN : numberFromWord(extra);
  return u > 1 && Number.isFinite(more) ? d + more : d;
}
/** The days in a count's "3 weeks 2 days" or "two weeks and four days". */
const EXTRA_DAYS = /\b(?:weeks?|wks?|months?|mos?|fortnights?)\s+(?:and\s+|[+&]\s*)?(\w+)\s+days?\b/i;
export const extraDays = (count: string): string | undefined => EXTRA_DAYS.exec(count)?.[1];
