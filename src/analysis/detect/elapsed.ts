/**
 * Elapsed time and promised windows, in days since the interview, read from the
 * writer's own words ("it's been 9 days", "they said two weeks", "on the 3rd ... it's
 * the 24th"). Feeds no-follow-up: silence only counts once the window has passed.
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
const ONES: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
/** Day, week (wk, wks), fortnight, month (mo, mos): days per unit, by first letter. */
const UNIT_DAYS: Record<string, number> = { d: 1, w: 7, f: 14, m: 30 };
const N =
  '(\\d+|twenty[- ](?:one|two|three|four|five|six|seven|eight|nine)|a couple of|couple of|a couple|a few|few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)';
const U = '(days?|weeks?|wks?|fortnights?|months?|mos?)';
const HALF = '(\\s+and\\s+a\\s+half)?';

const ELAPSED = new RegExp(
  `\\b(?:it'?s been|it has been|been|that was|that's|now|over|almost|nearly|about|waited|waiting|wait|pass|passed|gone|after|for)\\s+(?:almost |nearly |about |over |like |more than |well over |already |now )?${N}\\s+${U}${HALF}\\b|\\b${N}\\s+${U}${HALF}(?:\\s+and\\s+\\w+\\s+days?)?\\s+(?:ago|since|later|on|now|and (?:nothing|no|still|not|zero|nada|counting)|of|without|with no|past|gone|passed)\\b`,
  'gi',
);
const PROMISE = new RegExp(
  `\\b(?:(?:in|within|by)\\s+(?:the next\\s+|a\\s+)?|over the next\\s+|(?:said|say|says|told (?:me|us)|promised|quoted|expect|expected)\\s+(?:it'?d be\\s+|it would be\\s+|about\\s+|around\\s+|up to\\s+)?)${N}\\s+(?:working\\s+|business\\s+)?${U}\\b|\\b(next week|within the week|this week|end of the week|by the weekend|by monday|next few days|a few days|couple of days|fortnight|mid-month|end of the month)\\b|\\b(by|on|before|come|hear|call|ring|decide|back|know|email|text|until|till)\\s+(?:the\\s+)?(?:end of\\s+)?(?:this\\s+|that\\s+|the\\s+|on\\s+|by\\s+)?(mon|tue|wed|thu|fri|week)`,
  'gi',
);
const DAY_OF_MONTH = /\b(?:on|was on|interview(?:ed)? on)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b/i;
const TODAY_OF_MONTH =
  /\b(?:it'?s|it is|today is|today's)\s+(?:now\s+|already\s+|only\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b/i;
const BY_DAY_OF_MONTH = /\bby\s+the\s+(\d{1,2})(?:st|nd|rd|th)?\b/i;
/** "day 19 since", "Eighteen days. That's how long", "on the 3rd of last month": counts said other ways. */
const DAY_COUNT =
  /\bday (\d{1,3})\b(?! (?:of|shift|rate|one|job|trial))|\b(\d{1,3}|\w+(?:[- ]\w+)?) days?\.\s+that'?s how long\b/gi;
const LAST_MONTH = /\b(?:of|since|in) last month\b/i;
const FOLLOWING =
  /\b(the following (mon|tues|wednes|thurs|fri|satur|sun)day|the week after|a week later|week and a half|of the following week|weekend before last|the following month)\b/i;

/** "9", "nine", "twenty-one", "a" → the number; NaN when it is none. */
export function numberFromWord(word: string): number {
  const w = word.toLowerCase();
  const tens = /^twenty[- ](\w+)$/.exec(w);
  if (tens) return 20 + (ONES[tens[1]!] ?? 0);
  return NUM[w] ?? Number(w);
}

function days(n: string, unit: string, half: string | undefined): number {
  const u = UNIT_DAYS[unit.toLowerCase()[0]!] ?? 1;
  return (numberFromWord(n) + (half ? 0.5 : 0)) * u;
}

/** Window words without a number, in days: "next week" is up to the end of the following week. */
const PHRASE_DAYS: Record<string, number> = {
  'next week': 10,
  'within the week': 7,
  'this week': 5,
  'end of the week': 5,
  'by the weekend': 5,
  'by monday': 5,
  'next few days': 4,
  'a few days': 4,
  'couple of days': 3,
  fortnight: 14,
  'mid-month': 14,
  'end of the month': 21,
};

export interface TimeReading {
  elapsedDays?: number;
  promisedDays?: number;
}

/**
 * Every match of ELAPSED or PROMISE (first alternative) holds a unit word after a space;
 * PROMISE's other alternatives hold a unit word or a weekday after a space; DAY_COUNT holds
 * "day". Text without them is never scanned.
 */
const UNIT_AT = /\s(?:days?|weeks?|wks?|fortnights?|months?|mos?)\b/gi;
const PROMISE_AT = /(?:weeks?|days?|fortnights?|months?|mos?|wks?)\b|\s(?:mon|tue|wed|thu|fri|week)/gi;
const DAY_AT = /\bdays?\b/gi;

// none of the time patterns can consume these, so no match spans one; DAY_COUNT alone takes "."
const STOPS = new Uint8Array(128);
for (const c of ',;:!?()[]{}"') STOPS[c.charCodeAt(0)] = 1;
const DOT = 46;

/**
 * The stretches between stops that hold a trigger, each once, in text order. A whole-text scan
 * finds exactly the matches found in these: a stop is never part of a match and is, like the
 * text's ends, a non-word character, so `\b` and look-aheads read the same at a stretch's edge.
 */
function stretches(text: string, trigger: RegExp, dotStops: boolean): string[] {
  const out: string[] = [];
  const stop = (i: number): boolean => {
    const c = text.charCodeAt(i);
    return c < 128 && (STOPS[c] === 1 || (dotStops && c === DOT));
  };
  trigger.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = trigger.exec(text))) {
    let from = m.index;
    while (from > 0 && !stop(from - 1)) from--;
    let end = m.index;
    while (end < text.length && !stop(end)) end++;
    out.push(text.slice(from, end));
    // any later trigger before `end` lies in this stretch
    trigger.lastIndex = end;
  }
  return out;
}

/** A whole-text pattern with what each of its matches must hold, and whether it can take a ".". */
export interface TimeScan {
  re: RegExp;
  trigger: RegExp;
  dotStops: boolean;
}
export const ELAPSED_SCAN: TimeScan = { re: ELAPSED, trigger: UNIT_AT, dotStops: true };
export const PROMISE_SCAN: TimeScan = { re: PROMISE, trigger: PROMISE_AT, dotStops: true };
export const DAY_COUNT_SCAN: TimeScan = { re: DAY_COUNT, trigger: DAY_AT, dotStops: false };

/** The matches `text.matchAll(scan.re)` gives, found in the stretches that can hold them. */
export function* scanMatches(text: string, scan: TimeScan): Generator<RegExpExecArray> {
  for (const part of stretches(text, scan.trigger, scan.dotStops)) yield* part.matchAll(scan.re);
}

export function timeFrom(text: string): TimeReading {
  const out: TimeReading = {};
  let best = -1;
  for (const m of scanMatches(text, ELAPSED_SCAN)) {
    const n = m[1] ? days(m[1], m[2]!, m[3]) : days(m[4]!, m[5]!, m[6]);
    if (Number.isFinite(n) && n > best) best = n;
  }
  const interviewDay = DAY_OF_MONTH.exec(text);
  const todayDay = TODAY_OF_MONTH.exec(text);
  if (interviewDay && todayDay) {
    let d = Number(todayDay[1]) - Number(interviewDay[1]);
    if (d < 0) d += 30;
    best = Math.max(best, d);
  }
  if (FOLLOWING.test(text)) best = Math.max(best, 9);
  if (LAST_MONTH.test(text)) best = Math.max(best, 21);
  for (const m of scanMatches(text, DAY_COUNT_SCAN)) {
    const n = numberFromWord(m[1] ?? m[2]!);
    if (Number.isFinite(n)) best = Math.max(best, n);
  }
  if (best >= 0) out.elapsedDays = best;

  let promise: number | undefined;
  for (const m of scanMatches(text, PROMISE_SCAN)) {
    const n = m[1] ? days(m[1], m[2]!, undefined) : m[3] ? (PHRASE_DAYS[m[3].toLowerCase()] ?? 7) : 7;
    if (Number.isFinite(n)) promise = Math.max(promise ?? 0, n);
  }
  const byDay = BY_DAY_OF_MONTH.exec(text);
  if (byDay && interviewDay) {
    let d = Number(byDay[1]) - Number(interviewDay[1]);
    if (d < 0) d += 30;
    promise = Math.max(promise ?? 0, d);
  }
  if (promise !== undefined) out.promisedDays = promise;
  return out;
}
