/**
 * Days of the month and months named ("on the 3rd ... it's the 24th", "in March ... now it's
 * May", "since mid-October ... it's nearly Christmas"): the interview's day, today's and the
 * promised one, and the gap between them.
 */
import { compiledNativeAnyWidth, execAll } from '../exec-all.js';

/** A day of the month: digits (OCR slips such as "1O", "2l" read as digits) or an ordinal word. */
const ORD_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};
const DAY_NUM =
  '(\\d[\\dlIoO]?|[lI]\\d|(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)';
/** The day must be marked as one: "the 3rd", "3rd", "the twentieth"; never a bare "2" ("it's 2 weeks"). */
const DAY = `(?:the\\s+${DAY_NUM}(?:st|nd|rd|th)?|${DAY_NUM}(?:st|nd|rd|th))\\b(?!\\s+(?:floor|round|stage|interview|time|attempt|go|try|call|week))`;
/** A weekday as written: "Fri", "Fri.", "Weds", "Thursday,". */
export const WEEKDAY =
  '(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\\.?,?';
// a weekday may stand before the day: "on Monday the 3rd", "today's Wednesday the 12th", "Interview Thurs 6th", "Panel Tues 9th"
export const DAY_OF_MONTH = new RegExp(
  `\\b(?:on|was on|was|since|week of|interview(?:ed)?(?: on|\\s*[:=-])|(?:interview(?:ed)?|panel)(?=\\s+${WEEKDAY}\\s+(?:the\\s+)?\\d))\\s+(?:${WEEKDAY}\\s+)?${DAY}`,
  'i',
);
/**
 * The interview's day told in apposition or an aside: "the interview on my birthday, the 4th", "my interview was the
 * day after my exam, the 9th", "the interview (Tuesday, the 3rd)", "the panel on pay day, the 28th". The day ends its
 * phrase, so "on holiday, the 3rd to the 10th" is not one.
 */
export const APPOSED_DAY = new RegExp(
  `\\b(?:interview(?:ed)?|panel)\\b(?:\\s+(?:was|on|took place|happened|itself))?(?:\\s+(?:on|was)\\s+(?!(?:the\\s+)?(?:phone|zoom|teams|video|site|call)\\b)[^.!?\\n,;:()]{2,30}?,|\\s*\\(\\s*(?:(?:on\\s+)?[^.!?\\n,;:()]{2,25},\\s*)?)\\s*${DAY}(?=\\s*[.,;:)!?]|\\s*$|\\s+(?:and|when|but|so)\\b)`,
  'i',
);
export const TODAY_OF_MONTH = new RegExp(
  `\\b(?:it'?s|it is|today(?:'s| is)?|now)(?:\\s*[,:=-]\\s*|\\s+)(?:is\\s+)?(?:now\\s+|already\\s+|only\\s+)?(?:${WEEKDAY}\\s+)?${DAY}`,
  'i',
);
// "by the 14th", "by Friday 14th", "by Weds 14th", "they said the 1st"
export const BY_DAY_OF_MONTH = new RegExp(
  `\\b(?:by|before|until|till|said|promised)\\s+(?:${WEEKDAY}\\s+)?${DAY}`,
  'i',
);
/**
 * Diary lines headed by their day: "Mon 14th - interview at the depot", "Fri 1st: still nothing".
 * The first line that tells the interview is its day, the last line today.
 */
export const DIARY_DAY = new RegExp(`^[ \\t*•-]*(?:${WEEKDAY}\\s+)?${DAY}\\s*[:\\-–—]`, 'gim');
/** Today's day told as in the month after: "it's now the 12th of the next one". */
export const OF_NEXT_MONTH = /^\s+of\s+(?:the\s+)?(?:next|following)\b/i;
export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Months are read with their capital ("May" the month, not "may" the verb); in lower case only those no verb spells. */
const MONTHS_LOWER = 'january|february|april|june|july|august|september|october|november|december';
const MONTH_THEN = new RegExp(
  `\\b(?:[Ii]n|[Oo]n|[Ss]ince|[Bb]ack in|[Ww]as(?: (?:in )?the (?:first|second|third|fourth|last) week of)?|[Ee]arly|[Ll]ate|[Mm]id|[Ee]nd of|[Ss]tart of|[Bb]eginning of)[ -](${MONTHS}|${MONTHS_LOWER})\\b`,
);
const MONTH_NOW = new RegExp(
  `\\b(?:[Ii]t'?s|[Ii]ts|[Ii]t is|[Nn]ow) (?:now |already |nearly |almost |early |late |mid-?)?(?:(?:the )?(?:end|start|beginning|(?:first|second|third|fourth|last) week) of )?(${MONTHS}|${MONTHS_LOWER})\\b|(?:^|[.!?]\\s+)(?:In|By) (?:early |late |mid-?)?(${MONTHS})\\b|\\b(?:[Ii]t'?s|[Ii]t is|[Nn]ow) (?:now |nearly |almost )?(Christmas)\\b`,
  'g',
);

export function dayOfMonth(raw: string): number {
  const w = raw.toLowerCase().replace(/^the\s+/, '');
  const tens = /^(twenty|thirty)[- ](\w+)$/.exec(w);
  if (tens) return (tens[1] === 'twenty' ? 20 : 30) + (ORD_WORDS[tens[2]!] ?? NaN);
  if (ORD_WORDS[w] !== undefined) return ORD_WORDS[w];
  return Number(w.replace(/[li]/g, '1').replace(/o/g, '0'));
}

export function monthsBetween(text: string): number | undefined {
  const then = MONTH_THEN.exec(text);
  if (!then) return undefined;
  const order = MONTHS.toLowerCase().split('|');
  let best: number | undefined;
  // "since" reads the same told before today's month or after it ("it's December; waiting since October")
  const since =
    /^since/i.test(then[0]) || /\bsince\s+$/i.test(text.slice(Math.max(0, then.index - 6), then.index));
  for (const m of execAll(MONTH_NOW, text)) {
    if (m.index <= then.index && !since) continue;
    const d =
      (order.indexOf((m[1] ?? m[2] ?? 'december').toLowerCase()) -
        order.indexOf(then[1]!.toLowerCase()) +
        12) %
      12;
    if (d > 0 && d < 12) best = Math.max(best ?? 0, d * 30);
  }
  return best;
}

export function dayDiff(later: number, earlier: number): number | undefined {
  if (!Number.isFinite(later) || !Number.isFinite(earlier) || later > 31 || earlier > 31) return undefined;
  const d = later - earlier;
  return d < 0 ? d + 30 : d;
}

// Compiled to optimized code now, before the cue regexes use up V8's budget (see wait-patterns.ts).
for (const re of [
  DAY_OF_MONTH,
  APPOSED_DAY,
  TODAY_OF_MONTH,
  BY_DAY_OF_MONTH,
  DIARY_DAY,
  OF_NEXT_MONTH,
  MONTH_THEN,
  MONTH_NOW,
])
  compiledNativeAnyWidth(re);
