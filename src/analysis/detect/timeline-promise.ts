/**
 * Which timeline hits are a promise or a booked next step they gave, not a day of the story, the
 * writer's own plan or a guess: the words that tell them apart.
 */
import { compiledNative, compiledNativeAnyWidth } from '../exec-all.js';
import { SILENCE } from './silence-words.js';
import type { Hit } from './types.js';

export const ABOUT_HEARING =
  /\b(hear|heard|decision|decide|call|ring|phone|email|e-mail|text|back|next (round|stage|step)|second (round|stage|interview)|contact|offer|result|outcome|let (me|you) know|in touch)/i;

/** A timeline is a promise or a booked next step, said looking forward ("said I'd hear by Friday"). */
const FORWARD =
  /\b(said|says|say|told|tell|promised|expect\w*|should|will|would|going to|gonna|hope[sd]?|aim\w*|plan\w*|invit\w*|is|are|booked|scheduled|arranged)\b|'(ll|d)\b/i;
/** What already happened: "offer came in 5 days", "rejected on the Friday", "I didn't get it". */
const OUTCOME = /\b(came|received|got a no|rejected|rejection|didn'?t get|did not get|turned down)\b/i;

/** The interview's own day, told after it: "an interview, which I went to on the 3rd". */
export const DAY_ATTENDED =
  /\b(?:which|that) (?:i|we) (?:went to|attended|had|did|sat) (?:on |last |this past )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|the \d{1,2}(?:st|nd|rd|th)\b)/i;
/**
 * Word that already came, told with its day: "Then they rang on Wednesday to ask me back", "phone call the
 * same day, invited to a face to face the following week". Not a call that itself gives a day ("called on
 * Friday to say they'd decide by Tuesday").
 */
const TOLD_LATER =
  /\b(?:rang|called|phoned|emailed|e-mailed|texted|messaged)(?: me| us| back)? (?:on|that|the following|the next|later that) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|afternoon|evening|week|day)\b(?![^.]{0,60}\b(?:by|within|until|before|next)\b)|\binvited (?:me |us )?(?:to|for|back)\b[^.]{0,60}\b(?:the (?:following|next) (?:day|week|morning|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:a|one|two|three) (?:days?|weeks?) later)\b/;
/** A day in the story, not one they gave: "Tuesday's interview", "three weeks ago on Tuesday". */
export const STORY_DAY = new RegExp(
  String.raw`\bago,? (?:on|last|this past) \w+|\bsince (?:last )?(?:mon|tue|wed|thu|fri|sat|sun)|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day'?s (?:interview|call|chat|meeting|screen|trial|assessment|session|visit|shift)\b|\binterview(?:ed)? (?:was |is )?(?:on|last|this past) (?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:last|this past) (?:mon|tues|wednes|thurs|fri|satur|sun)day\b|${TOLD_LATER.source}`,
  'i',
);
export const SAID_THEM =
  /\b(?:they|she|he|hr|recruiter|manager|panel|we)\W+(?:\w+\W+)?(?:said|told|promised)\b|\btold (?:me|us)\b|\b(?<!\bi )said (?:they|she|he|i'?d|i would|i'?ll)\b/i;
/** A later round told as it went ("the second round with the board was where it turned"), not one they offered. */
export const ROUND_TOLD =
  /\b(?:second|2nd|third|3rd|final|next) (?:round|stage|interview)\b[^.]{0,30}\b(?:was|were|went|began|started|turned|had|did|felt|got)\b/i;
/** Where the close is told: a timeline said there is a next step, wherever in the text. */
export const END_MARKER =
  /\b(?:at the end|ended|as i (?:left|was leaving)|before i left|on (?:my|the) way out|wrapped up|at the close|to close|closing)\b/i;
/** Silence counts, outcomes and story days ("Trial day for...", early on) are not a timeline they gave. */
const SAID = /\b(said|told|promised|assurance)\b/i;
/** The writer guessing at a day, not one they gave: "could mean next week, could mean next year". */
export const GUESS = /\b(?:could|might|may|can) (?:mean|be)\b|\bfor all i know\b|\b(?:who|god|lord) knows\b/i;
/**
 * A day with nothing of theirs in the sentence is the writer's own ("Drinks tomorrow?", "Back to the
 * drawing board tomorrow", "Plan for tonight: curry"): a promise names who gives word, how, or the step.
 */
export const THEIRS =
  /\b(?:they|she|he|hr|recruiter|manager|panel|interviewer|boss|owner|director|chair|employer|company|said|says|told|tells|promised|mentioned|explained|hear|heard|decision|decid\w*|call\w*|ring|rang|phone\w*|e-?mail\w*|text\w*|(?:come|coming|came|go|going|be|me|you|us|him|her) back|back in|next|second|round|stage|step|contact\w*|offer\w*|result|outcome|know|touch|invit\w*|book\w*|schedul\w*|arrang\w*|meet\w*|trial|shift|start\w*|interview\w*|assessment|visit|test|presentation|repl\w*|respon\w*|answer|update (?:me|you|us)|confirm\w*|feedback|let|expect\w*|should|wait\w*)\b/i;
/** A gathering told as a day ("even at the Christmas party"), not a day they gave. */
export const GATHERING =
  /\b(?:christmas|xmas|holiday|birthday|leaving|retirement|office|works|summer|staff) (?:party|parties|do|dinner|drinks|barbecue|bbq)\b/i;
/**
 * The writer's own next move or another job's: "maybe I call him tomorrow", "two other applications
 * this week", "I said I'd think about it over the weekend", "I've got an assessment centre with a
 * DIY chain next week".
 */
export const OWN_MOVE =
  /\bi(?:'ll| will|'m going to| am going to|'m gonna| might| may| could| should| need to| have to| must| can)? (?:maybe |probably |just |then |also )?(?:chase|call|ring|phone|e-?mail|text|write|buy|draft|update|follow up|nudge|ping|check in with)\b|\b(?:other|another) (?:applications?|interviews?|jobs?|roles?|offers?|compan(?:y|ies)|places?|firms?)\b|\bif (?:you|u|i|we)(?: still)? (?:hear nothing|get nothing|(?:don'?t|do not|haven'?t|have not) (?:hear|heard|get|got))\b|\bi(?:'m| am) (?:going to|gonna) (?:say|accept|take|turn|decline|tell|sleep|think|ring|call)\b|\bi (?:said|told (?:them|him|her)) i'?d (?:think|let|sleep|get back|decide|come back)\b|\bi(?:'ve| have) got (?:an?|another) (?:[\w-]+ ){0,2}(?:interview|assessment|screen|call|trial)\b[^.]{0,30}\bwith (?:a|an|another)\b/i;
/** What happened before the interview, told as a story: "applied online, heard back in two days and was asked in". */
export const BEFORE_INTERVIEW =
  /\b(?:applied|application)\b[^.]{0,60}\b(?:heard|called|rang|emailed|got back|replied)\b|\b(?:heard back|got a call|called|rang|emailed|got back)\b[^.]{0,40}\b(?:to (?:book|arrange|set up|schedule|invite)|and (?:was |got )?(?:asked|invited|booked))\b/i;

export function isPromise(h: Hit, nearEnd: number): boolean {
  const t = h.clause.surface;
  // "told they'd decide within days, and heard nothing since" still reports the promise
  const said = SAID.test(t);
  if (!said && (SILENCE.test(t) || OUTCOME.test(t) || DAY_ATTENDED.test(t))) return false;
  return ABOUT_HEARING.test(t) || FORWARD.test(t) || h.clause.fromEnd < nearEnd;
}

// Run on every timeline hit's clause: compiled now, at load, so it is not one of the regexes V8
// compiles after the cue scanners have used up its budget for optimised code (ADR 0008); compiled
// late, it cost the 1 MB reading about 40% more CPU (2.0 s against 1.4 s, scripts/bench/analyzer-cpu.mjs).
compiledNativeAnyWidth(DAY_ATTENDED);
// large, and first run on short strings: compiled to machine code at load, so their bytecode
// does not spend V8's regex budget (ADR 0008, "Session 20")
for (const re of [OWN_MOVE, STORY_DAY, THEIRS, GATHERING]) compiledNative(re);
