/**
 * Elapsed time and promised windows, in days since the interview, read from the
 * writer's own words ("it's been 9 days", "they said two weeks", "on the 3rd ... it's
 * the 24th"). Feeds no-follow-up: silence only counts once the window has passed.
 */
import { compiledNativeAnyWidth, execAll } from '../exec-all.js';

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
const N =
  '(\\d+|(?:twenty|thirty)[- ](?:one|two|three|four|five|six|seven|eight|nine)|a couple of|couple of|a couple|a few|few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)';
const U = '(days?|weeks?|wks?|fortnights?|months?|mos?|hours?|hrs?)';
/** "13 working days", "five business days": counted as days, as the promise of them is. */
const WORKING = '(?:\\s+(?:working|business))?';
/** "3 weeks 2 days", "two weeks and four days": the days after the weeks, added by `days`. */
const AND_DAYS = '(?:\\s+(?:and\\s+|[+&]\\s*)?\\w+\\s+days?)?';
const HALF = '(\\s+and\\s+a\\s+half)?';

/** "three and a half weeks": the half may come before the unit or after it. */
const HALF_BEFORE = '(\\s+and\\s+a\\s+half)?';
/** Words in front of a count that say time has gone by since ("it's been", "that was", "took"). */
const LEAD =
  "it'?s been|it has been|it'?s|its|it is|been|that was|that's|now|over|almost|nearly|about|waited|waiting|wait|pass|passed|gone|after|for|took|taken|already|since|(?:in|over|from) (?:the )?(?:last|past)";
const LEAD_MOD =
  '(?:almost |nearly |about |over |like |more than |well over |already |now |been |a good |a solid )*';
const TRAIL =
  'ago|since|later|on|now|already|and (?:nothing|no|still|not|zero|nada|counting)|of|without|with no|past|gone|passed|after (?:the|my|our|that|their|her|his)|(?:has|have|had) (?:now |already |since )?(?:passed|gone by|gone|elapsed|flown by|flown|slipped by|dragged by)|(?:went|go|goes|slipped|dragged|crawled|rolled|ticked) by|dragged on';
/** "two more weeks went by", "another three weeks": a further stretch of the wait, counted the same. */
const MORE = '(?:\\s+(?:more|further|long|whole|full))?';
const ELAPSED = new RegExp(
  `\\b(${LEAD})\\s+${LEAD_MOD}${N}${HALF_BEFORE}${MORE}${WORKING}\\s+${U}${HALF}${AND_DAYS}\\b|\\b${N}${HALF_BEFORE}${MORE}${WORKING}\\s+${U}${HALF}${AND_DAYS}\\s+(${TRAIL})\\b`,
  'gi',
);
/** "Weeks went by", "months had passed": a span gone by with no number, read as two of its unit. */
const SPAN_GONE =
  /\b(weeks|months)(?:\s+and\s+(?:weeks|months))?\s+(?:(?:went|go|slipped|dragged|crawled|rolled|ticked)\s+(?:by|on)|(?:(?:had|have|has)\s+(?:now\s+)?)?(?:passed|gone by)|pass)\b/i;
/**
 * The candidate's own job search or job loss ("laid off two months ago", "unemployed for a year"):
 * a count there is not time since the interview.
 */
const OWN_SEARCH =
  /\b(?:laid off|let go|made redundant|redundan\w*|unemploy\w*|out of work|jobless|between jobs|fired|sacked|job ?hunt\w*|job ?search\w*|looking for (?:a |another |new )?(?:job|work|role|position)|found (?:a |another )?(?:job|work|employment)|quit|resigned|left my (?:last |old |previous )?job|(?:been )?applying (?:for|to) (?:\w+ ){0,3}(?:jobs|roles|positions|posts|places)|applied (?:for|to) (?:\w+ )?(?:dozens|hundreds|loads|lots))\b/i;
/** Leads and trails that may be about something else ("after six months you could", "whether it held up six months later"). */
const WEAK_LEAD =
  /^(?:over|almost|nearly|about|after|for|it'?s|its|it is|(?:in|over|from) (?:the )?(?:last|past))$/i;
const WEAK_TRAIL = /^(?:of|on)$/i;
/** A weak lead made strong by what follows: "it is 5 weeks since", "for two weeks now". */
const SINCE_AFTER =
  /^\s+(?:since|ago|now|already|gone|passed|later|and (?:nothing|no|still|not|counting))\b/i;
/** "Thirty days of a quiet phone", "four weeks of silence": a span of waiting, not of work. */
const SILENT_SPAN =
  /^\s+(?:a |an |the )?(?:silence|nothing|waiting|no |radio|quiet|crickets|ghost|zero|not hearing|hearing nothing)/i;
const PROMISE = new RegExp(
  `\\b(?:(?:(?<!\\b(?:nothing|anything|silence|heard)\\s)in|within|by)\\s+(?:the next\\s+|a\\s+)?|over the next\\s+|(?:said|say|says|told (?:me|us)|promised|quoted|expect|expected)\\s+['‘"“]?(?:it'?d be\\s+|it would be\\s+|about\\s+|around\\s+|up to\\s+)?)(?:\\d+\\s*(?:-|–|to|or)\\s*)?${N}\\s+(?:working\\s+|business\\s+)?${U}\\b(?!\\s+(?:early|earlier|late|ahead|before|ago|sooner))|(?<!\\b(?:been|for|over|past|than|almost|nearly|about|already)\\s+(?:(?:a|the|over|almost|nearly|about|like|well|good)\\s+)*)\\b(next week|within the week|this week|end of (?:the |this )?week|by the weekend|by monday|next few days|a few days|couple of days|fortnight|mid-month|end of (?:the |this )?month)\\b(?!\\s+(?:since|ago|later|on|of|now|passed|gone|without|with no|(?:has|have|had)\\s+(?:now\\s+|already\\s+)?(?:passed|gone|elapsed|flown)))|\\b(by|on|before|come|hear|call|ring|decide|back|know|email|text|until|till)\\s+(?:the\\s+)?(?:(?:end|close) of\\s+(?:business\\s+|play\\s+)?)?(?:this\\s+|that\\s+|the\\s+|on\\s+|by\\s+|next\\s+(?=mon|tue|wed|thu|fri))?(mon|tue|wed|thu|fri|week)|\\b(?:said|promised)\\s+(?:on\\s+|by\\s+)?(?:mon|tue|wed|thu|fri)`,
  'gi',
);
/** A window named after its number: "two weeks max", "the 'one week' the recruiter promised". */
const PROMISE_AFTER = new RegExp(
  `\\b${N}\\s+(?:working\\s+|business\\s+)?${U}['’]?\\s+(?:max|tops|at (?:the )?most|(?:the|that|what|which) (?:\\w+ ){0,2}(?:promised|said|quoted|gave|mentioned))\\b`,
  'gi',
);
/** A count past the date they gave: "three weeks past the 'end of the month' she promised", "a week after they said". */
const PAST_PROMISE = new RegExp(
  `\\b${N}${HALF_BEFORE}\\s+${U}\\s+(?:(?:past|beyond)(?:\\s+(?:the|their|her|his|when|what|that)\\b)?(?!\\s+(?:interview|call|meeting|visit|chat|first|second|final|last|application))|overdue|after (?:they|she|he|the \\w+) (?:said|promised|told))`,
  'gi',
);
const BARE_COUNT = new RegExp(
  `^[\\s"'”’]*(?:(?:almost|nearly|over|about|like|more than) )?${N}${HALF_BEFORE}${WORKING}\\s+${U}${HALF}${AND_DAYS}(?:\\s+(?:now|today|in|already|on|tomorrow))?\\s*$`,
  'i',
);
/** Words every PAST_PROMISE / PROMISE_AFTER match holds: stretches without them are skipped. */
const PAST_WORDS = /past|beyond|overdue|after/i;
const PROMISE_AFTER_WORDS = /max|tops|most|promised|said|quoted|gave|mentioned/i;
/** The date they gave has gone by, said without a count ("a week has passed" is a count: time since, not past the date). */
const DATE_PASSED =
  /\b(?:came and went|come and gone|been and gone|another (?:mon|tues|wednes|thurs|fri)day (?:has |had )?(?:pass(?:ed)?|gone|went by|come and gone)|(?<!\b(?:a|an|one|two|three|four|\d+)\s+)(?:deadline|date|window|friday|monday|week|fortnight) (?:has |had )?(?:passed|gone by|long gone|been and gone))\b|\boverdue\b/i;
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
const MONTH_TURN_GAP = 15;
const DAY_OF_MONTH = new RegExp(
  `\\b(?:on|was on|was|since|week of|interview(?:ed)?(?: on|\\s*[:=-]))\\s+${DAY}`,
  'i',
);
const TODAY_OF_MONTH = new RegExp(
  `\\b(?:it'?s|it is|today(?:'s| is)?|now)(?:\\s*[,:=-]\\s*|\\s+)(?:is\\s+)?(?:now\\s+|already\\s+|only\\s+)?${DAY}`,
  'i',
);
/** A weekday as written: "Fri", "Fri.", "Weds", "Thursday,". */
const WEEKDAY = '(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\\.?,?';
// "by the 14th", "by Friday 14th", "by Weds 14th"
const BY_DAY_OF_MONTH = new RegExp(`\\b(?:by|before|until|till)\\s+(?:${WEEKDAY}\\s+)?${DAY}`, 'i');
/** "day 19 since", "Eighteen days. That's how long", "on the 3rd of last month": counts said other ways. */
const DAY_COUNT =
  /(?<!\b(?:until|till|by|before|on)\s)\bday (\d{1,3})\b(?! (?:of(?! (?:the wait|waiting|silence|nothing|radio|no\b|not hearing|the ['"“‘]))|shift|rate|one|job|trial))|\b(\d{1,3}|\w+(?:[- ]\w+)?) days?\.\s+that'?s how long\b|(?<!\b(?:until|till|by|before|on)\s)\bday (eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|thirty)\b(?! (?:of (?!(?:the wait|waiting|silence|nothing|no\b))|shift|rate|job|trial))|\b(\d{1,2})(?:st|nd|rd|th) day (?:after|since)\b/gi;
/** "third week of nothing", "week three since": the count of the week they are in. */
const WEEK_COUNT =
  /\b(?:(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\s+week|week\s+(two|three|four|five|six|\d))\s+(?:of (?:nothing|waiting|silence|no\b|radio|not hearing|hearing nothing)|since|without|with no|and (?:nothing|no\b|still|not)|now)/gi;
/** A count with its unit left off, the unit of the window they gave: "It's been five.", "it has now been three". */
const ELLIPTIC = new RegExp(
  `\\b(?:it'?s|it has|has)\\s+(?:now\\s+)?been\\s+(?:almost\\s+|nearly\\s+|over\\s+)?${N}(?:\\s+(?:now|already))?\\s*(?:[.!;,]|$)`,
  'i',
);
const WEEK_ORD: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };
/** "in last month", "interviewed there last month", "last month's interview": the interview was weeks back. */
const LAST_MONTH =
  /\b(?:of|since|in) last month\b|\b(?:interview\w*|applied)\b[^.!?\n]{0,50}\blast month\b|\blast month'?s (?:interview|call|chat|meeting|screen)\b/i;
const FOLLOWING =
  /\b(the following (mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri)(?:day)? after(?=\s*[:\-–—])|the week after|a week later|week and a half|of the following week|week(?:end)? before last|the following month|(?:it'?s|it is|now|since|that was|last) (?:now )?(?:mon|tues|wednes|thurs|fri|satur|sun)day week)\b/i;
/** "Wed after next: nothing": a note dated the week after the coming one, well over a week on. */
const AFTER_NEXT = /\b(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri)(?:day)? after next\b/i;
const AFTER_NEXT_DAYS = 12;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Months are read with their capital ("May" the month, not "may" the verb); in lower case only those no verb spells. */
const MONTHS_LOWER = 'january|february|april|june|july|august|september|october|november|december';
const MONTH_THEN = new RegExp(
  `\\b(?:[Ii]n|[Oo]n|[Ss]ince|[Bb]ack in|[Ww]as(?: (?:in )?the (?:first|second|third|fourth|last) week of)?|[Ee]arly|[Ll]ate|[Mm]id|[Ee]nd of|[Ss]tart of|[Bb]eginning of)[ -](${MONTHS}|${MONTHS_LOWER})\\b`,
);
const MONTH_NOW = new RegExp(
  `\\b(?:[Ii]t'?s|[Ii]ts|[Ii]t is|[Nn]ow) (?:now |already |nearly |almost |early |late |mid-?)?(?:(?:the )?(?:end|start|beginning|(?:first|second|third|fourth|last) week) of )?(${MONTHS}|${MONTHS_LOWER})\\b|(?:^|[.!?]\\s+)(?:In|By) (?:early |late |mid-?)?(${MONTHS})\\b`,
  'g',
);

/**
 * Calendar dates written out: "3/4", "04.03", "28 May", "Tues 28 May", "May 28th". A date in a
 * sentence about the interview is the interview's; a date heading the text, after a weekday at
 * the start of a diary line, or after "today / it's / now" is the writer's today.
 */
const MONTH_ABBR = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const CAL_DATE = new RegExp(
  `\\b(\\d{1,2})/(\\d{1,2})(?:/\\d{2,4})?\\b(?![/.]\\d)|(?<!\\b(?:at|from|until|till|by|around|about|before|after|to)\\s)\\b(\\d{2})\\.(\\d{2})(?:\\.(?:\\d{4}|\\d{2}))?\\b(?!\\.\\d|\\s*(?:am|pm|h\\b|hrs|-|–))|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTHS}|${MONTH_ABBR})\\b|\\b(${MONTHS}|${MONTH_ABBR})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:years?|days?|weeks?|months?|people|staff|[:%]))`,
  'g',
);
const TODAY_BEFORE = new RegExp(
  `(?:\\b(?:today(?:'s| is)?|it'?s(?: now)?|it is(?: now)?|now|as of|date)\\W*|(?:^|\\n)\\s*|\\b${WEEKDAY}\\s+)$`,
  'i',
);
/** A date followed by the answer arriving on it. */
const REPLY_AFTER =
  /^\S+(?:\s+\S+){0,2}?,?\s+(?:i |we )?(?:finally |eventually )?(?:got|received|had|heard)\s+(?:back\b|(?:a |an |the |my |their )?(?:\w+ )?(?:rejection|reply|response|answer|call|email|e-mail|letter|offer|news|word)\b)/i;
const NOT_TODAY_BEFORE = /\b(?:by|before|until|till|on|next|from|start(?:ing|s)?|in)\W*(?:\w+\W+)?$/i;

interface CalDate {
  at: number;
  /** (month, day) readings that are valid: a numeric date may be month/day or day/month. */
  readings: [number, number][];
  /** Written as digits: its two numbers as they stand ("3/4" gives [3, 4]). */
  numeric: boolean;
  raw: [number, number];
}

function calDates(text: string): CalDate[] {
  const out: CalDate[] = [];
  const order = MONTHS.toLowerCase().split('|');
  const monthOf = (w: string) =>
    order.findIndex((m) => m.slice(0, 3).toLowerCase() === w.slice(0, 3).toLowerCase()) + 1;
  const ok = (m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= 31;
  for (const m of execAll(CAL_DATE, text)) {
    const numeric = Boolean(m[1] || m[3]);
    const raw: [number, number] = numeric ? [Number(m[1] ?? m[3]), Number(m[2] ?? m[4])] : [0, 0];
    // "3/4" may be read either way; "04.03" is day.month
    const all: [number, number][] = m[3]
      ? [[raw[1], raw[0]]]
      : numeric
        ? [raw, [raw[1], raw[0]]]
        : m[5]
          ? [[monthOf(m[6]!), Number(m[5])]]
          : [[monthOf(m[7]!), Number(m[8])]];
    const readings = all.filter(([mo, d]) => ok(mo, d));
    if (readings.length) out.push({ at: m.index, readings, numeric, raw });
    // a diary holds a handful of dates; a table of them is not a diary
    if (out.length >= 64) break;
  }
  for (const m of execAll(ROUGH_DATE, text)) {
    if (out.length >= 64) break;
    const day = ROUGH_DAY[(m[1] ?? m[2])!.toLowerCase()];
    if (day !== undefined)
      out.push({ at: m.index, readings: [[monthOf(m[3]!), day]], numeric: false, raw: [0, 0] });
  }
  return out;
}

/** A date told roughly: "the first week of December", "early February", "mid-March". */
const ROUGH_DATE = new RegExp(
  `\\b(?:(first|second|third|fourth|last|1st|2nd|3rd|4th) week (?:of|in)|(early|mid|late|beginning of|middle of|end of|start of)[- ]?)\\s*(${MONTHS})\\b`,
  'g',
);
/** The day of the month a rough date stands for. */
const ROUGH_DAY: Record<string, number> = {
  first: 4,
  '1st': 4,
  second: 11,
  '2nd': 11,
  third: 18,
  '3rd': 18,
  fourth: 25,
  '4th': 25,
  last: 26,
  early: 5,
  'beginning of': 3,
  'start of': 3,
  mid: 15,
  'middle of': 15,
  late: 25,
  'end of': 28,
};

const SENTENCE_END = /[.!?\n]\s/g;
const MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const dayOfYear = (month: number, day: number) => MONTH_START[month - 1]! + day;

/** A date that is the day they gave: "by 8 April", "before the 29 January". */
const BY_BEFORE = /\b(?:by|before|until|till)\s+(?:the\s+)?$/i;
/** A date told as the one just spoken of ("That was on 2 May"): the interview's or the promise's. */
const THAT_WAS = /\b(?:that was|which was|this was)\s+(?:on\s+)?$/i;
/** "I am writing this on 27 October": the writer's today. */
const WRITING_ON = /\b(?:writing|write|posting) this (?:on\s+)?$/i;

interface Calendar {
  /** Days from the interview's date to the writer's today. */
  since?: number;
  /** Days from the date they gave to the writer's today. */
  pastPromise?: number;
  /** Days of the month: the interview's, today's and the promised date's, with where each is told. */
  interviewDay?: { at: number; day: number };
  todayDay?: { at: number; day: number };
  byDay?: { at: number; day: number };
}

/** Days between two (month, day) readings, the later one read as later in the year. */
function yearDiff(a: CalDate, b: CalDate): number | undefined {
  let diff: number | undefined;
  for (const [m1, d1] of a.readings)
    for (const [m2, d2] of b.readings) {
      // two numeric dates are read the same way round (both month/day or both day/month)
      if (a.numeric && b.numeric) {
        const ra = a.raw[0] === m1 && a.raw[1] === d1 ? 0 : 1;
        const rb = b.raw[0] === m2 && b.raw[1] === d2 ? 0 : 1;
        if (ra !== rb) continue;
      }
      const x = (dayOfYear(m2, d2) - dayOfYear(m1, d1) + 365) % 365;
      if (x > 0 && x <= 180 && (diff === undefined || x < diff)) diff = x;
    }
  return diff;
}

/** The interview's date, the date they gave and the writer's today, when the text dates them. */
function calendar(text: string): Calendar {
  const out: Calendar = {};
  if (!/\d/.test(text)) return out;
  const dates = calDates(text);
  // one date still marks its day of the month ("interview on 12 June ... it's now the 29th")
  if (dates.length === 0) return out;
  const sentenceOf = (at: number) => {
    const near = text.slice(Math.max(0, at - 300), at);
    const from =
      at - near.length + Math.max(near.lastIndexOf('.'), near.lastIndexOf('\n'), near.lastIndexOf('!'));
    SENTENCE_END.lastIndex = at;
    const to = Math.min(SENTENCE_END.exec(text)?.index ?? text.length, at + 300);
    return text.slice(from + 1, to);
  };
  const beforeOf = (d: CalDate) => text.slice(Math.max(0, d.at - 24), d.at);
  const by = dates.filter((d) => BY_BEFORE.test(beforeOf(d)));
  const interview = dates.filter(
    (d) => !by.includes(d) && (/\binterview/i.test(sentenceOf(d.at)) || THAT_WAS.test(beforeOf(d))),
  );
  const today = dates.filter((d) => {
    const before = beforeOf(d);
    if (d.at < 4) return true;
    if (WRITING_ON.test(before)) return true;
    // "on April 10th I got a form rejection": the day word came is as far as the wait went
    if (REPLY_AFTER.test(text.slice(d.at, d.at + 60))) return true;
    return TODAY_BEFORE.test(before) && !NOT_TODAY_BEFORE.test(before);
  });
  const dayMark = (d: CalDate | undefined) =>
    d === undefined || d.readings.length !== 1 ? undefined : { at: d.at, day: d.readings[0]![1] };
  out.interviewDay = dayMark(interview[0]);
  out.todayDay = dayMark(today[today.length - 1]);
  out.byDay = dayMark(by[0]);
  for (const i of interview) {
    for (const t of today) {
      if (t === i) continue;
      const diff = yearDiff(i, t);
      if (diff !== undefined) out.since = Math.max(out.since ?? 0, diff);
    }
  }
  // "told I would hear by 29 January. As of today, 10 February": past the date they gave
  for (const b of by)
    for (const t of today) {
      if (t.at <= b.at) continue;
      const diff = yearDiff(b, t);
      if (diff !== undefined && diff <= 120) out.pastPromise = Math.max(out.pastPromise ?? 0, diff);
    }
  return out;
}

function dayOfMonth(raw: string): number {
  const w = raw.toLowerCase().replace(/^the\s+/, '');
  const tens = /^(twenty|thirty)[- ](\w+)$/.exec(w);
  if (tens) return (tens[1] === 'twenty' ? 20 : 30) + (ORD_WORDS[tens[2]!] ?? NaN);
  if (ORD_WORDS[w] !== undefined) return ORD_WORDS[w];
  return Number(w.replace(/[li]/g, '1').replace(/o/g, '0'));
}

function monthsBetween(text: string): number | undefined {
  const then = MONTH_THEN.exec(text);
  if (!then) return undefined;
  const order = MONTHS.toLowerCase().split('|');
  let best: number | undefined;
  for (const m of execAll(MONTH_NOW, text)) {
    if (m.index <= then.index) continue;
    const d =
      (order.indexOf((m[1] ?? m[2])!.toLowerCase()) - order.indexOf(then[1]!.toLowerCase()) + 12) % 12;
    if (d > 0 && d < 12) best = Math.max(best ?? 0, d * 30);
  }
  return best;
}

/** "9", "nine", "twenty-one", "a" → the number; NaN when it is none. */
export function numberFromWord(word: string): number {
  const w = word.toLowerCase();
  const tens = /^(twenty|thirty)[- ](\w+)$/.exec(w);
  if (tens) return NUM[tens[1]!]! + (ONES.has(tens[2]!) ? (NUM[tens[2]!] as number) : 0);
  return NUM[w] ?? Number(w);
}

function days(n: string, unit: string, half: string | undefined, extra?: string): number {
  const u = UNIT_DAYS[unit.toLowerCase()[0]!] ?? 1;
  const d = (numberFromWord(n) + (half ? 0.5 : 0)) * u;
  // hours count only as a day or more ("within 48 hours"); "in an hour" is the same day
  if (u < 1 && d < 1) return NaN;
  // "3 weeks 2 days": the days after the weeks
  const more = extra === undefined ? NaN : numberFromWord(extra);
  return u > 1 && Number.isFinite(more) ? d + more : d;
}
/** The days in a count's "3 weeks 2 days" or "two weeks and four days". */
const EXTRA_DAYS = /\b(?:weeks?|wks?|months?|mos?|fortnights?)\s+(?:and\s+|[+&]\s*)?(\w+)\s+days?\b/i;
const extraDays = (count: string): string | undefined => EXTRA_DAYS.exec(count)?.[1];

/** Window words without a number, in days: "next week" is up to the end of the following week. */
const PHRASE_DAYS: Record<string, number> = {
  'next week': 10,
  'within the week': 7,
  'this week': 5,
  'end of the week': 5,
  'end of this week': 5,
  'end of week': 5,
  'by the weekend': 5,
  'by monday': 5,
  'next few days': 4,
  'a few days': 4,
  'couple of days': 3,
  fortnight: 14,
  'mid-month': 14,
  'end of the month': 21,
  'end of this month': 21,
  'end of month': 21,
};

/** A weekday they named with no "by" ("they said Friday"), as a window in days. */
const SAID_WEEKDAY_DAYS = 9;
/** "By next Wednesday": at most the Wednesday of the week after this one. */
const NEXT_WEEKDAY_DAYS = 13;

export interface TimeReading {
  /** The longest time since the interview the text gives, in days. */
  elapsedDays?: number;
  /** The same, counting only readings that can only mean time since ("ago", "it's been", dates). */
  sinceDays?: number;
  /** The longest window they gave for word, in days. */
  promisedDays?: number;
  /** Days past the window they gave, when the text says so outright ("three weeks past the date", "today's the 22nd" after "by the 20th"). */
  pastPromiseDays?: number;
  /** Days past the weekday they gave, by the weekday the writer says it is now ("by Wednesday ... it's Thursday"). */
  weekdayPastDays?: number;
}

/**
 * Every match of ELAPSED or PROMISE (first alternative) holds a unit word after a space;
 * PROMISE's other alternatives hold a unit word or a weekday after a space; DAY_COUNT holds
 * "day". Text without them is never scanned.
 */
const UNIT_AT = /\s(?:days?|weeks?|wks?|fortnights?|months?|mos?|hours?|hrs?)\b/gi;
const PROMISE_AT =
  /(?:weeks?|days?|fortnights?|months?|mos?|wks?|hours?|hrs?)\b|\s(?:mon|tue|wed|thu|fri|week)/gi;
const DAY_AT = /\bdays?\b/gi;

// none of the time patterns can consume these, so no match spans one; DAY_COUNT alone takes "."
// (a double quote is no stop: PROMISE reads `said "two weeks"`)
const STOPS = new Uint8Array(128);
for (const c of ',;:!?()[]{}') STOPS[c.charCodeAt(0)] = 1;
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
export const WEEK_COUNT_SCAN: TimeScan = { re: WEEK_COUNT, trigger: /\bweek\b/gi, dotStops: true };
export const PROMISE_AFTER_SCAN: TimeScan = { re: PROMISE_AFTER, trigger: UNIT_AT, dotStops: true };
export const PAST_PROMISE_SCAN: TimeScan = { re: PAST_PROMISE, trigger: UNIT_AT, dotStops: true };

/** The matches `text.matchAll(scan.re)` gives, found in the stretches that can hold them. */
export function* scanMatches(text: string, scan: TimeScan): Generator<RegExpExecArray> {
  for (const part of stretches(text, scan.trigger, scan.dotStops)) yield* execAll(scan.re, part);
}

function dayDiff(later: number, earlier: number): number | undefined {
  if (!Number.isFinite(later) || !Number.isFinite(earlier) || later > 31 || earlier > 31) return undefined;
  const d = later - earlier;
  return d < 0 ? d + 30 : d;
}

/**
 * "said I'd hear by Wednesday ... it's Thursday now", "they said Friday; it's the following
 * Thursday": a weekday given, then today's weekday.
 */
const WD = '(mon|tue|wed|thu|fri|sat|sun)(?:day|s|nesday|sday|rsday|urday|\\.)?';
const BY_WEEKDAY = new RegExp(
  `\\b(?:by|before|until|till|come|hear\\w*(?: back)?|call\\w*(?: me)?|ring\\w*(?: me)?|back to me|decide|decision|said|promised|told (?:me|us))\\s+(?:on\\s+|by\\s+)?(?:this\\s+|the\\s+|last\\s+)?(?:(?:end|close) of\\s+(?:business\\s+|play\\s+)?)?${WD}\\b`,
  'i',
);
const NOW_WEEKDAY = new RegExp(
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
 * ended nine days ago", "the deadline passed a fortnight ago". Read only where a window was given.
 */
const GIVEN_DAY_AGO = new RegExp(
  `\\b(?:that|the) (?:(?:mon|tues|wednes|thurs|fri)day|deadline|date|month|week|fortnight|window)\\s+(?:was|ended|passed|came and went|went by|ran out|expired)\\s+(?:about\\s+|over\\s+|almost\\s+|nearly\\s+)?${N}\\s+${U}\\s+ago\\b`,
  'i',
);
/** A same-day or next-day promise: "said he'd ring me tomorrow", "told us we'd hear later today". */
const NEXT_DAY_PROMISE =
  /\b(?:said|says|told (?:me|us|them|him|her)|promised)\b[^.!?\n]{0,40}?\b(?:tomorrow|later today|tonight|that (?:evening|afternoon)|by the end of (?:the )?day|by end of day)\b/i;
/** Time gone by, told after a promise: "That was Monday", "it's been", "a week ago", "today's Tuesday". */
const TOLD_SINCE =
  /\b(?:that was|it'?s been|it has been|since then|ago|now it'?s|it'?s now|today'?s|today is|days? later|weeks? later)\b/i;
/** "That was last Thursday, and today's Tuesday": the day a promise (or the interview) was made, then today's weekday. */
const THAT_WAS_WEEKDAY = new RegExp(`\\bthat was (?:on\\s+)?(?:last\\s+)?${WD}\\b`, 'i');

/** "That was two Fridays ago": the day they named, counted in weeks. */
const WEEKDAYS_AGO = /\b(two|three|four|five|2|3|4|5) (?:mon|tues|wednes|thurs|fri|satur|sun)days ago\b/i;
const WD_INDEX: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

/** Days from the weekday `from` on to the weekday `to` ("fri" to "mon" is 3), 0 for the same day. */
const weekdaysOn = (from: string, to: string): number =>
  (WD_INDEX[to.toLowerCase()]! - WD_INDEX[from.toLowerCase()]! + 7) % 7;

function weekdayPast(text: string): number | undefined {
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

/**
 * A span of the job or of what is to come, not of the wait: "they will give me accommodation for
 * three months", "training is in Toronto for six weeks", "a contract for six months".
 */
const TERM_SPAN =
  /\b(?:will|'ll|would|going to|gonna|contract|probation\w*|training|accommodation|induction|placement|rotations?|maternity|fixed[- ]term|temporary|internship|course|programme|program|notice)\b/i;
const WAIT_WORDS = /\b(?:wait\w*|heard|hear|nothing|silence|since|chas\w*|no (?:word|news|reply|answer))\b/i;

export function timeFrom(text: string): TimeReading {
  const out: TimeReading = {};
  let best = -1;
  let since = -1;
  // the three unit-word scans share their stretches; the rarer two run only where their words are
  const unitParts = stretches(text, UNIT_AT, true);
  for (const part of unitParts) {
    const ownSearch = OWN_SEARCH.test(part);
    const termSpan = TERM_SPAN.test(part) && !WAIT_WORDS.test(part);
    for (const m of execAll(ELAPSED, part)) {
      if (ownSearch) break;
      const lead = m[1];
      if (termSpan && lead?.toLowerCase() === 'for') continue;
      const more = extraDays(m[0]);
      const n = lead ? days(m[2]!, m[4]!, m[3] ?? m[5], more) : days(m[6]!, m[8]!, m[7] ?? m[9], more);
      if (!Number.isFinite(n)) continue;
      best = Math.max(best, n);
      // "later" counts as time since only where it opens the stretch ("Ten days later, nothing")
      const trail = m[10];
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const weak = lead
        ? WEAK_LEAD.test(lead) &&
          !(/^it/i.test(lead) && /\b(?:now|been|already)\b/i.test(m[0])) &&
          !SINCE_AFTER.test(after)
        : (WEAK_TRAIL.test(trail!) && !SILENT_SPAN.test(after)) ||
          (/^later$/i.test(trail!) &&
            !/^[^\w]*(?:(?:and|then|but|so|upd|update|edit)\b[^\w]*)?$/i.test(m.input.slice(0, m.index)));
      if (!weak) since = Math.max(since, n);
    }
    // a count standing alone as its own sentence: "12 days. Inbox is empty."
    const bare = BARE_COUNT.exec(part);
    // one in brackets describes something ("shift pattern (6 days, rotating)"), it is no count of the wait
    if (bare && !/\(\s*$/.test(text.slice(Math.max(0, text.indexOf(part) - 3), text.indexOf(part)))) {
      const n = days(bare[1]!, bare[3]!, bare[2] ?? bare[4], extraDays(bare[0]));
      if (Number.isFinite(n)) since = Math.max(since, n);
    }
    if (PAST_WORDS.test(part)) {
      for (const m of execAll(PAST_PROMISE, part)) {
        const n = days(m[1]!, m[3]!, m[2]);
        if (Number.isFinite(n)) out.pastPromiseDays = Math.max(out.pastPromiseDays ?? 0, n);
      }
    }
  }
  if (DATE_PASSED.test(text)) out.pastPromiseDays = Math.max(out.pastPromiseDays ?? 0, 1);
  const cal = calendar(text);
  const mark = (m: RegExpExecArray | null) =>
    m ? { at: m.index, day: dayOfMonth((m[1] ?? m[2])!) } : undefined;
  const interviewDay = mark(DAY_OF_MONTH.exec(text));
  const todayDay = mark(TODAY_OF_MONTH.exec(text));
  // "Video interview 4th November ... Today's the 22nd": a dated day and a bare one read together
  const ivDay = interviewDay ?? cal.interviewDay;
  const tdDay = todayDay ?? cal.todayDay;
  if (ivDay && tdDay && tdDay.at > ivDay.at) {
    const d = dayDiff(tdDay.day, ivDay.day);
    if (d !== undefined) since = Math.max(since, d);
  }
  if (FOLLOWING.test(text)) since = Math.max(since, 9);
  if (AFTER_NEXT.test(text)) since = Math.max(since, AFTER_NEXT_DAYS);
  const ago = WEEKDAYS_AGO.exec(text);
  if (ago) since = Math.max(since, (numberFromWord(ago[1]!) - 1) * 7 + 1);
  const gone = SPAN_GONE.exec(text);
  if (gone) since = Math.max(since, /^w/i.test(gone[1]!) ? 14 : 60);
  if (LAST_MONTH.test(text)) since = Math.max(since, 21);
  if (cal.since !== undefined) since = Math.max(since, cal.since);
  if (cal.pastPromise !== undefined)
    out.pastPromiseDays = Math.max(out.pastPromiseDays ?? 0, cal.pastPromise);
  const months = monthsBetween(text);
  if (months !== undefined) since = Math.max(since, months);
  for (const m of scanMatches(text, DAY_COUNT_SCAN)) {
    const n = numberFromWord(m[1] ?? m[2] ?? m[3] ?? m[4]!);
    if (Number.isFinite(n)) since = Math.max(since, n);
  }
  for (const m of scanMatches(text, WEEK_COUNT_SCAN)) {
    const w = (m[1] ?? m[2]!).toLowerCase();
    const n = WEEK_ORD[w] ?? numberFromWord(/^\d/.test(w) ? w.replace(/\D+$/, '') : w);
    if (Number.isFinite(n) && n > 1) since = Math.max(since, (n - 1) * 7 + 1);
  }
  best = Math.max(best, since);
  if (best >= 0) out.elapsedDays = best;
  if (since >= 0) out.sinceDays = since;

  let promise: number | undefined;
  // the unit of the longest window given, for a count that leaves its unit off ("It's been five.")
  let unit: string | undefined;
  for (const m of scanMatches(text, PROMISE_SCAN)) {
    const early = /\bearly\s+$/i.test(m.input.slice(Math.max(0, m.index - 6), m.index));
    const n = m[1]
      ? days(m[1], m[2]!, undefined)
      : m[3]
        ? // "early next week" is over by its Tuesday
          early && /^next week$/i.test(m[3])
          ? 8
          : (PHRASE_DAYS[m[3].toLowerCase()] ?? 7)
        : m[4]
          ? // "by next Wednesday" may be the week after the coming one
            /\bnext\s/i.test(m[0])
            ? NEXT_WEEKDAY_DAYS
            : 7
          : // "they said Friday": the day they named may be in the week after the interview
            SAID_WEEKDAY_DAYS;
    if (Number.isFinite(n) && n > (promise ?? -1)) {
      promise = n;
      unit = m[1] ? m[2] : undefined;
    }
  }
  for (const part of unitParts) {
    if (!PROMISE_AFTER_WORDS.test(part)) continue;
    for (const m of execAll(PROMISE_AFTER, part)) {
      const n = days(m[1]!, m[2]!, undefined);
      if (Number.isFinite(n) && n > (promise ?? -1)) {
        promise = n;
        unit = m[2];
      }
    }
  }
  const byDay = mark(BY_DAY_OF_MONTH.exec(text)) ?? cal.byDay;
  if (byDay && ivDay && byDay.at > ivDay.at) {
    const d = dayDiff(byDay.day, ivDay.day);
    if (d !== undefined) promise = Math.max(promise ?? 0, d);
  }
  if (byDay && tdDay && tdDay.at > byDay.at) {
    // past the date within the month told ("by the 20th ... today is the 14th" is still inside it),
    // or into the next when the promise was late in one month and today is early in the next
    // ("by the 28th ... today the 3rd")
    let d = tdDay.day - byDay.day;
    if (d < 0 && -d >= MONTH_TURN_GAP) d += 30;
    if (d > 0 && d < 25) out.pastPromiseDays = Math.max(out.pastPromiseDays ?? 0, d);
  }
  // "promised end of the month, it's the 6th": a day early in the month after a month-end window
  if (todayDay && todayDay.day <= 10) {
    const end = /\bend of (?:the |this )?month\b/i.exec(text);
    if (end && end.index < todayDay.at && !interviewDay)
      out.pastPromiseDays = Math.max(out.pastPromiseDays ?? 0, todayDay.day);
  }
  if (promise !== undefined) out.promisedDays = promise;
  // "they said two weeks. It's been five.": the count in the unit of the window they gave
  if (unit !== undefined) {
    const e = ELLIPTIC.exec(text);
    const n = e ? days(e[1]!, unit, undefined) : NaN;
    if (Number.isFinite(n) && n > (promise ?? 0)) {
      out.sinceDays = Math.max(out.sinceDays ?? 0, n);
      out.elapsedDays = Math.max(out.elapsedDays ?? 0, n);
    }
  }
  if (/\b(?:mon|tue|wed|thu|fri|sat|sun)/i.test(text)) {
    const wd = weekdayPast(text);
    if (wd !== undefined) out.weekdayPastDays = wd;
    // "said he'd ring tomorrow. That was last Thursday, and today's Tuesday": days from the one told of to today
    const was = THAT_WAS_WEEKDAY.exec(text);
    const now = was ? NOW_WEEKDAY.exec(text.slice(was.index + was[0].length)) : null;
    if (was && now && !now[1]) {
      const d = weekdaysOn(was[1]!, now[2]!);
      const n = d === 0 ? 7 : d;
      out.sinceDays = Math.max(out.sinceDays ?? 0, n);
      out.elapsedDays = Math.max(out.elapsedDays ?? 0, n);
    }
  }
  // a promise for the same day or the next is the shortest window (any longer one they gave wins),
  // read only when the time gone by is told after it ("a week ago" before it is an earlier round)
  if (out.promisedDays === undefined) {
    const soon = NEXT_DAY_PROMISE.exec(text);
    if (soon && TOLD_SINCE.test(text.slice(soon.index + soon[0].length))) out.promisedDays = 1;
  }
  if (out.promisedDays !== undefined && /\bago\b/i.test(text)) {
    const g = GIVEN_DAY_AGO.exec(text);
    const n = g ? days(g[1]!, g[2]!, undefined) : NaN;
    if (Number.isFinite(n)) out.pastPromiseDays = Math.max(out.pastPromiseDays ?? 0, n);
  }
  return out;
}

// These read whole texts, so they are compiled to optimized code now, before the cue regexes
// use up V8's budget for it: compiled after them, one ran over a megabyte ten times slower.
for (const re of [
  ELAPSED,
  SPAN_GONE,
  OWN_SEARCH,
  PROMISE,
  PROMISE_AFTER,
  PAST_PROMISE,
  BARE_COUNT,
  PAST_WORDS,
  PROMISE_AFTER_WORDS,
  DATE_PASSED,
  DAY_OF_MONTH,
  TODAY_OF_MONTH,
  BY_DAY_OF_MONTH,
  DAY_COUNT,
  WEEK_COUNT,
  LAST_MONTH,
  FOLLOWING,
  AFTER_NEXT,
  MONTH_THEN,
  MONTH_NOW,
  CAL_DATE,
  ROUGH_DATE,
  SENTENCE_END,
  UNIT_AT,
  PROMISE_AT,
  DAY_AT,
  WEEK_COUNT_SCAN.trigger,
  BY_WEEKDAY,
  NOW_WEEKDAY,
  NOW_WEEKDAY_AFTER,
  WEEKDAYS_AGO,
  ELLIPTIC,
  GIVEN_DAY_AGO,
  NEXT_DAY_PROMISE,
  TOLD_SINCE,
  THAT_WAS_WEEKDAY,
])
  compiledNativeAnyWidth(re);
