/**
 * Signs that live between turns, not inside one: the candidate asks about the job or
 * the culture and the interviewer brushes it off. A short reply alone is half a sign
 * (people answer briefly for many reasons); a short reply that also dodges ("it varies",
 * "you'll see") is a whole one. Asked when word comes, a reply that does not know is no timeline.
 */
import type { SignId } from '../../core/signs/ids.js';
import type { Turn } from '../types.js';
import { wordCount, type TurnSign } from './turn-sign.js';
import { compiledNative } from '../exec-all.js';

const ROLE_QUESTION =
  /\b(role|shift patterns?|caseloads?|how many \w+ (there are|are there|in the team|on the team)|day to day|day-to-day|how big the team|how (many|big)\b.{0,20}\bteam\b|which team|report to|(?<!\b(get|getting|be|being) )involve|duties|responsibilit|training|what (sort|kind|type) of (work|calls|clients|cases|projects|tasks)|what would i be doing|what does the job|(a|the) (typical|normal|usual|average) (day|week|shift)|who (would|will) i (be )?work(ing)? with|what would (the|my) (\w+'?s? ){0,3}(part|job|focus) be|what (a|the) (day|week|shift) (actually )?looks? like|first (few )?(days|weeks|months|year)|new starter|priorities|the (\w+ )?work (be|is|involve)|more about the (\w+ )?(work|job|post|project))/i;
const CULTURE_QUESTION =
  /\b(how (is|'s) it (to work|working)|how (is|'s|are) the (team|people|staff)\b|culture|work together|values|like working|like to work|team like|people like|what'?s it like (here|there|working)|(working|work|team) environment|atmosphere|who(?: is|'s) the (?:company|client|employer|firm))\b/i;
/**
 * How the people work together, asked in other words: how the team decides what it works on, how it
 * works day to day, where and when people work, what they like about working there. Who gets hired is
 * the process, not the culture. How a team works
 * with another function or splits its work is the job, not the culture ("how does the team work with sales?").
 */
const WAYS_QUESTION =
  /\bhow (?:do|does|did) (?:the|your|you|you all|people|everyone)(?: (?:team|group|lab|department|office|firm|company|practice|school|ward|unit|squad|studio))? (?:\w+ )?(?:decide|make decisions|choose|prioriti[sz]e)\b(?! (?:who|whether|if|which (?:candidate|person|applicant)|between (?:candidates|applicants|people))\b)|\bhow (?:do|does) (?:the|your|you|people|everyone)(?: (?:team|group|lab|department|office|unit|squad|studio))? work\b(?! (?:with|on|for|out)\b)|\bdecisions? (?:get|gets|are|is) (?:made|taken)\b|\b(?:hybrid|remote|work(?:ing)? from home|wfh|office days|flexible working)\b|\bcollaborat|\b(?:planning|working|lunch|socialising|socializing) together\b|\b(?:like|love|enjoy)(?: \w+)? about working (?:here|there|at|in|for|with)\b|\bwhat'?s the (?:lab|team|group|office|department|school|ward|practice|studio) like\b|\bwhat (?:is )?(?:the|your) (?:team|lab|group|office|department|school|ward|practice|studio|place|unit) (?:is |are )?like\b|\bcultur(?:al|ally)\b/i;
/** "How many technicians?", "how many of you are there?": the team's size, the job's (not hours or office days). */
const HEADCOUNT_QUESTION = /\bhow many\b(?! (?:\w+ )?(?:days|hours|weeks|holidays?)\b)/i;
/**
 * A reply that opens on the headcount ("There are four of us, me, two accountants and a credit
 * controller"): "what's the team like?" taken as who is in it, which is the job's (session 23, w23-11).
 */
const HEADCOUNT_REPLY =
  /^\W*(?:(?:well|so|oh|um|right),? )?(?:there(?:'s| are| is) |we'?re |it'?s )?(?:about |around |roughly |just )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) of us\b|^\W*(?:it'?s )?(?:a|the) team of (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;
// the reply names no answer: it varies, it's elsewhere (a pack, HR), or it's someone else's to say ("above my pay
// grade", "not really my area", "you'd have to ask HR"), or like anywhere ("same as any company"), or an agency's
// client kept unnamed ("I can't say the client's name", "I can't really say more than that")
const DODGE =
  /\b(it varies|varies|depends|bit of (both|everything)|a mix|all sorts|we'?ll (figure|work|sort) (it|that) out|gets? decided later|whatever comes in|you'?ll (see|find out|get used to it|pick it up)|you'?d find (that|it) out|you'?d find out more|(that'?s|that is) for later|(at|until) the next stage|(would|will) be discussed (later|with the successful|at (the )?offer)|you know what it'?s like|it'?s fine|hard to say|not sure yet|we'?ll see|everyone'?s busy|same as anywhere|it'?s (just )?(a|an) [a-z]+\.|\b(in|on) the (\w+ )?(handbook|website|intranet|careers (page|site)|(\w+ )?pack)\b|\bin the job (description|spec|advert|ad)\b|\b(fairly|pretty|quite|very|all|just) standard\b|\bthe usual\b|\ba few of us\b|\blike a family\b|\b(we'?re|it'?s) (one |a )(big |happy |lovely |close |little )+family\b|\b(i )?(wouldn'?t|would not) worry about (that|it)\b|\bwork hard,? play hard\b|\b(the )?(recruiter|hr)('?s got| has| can| will|'ll) (all )?(send|tell|go through|explain|that|this|it)\b|\b(can|will|'ll|could) (tell|fill) you (more |in )?(about )?(that|it|this)\b|\bsend you (our|the|a|an) (\w+ ){0,2}(pack|handbook|deck|guide|policy)\b|\b(will|would|'ll|can|could) (go through|talk you through|explain|cover) (all )?(of )?(that|this|those)\b|\bi'?d (check|ask|double-check) with\b|\b(will|would|'ll) know (the|more|better|exactly)\b|\b(don'?t|do not) have (the )?(exact |precise )?(\w+ )?(in front of me|to hand)\b|\byou'?d (have|need) to ask\b|\bcan'?t (really )?(speak to|comment on|say much about) (that|it|this)\b|\bcan'?t (really )?say (any |much )?more( than that)?\b|\bcan'?t (say|give you|tell you|share|name) (the |their )?(client'?s |company'?s |firm'?s |employer'?s )?name\b|\babove my pay ?grade\b|\bnot (really )?the (best|right) person to ask\b|\bnot (really )?my (area|department|side of things)\b|\b(like|same as) any ?(where|place|company|other (place|company|firm))( else)?\b|\bi (wouldn'?t|would not) know\b|\blet'?s (stick|keep it|focus) (to|on) you\b|\byou'?d (have|need) to see (it|for yourself)\b|\b(don'?t|do not) (really )?have a culture\b|\b(just )?gets? on with it\b)/i;
// asked with a question mark, or in words ("I wanted to ask about the culture at the firm.")
const ASKS =
  /\?|\b(?:i (?:want(?:ed)?|would like|'d like) to ask|can i ask|could you tell me|i was wondering|tell me (?:a bit |a little )?(?:more )?about|i'?d (?:love|like) to (?:know|hear)|(?:could|can) you (?:say|tell me) (?:a (?:bit|little) )?more|what would (?:the|my) (?:\w+ )*be\b)/i;
const SHORT_REPLY_WORDS = 12;
const DODGE_REPLY_WORDS = 24;
/** A longer reply that still dodges ("it kind of changes week to week... so it's hard to say") is half. */
const LONG_DODGE_WORDS = 40;
const CULTURE_ANSWER_WORDS = 25;
const ROLE_ANSWER_WORDS = 35;

/** A candidate's word or two inside an answer ("Ha!", "Right.", "Mm, okay") that the answer goes on after. */
const INTERJECTION_WORDS = 3;
/** An interviewer's turn this short, before a colleague speaks, hands the question over rather than answering it. */
const HANDOVER_WORDS = 10;

/**
 * The interviewer's reply to the candidate turn at `q`: the next turn, joined with the one after it when
 * the same interviewer goes on after the candidate's interjection ("…pun intended." "Ha!" "And having a
 * team that's settled…"), unless what follows moves on with a question; or with a colleague's answer when a short
 * turn hands the question over. Undefined when the candidate speaks on.
 */
export function replyAfter(
  turns: readonly Turn[],
  q: number,
  candidate: string | undefined,
): Turn | undefined {
  const next = turns[q + 1];
  if (!next || next.speaker === candidate) return undefined;
  const aside = turns[q + 2];
  // a panel hands the question on ("Luis, you answer."): the colleague's answer, unless they move on to a question
  if (
    aside &&
    aside.speaker !== candidate &&
    aside.speaker !== next.speaker &&
    wordCount(next.text) <= HANDOVER_WORDS &&
    !ASKS.test(aside.text)
  )
    return { ...next, text: `${next.text} ${aside.text}`, spans: [...next.spans, ...aside.spans] };
  const more = turns[q + 3];
  if (
    aside?.speaker === candidate &&
    wordCount(aside.text) <= INTERJECTION_WORDS &&
    !ASKS.test(aside.text) &&
    more?.speaker === next.speaker &&
    // "Okay." "Anything else?" moves on: the answer ended before the aside
    !ASKS.test(more.text)
  )
    return { ...next, text: `${next.text} ${more.text}`, spans: [...next.spans, ...more.spans] };
  return next;
}

/** The brush-off, or the real answer, read from a candidate question and the interviewer's next turn, if any. */
export function brushOffFrom(question: Turn, reply: Turn | undefined): TurnSign | undefined {
  if (!reply || !ASKS.test(question.text)) return undefined;
  const id: SignId | undefined =
    CULTURE_QUESTION.test(question.text) || WAYS_QUESTION.test(question.text)
      ? 'little-company-info'
      : ROLE_QUESTION.test(question.text)
        ? 'vague-role-details'
        : undefined;
  if (!id) return undefined;
  const words = wordCount(reply.text);
  const dodged = DODGE.test(reply.text);
  if (dodged && words <= DODGE_REPLY_WORDS) return { id, turn: reply, weight: 1, confidence: 0.65 };
  if (words <= SHORT_REPLY_WORDS || (dodged && words <= LONG_DODGE_WORDS))
    return { id, turn: reply, weight: 0.5, confidence: 0.55 };
  // asked, and given a real answer: the other side of the same exchange (signs.md: "the candidate
  // asking about culture and getting a real answer is culture-discussion"). Asked how big the team is
  // in the same breath ("what's the team like? how many of you?"), the answer may be the headcount,
  // the job's, so only the cues in it can make it culture.
  if (
    id === 'little-company-info' &&
    (HEADCOUNT_QUESTION.test(question.text) || HEADCOUNT_REPLY.test(reply.text))
  )
    return undefined;
  if (!dodged && words >= (id === 'little-company-info' ? CULTURE_ANSWER_WORDS : ROLE_ANSWER_WORDS))
    return {
      id: id === 'little-company-info' ? 'culture-discussion' : 'detailed-role-info',
      turn: reply,
      weight: 1,
      confidence: 0.55,
    };
  return undefined;
}

/** The candidate asks when the answer comes ("is there a date for a decision?", "do you know when?"). */
const TIMING_QUESTION =
  /\b(?:when (?:would|will|do|might|can|should) (?:i|we) (?:hear|know|find out|get)|(?:a|the|any) (?:date|timeline|timescale|timeframe|rough idea)|decision|next steps?|(?:do|does) (?:you|anyone) (?:\w+ ){0,2}know when|how long (?:will|might|would) (?:it|the decision|that))\b/i;
/** The reply opens on not knowing: "Not a firm one, no.", "I don't know.", "Not really." */
const NO_DATE_REPLY =
  /^(?:(?:honestly|well|so|um|uh|look|sadly|unfortunately),? )?(?:not (?:a firm one|really|yet|as such|at the moment|at this stage|right now)|no,? (?:not yet|there isn'?t|no date)|i (?:don'?t|do not) know|i'?m not sure|(?:i )?can'?t (?:say|promise|tell you))\b/i;

/**
 * The candidate asks when they will hear and the interviewer says they do not know: the end lacks a
 * timeline, said outright, which a date named elsewhere in the call (a manager "back at the end of
 * next week") does not undo.
 */
export function noDateFrom(question: Turn, reply: Turn | undefined): TurnSign | undefined {
  if (!reply || !ASKS.test(question.text) || !TIMING_QUESTION.test(question.text)) return undefined;
  if (!NO_DATE_REPLY.test(reply.text.trim())) return undefined;
  return { id: 'no-next-steps', turn: reply, weight: 1, confidence: 0.6 };
}

// large, and first run on short strings: compiled to machine code at load, so their bytecode
// does not spend V8's regex budget (ADR 0008, "Session 20")
for (const re of [WAYS_QUESTION, TIMING_QUESTION]) compiledNative(re);
