/**
 * The patterns of a wait told in words: time gone by since the interview ("it's been 9 days",
 * "weeks went by"), the window they gave ("they said two weeks", "by the weekend") and a count
 * past it ("three weeks past the date"), with what makes a count weak or not the wait at all.
 */
import { compiledNativeAnyWidth } from '../exec-all.js';
import { AND_DAYS, HALF, HALF_BEFORE, N, U, WORKING } from './time-counts.js';

/**
 * Words in front of a count that say time has gone by since ("it's been", "that was", "took"); in
 * learner English "before" too ("I gave the interview before 3 weeks"), read in elapsed.ts.
 */
const LEAD =
  "before|it'?s been|it has been|it'?s|its|it is|been|that was|that's|now|over|almost|nearly|about|waited|waiting|wait|pass|passed|gone|after|for|took|taken|already|since|(?:in|over|from) (?:the )?(?:last|past)";
const LEAD_MOD =
  '(?:almost |nearly |about |over |like |more than |well over |already |now |been |a good |a solid )*';
/** Words after a count that say it is time since: "three weeks ago", "a fortnight back", "18 days post-interview". */
const TRAIL =
  'ago|back(?![- ]+(?:to|up|and forth)\\b)|since|later|on|now|already|and (?:nothing|no|still|not|zero|nada|counting)|of|without|with no|past|gone|passed|after (?:the|my|our|that|their|her|his|an|this)|(?:has|have|had) (?:now |already |since )?(?:passed|gone by|gone|elapsed|flown by|flown|slipped by|dragged by)|(?:went|go|goes|slipped|dragged|crawled|rolled|ticked) by|dragged on|post[- ]?(?:interview|panel)';
/** "two more weeks went by", "another three weeks": a further stretch of the wait, counted the same. */
const MORE = '(?:\\s+(?:more|further|long|whole|full))?';
export const ELAPSED = new RegExp(
  `\\b(${LEAD})\\s+${LEAD_MOD}${N}${HALF_BEFORE}${MORE}${WORKING}\\s+${U}${HALF}${AND_DAYS}\\b|\\b${N}${HALF_BEFORE}${MORE}${WORKING}\\s+${U}${HALF}${AND_DAYS}\\s+(${TRAIL})\\b`,
  'gi',
);
/** "Weeks went by", "months had passed": a span gone by with no number, read as two of its unit. */
export const SPAN_GONE =
  /\b(weeks|months)(?:\s+and\s+(?:weeks|months))?\s+(?:(?:went|go|slipped|dragged|crawled|rolled|ticked)\s+(?:by|on)|(?:(?:had|have|has)\s+(?:now\s+)?)?(?:passed|gone by)|pass)\b/i;
/**
 * The candidate's own job search or job loss ("laid off two months ago", "unemployed for a year"), or
 * the application ("it's been a month since I applied", "applied six weeks ago"): a count there is not
 * time since the interview.
 */
export const OWN_SEARCH =
  /\b(?:laid off|let go|made redundant|redundan\w*|unemploy\w*|out of work|jobless|between jobs|fired|sacked|job ?hunt\w*|job ?search\w*|looking for (?:a |another |new )?(?:job|work|role|position)|found (?:a |another )?(?:job|work|employment)|quit|resigned|left my (?:last |old |previous )?job|(?:been )?applying (?:for|to) (?:\w+ ){0,3}(?:jobs|roles|positions|posts|places)|applied (?:for|to) (?:\w+ )?(?:dozens|hundreds|loads|lots)|since (?:i|we) (?:first )?(?:applied|submitted|sent (?:in )?(?:my|the|our) (?:application|cv|resume))|since (?:my|the|our) application|applied(?:\s+(?!interv)\S+){1,4}\s+ago)\b/i;
/** Leads and trails that may be about something else ("after six months you could", "whether it held up six months later"). */
export const WEAK_LEAD =
  /^(?:before|over|almost|nearly|about|after|for|it'?s|its|it is|(?:in|over|from) (?:the )?(?:last|past))$/i;
export const WEAK_TRAIL = /^(?:of|on)$/i;
/** A weak lead made strong by what follows: "it is 5 weeks since", "for two weeks now". */
export const SINCE_AFTER =
  /^\s+(?:since|ago|now|already|gone|passed|later|and (?:nothing|no|still|not|counting))\b/i;
/**
 * "Before three weeks" is "three weeks ago" in learner English only told of the past: never after a
 * promise or a modal ("they will decide before two weeks"), nor before what ends the span ("before
 * two weeks are up", "before 3 weeks' notice").
 */
export const BEFORE_PROMISED =
  /\b(?:will|'ll|would|'d|said|say|says|told|promised|should|must|need|decid\w*|hear|know|within|if|until|till|wait)\b/i;
export const BEFORE_ENDS =
  /^(?:['’]s?|\s+(?:are|is|have|has|had|of|from|after|before|time|notice|is up|pass|passed|ends?))\b/i;
/**
 * "Thirty days of a quiet phone", "four weeks of silence", "week three of refreshing my inbox": a span
 * of waiting, not of work; "six weeks on from the panel": a span counted from the interview.
 */
export const SILENT_SPAN =
  /^\s+(?:(?:a |an |the )?(?:silence|nothing|waiting|no |radio|quiet|crickets|ghost|zero|not hearing|hearing nothing)|(?:refreshing|checking|staring at) (?:my|the)\b|from (?:the|my|our|that|this|an?|their)\b)/i;
export const PROMISE = new RegExp(
  `\\b(?:(?:(?<!\\b(?:nothing|anything|silence|heard)\\s)in|within|by)\\s+(?:the next\\s+|a\\s+)?|over the next\\s+|(?:said|say|says|told (?:me|us)|promised|quoted|expect|expected)\\s+['‘"“]?(?:it'?d be\\s+|it would be\\s+|about\\s+|around\\s+|up to\\s+)?)(?:\\d+\\s*(?:-|–|to|or)\\s*)?${N}\\s+(?:working\\s+|business\\s+)?${U}\\b(?!\\s+(?:early|earlier|late|ahead|before|ago|sooner))|(?<!\\b(?:been|for|over|past|than|almost|nearly|about|already)\\s+(?:(?:a|the|over|almost|nearly|about|like|well|good)\\s+)*)\\b(next week|within the week|this week|end of (?:the |this )?week|by the weekend|by monday|next few days|a few days|couple of days|fortnight|mid-month|end of (?:the |this )?month)\\b(?!\\s+(?:since|ago|back|later|on|of|now|passed|gone|without|with no|(?:has|have|had)\\s+(?:now\\s+|already\\s+)?(?:passed|gone|elapsed|flown)))|\\b(by|on|before|come|hear|call|ring|decide|back|know|email|text|until|till)\\s+(?:the\\s+)?(?:(?:end|close) of\\s+(?:business\\s+|play\\s+)?)?(?:this\\s+|that\\s+|the\\s+|on\\s+|by\\s+|next\\s+(?=mon|tue|wed|thu|fri))?(mon|tue|wed|thu|fri|week)|\\b(?:said|promised)\\s+(?:on\\s+|by\\s+)?(?:mon|tue|wed|thu|fri)`,
  'gi',
);
/** A window named after its number: "two weeks max", "the 'one week' the recruiter promised". */
export const PROMISE_AFTER = new RegExp(
  `\\b${N}\\s+(?:working\\s+|business\\s+)?${U}['’]?\\s+(?:max|tops|at (?:the )?most|(?:the|that|what|which) (?:\\w+ ){0,2}(?:promised|said|quoted|gave|mentioned))\\b`,
  'gi',
);
/** A count past the date they gave: "three weeks past the 'end of the month' she promised", "a week after they said". */
export const PAST_PROMISE = new RegExp(
  `\\b${N}${HALF_BEFORE}\\s+${U}\\s+(?:(?:past|beyond)(?:\\s+(?:the|their|her|his|when|what|that)\\b)?(?!\\s+(?:[\\w-]+\\s+){0,2}(?:interviews?|call|meeting|visit|chat|first|second|final|last|application))|overdue|after (?:they|she|he|the \\w+) (?:said|promised|told))`,
  'gi',
);
export const BARE_COUNT = new RegExp(
  `^[\\s"'”’]*(?:(?:almost|nearly|over|about|like|more than) )?${N}${HALF_BEFORE}${WORKING}\\s+${U}${HALF}${AND_DAYS}(?:\\s+(?:now|today|in|already|on|tomorrow))?\\s*$`,
  'i',
);
/** Words every PAST_PROMISE / PROMISE_AFTER match holds: stretches without them are skipped. */
export const PAST_WORDS = /past|beyond|overdue|after/i;
export const PROMISE_AFTER_WORDS = /max|tops|most|promised|said|quoted|gave|mentioned/i;
/**
 * The date they gave has gone by, said without a count ("a week has passed" is a count: time since, not past the date),
 * the date named on its own or with who gave it ("the deadline they gave me passed", "the fortnight was up"), or the word owed told as due
 * in a time now gone ("they were meant to let me know last week", "supposed to call yesterday"), or the writer
 * past it ("we're past the deadline they gave").
 * "Not overdue yet" says the opposite.
 */
export const DATE_PASSED =
  /\b(?:came and went|come and gone|been and gone|another (?:mon|tues|wednes|thurs|fri)day (?:has |had )?(?:pass(?:ed)?|gone|went by|come and gone)|(?<!\b(?:a|an|one|two|three|four|\d+)\s+)(?:deadline|date|window|friday|monday|week|fortnight)(?: (?:that |which )?(?:they|she|he|you|hr|the \w+) (?:gave|set|promised|named|quoted|mentioned)(?: me| us)?)? (?:has |had )?(?:passed|gone by|long gone|been and gone|(?:was|is|'s) up(?! (?:to|and|for|next|early|late)\b)|ran out|run out|expired|lapsed))\b|(?<!\b(?:not|nothing|isn'?t|aren'?t|wasn'?t|never|hardly)\s+(?:(?:yet|even|really|quite|technically)\s+)?)\boverdue\b|(?<!\b(?:applied|apply|applying|submitted|submit|submitting)\s)\b(?:we'?re|we are|i'?m|i am|it'?s|it is|now|well|already|long) past (?:the|their|her|his) (?:deadline|date|window)\b|\b(?:was|were) (?:meant|supposed|due) to (?:hear|let (?:me|us) know|call|ring|phone|e-?mail|text|get back|come back|decide|reply|respond|contact)(?: [\w']+){0,3} (?:last (?:week|month|(?:mon|tues|wednes|thurs|fri)day)|yesterday|(?:a|one|two|three) weeks? ago|days ago)\b/i;
/** "day 19 since", "Eighteen days. That's how long", "on the 3rd of last month": counts said other ways. */
export const DAY_COUNT =
  /(?<!\b(?:until|till|by|before|on)\s)\bday (\d{1,3})\b(?! (?:of(?! (?:the wait|waiting|silence|nothing|radio|no\b|not hearing|the ['"“‘]))|shift|rate|one|job|trial))|\b(\d{1,3}|\w+(?:[- ]\w+)?) days?\.\s+that'?s how long\b|(?<!\b(?:until|till|by|before|on)\s)\bday (eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|thirty)\b(?! (?:of (?!(?:the wait|waiting|silence|nothing|no\b))|shift|rate|job|trial))|\b(\d{1,2})(?:st|nd|rd|th) day (?:after|since)\b/gi;
/** "third week of nothing", "week three since", "week 3 of refreshing my inbox": the count of the week they are in. */
export const WEEK_COUNT =
  /\b(?:(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\s+week|week\s+(two|three|four|five|six|\d))\s+(?:of (?:nothing|waiting|silence|no\b|radio|not hearing|hearing nothing|refreshing|checking|staring at)|since|without|with no|and (?:nothing|no\b|still|not)|now)/gi;
/**
 * The interview told as today's ("interviewed this morning", "today I had the interview"): a count
 * told before it ("a fortnight back I'd never have applied") is of the writer's past, not the wait.
 */
export const INTERVIEW_TODAY =
  /\binterview(?:ed)?\s+(?:(?:was|is)\s+)?(?:today|this (?:morning|afternoon|evening))\b|\b(?:today|this (?:morning|afternoon))\s*,?\s*(?:i|we)\s+(?:had|did|went to|sat|attended)\s+(?:my|the|an|a)\s+(?:\w+\s+)?interview|\b(?:had|did|sat|attended)\s+(?:my|the|an|a)\s+(?:\w+\s+)?interview\s+(?:today|this (?:morning|afternoon))\b/i;
/** A diary line for each week of the wait: "week 4: still nothing", "Week 3 - no word". */
export const WEEK_ENTRY =
  /^[ \t*•-]*week\s+(\d|two|three|four|five|six|seven|eight)\s*[:\-–—.]\s*(?:still\s+)?(?:nothing|no (?:word|news|reply|call|e-?mail|answer|update)|zero|silence|not a)\b/gim;
/** A count with its unit left off, the unit of the window they gave: "It's been five.", "it has now been three". */
export const ELLIPTIC = new RegExp(
  `\\b(?:it'?s|it has|has)\\s+(?:now\\s+)?been\\s+(?:almost\\s+|nearly\\s+|over\\s+)?${N}(?:\\s+(?:now|already))?\\s*(?:[.!;,]|$)`,
  'i',
);
export const WEEK_ORD: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };
/** "in last month", "interviewed there last month", "last month's interview": the interview was weeks back. */
export const LAST_MONTH =
  /\b(?:of|since|in) last month\b|\b(?:interview\w*|applied)\b[^.!?\n]{0,50}\blast month\b|\blast month'?s (?:interview|call|chat|meeting|screen)\b/i;
/** A day told as "the following ..." is a week on; "by the end of the following week" is a window they gave. */
export const FOLLOWING =
  /\b(the following (mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri)(?:day)? after(?=\s*[:\-–—])|the week after|a week later|week and a half|(?<!\b(?:by|before|until|till) the end )of the following week|week(?:end)? before last|the following month|(?:it'?s|it is|now|since|that was|last) (?:now )?(?:mon|tues|wednes|thurs|fri|satur|sun)day week)\b/i;
/**
 * The weekday they promised in the week after the interview's, or the week after that: "they said I'd hear the following
 * Friday", "a decision by the Friday after", "friday after next for an answer". A promise, not a day of the story, when
 * the sentence says or asks for word before it ("the Friday after the interview" is that week's), and the day is not today's ("by Tuesday; it's the following Friday").
 */
export const WEEKDAY_PROMISED_LATER =
  /\b(?:said|says|promised|told (?:me|us)|by|until|till|hear|know|back|call|ring|email|decide|decision|answer|feedback|outcome|news)\b[^.!?\n;:]{0,30}?(?<!\b(?:it'?s|it is|now|today(?:'s| is)?|was|is|on) )\b(?:the following (?:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri)(?:day)?\b|((?:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri)(?:day)? after next\b)|(?:the )?(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri)(?:day)? after\b(?! (?:the|my|our|their|that|this|it|i|we|they|she|he)\b))/gi;
/** Said on any weekday, the weekday after next is at most two weeks on. */
export const AFTER_NEXT_PROMISE_DAYS = 14;
/** "Wed after next: nothing": a note dated the week after the coming one, well over a week on. */
export const AFTER_NEXT = /\b(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri)(?:day)? after next\b/i;
export const AFTER_NEXT_DAYS = 12;
/** Window words without a number, in days: "next week" is up to the end of the following week. */
export const PHRASE_DAYS: Record<string, number> = {
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
export const SAID_WEEKDAY_DAYS = 9;
/** "By next Wednesday": at most the Wednesday of the week after this one. */
export const NEXT_WEEKDAY_DAYS = 13;
/**
 * A span of the job or of what is to come, not of the wait: "they will give me accommodation for
 * three months", "training is in Toronto for six weeks", "a contract for six months".
 */
export const TERM_SPAN =
  /\b(?:will|'ll|would|going to|gonna|contract|probation\w*|training|accommodation|induction|placement|rotations?|maternity|fixed[- ]term|temporary|internship|course|programme|program|notice)\b/i;
/**
 * The same span with no number, told other ways: "it's been weeks", "days turned into weeks",
 * "heard nothing for weeks" (real stories told after the wait). Read as two of the unit too.
 */
export const SPAN_BEEN =
  /\b(?:(?:it'?s|it\s+has|it\s+had|it'?d|has|had|have)\s+(?:now\s+)?been\s+(?:(?:several|a\s+few|many|some|a\s+couple\s+of|a\s+good\s+few)\s+)?|days\s+(?:turned|became|turning|becoming|stretched)\s+(?:into\s+)?|(?:nothing|silence|silent|quiet|no\s+(?:word|reply|response|news|answer))\s+for\s+(?:(?:several|a\s+few|many|some|a\s+couple\s+of)\s+)?)(weeks|months)\b(?!\s+(?:before|until|till|ahead|early|earlier|later)\b)/i;
export const WAIT_WORDS =
  /\b(?:wait\w*|heard|hear|nothing|silence|since|chas\w*|no (?:word|news|reply|answer))\b/i;

// These read whole texts, so they are compiled to optimized code now, before the cue regexes
// use up V8's budget for it: compiled after them, one ran over a megabyte ten times slower.
// (Each time module of elapsed.ts does the same for its own patterns.)
for (const re of [
  ELAPSED,
  SPAN_GONE,
  SPAN_BEEN,
  OWN_SEARCH,
  BEFORE_PROMISED,
  BEFORE_ENDS,
  PROMISE,
  PROMISE_AFTER,
  PAST_PROMISE,
  BARE_COUNT,
  PAST_WORDS,
  PROMISE_AFTER_WORDS,
  DATE_PASSED,
  DAY_COUNT,
  WEEK_COUNT,
  WEEK_ENTRY,
  INTERVIEW_TODAY,
  LAST_MONTH,
  FOLLOWING,
  AFTER_NEXT,
  WEEKDAY_PROMISED_LATER,
  ELLIPTIC,
])
  compiledNativeAnyWidth(re);
