/**
 * Elapsed time and promised windows, in days since the interview, read from the
 * writer's own words ("it's been 9 days", "they said two weeks", "on the 3rd ... it's
 * the 24th"). Feeds no-follow-up: silence only counts once the window has passed.
 */
const NUM: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fourteen: 14, 'a couple of': 2, 'couple of': 2, 'a few': 3, few: 3, several: 4 };
const UNIT: Record<string, number> = { day: 1, week: 7, month: 30 };
const N = '(\\d+|a couple of|couple of|a few|few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen)';

const ELAPSED = new RegExp(`\\b(?:it'?s been|it has been|been|that was|that's|now|over|almost|nearly|about)\\s+(?:almost |nearly |about |over |like )?${N}\\s+(day|week|month)s?\\b|\\b${N}\\s+(day|week|month)s?\\s+(?:ago|since|later|on|now|and)\\b`, 'gi');
const PROMISE = new RegExp(`\\b(?:in|within|by|over|after)\\s+(?:the next\\s+)?${N}\\s+(?:working\\s+|business\\s+)?(day|week|month)s?\\b|\\b(next week)\\b|\\b(by|on|before)\\s+(?:the\\s+)?(?:end of\\s+)?(?:this\\s+|that\\s+|the\\s+)?(mon|tue|wed|thu|fri|week)`, 'gi');
const DAY_OF_MONTH = /\b(?:on|was on|interview(?:ed)? on)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b/i;
const TODAY_OF_MONTH = /\b(?:it'?s|it is|today is|today's)\s+(?:now\s+|already\s+|only\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)?\b/i;
const BY_DAY_OF_MONTH = /\bby\s+the\s+(\d{1,2})(?:st|nd|rd|th)?\b/i;
const FOLLOWING = /\b(the following (mon|tues|wednes|thurs|fri|satur|sun)day|the week after|a week later|week and a half)\b/i;

function count(word: string): number {
  const w = word.toLowerCase();
  return NUM[w] ?? Number(w);
}

export interface TimeReading {
  elapsedDays?: number;
  promisedDays?: number;
}

export function timeFrom(text: string): TimeReading {
  const out: TimeReading = {};
  let best = -1;
  for (const m of text.matchAll(ELAPSED)) {
    const n = m[1] ? count(m[1]) * UNIT[m[2]!.toLowerCase()]! : count(m[3]!) * UNIT[m[4]!.toLowerCase()]!;
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
  if (best >= 0) out.elapsedDays = best;

  let promise: number | undefined;
  for (const m of text.matchAll(PROMISE)) {
    const n = m[1] ? count(m[1]) * UNIT[m[2]!.toLowerCase()]! : m[3] ? 14 : 7;
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
