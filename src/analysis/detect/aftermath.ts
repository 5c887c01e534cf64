/**
 * The two aftermath signs need the whole text, not one segment: no-next-steps is a
 * vague close with no timeline anywhere; no-follow-up is silence past the window.
 */
import { normalisedText, readText, type Tok } from '../nlp.js';
import { noNextStepsClosing, noNextStepsEnding, noNextStepsExplicit, timelineGiven } from '../signs/index.js';
import { candidates } from './candidates.js';
import { indexOf } from './cue-index.js';
import { hitsFrom } from './match.js';
import { timeFrom } from './elapsed.js';
import { withoutRetracted } from './corrections.js';
import type { Clause, Hit, SignPatterns } from './types.js';
import { compiledNativeAnyWidth, execAll } from '../exec-all.js';
import { WRITING } from './elsewhere-asides.js';
import { anyOpening } from './opening-gate.js';
import { rawStart, wordsOnLine } from './sentence-spans.js';

const isWriting = anyOpening(WRITING);

const SILENCE =
  /\b(heard nothing|haven'?t heard|have not heard|hasn'?t (called|emailed|replied|rung|texted|got back)|still (haven'?t|have not)(?! (?:found|landed|secured|got (?:a|another|any) (?:job|offer|role|position)|been able|decided|applied|started|finished|made up))|still (no|nothing|waiting|not heard|zero)|no word|no news|no reply|no replies|no response|no answer|no update|not heard (back|anything)|nothing since|unanswered|radio silence|crickets|tumbleweed|ghost(ed|ing|s)|no call|no email|not even a (rejection|holding|reply|no)|never heard back|heard nothing back|not a peep|nada|zilch|nothing at all|nothing yet|still nothing|until now nothing|left on read|on read|phone (stays|stayed|is) (quiet|silent)|(quiet|silent) (phone|inbox)|empty inbox|silence|not holding my breath|not received any|has not been answered|hasn'?t been answered|not been answered|nothing after|nothing from them|nothing back|heard zero|still not (?:got|gotten|heard|had|received)|(?:not|never|(?:have|has|had|did|do|does)n'?t|(?:have|has|had) not) (?:yet )?(?:had|received|got|gotten) (?:any |a |an )?(?:word|reply|response|news|answer|update|communication|contact|feedback|call|email|message)|(?:haven'?t|have not|hasn'?t|has not|not) (?:come|got|gotten) back|no one did|nobody (?:did|called|rang)|no revert|(?:mon|tues|wednes|thurs|fri)day(?: came| came and went| went by| passed)?,? (?:and )?nothing|(?:job|role|post|position|vacancy|advert|ad)(?:'s| has| is)? (?:been |now |just |since |back )*(?:re-?advertised|re-?posted|reposted|back up on))\b|(^|[.!?]\s*)nothing\.|\band nothing\b(?! else| more)/i;
/**
 * More ways to say no word came: idioms, dialect, chasing, a portal that never moves ("still
 * processing", but not the writer "still processing it").
 */
const SILENCE_MORE =
  /\b(?:(?:haven'?t|have not|hasn'?t|has not|never) (?:replied|responded|answered|got back|written back|rung back|called back)\b|no (?:letter|callback|call back|messages?|texts?|msg)\b|auto-?repl(?:y|ies)\b|out of office\b|(?:email|e-mail|message)s? (?:\w+ )?bounced\b|bounce-?back\b|not a (?:word|dicky ?bird|sausage|squeak|whisper|sniff|dickie ?bird|single (?:word|email|call|thing))|hee-?haw|diddly\w*|(?:hear|heard|hearing|had|got|get) (?:nutten|nuttin|nuthin|nothin|nowt|zip|zilch|squat|jack|boo|a thing)|(?:gone|went|go|going) (?:quiet|silent|dark|awol|mia|cold)|stopped (?:replying|responding|answering|returning|getting back|picking up)|(?:nobody|no one|noone) (?:has|have|'s) (?:yet )?(?:rung|called|phoned|emailed|e-mailed|written|replied|answered|responded|been in touch|got in touch|contacted me)|not (?:answering|replying|responding|returning (?:my )?(?:calls?|e-?mails?|messages?))|(?:nobody|no one|noone) (?:answer|answers|answered|picks? up|picked up|replie[sd]|responds?|responded|gets? back|got back|rings? back|rang back|calls? back|called back)|straight to (?:voicemail|voice mail|answerphone)|not picking (?:up|my call)|(?:never|didn'?t|did not|don'?t|do not|won'?t) (?:call|ring|phone|email|text|write|reply|respond|answer|get back)\w*(?: (?:me|us))? back\b|(?:never|didn'?t|did not|won'?t|doesn'?t|does not) (?:reply|respond|answer|return)\w*(?: to)? (?:my|me|the|any)|no (?:call ?back|callback|feedback|communication|contact|joy|follow-?up|movement)|still processing(?! (?:it|this|that|everything|what|how|all|the whole)\b)|still (?:under review|in review|pending|in progress|being reviewed|says|shows|showing|reads|on hold)|(?:chased|followed up|emailed|rang|called|phoned|nudged|pinged|messaged)(?: (?:them|her|him|the \w+|hr|twice|again|three times|a few times|once))* (?:twice|again|three times|a few times|and (?:still|got|heard|nothing|no)|but (?:nothing|no|still))|zero (?:word|response|reply|contact|news)|not (?:one|a single) (?:email|call|word|message|reply|text|phone call|response|update|peep|squeak|line|acknowledge?ment)|not even an? (?:\w+ )?(?:rejection|reply|response|acknowledge?ment|email|e-mail|call|text|update)|not a peep|nothing (?:for|in) (?:\w+ ){0,2}(?:days?|weeks?|months?)|so much as an? (?:email|call|reply|text|acknowledge?ment|rejection|word)|left (?:me )?hanging|(?:nobody|no one)(?:'s| has| have)? (?:got|gotten|come) back|inbox (?:is |stays |still |remains |has been |been )*(?:empty|dead|quiet|silent|dry|bare)|sweet (?:fa|f all|fanny adams|nothing|nada)|(?:never|didn'?t|did not) (?:came|come|got|gotten) back|in limbo|(?:gave|give|giving) up (?:hope|waiting|on (?:them|it|hearing|the (?:job|role|company|place)))|(?:nothing|no (?:word|response|reply|contact|news)) (?:in between|in the meantime|in-between)|(?:have|has|am|are|is|'ve|'m|'s|still|was|were) yet to (?:hear|receive|get|be (?:contacted|told|called))|(?:hadn'?t|had not) (?:heard|received)\b(?! (?:of|about)\b)|never heard (?:from|anything|a thing|a word)|(?:days|weeks|months) of (?:nothing|silence|radio silence|no (?:word|news|reply|response|contact))|(?:nobody|no one|noone|none of them)(?: \w+){0,3} (?:will|would|did|could)(?:n'?t)? (?:take|return|answer|pick up) (?:my|your|the|our) (?:calls?|e-?mails?|messages?)|(?:won'?t|wouldn'?t|didn'?t|did not|never|will not|would not) (?:take|return|answer) (?:my|your|any of my|the) (?:calls?|e-?mails?|messages?)|no any (?:reply|response|news|call|email|answer|update)|(?:not|never|didn'?t|did not|haven'?t|have not|has not|hasn'?t) (?:yet )?revert\w*)\b|(?:^|[.!?:;,…]\s*|\bthen:?\s+|\bstill\s+)nothing\b(?! (?:about|on|else|special|much|like|wrong|to|in|of|more|but|major|at all about))|\bnothing(?:\s*[^\w\s]+)*\s*$|(?<!\b(?:almost|nearly|never|not|n't) )\bgave up\W*$/i;
/** "No word on next steps", "nothing else": how the interview closed, not silence after it. */
const CLOSE_TALK =
  /\b(?:no|not a|without a|without any) word (?:on|about|of|re) (?:next|the next|any next|timing|when|a timeline|dates?|the process|what)|\bnothing (?:else|more)\b/i;
/** "never heard from them again": the silence told as over for good, which no count needs to back. */
const NEVER_AGAIN =
  'never (?:heard|got|had) (?:anything |a thing |a word |a peep |a reply |a response )?(?:back |more |from (?:them|her|him|the \\w+|anyone|anybody|that \\w+) )?(?:again|ever since|since then|after that)';
const STRONG_SILENCE = new RegExp(
  `\\b(radio silence|ghost(ed|ing|s)|never heard back|left on read|${NEVER_AGAIN})\\b`,
  'i',
);
/** Silence words that also describe a dead moment in the interview ("total tumbleweed"); strong only when about hearing back. */
const SOFT_STRONG = /\b(crickets|tumbleweed)\b/i;
const CHASED = /\b(?:follow\w* up|chas\w*|nudg\w*|ping\w*)\b/i;
/** The candidate chasing: a follow-up sent, HR rung, the company called ("you call the company and nobody will take your call"). */
const CHASE =
  /\b(?:follow(?:ed|ing)[- ]up|(?:i|you|we) follow up|follow[- ]?up (?:e-?mail|call|message|note|letter)|chas(?:ed|ing)|nudg(?:ed|ing)|(?:tried|attempted) to (?:contact|reach|call|ring|email|get (?:hold of|through to))|(?:i|you|we)(?: \w+)? (?:call|called|rang|ring|phone|phoned|email|emailed|e-mailed|text|texted|messag\w*|contact|contacted|wrote to|write to) (?:the (?:company|recruiter|office|agency|hiring manager|manager|school|store|firm|hospital|practice|interviewer)|hr|them|her|him|the hr \w+)|sent (?:another|one more|a follow\S*|a second|a polite|a chaser|a further))\b/i;
const INTERVIEW = /\binterview/i;
const AFTER_INTERVIEW = /\b(?:after|since) (?:the |my |our |that )?interview/i;
/** A thank-you note sent after the interview is courtesy, not a chase. */
const THANKS = /\bthank/i;
/** A chase with no answer counts from a week on; sooner than that it is only impatience. */
const CHASE_MIN_DAYS = 7;
const AFTER_THAT = /^\W*(?:then|and then|since|since then|after that|afterwards|after)\b/i;
/** Word came after all: an answer, an offer, a call back, a promise kept ("they'd let me know by Friday, and they did"). */
const HEARD_BACK =
  /\b(got the (?:job|offer|role|post|position)|offered me|(?:got|received|had|made|accepted)(?: me)? (?:an|the|a job|a verbal|a formal|a written) offer|offer (?:came|arrived|letter (?:came|arrived))|(?:they|she|he|hr|recruiter|manager) (?:called|rang|phoned|emailed|replied|texted|wrote)(?: me)?(?: (?:this|that|yesterday|today|tonight|last)(?: morning| afternoon| evening| night)?)? (?:back|to say|to tell|to let|with (?:an|the|a|news)|and (?:offered|said|told))|finally (?:replied|heard|called|rang|emailed|got (?:back|an?|the))|heard back|got back to me|(?:rejection|decline) (?:email|letter|came|arrived)|got (?:a|the|my) (?:rejection|no\b|yes\b|call (?:back|saying|to say|from)|email (?:saying|to say))|(?:was|were|been|got) (?:rejected|unsuccessful)|rejected (?:by|via|over|in|on|with|after)|turned me down|(?:was|were|got|been|(?:they|she|he|hr|it) (?:\w+ )?turned) (?:me )?down|(?:didn'?t|did not) get (?:it|the job|the role|the post|the position)|(?:email|e-mail|letter|call|message|text|voicemail) (?:came |arrived |landed |(?:was |got )?sent )?(?:informing|saying|telling|to say|to tell|letting|explaining)(?: me| us)?(?: that)? (?:i (?:was|had been|have been|am|'d been) (?:un)?successful|i (?:did not|didn'?t|had not|hadn'?t|would not|wouldn'?t|won'?t|will not) (?:get|got|be|been|make|progress|move)|(?:they|we) (?:had |have |'d |'ve )?(?:decided|chosen|gone|went|filled|offered)|unfortunately|sadly|(?:the )?(?:position|role|job|post) (?:had|has) been filled)|(?:decided|chosen|elected) (?:not to (?:continue|proceed|progress|move forward|go forward|take)|to (?:go|move forward|proceed) with (?:another|other|a different|someone))|(?:they|she|he) said no\b|email (?:saying|to say) (?:no|sorry|unfortunately)|it'?s a (?:no|yes)\b|(?:let (?:me|us|\w+) know|get back to (?:me|us)|be in touch|(?:call|ring|phone|e-?mail) me)\b[^.;!?]{0,50}?,? and (?:they|she|he|hr) did\b(?!n'?t| not)|(?:gone|went) with (?:another|someone|a different|an internal)|got in touch|i start (?:on|next|monday))/gi;
/** "haven't heard back", "not even a rejection email": the answer that did not come. */
const NOT_BEFORE =
  /(?:\bnot|\bno|\bnobody|\bno one|\bnever|n't|\bwithout|\beven|\bnor|\bif|\bhope|\bhoping|\bguess\w*|\bassum\w*|\bthinks?|\bthought|\bprobably|\breckon|\bsuppose|\bsure|\bmaybe|\buntil|\btill|\bbefore|\bunless)\W+(?:\w+\W+){0,2}$/i;

function heardBack(text: string): boolean {
  for (const m of execAll(HEARD_BACK, text)) {
    if (!NOT_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) return true;
  }
  return false;
}
/** Whether a segment starts inside one of the token ranges given. */
const startsIn = (c: Clause, ranges: readonly [number, number][]): boolean =>
  ranges.some(([a, b]) => c.from >= a && c.from < b);
/** The segments that start outside the token ranges given, one a line. */
function keptText(clauses: Clause[], ranges: readonly [number, number][]): string {
  return clauses
    .filter((c) => !startsIn(c, ranges))
    .map((c) => c.surface)
    .join('\n');
}
/** `text` with the token ranges given blanked out (new lines kept), so offsets and line starts stay. */
function blanked(text: string, toks: Tok[], ranges: readonly [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
    const start = Math.max(at, toks[a]!.start);
    const end = toks[b - 1]!.end;
    if (end <= start) continue;
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}
/** "Said they'd phone that evening. They didn't." */
const NEVER_DID =
  /^(?:\W*(?:but|and|well|of course|needless to say)\W+)?(?:they|she|he|nobody|no one|hr|the call|the email|it|that call)\W+(?:didn'?t|did not|never did|never (?:came|called|rang|phoned|emailed|happened|arrived|materiali[sz]ed)|didn'?t come|did not come)\b/i;
/**
 * The two silence regexes as cues of one list, so the cue index's trigger words pick the
 * segments they can match (detect/candidates.ts) instead of both running on every segment.
 */
const SILENCE_CUES: SignPatterns = { id: 'no-follow-up', cues: [{ re: SILENCE }, { re: SILENCE_MORE }] };
// run on every segment with a trigger word, as they are (not one byte wide)
for (const re of [SILENCE, SILENCE_MORE, CLOSE_TALK]) compiledNativeAnyWidth(re);

/**
 * A silence in the room, not after it: "ten seconds of silence", "I tried to fill the silence",
 * "a long silence after each answer". Long accounts tell the interview's pauses beside the wait.
 */
const IN_ROOM_SILENCE =
  /\b(?:seconds? of silence|fill(?:ed|ing|s)? (?:the|that|it|them|every|each)\b|awkward silences?|(?:long|uncomfortable|stony|painful|pregnant) (?:pauses?|silences?)|silences? (?:after|between|following) (?:my|each|every|the|her|his) (?:answers?|questions?|replies)|(?:sat|waited|wrote|typed|read) in silence)/i;
/**
 * "A polite rejection, no feedback", "rejected by email without a reason": the answer came, and
 * what is missing is only the feedback. "Not even a rejection" or "I'd take a rejection" is none.
 */
const REJECTION_TOLD = /\b(?:rejection|rejected)\b/gi;
const NO_REJECTION_BEFORE =
  /(?:\bnot|\bno|\bnever|n't|\bwithout|\beven|\bnor|\bif|\bhope\w*|\bwould|'d|\brather|\bprefer|\bwish|\bleast|\bfor|\bawait\w*|\bexpect\w*)\W+(?:\w+\W+){0,2}$/i;
const FEEDBACK_WORDS = /\b(?:feedback|reason|explanation)\b/i;
function onlyFeedbackMissing(s: string): boolean {
  const said = SILENCE.exec(s) ?? SILENCE_MORE.exec(s);
  if (!said || !FEEDBACK_WORDS.test(said[0])) return false;
  for (const m of execAll(REJECTION_TOLD, s))
    if (!NO_REJECTION_BEFORE.test(s.slice(Math.max(0, m.index - 30), m.index))) return true;
  return false;
}
/** What a wait for word says: with any of these the silence is the employer's. */
const NO_WORD_TALK =
  /\b(?:heard|hear|word|reply|replied|email|e-mail|call|called|news|back|days?|weeks?|since|still)\b/i;

/** Which segments may say no word came: those `SILENCE` or `SILENCE_MORE` could match, by their trigger words. */
function maySayNoWord(toks: Tok[], clauses: Clause[]): (k: number) => boolean {
  const index = indexOf([SILENCE_CUES], false);
  const cands = candidates(index, clauses, true, toks);
  // undefined: no trigger words, so every segment is a candidate
  const picked = (re: RegExp): Set<number> | undefined => {
    const j = index.entries.findIndex((e) => e.cue.re === re);
    return j < 0 || index.entries[j]!.always ? undefined : new Set(cands[j] ?? []);
  };
  const silence = picked(SILENCE);
  const more = picked(SILENCE_MORE);
  return (k) => {
    const s = clauses[k]!.surface;
    return (
      (((silence?.has(k) ?? true) && SILENCE.test(s)) || ((more?.has(k) ?? true) && SILENCE_MORE.test(s))) &&
      !CLOSE_TALK.test(s) &&
      !(IN_ROOM_SILENCE.test(s) && !NO_WORD_TALK.test(s)) &&
      !onlyFeedbackMissing(s)
    );
  };
}
const NO_PROMISE_WINDOW = 10;
const ELAPSED_WORDS = /\b(since|been|ago|now|waited|pass|passed)\b/i;
const ABOUT_HEARING =
  /\b(hear|heard|decision|decide|call|ring|phone|email|e-mail|text|back|next (round|stage|step)|second (round|stage|interview)|contact|offer|result|outcome|let (me|you) know|in touch)/i;

/** A timeline is a promise or a booked next step, said looking forward ("said I'd hear by Friday"). */
const FORWARD =
  /\b(said|says|say|told|tell|promised|expect\w*|should|will|would|going to|gonna|hope[sd]?|aim\w*|plan\w*|invit\w*|is|are|booked|scheduled|arranged)\b|'(ll|d)\b/i;
/** What already happened: "offer came in 5 days", "rejected on the Friday", "I didn't get it". */
const OUTCOME = /\b(came|received|got a no|rejected|rejection|didn'?t get|did not get|turned down)\b/i;

/** A day in the story, not one they gave: "Tuesday's interview", "three weeks ago on Tuesday". */
const STORY_DAY =
  /\bago,? (?:on|last|this past) \w+|\bsince (?:last )?(?:mon|tue|wed|thu|fri|sat|sun)|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day'?s (?:interview|call|chat|meeting|screen|trial|assessment|session|visit|shift)\b|\binterview(?:ed)? (?:was |is )?(?:on|last|this past) (?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:last|this past) (?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const SAID_THEM =
  /\b(?:they|she|he|hr|recruiter|manager|panel|we)\W+(?:\w+\W+)?(?:said|told|promised)\b|\btold (?:me|us)\b|\b(?<!\bi )said (?:they|she|he|i'?d|i would|i'?ll)\b/i;
/** A later round told as it went ("the second round with the board was where it turned"), not one they offered. */
const ROUND_TOLD =
  /\b(?:second|2nd|third|3rd|final|next) (?:round|stage|interview)\b[^.]{0,30}\b(?:was|were|went|began|started|turned|had|did|felt|got)\b/i;
/** An answer that came weeks on: "they were, six weeks later, with a letter", "the rejection came two months later". */
const LATE_REPLY =
  /\b(?:\w+|\d+) (?:weeks|months) later\b[^.]{0,60}\b(?:letter|e-?mail|call|rang|phoned|wrote|rejection|reply|replied|heard|message|text|offer)\b|\b(?:letter|e-?mail|call|rejection|reply|message|offer|wrote|rang|phoned|called|emailed|replied|heard|came back|got back)\b[^.]{0,40}\b(?:\w+|\d+) (?:weeks|months) later\b/i;
/** A reply weeks on that followed another round is the process moving, not silence. */
const LATER_ROUND =
  /\b(?:second|2nd|third|3rd|next|final|another|follow[- ]up) (?:interview|round|stage|call|meeting|assessment|trial)\b/i;
/** Where the close is told: a timeline said there is a next step, wherever in the text. */
const END_MARKER =
  /\b(?:at the end|ended|as i (?:left|was leaving)|before i left|on (?:my|the) way out|wrapped up|at the close|to close|closing)\b/i;
/** Silence counts, outcomes and story days ("Trial day for...", early on) are not a timeline they gave. */
const SAID = /\b(said|told|promised|assurance)\b/i;
/** The writer guessing at a day, not one they gave: "could mean next week, could mean next year". */
const GUESS = /\b(?:could|might|may|can) (?:mean|be)\b|\bfor all i know\b|\b(?:who|god|lord) knows\b/i;
/**
 * A day with nothing of theirs in the sentence is the writer's own ("Drinks tomorrow?", "Back to the
 * drawing board tomorrow", "Plan for tonight: curry"): a promise names who gives word, how, or the step.
 */
const THEIRS =
  /\b(?:they|she|he|hr|recruiter|manager|panel|interviewer|boss|owner|director|chair|employer|company|said|says|told|tells|promised|mentioned|explained|hear|heard|decision|decid\w*|call\w*|ring|rang|phone\w*|e-?mail\w*|text\w*|(?:come|coming|came|go|going|be|me|you|us|him|her) back|back in|next|second|round|stage|step|contact\w*|offer\w*|result|outcome|know|touch|invit\w*|book\w*|schedul\w*|arrang\w*|meet\w*|trial|shift|start\w*|interview\w*|assessment|visit|test|presentation|repl\w*|respon\w*|answer|update (?:me|you|us)|confirm\w*|feedback|let|expect\w*|should|wait\w*)\b/i;
/** A gathering told as a day ("even at the Christmas party"), not a day they gave. */
const GATHERING =
  /\b(?:christmas|xmas|holiday|birthday|leaving|retirement|office|works|summer|staff) (?:party|parties|do|dinner|drinks|barbecue|bbq)\b/i;
/**
 * The writer's own next move or another job's: "maybe I call him tomorrow", "two other applications
 * this week", "I said I'd think about it over the weekend", "I've got an assessment centre with a
 * DIY chain next week".
 */
const OWN_MOVE =
  /\bi(?:'ll| will|'m going to| am going to|'m gonna| might| may| could| should| need to| have to| must| can)? (?:maybe |probably |just |then |also )?(?:chase|call|ring|phone|e-?mail|text|write|buy|draft|update|follow up|nudge|ping|check in with)\b|\b(?:other|another) (?:applications?|interviews?|jobs?|roles?|offers?|compan(?:y|ies)|places?|firms?)\b|\bif (?:you|u|i|we)(?: still)? (?:hear nothing|get nothing|(?:don'?t|do not|haven'?t|have not) (?:hear|heard|get|got))\b|\bi(?:'m| am) (?:going to|gonna) (?:say|accept|take|turn|decline|tell|sleep|think|ring|call)\b|\bi (?:said|told (?:them|him|her)) i'?d (?:think|let|sleep|get back|decide|come back)\b|\bi(?:'ve| have) got (?:an?|another) (?:[\w-]+ ){0,2}(?:interview|assessment|screen|call|trial)\b[^.]{0,30}\bwith (?:a|an|another)\b/i;
/** What happened before the interview, told as a story: "applied online, heard back in two days and was asked in". */
const BEFORE_INTERVIEW =
  /\b(?:applied|application)\b[^.]{0,60}\b(?:heard|called|rang|emailed|got back|replied)\b|\b(?:heard back|got a call|called|rang|emailed|got back)\b[^.]{0,40}\b(?:to (?:book|arrange|set up|schedule|invite)|and (?:was |got )?(?:asked|invited|booked))\b/i;

function isPromise(h: Hit, nearEnd: number): boolean {
  const t = h.clause.surface;
  // "told they'd decide within days, and heard nothing since" still reports the promise
  const said = SAID.test(t);
  if (!said && (SILENCE.test(t) || OUTCOME.test(t))) return false;
  return ABOUT_HEARING.test(t) || FORWARD.test(t) || h.clause.fromEnd < nearEnd;
}

/** "He abruptly stopped the interview ... and that was that": the end of a cut-short, not a close without a next step. */
const THAT_WAS_THAT = /\bthat was that\b/i;
const CUT_SHORT_BEFORE =
  /\b(?:abrupt\w*|stopped the (?:interview|call|meeting)|cut (?:it|me|the \w+) (?:short|off)|hung up|walked out)\b/i;
const CUT_SHORT_REACH = 400;

/** "Asked about the culture: 'we're a family.' That's it.": the end of a brush-off answer, not of the interview. */
const THATS_IT = /\b(?:that'?s|thats|that was|that is) (?:it|all)\b/i;
const ANSWER_BEFORE = /\b(?:asked|ask|when i asked)\b|["“”]|(?:^|\s)['‘][^'’]{3,}['’]/i;
const CLOSE_WORDS =
  /\b(?:end|ended|ending|goodbye|bye|shook|walked|stood|wrapped|thanks|thank you|finish\w*|done|over|left|minutes|mins)\b/i;
const ANSWER_REACH = 200;

/** The cue signs read here; a caller may find their hits in its own pass and hand them in. */
export const AFTERMATH_SIGNS: readonly SignPatterns[] = [
  timelineGiven,
  noNextStepsExplicit,
  noNextStepsClosing,
  noNextStepsEnding,
];

export function aftermathHits(
  toks: Tok[],
  clauses: Clause[],
  transcript: boolean,
  text: string,
  extraElapsed?: number,
  found?: ReadonlyMap<SignPatterns, Hit[]>,
  /** `readText(text).text` (what the tokens were read from), when the caller has it already. */
  normalised?: string,
  /** Token ranges that are no evidence (taken back, or about another interview): a day told there is no timeline. */
  notEvidence: [number, number][][] = [],
): Hit[] {
  const out: Hit[] = [];
  const afterCutShort = (h: Hit): boolean => {
    if (!THAT_WAS_THAT.test(h.clause.surface)) return false;
    const at = toks[h.clause.from]!.start;
    const said = h.clause.surface.slice(0, THAT_WAS_THAT.exec(h.clause.surface)!.index);
    if (CUT_SHORT_BEFORE.test(said)) return true;
    for (let k = clauses.indexOf(h.clause) - 1; k >= 0; k--) {
      const c = clauses[k]!;
      if (at - toks[c.to - 1]!.end > CUT_SHORT_REACH) break;
      if (CUT_SHORT_BEFORE.test(c.surface)) return true;
    }
    return false;
  };
  const afterAnswer = (h: Hit): boolean => {
    const t = h.clause.surface;
    const m = THATS_IT.exec(t);
    if (!m || CLOSE_WORDS.test(t)) return false;
    const said = t.slice(0, m.index);
    if (ANSWER_BEFORE.test(said)) return true;
    const at = toks[h.clause.from]!.start;
    for (let k = clauses.indexOf(h.clause) - 1; k >= 0; k--) {
      const c = clauses[k]!;
      if (at - toks[c.to - 1]!.end > ANSWER_REACH) break;
      if (CLOSE_WORDS.test(c.surface)) return false;
      if (ANSWER_BEFORE.test(c.surface)) return true;
    }
    return false;
  };
  const hitsOf = (sign: SignPatterns): Hit[] =>
    found?.get(sign) ?? hitsFrom(toks, clauses, [sign], transcript);
  const timeline = hitsOf(timelineGiven).filter((h) => !transcript || h.clause.role === 'interviewer');
  // a day in the story ("Tuesday's interview", "rejected the following week") is not a timeline they gave
  const nearEnd = Math.max(3, Math.ceil(clauses.length * 0.35));
  out.push(...timeline.filter((h) => isPromise(h, nearEnd)));
  // a day in the opening lines ("Tuesday's interview") or in a silence count is not a next step
  const told = notEvidence.reduce((hs, ranges) => withoutRetracted(hs, ranges), timeline);
  // once the answer is told ("I got the rejection five days later"), a day the writer names after it
  // ("I've got a call next week with the other firm") is no next step of this interview
  const notHere = notEvidence.flat();
  const answered = transcript ? -1 : clauses.findIndex((c) => !startsIn(c, notHere) && heardBack(c.surface));
  const promised = told.filter((h) => {
    const t = h.clause.surface;
    if ((STORY_DAY.test(t) || GUESS.test(t) || GATHERING.test(t)) && !SAID_THEM.test(t)) return false;
    if (answered >= 0 && clauses.indexOf(h.clause) > answered && !SAID_THEM.test(t)) return false;
    if (
      !THEIRS.test(t) ||
      ((OWN_MOVE.test(t) || (BEFORE_INTERVIEW.test(t) && h.clause.fromEnd >= nearEnd)) && !SAID_THEM.test(t))
    )
      return false;
    // a window they gave counts wherever it is told ("It's day 9. They said 'within two weeks'.")
    if (SAID_THEM.test(t) && !SILENCE.test(t)) return true;
    return (
      h.clause.fromEnd < nearEnd ||
      END_MARKER.test(t) ||
      (ABOUT_HEARING.test(t) && !SILENCE.test(t) && !(ROUND_TOLD.test(t) && !SAID_THEM.test(t)))
    );
  });
  // "no date given" counts wherever it is told, unless the same sentence takes it back with a day:
  // "No decision date given but HR will email Friday" (not the writer's guess: "nothing about when, and I don't
  // know if she means tomorrow")
  out.push(
    ...hitsOf(noNextStepsExplicit).filter(
      (h) =>
        !promised.some(
          (p) =>
            toks[p.from]!.sent === toks[h.from]!.sent &&
            p.from > h.from &&
            DAY_NAMED.test(spanWords(toks, p)) &&
            contrastBetween(toks, h.to, p.from),
        ),
    ),
  );
  if (promised.length === 0) {
    // what they said about getting in touch counts wherever it is told; how it ended, only near the end
    out.push(...hitsOf(noNextStepsClosing));
    out.push(
      ...hitsOf(noNextStepsEnding).filter(
        (h) => h.clause.fromEnd < nearEnd && !afterCutShort(h) && !afterAnswer(h),
      ),
    );
  }
  if (transcript) {
    const late = lateInCall(clauses, text);
    if (late) out.push(late);
  }
  if (!transcript) {
    const vague = out.some((h) => h.id === 'no-next-steps');
    // counts and dates read as the tokens are, OCR-repaired ("ca11 by the 1Oth")
    const read = normalised ?? readText(text).text;
    // an answer told of another application ("Didn't get it, they gave it to a lad...") is no answer to this one
    const heard = notHere.length && heardBack(read) ? heardBack(keptText(clauses, notHere)) : undefined;
    // nor is a wait or a count told of it ("my other interview last month ... went quiet on me");
    // the writer's words about the writing keep theirs ("I am writing four weeks after my interview")
    const occasions = notHere.filter(([a, b]) => !isWriting(wordsOnLine(toks, rawStart(toks, a, b), b)));
    const own = occasions.length ? blanked(read, toks, occasions) : read;
    const f = noFollowUp(toks, clauses, own, timeline, vague, nearEnd, extraElapsed, heard, notHere);
    if (f) out.push(f);
  }
  return out;
}

/** The words a hit matched. */
function spanWords(toks: Tok[], h: Hit): string {
  let out = '';
  for (let i = h.from; i < h.to; i++) out += `${toks[i]!.lower} `;
  return out;
}

/** "but", "except", "though" between two spans: the second takes the first back. */
function contrastBetween(toks: Tok[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CONTRAST.has(toks[i]!.lower)) return true;
  return false;
}
const CONTRAST = new Set(['but', 'except', 'though', 'although', 'however', 'apart']);

/** A promise that names its day or span, not a bare "we'll call you". */
const DAY_NAMED =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|(?:next|this|the) week|end of|within|by the|\d)/i;
const A_WEEK_ON = /\b(?:following|next) (?:mon|tue|wed|thu|fri|sat|sun)/i;
const WEEK_GONE_DAYS = 5;

/** Silence past the window: the words say so, or a date or count says it is past the window they gave. */
function noFollowUp(
  toks: Tok[],
  clauses: Clause[],
  text: string,
  timeline: Hit[],
  vague: boolean,
  nearEnd: number,
  extraElapsed: number | undefined,
  /** Whether an answer came, read outside what is no evidence (else read from `text`). */
  heard?: boolean,
  /** Token ranges that are no evidence: a silence told there is another interview's. */
  notHere: readonly [number, number][] = [],
): Hit | undefined {
  const t = timeFrom(text);
  const silentAt = maySayNoWord(toks, clauses);
  // the silent clauses by index, so a clause's neighbour is one step away
  const silentKs = clauses.flatMap((c, k) => (silentAt(k) && !startsIn(c, notHere) ? [k] : []));
  const silences = silentKs.map((k) => clauses[k]!);
  const strongAt = (k: number) => {
    const c = clauses[k]!;
    return (
      STRONG_SILENCE.test(c.surface) ||
      (SOFT_STRONG.test(c.surface) &&
        (AFTER_THAT.test(c.surface) ||
          CHASED.test(c.surface) ||
          ABOUT_HEARING.test(c.surface) ||
          ABOUT_HEARING.test(clauses[k - 1]?.surface ?? '')))
    );
  };
  // "radio silence" or "ghosted" told anywhere, not only in the first silence the story mentions
  const strongK = silentKs.find(strongAt);
  const strongSilence = strongK === undefined ? undefined : clauses[strongK];
  const silent = strongSilence ?? silences[0];
  const elapsed = t.elapsedDays ?? extraElapsed;
  const since = t.sinceDays ?? extraElapsed;
  const hit = (c: Clause, re: RegExp, confidence: number): Hit => ({
    id: 'no-follow-up',
    cue: { re },
    clause: c,
    from: c.from,
    to: c.to,
    confidence,
  });
  const at = (re: RegExp) => clauses.find((k) => re.test(k.surface)) ?? clauses[clauses.length - 1]!;
  const decide = (): Hit | undefined => {
    if (silent) {
      const strong = strongSilence !== undefined;
      const window = t.promisedDays ?? NO_PROMISE_WINDOW;
      // a count that may be about something else ("unemployed for six months") counts only beside the silence
      let near = since;
      if (near === undefined && elapsed !== undefined)
        for (const c of silences) {
          const d = timeFrom(c.surface).elapsedDays;
          if (d !== undefined) near = Math.max(near ?? 0, d);
        }
      const past = near !== undefined && (t.promisedDays !== undefined ? near > window : near >= window);
      if (strong || past || t.pastPromiseDays !== undefined || t.weekdayPastDays !== undefined)
        return hit(silent, SILENCE, strong ? 0.7 : 0.8);
      // they were chased and did not answer: time has gone by, unless a count or a window says it is still early
      // a call that went unanswered before the interview is told (ringing to confirm the time) is no chase
      const told = clauses.findIndex((c) => INTERVIEW.test(c.surface));
      const chased = (k: number): boolean => {
        const c = clauses[k];
        if (c === undefined || THANKS.test(c.surface)) return false;
        const m = CHASE.exec(c.surface);
        if (!m) return false;
        return (
          k > told ||
          (k === told && (m.index > INTERVIEW.exec(c.surface)!.index || AFTER_INTERVIEW.test(c.surface)))
        );
      };
      const chaseK = silentKs.find((k) => chased(k) || chased(k - 1));
      const chase = chaseK === undefined ? undefined : clauses[chaseK];
      const early =
        near !== undefined
          ? near < CHASE_MIN_DAYS || (t.promisedDays !== undefined && near <= window)
          : t.promisedDays !== undefined;
      if (chase && !early) return hit(chase, CHASE, 0.6);
    }
    // the date they gave has gone by: said outright, or a date or count says it
    if (t.pastPromiseDays !== undefined) return hit(at(ELAPSED_WORDS), ELAPSED_WORDS, 0.7);
    // "they said Friday; it's the following Thursday": the day they named is most of a week gone
    if (t.weekdayPastDays !== undefined && t.weekdayPastDays >= WEEK_GONE_DAYS)
      return hit(at(A_WEEK_ON), A_WEEK_ON, 0.6);
    if (since !== undefined && t.promisedDays !== undefined && since > t.promisedDays)
      return hit(at(ELAPSED_WORDS), ELAPSED_WORDS, 0.6);
    // "said they'd phone that evening. They didn't."
    for (const h of timeline) {
      const k = clauses.indexOf(h.clause);
      for (const c of clauses.slice(k + 1, k + 3))
        if (NEVER_DID.test(c.surface)) return hit(c, NEVER_DID, 0.7);
    }
    // a vague close and well over a week since, with no word of any answer
    if (since !== undefined && since >= NO_PROMISE_WINDOW && t.promisedDays === undefined) {
      if (vague) return hit(at(ELAPSED_WORDS), ELAPSED_WORDS, 0.6);
    }
    return undefined;
  };
  const found = decide();
  if (!found && (elapsed === undefined || elapsed < 21)) return undefined;
  // an answer came: only one that came weeks late, after silence or said to come weeks on, counts (a rejection after four weeks)
  const late = elapsed !== undefined && elapsed >= 21 && elapsed > (t.promisedDays ?? NO_PROMISE_WINDOW);
  const lateReply = late
    ? clauses.find((c) => LATE_REPLY.test(c.surface) && !LATER_ROUND.test(c.surface))
    : undefined;
  if (heard ?? heardBack(text)) {
    if (late && silent) return hit(silent, SILENCE, 0.6);
    return lateReply ? hit(lateReply, LATE_REPLY, 0.55) : undefined;
  }
  return found ?? (lateReply ? hit(lateReply, LATE_REPLY, 0.55) : undefined);
}

/** A call that owns up to the wait ("we said a week and it was almost five, I'm sorry"), or the candidate chased and heard nothing. */
const OWNED_UP = /\b(?:sorry|apolog\w*|on us|our fault|my fault|my bad)\b/i;
const CHASED_TWICE =
  /\b(?:e-?mail\w*|call\w*|rang|ring|phon\w*|chas\w*|follow\w* up|messag\w*)\b[^.?!]{0,50}\b(?:again|twice|a couple of times|a few times|three times|several times)\b/i;
const NOT_HEARD =
  /\b(?:hadn'?t|haven'?t|had not|have not|never|didn'?t) (?:heard|hear) (?:anything|back|a thing|a word|from (?:you|anyone|anybody))\b/i;
const LATE_MIN_DAYS = 7;

function lateInCall(clauses: Clause[], text: string): Hit | undefined {
  const c = clauses[0];
  if (!c) return undefined;
  // this runs on every turn of a call: the time is read only in an interviewer's apology, or in the
  // turn of a candidate who chased ("it's been three weeks, you said that Friday; I emailed twice")
  const chaser = c.role === 'candidate' && CHASED_TWICE.test(text);
  const t =
    (c.role === 'interviewer' && OWNED_UP.test(text)) || chaser ? timeFrom(normalisedText(text)) : undefined;
  const owned =
    t !== undefined &&
    t.promisedDays !== undefined &&
    t.elapsedDays !== undefined &&
    t.elapsedDays >= LATE_MIN_DAYS &&
    t.elapsedDays > t.promisedDays;
  const chased = chaser && NOT_HEARD.test(text);
  if (!owned && !chased) return undefined;
  const re = chased ? NOT_HEARD : ELAPSED_WORDS;
  const at = clauses.find((k) => re.test(k.surface)) ?? c;
  return {
    id: 'no-follow-up',
    cue: { re },
    clause: at,
    from: at.from,
    to: at.to,
    confidence: 0.6,
  };
}

// These run on the whole text or on every segment. Compiled after the cue regexes, V8 gives
// them unoptimized code for good (HEARD_BACK over a megabyte: ~150 ms against ~12 ms), so
// they are compiled now, at load.
for (const re of [HEARD_BACK, LATE_REPLY, LATER_ROUND, INTERVIEW, ELAPSED_WORDS, A_WEEK_ON, CHASE, THANKS])
  compiledNativeAnyWidth(re);
