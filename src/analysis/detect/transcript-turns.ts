/**
 * Signs that live between turns, not inside one: the candidate asks about the job or
 * the culture and the interviewer brushes it off. A short reply alone is half a sign
 * (people answer briefly for many reasons); a short reply that also dodges ("it varies",
 * "you'll see") is a whole one.
 */
import type { SignId } from '../../core/signs/ids.js';
import type { Turn } from '../types.js';

const ROLE_QUESTION =
  /\b(role|day to day|day-to-day|how big the team|how (many|big)\b.{0,20}\bteam\b|which team|report to|(?<!\b(get|getting|be|being) )involve|duties|responsibilit|training|what (sort|kind|type) of (work|calls|clients|cases|projects|tasks)|what would i be doing|what does the job|(a|the) (typical|normal|usual|average) (day|week|shift)|who (would|will) i (be )?work(ing)? with|what would (the|my) (\w+'?s? ){0,3}(part|job|focus) be|what (a|the) (day|week|shift) (actually )?looks? like|first (few )?(days|weeks|months|year)|new starter|priorities|the (\w+ )?work (be|is|involve)|more about the (\w+ )?(work|job|post|project)|(a bit |a little )?about the team\b|how many (\w+ )?(people|staff|officers|nurses|engineers|agents|advisors|advisers) (are there|there are|would i)|(average|typical|usual) (caseload|workload|case load)|caseloads?\b|how long is the training)/i;
const CULTURE_QUESTION =
  /\b(how (is|'s) it (to work|working)|how (is|'s|are) the (team|people|staff)\b|culture|work together|values|like working|like to work|team like|people like|what'?s it like (here|there|working)|(working|work|team) environment|atmosphere)\b/i;
const DODGE =
  /\b(it varies|varies|depends|bit of (both|everything)|a mix|all sorts|we'?ll (figure|work|sort) (it|that) out|gets? decided later|whatever comes in|you'?ll (see|find out|get used to it|pick it up)|you'?d find (that|it) out|you'?d find out more|(that'?s|that is) for later|(at|until) the next stage|(would|will) be discussed (later|with the successful|at (the )?offer)|you know what it'?s like|it'?s fine|hard to say|not sure yet|we'?ll see|everyone'?s busy|same as anywhere|it'?s (just )?(a|an) [a-z]+\.|\b(in|on) the (\w+ )?(handbook|website|intranet|careers (page|site)|(\w+ )?pack)\b|\bin the job (description|spec|advert|ad)\b|\b(fairly|pretty|quite|very|all|just) standard\b|\bthe usual\b|\ba few of us\b|\blike a family\b|\b(we'?re|it'?s) (one |a )(big |happy |lovely |close |little )+family\b|\b(i )?(wouldn'?t|would not) worry about (that|it)\b|\bwork hard,? play hard\b|\b(the )?(recruiter|hr)('?s got| has| can| will|'ll) (all )?(send|tell|go through|explain|that|this|it)\b|\b(the )?(team leader|line manager|hiring manager|manager|supervisor)( would| will|'ll| can| could) (go through|explain|tell you|cover|talk you through) (all )?(of )?(that|this|it|those)\b|\bi don'?t have (the|that) (exact )?\w+ (in front of me|to hand|on me)\b|\bi (wouldn'?t|would not|don'?t|do not) want to (give|tell) you (the wrong|wrong|numbers|figures|anything)\b|\byou'?(d|ll) (get|find out|learn|hear) (all )?(of )?(that|this|it|more) (at|in|during) (the )?(induction|training|onboarding|next stage)\b)/i;
// asked with a question mark, or in words ("I wanted to ask about the culture at the firm.")
const ASKS =
  /\?|\b(?:i (?:want(?:ed)?|would like|'d like) to ask|can i ask|could you tell me|i was wondering|tell me (?:a bit |a little )?(?:more )?about|i'?d (?:love|like) to (?:know|hear)|(?:could|can) you (?:say|tell me) (?:a (?:bit|little) )?more|what would (?:the|my) (?:\w+ )*be\b)/i;
const SHORT_REPLY_WORDS = 12;
const DODGE_REPLY_WORDS = 24;
/** A longer reply that still dodges ("it kind of changes week to week... so it's hard to say") is half. */
const LONG_DODGE_WORDS = 40;
const CULTURE_ANSWER_WORDS = 25;
const ROLE_ANSWER_WORDS = 35;

/** A sign read from whole turns rather than a cue in one clause, quoted as the turn it names. */
export interface TurnSign {
  id: SignId;
  /** The turn to quote: the interviewer's reply for a brush-off, the first telling turn for a call sign. */
  turn: Turn;
  weight: number;
  confidence: number;
}

/** The middle value (the upper of the two middle ones); Infinity for none. */
export function median(values: number[]): number {
  if (values.length === 0) return Infinity;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (w) n++;
  return n;
}

/** A candidate's word or two inside an answer ("Ha!", "Right.", "Mm, okay") that the answer goes on after. */
const INTERJECTION_WORDS = 3;

/**
 * The interviewer's reply to the candidate turn at `q`: the next turn, joined with the one after it when
 * the same interviewer goes on after the candidate's interjection ("…pun intended." "Ha!" "And having a
 * team that's settled…"), unless what follows moves on with a question. Undefined when the candidate speaks on.
 */
export function replyAfter(
  turns: readonly Turn[],
  q: number,
  candidate: string | undefined,
): Turn | undefined {
  const next = turns[q + 1];
  if (!next || next.speaker === candidate) return undefined;
  const aside = turns[q + 2];
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
  const id: SignId | undefined = CULTURE_QUESTION.test(question.text)
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
  // asking about culture and getting a real answer is culture-discussion")
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

/**
 * Laughter heard in a call. One laugh, or one side laughing alone, is as often nerves or
 * politeness as fun; a laugh or three both sides share is part of a chat, though not all of
 * one: it counts for at most three quarters of engaging-conversation, and the rest has to be
 * said (enjoyment, "feels like a conversation"). Laughter both sides keep coming back to is
 * the chat itself, and a warm room: in our labelled calls, blind ones included, four or more
 * turns with laughter went with engaging-conversation in 10 of 11 and positive-atmosphere in 9.
 * A laugh in the last three turns is the goodbye's manners ("Ha, thank you. Bye."), not the chat:
 * session 13 found two calls made a chat only by a closing laugh, both labelled without one. Only in a
 * whole call (20 turns or more): in an excerpt the last turns are no goodbye.
 */
const CLOSING_TURNS = 3;
const WHOLE_CALL_TURNS = 20;
export const LAUGH =
  /(?:^|[\s,.!?(])(?:ha|hah|haha+|hahaha+|lol|hehe)(?=[\s,.!?)]|$)|[[(](?:laughs?|laughter|laughing|chuckles?|chuckling|both laugh|giggles?)[\])]|😂|🤣|😄/i;
const LAUGH_WEIGHT = 0.25;
const LAUGH_CAP = 0.75;
const LAUGHS_FOR_A_CHAT = 4;
const QUIETER_SIDE_SHARE = 0.2;

/**
 * A flat interviewer in a call: nearly every reaction to an answer is a bare "Okay." or
 * "Right." before the next question, several are nothing else, and nothing they say
 * laughs or exclaims. A disinterested or busy interviewer says "okay" too, so the bar is high.
 */
const ACK_LEAD = /^(?:okay|ok|right|sure|mm|mm-hm|mhm|hm|fine|yep|noted|alright)\b/i;
const ACK_ONLY = /^(?:(?:okay|ok|right|sure|mm|mm-hm|mhm|hm|fine|yep|yeah|noted|alright)[.,]?\s*)+$/i;
const FLAT_MIN_REACTIONS = 8;
const FLAT_SHARE = 0.7;
const FLAT_MIN_BARE = 3;
/**
 * Or, with one interviewer: a long call of short turns, many of them a bare "Okay." and none
 * that laughs or exclaims. Someone who leads with a question rather than "okay" ("Next. What
 * motivates you.") is as flat, and the first test misses them.
 */
const TERSE_MIN_REACTIONS = 20;
const TERSE_MIN_BARE = 4;
const TERSE_MEDIAN_WORDS = 8;
/** Or very short turns all through (half of them six words or fewer), in a call of any size. */
const CLIPPED_MIN_REACTIONS = 16;
const CLIPPED_MEDIAN_WORDS = 6;
const CLIPPED_MIN_BARE = 2;
/**
 * Or, in a short call, most answers met by "Okay." or "Right." and then straight to the next
 * question ("Okay. Question five."), at least once by nothing else, and nothing lively: a
 * 900-word call has too few turns for the high bars above, and this is how flat reads aloud.
 */
const MOVE_ON_MIN_REACTIONS = 16;
const MOVE_ON_SHARE = 0.4;
const LEAD_SHARE = 0.7;
/**
 * Silence after the candidate's answers, where the export has timings: a pause of four seconds
 * or more before the interviewer speaks, after a third of the answers and at least six times, is
 * the long silences nobody could break (corpus README: awkward-atmosphere). With "okay"s it is
 * also flat, even when someone laughs once.
 */
const SILENCE_SEC = 4;
/**
 * Questions put without a rise: the writer of a call marks a monotone panel by questions that end on
 * a full stop ("Is that clear.", "Do you have any questions for the panel."). Two or more from the
 * interviewers, in a call where no interviewer laughs or exclaims, is flat. Over 96 read calls, the 8
 * with two or more were all labelled flat-interviewer; of 5 with one, 4 were.
 */
const FLAT_QUESTION =
  /(?:^|[.!?]\s+)(?:(?:Is|Are|Do|Does|Did|Can|Could|Would|Will|Have|Has|Was|Were)\s+(?:that|this|it|you|there|your)\b|Any (?:further |other |more )?questions\b)[^.?!]{0,80}\.(?=\s|$)/g;
const FLAT_QUESTIONS = 2;
const SILENCE_MIN = 6;
const SILENCE_SHARE = 0.35;

/** Signs read from the whole call rather than one turn. */
export function callSigns(turns: readonly Turn[], isCandidate: (t: Turn) => boolean): TurnSign[] {
  const out: TurnSign[] = [];
  let laughs = 0;
  let ownLaughs = 0;
  let firstOwn: Turn | undefined;
  let firstOther: Turn | undefined;
  const laughers = new Set<string>();
  // with no candidate named, two different voices laughing is the sharing
  const known = turns.some(isCandidate);
  let reactions = 0;
  let flatLead = 0;
  let bare = 0;
  let lively = false;
  let firstBare: Turn | undefined;
  const reactionsBy = new Map<string, number>();
  let silences = 0;
  let firstSilence: Turn | undefined;
  const interviewers = new Set<string>();
  const lengths: number[] = [];
  const closingFrom = turns.length >= WHOLE_CALL_TURNS ? turns.length - CLOSING_TURNS : turns.length;
  let flatQuestions = 0;
  let firstFlatQuestion: Turn | undefined;
  for (let t = 0; t < turns.length; t++) {
    const turn = turns[t]!;
    const text = turn.text.trim();
    const own = isCandidate(turn);
    if (t < closingFrom && LAUGH.test(text)) {
      laughs++;
      if (own) ownLaughs++;
      laughers.add(turn.speaker);
      if (own) firstOwn ??= turn;
      else firstOther ??= turn;
    }
    if (own) continue;
    interviewers.add(turn.speaker);
    lengths.push(wordCount(text));
    if (LAUGH.test(text) || text.includes('!')) lively = true;
    const unrisen = text.match(FLAT_QUESTION)?.length ?? 0;
    if (unrisen > 0) {
      flatQuestions += unrisen;
      firstFlatQuestion ??= turn;
    }
    if (t === 0 || !isCandidate(turns[t - 1]!)) continue;
    reactions++;
    reactionsBy.set(turn.speaker, (reactionsBy.get(turn.speaker) ?? 0) + 1);
    const before = turns[t - 1]!;
    if (
      turn.startSec !== undefined &&
      before.endSec !== undefined &&
      turn.startSec - before.endSec >= SILENCE_SEC
    ) {
      silences++;
      firstSilence ??= turn;
    }
    if (ACK_LEAD.test(text)) flatLead++;
    if (ACK_ONLY.test(text)) {
      bare++;
      firstBare ??= turn;
    }
  }
  if (firstOther && (known ? firstOwn !== undefined : laughers.size > 1)) {
    // both sides, the quieter at least a fifth of the laughs: an interviewer laughing at their own
    // jokes, answered once by a polite or nervous laugh, is not a shared one
    const chat =
      laughs >= LAUGHS_FOR_A_CHAT &&
      (known ? Math.min(ownLaughs, laughs - ownLaughs) >= QUIETER_SIDE_SHARE * laughs : laughers.size > 1);
    out.push({
      id: 'engaging-conversation',
      turn: firstOther,
      weight: chat ? 1 : Math.min(LAUGH_CAP, laughs * LAUGH_WEIGHT),
      confidence: 0.6,
    });
    if (chat) out.push({ id: 'positive-atmosphere', turn: firstOther, weight: 1, confidence: 0.55 });
  }
  const terse =
    known &&
    interviewers.size === 1 &&
    reactions >= TERSE_MIN_REACTIONS &&
    bare >= TERSE_MIN_BARE &&
    median(lengths) <= TERSE_MEDIAN_WORDS;
  // one voice runs the call (a panel's second member says little): on a real panel one flat voice is not the room
  const led = Math.max(0, ...reactionsBy.values()) >= LEAD_SHARE * reactions;
  const clipped =
    known &&
    led &&
    reactions >= CLIPPED_MIN_REACTIONS &&
    bare >= CLIPPED_MIN_BARE &&
    median(lengths) <= CLIPPED_MEDIAN_WORDS;
  const movesOn = known && led && reactions >= MOVE_ON_MIN_REACTIONS && flatLead >= MOVE_ON_SHARE * reactions;
  const silent = known && silences >= SILENCE_MIN && silences >= SILENCE_SHARE * reactions;
  const flat =
    firstBare &&
    ((!lively &&
      ((reactions >= FLAT_MIN_REACTIONS && flatLead >= FLAT_SHARE * reactions && bare >= FLAT_MIN_BARE) ||
        terse ||
        clipped ||
        movesOn)) ||
      (silent && movesOn));
  if (flat && firstBare) out.push({ id: 'flat-interviewer', turn: firstBare, weight: 1, confidence: 0.6 });
  else if (known && !lively && flatQuestions >= FLAT_QUESTIONS && firstFlatQuestion)
    out.push({ id: 'flat-interviewer', turn: firstFlatQuestion, weight: 1, confidence: 0.55 });
  if (silent && firstSilence)
    out.push({ id: 'awkward-atmosphere', turn: firstSilence, weight: 1, confidence: 0.55 });
  // a flat interviewer is half an awkward room: the candidate filling the silence makes the rest
  else if (flat && firstBare)
    out.push({ id: 'awkward-atmosphere', turn: firstBare, weight: 0.5, confidence: 0.5 });
  return out;
}
