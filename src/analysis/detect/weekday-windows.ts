/**
 * Windows told by weekday ("by Wednesday ... it's Thursday now", "that was two Fridays ago",
 * "said he'd ring tomorrow"): how far past the day they gave the writer is.
 */
import { weekdayNumber } from '../dates/weeks-back.js';
import { compiledNativeAnyWidth } from '../exec-all.js';
import { N, U } from './time-counts.js';

/**
 * "said I'd hear by Wednesday ... it's Thursday now", "they said Friday; it's the following
 * Thursday": a weekday given, then today's weekday.
 */
const WD = '(mon|tue|wed|thu|fri|sat|sun)(?:day|s|nesday|sday|rsday|urday|\\.)?';
const BY_WEEKDAY = new RegExp(
  `\\b(?:by|before|until|till|come|hear\\w*(?: back)?|call\\w*(?: me)?|ring\\w*(?: me)?|back to me|decide|decision|said|promised|told (?:me|us))\\s+(?:on\\s+|by\\s+)?(?:this\\s+|the\\s+|last\\s+)?(?:(?:end|close) of\\s+(?:business\\s+|play\\s+)?)?${WD}\\b`,
  'i',
);
export const NOW_WEEKDAY = new RegExp(
  `\\b(?:it'?s|it is|today'?s|today is|now)\\s+(?:now\\s+|already\\s+|only\\s+)?(the\\s+following\\s+|the\\s+next\\s+)?${WD}\\b(?!\\s+week)`,
  'i',
);
/** "It's the Wednesday after", "Monday of the week after", "the second Tuesday after": a week on from the day they gave. */
const NOW_WEEKDAY_AFTER = new RegExp(
  `\\b(?:it'?s|it is|today'?s|today is|now)\\s+(?:now\\s+|already\\s+)?(?:the\\s+)?(second\\s+|next\\s+)?${WD}\\s+(?:after\\b|of\\s+the\\s+(?:following\\s+|next\\s+)?week\\b|the\\s+(?:following|next)\\s+week\\b|the\\s+week\\s+after\\b)`,
  'i',
);
/**
 * The day they gave, told as gone by some time ago: "that Tuesday was a week ago", "the month
 * ended nine days ago", "the deadline passed a fortnight ago", "mid-month was over a week ago", "Thursday was eight
 * days ago", "the 15th was a fortnight ago". Read only where a window was given.
 */
export const GIVEN_DAY_AGO = new RegExp(
  `\\b(?:(?:that|the) (?:(?:mon|tues|wednes|thurs|fri)day|deadline|date|month|week|fortnight|window|\\d{1,2}(?:st|nd|rd|th))|mid-?month|(?:the )?end of (?:the |that )?(?:week|month)|(?:mon|tues|wednes|thurs|fri)day)\\s+(?:was|ended|passed|came and went|went by|ran out|expired)\\s+(?:about\\s+|over\\s+|almost\\s+|nearly\\s+)?${N}\\s+${U}\\s+ago\\b`,
  'i',
);
/** A same-day or next-day promise: "said he'd ring me tomorrow", "told us we'd hear later today". */
export const NEXT_DAY_PROMISE =
  /\b(?:said|says|told (?:me|us|them|him|her)|promised)\b[^.!?\n]{0,40}?\b(?:tomorrow|later today|tonight|that (?:evening|afternoon)|by the end of (?:the )?day|by end of day)\b/i;
/** Time gone by, told after a promise: "That was Monday", "it's been", "a week ago", "today's Tuesday". */
export const TOLD_SINCE =
  /\b(?:that was|it'?s been|it has been|since then|ago|now it'?s|it'?s now|today'?s|today is|days? later|weeks? later)\b/i;
/** "That was last Thursday, and today's Tuesday": the day a promise (or the interview) was made, then today's weekday. */
export const THAT_WAS_WEEKDAY = new RegExp(`\\bthat was (?:on\\s+)?(?:last\\s+)?${WD}\\b`, 'i');

/** "That was two Fridays ago", "three weekends ago": the day they named, counted in weeks. */
export const WEEKDAYS_AGO =
  /\b(two|three|four|five|2|3|4|5) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:long )?weekend)s ago\b/i;
/** Days from the weekday `from` on to the weekday `to` ("fri" to "mon" is 3), 0 for the same day. */
export const weekdaysOn = (from: string, to: string): number =>
  (weekdayNumber(to)! - weekdayNumber(from)! + 7) % 7;

export function weekdayPast(text: string): number | undefined {
  const by = BY_WEEKDAY.exec(text);
  if (!by) return undefined;
  const rest = text.slice(by.index + by[0].length);
  const after = NOW_WEEKDAY_AFTER.exec(rest);
  if (after) {
    const d = weekdaysOn(by[1]!, after[2]!);
    return (d === 0 ? 7 : d) + (/^second/i.test(after[1] ?? '') ? 7 : 0);
  }
  const now = NOW_WEEKDAY.exec(rest);
  if (!now) return undefined;
  const d = weekdaysOn(by[1]!, now[2]!);
  // "it's the following Thursday": a week on from the week they named, so up to seven days past
  if (now[1]) return d === 0 ? 7 : d;
  return d >= 1 && d <= 4 ? d : undefined;
}

// Compiled to optimized code now, before the cue regexes use up V8's budget (see wait-patterns.ts).
for (const re of [
  BY_WEEKDAY,
  NOW_WEEKDAY,
  NOW_WEEKDAY_AFTER,
  WEEKDAYS_AGO,
  GIVEN_DAY_AGO,
  NEXT_DAY_PROMISE,
  TOLD_SINCE,
  THAT_WAS_WEEKDAY,
])
  compiledNativeAnyWidth(re);
