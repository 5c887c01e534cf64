/**
 * The words of the wait: silence after the interview ("heard nothing", "radio silence", "ghosted"),
 * chasing it ("chased twice"), and what only looks like it (a pause in the room, a rejection
 * that came without feedback, "no word on next steps" at the close).
 * Session 23 added words of the wait from other Englishes and diaries: "till date no communication", "3 weeks, no
 * letter", "they have not called", "still refreshing my inbox", "they've gone quiet".
 */
import type { Tok } from '../nlp.js';
import { compiledNative, compiledNativeAnyWidth, execAll } from '../exec-all.js';
import { candidates } from './candidates.js';
import { indexOf } from './cue-index.js';
import type { Clause, SignPatterns } from './types.js';

export const SILENCE =
  /\b(heard nothing|hearing nothing|hear nothing|not hearing (?:anything|back|a thing)|haven'?t heard|have not heard|hasn'?t (called|emailed|replied|rung|texted|got back)|still (haven'?t|have not)(?! (?:found|landed|secured|got (?:a|another|any) (?:job|offer|role|position)|been able|decided|applied|started|finished|made up))|still (no|nothing|waiting|not heard|zero)|no word|no news|no reply|no replies|no response|no answer|no update|not heard (back|anything)|nothing since|unanswered|radio silence|crickets|tumbleweed|ghost(ed|ing|s)|no call|no email|not even a (rejection|holding|reply|no)|never heard back|heard nothing back|not a peep|nada|zilch|nothing at all|nothing yet|still nothing|until now nothing|left on read|on read|phone (stays|stayed|is) (quiet|silent)|(quiet|silent) (phone|inbox)|empty inbox|silence|not holding my breath|not received any|has not been answered|hasn'?t been answered|not been answered|nothing after|nothing from them|nothing back|heard zero|still not (?:got|gotten|heard|had|received)|(?:not|never|(?:have|has|had|did|do|does)n'?t|(?:have|has|had) not) (?:yet )?(?:had|received|got|gotten) (?:any |a |an )?(?:word|reply|response|news|answer|update|communication|contact|feedback|call|email|message)|(?:haven'?t|have not|hasn'?t|has not|not) (?:come|got|gotten) back|no one did|nobody (?:did|called|rang)|no revert|refreshing my (?:inbox|e-?mails?|phone|portal)|so much as an? (?:acknowledg\w*|reply|response|e-?mail|rejection|call|text)|(?:they|she|he|hr|recruiter|company|employer)(?:'ve| have|'s| has)? (?:gone|went) (?:totally |completely |very |all |fully )?(?:silent|quiet|dark|awol|mia)|no communication|no letter|no callback|no call back|(?:they|she|he|hr|recruiter|company|employer|manager)(?: still)? (?:haven'?t|have not|hasn'?t|has not) (?:yet )?(?:called|rung|rang|phoned|emailed|replied|texted|written|messaged)|(?:mon|tues|wednes|thurs|fri)day(?: came| came and went| went by| passed)?,? (?:and )?nothing|(?:job|role|post|position|vacancy|advert|ad)(?:'s| has| is)? (?:been |now |just |since |back )*(?:re-?advertised|re-?posted|reposted|back up on))\b|(^|[.!?]\s*)nothing\.|\band nothing\b(?! else| more)/i;
/**
 * The date they gave gone by, said outright (real22 round): "we've surpassed the notification deadline", "the
 * decision date came and went", "days turned into weeks". An application deadline is not theirs to keep.
 */
const DEADLINE_GONE = String.raw`(?:surpassed|passed|gone past|blown past|blew past|(?:well|way|long) past) (?:the|their) (?:notification|decision|response|reply|feedback|promised) (?:deadline|date)|(?:notification|decision|response|reply|feedback|promised) (?:deadline|date) (?:came and went|has come and gone|has passed|passed|went by|has gone by)|days turned into weeks`;
/** The promised word that did not arrive: "that call did not come", "the email never came", "the promised call on Tuesday never happened". */
const NEVER_ARRIVED = String.raw`(?:the|that|their|this|her|his|any) (?:phone |promised |follow[- ]up )?(?:call|e-?mail|letter|offer|callback|call back|reply|response|text|message)s?(?: (?:on|for|by|from) (?:the )?\w+)? (?:never|did not|didn'?t) (?:came|come|arrived|arrive|materiali[sz]ed|materiali[sz]e|happened|happen)\b(?! (?:today|tonight|yet|this (?:morning|afternoon|evening))\b)`;
/**
 * More ways to say no word came: idioms, dialect, chasing, a portal that never moves ("still
 * processing", but not the writer "still processing it").
 */
const SILENCE_MORE = new RegExp(
  String.raw`\b(?:(?:haven'?t|have not|hasn'?t|has not|never) (?:replied|responded|answered|got back|written back|rung back|called back)\b|(?:didn'?t|did not|never|haven'?t|have not|hasn'?t|has not) (?:receive|received|get|got|gotten) (?:a |any |the |that |their )?(?:promised |feedback |follow[- ]?up |phone )*(?:reply|response|answer|call ?back|callback|call|update|word|news|decision|follow[- ]?up)\b|(?<!\b(?:i|we) )never (?:called|rang|phoned|e-?mailed|texted|wrote|replied|responded|followed up|got back|got in touch|contacted me|let me know)\b|(?:e-?mails?|messages?|calls?|voicemails?|letters?|follow[- ]?ups?) (?:\w+ )?(?:went|go|remained|remain|were|are|sat|have gone|has gone|have been|has been) (?:\w+ )?unanswered\b|without (?:a|any|one|a single) (?:word|reply|response|call|peep|news|update)\b|${NEVER_ARRIVED}|${DEADLINE_GONE}|no (?:letter|callback|call back|messages?|texts?|msg)\b|auto-?repl(?:y|ies)\b|out of office\b|(?:email|e-mail|message)s? (?:\w+ )?bounced\b|bounce-?back\b|not a (?:word|dicky ?bird|sausage|squeak|whisper|sniff|dickie ?bird|single (?:word|email|call|thing))|hee-?haw|diddly\w*|(?:hear|heard|hearing|had|got|get) (?:nutten|nuttin|nuthin|nothin|nowt|zip|zilch|squat|jack|boo|a thing)|(?:gone|went|go|going) (?:completely |totally |very |really |all |a bit )?(?:quiet|silent|dark|awol|mia|cold)|stopped (?:replying|responding|answering|returning|getting back|picking up)|(?:nobody|no one|noone)(?: has| have|'s| 's) (?:yet )?(?:rung|called|phoned|emailed|e-mailed|written|replied|answered|responded|been in touch|got in touch|contacted me)|not (?:answering|replying|responding|returning (?:my )?(?:calls?|e-?mails?|messages?))|(?:nobody|no one|noone) (?:answer|answers|answered|picks? up|picked up|replie[sd]|responds?|responded|gets? back|got back|rings? back|rang back|calls? back|called back)|straight to (?:voicemail|voice mail|answerphone)|not picking (?:up|my call)|(?:never|didn'?t|did not|don'?t|do not|won'?t) (?:call|ring|phone|email|text|write|reply|respond|answer|get back)\w*(?: (?:me|us))? back\b|(?:never|didn'?t|did not|won'?t|doesn'?t|does not) (?:reply|respond|answer|return)\w*(?: to)? (?:my|me|the|any)|no (?:call ?back|callback|feedback|communication|contact|joy|follow[- ]?up|movement|acknowledge?ment|outcome)|still processing(?! (?:it|this|that|everything|what|how|all|the whole)\b)|still (?:under review|in review|pending|in progress|being reviewed|says|shows|showing|reads|on hold)|(?:chased|followed up|emailed|rang|called|phoned|nudged|pinged|messaged)(?: (?:them|her|him|the \w+|hr|twice|again|three times|a few times|once))* (?:twice|again|three times|a few times|and (?:still|got|heard|nothing|no)|but (?:nothing|no|still))|zero (?:word|response|reply|contact|news)|not (?:one|a single) (?:email|call|word|message|reply|text|phone call|response|update|peep|squeak|line|acknowledge?ment)|not even an? (?:\w+ )?(?:rejection|reply|response|acknowledge?ment|email|e-mail|call|text|update)|not a peep|nothing (?:for|in) (?:\w+ ){0,2}(?:days?|weeks?|months?)|so much as an? (?:email|call|reply|text|acknowledge?ment|rejection|word)|left (?:me )?hanging|(?:nobody|no one)(?:'s| has| have)? (?:got|gotten|come) back|inbox (?:is |stays |still |remains |has been |been )*(?:empty|dead|quiet|silent|dry|bare)|sweet (?:fa|f all|fanny adams|nothing|nada)|(?:never|didn'?t|did not) (?:came|come|got|gotten) back|in limbo|(?:gave|give|given|giving) up (?:hope|waiting|checking|expecting|on (?:them|it|hearing|the (?:job|role|company|place)))|(?:nothing|no (?:word|response|reply|contact|news)) (?:in between|in the meantime|in-between)|(?:have|has|am|are|is|'ve|'m|'s|still|was|were) yet to (?:hear|receive|get|be (?:contacted|told|called))|(?:hadn'?t|had not) (?:heard|received)\b(?! (?:of|about)\b)|never heard (?:from|anything|a thing|a word)|(?:days|weeks|months|fortnight) of (?:hearing )?(?:nothing|silence|radio silence|no (?:word|news|reply|response|contact))|(?:nobody|no one|noone|none of them)(?: \w+){0,3} (?:will|would|did|could)(?:n'?t)? (?:take|return|answer|pick up) (?:my|your|the|our) (?:calls?|e-?mails?|messages?)|(?:won'?t|wouldn'?t|didn'?t|did not|never|will not|would not) (?:take|return|answer) (?:my|your|any of my|the) (?:calls?|e-?mails?|messages?)|no any (?:reply|response|news|call|email|answer|update)|(?:haven'?t|hasn'?t|have not|has not|'ve not|'s not|hadn'?t|had not|never) (?:yet |once |even |really )?(?:been in touch|got in touch|gotten in touch|(?:contacted|called|rung|phoned|e-?mailed|texted|messaged) (?:me|us))\b(?! with (?:them|her|him|the|hr)\b)|(?:don'?t|do not) (?:reply|respond|answer)(?: to)? (?:me|my)\b|(?:not|never|didn'?t|did not|haven'?t|have not|has not|hasn'?t) (?:yet )?revert\w*)\b|(?:^|[.!?:;,…]\s*|\bthen:?\s+|\bstill\s+)nothing\b(?! (?:about|on|else|special|much|like|wrong|to|in|of|more|but|major|at all about))|\bnothing(?:\s*[^\w\s]+)*\s*$|(?<!\b(?:almost|nearly|never|not|n't) )\bgave up\W*$`,
  'i',
);
/** "No word on next steps", "nothing else": how the interview closed, not silence after it. */
const CLOSE_TALK =
  /\b(?:no|not a|without a|without any) word (?:on|about|of|re) (?:next|the next|any next|timing|when|a timeline|dates?|the process|what)|\bnothing (?:else|more)\b/i;
/** "never heard from them again": the silence told as over for good, which no count needs to back. */
const NEVER_AGAIN =
  'never (?:heard|got|had) (?:anything |a thing |a word |a peep |a reply |a response )?(?:back |more |from (?:them|her|him|the \\w+|anyone|anybody|that \\w+) )?(?:again|ever since|since then|after that)';
/**
 * Who owed the word, when "never called" needs no count: the people of this interview. Another
 * employer named there ("the children's hospital never called back") is often another application.
 */
const WHO_OWES = String.raw`\b(?:they|she|he|hr|nobody|no one|the (?:recruiter|manager|hiring manager|employer|company|interviewer|agency|agent|panel|owner|boss|hr (?:lady|guy|person|woman|man|department)))`;
/**
 * "I never received any follow-up", "they never called", "never got a reply": word that never
 * came, told once the wait is over (real stories are written weeks on). Not the writer's own
 * calls ("I never called them"), nor a manner ("never called me by my name").
 */
const NEVER_CAME = [
  String.raw`never (?:heard|got|received|had) (?:anything|a thing|a word|a peep|a single word|any word|any news|any (?:reply|response|answer|update|decision|call|follow[- ]?up)|an? (?:reply|response|answer|update|decision|call ?back|callback|follow[- ]?up))(?: back)?(?! (?:about|on|regarding|from) (?:the|my|his|her|their) (?:feedback|references?|referees?)\b)`,
  String.raw`${WHO_OWES} never (?:called|rang|phoned|e-?mailed|texted|wrote)(?: me| us)?(?: back)?\b(?! (?:me |us )?(?:by|a|an|out|on|in|for|about|to|the|my|his|her|their|it|that|this)\b)`,
  String.raw`${WHO_OWES} never (?:replied|responded|followed up|got back|got in touch|contacted me|let me know)\b`,
  NEVER_ARRIVED,
].join('|');
export const STRONG_SILENCE = new RegExp(
  `\\b(radio silence|ghost(ed|ing|s)|never heard back|left on read|${NEVER_AGAIN}|${NEVER_CAME}|${DEADLINE_GONE})\\b`,
  'i',
);
/** Silence words that also describe a dead moment in the interview ("total tumbleweed"); strong only when about hearing back. */
export const SOFT_STRONG = /\b(crickets|tumbleweed)\b/i;
export const CHASED = /\b(?:follow\w* up|chas\w*|nudg\w*|ping\w*)\b/i;
/** The candidate chasing: a follow-up sent, HR rung, the company called ("you call the company and nobody will take your call"). */
export const CHASE =
  /\b(?:follow(?:ed|ing)[- ]up|(?:i|you|we) follow up|follow[- ]?up (?:e-?mail|call|message|note|letter)|chas(?:ed|ing)|nudg(?:ed|ing)|(?:tried|attempted) to (?:contact|reach|call|ring|email|get (?:hold of|through to))|(?:i|you|we)(?: \w+)? (?:call|called|rang|ring|phone|phoned|email|emailed|e-mailed|text|texted|messag\w*|contact|contacted|wrote to|write to) (?:the (?:company|recruiter|office|agency|hiring manager|manager|school|store|firm|hospital|practice|interviewer)|hr|them|her|him|the hr \w+)|sent (?:another|one more|a follow\S*|a second|a polite|a chaser|a further))\b/i;
export const INTERVIEW = /\binterview/i;
export const AFTER_INTERVIEW = /\b(?:after|since) (?:the |my |our |that )?interview/i;
/** A thank-you note sent after the interview is courtesy, not a chase. */
export const THANKS = /\bthank/i;
export const AFTER_THAT = /^\W*(?:then|and then|since|since then|after that|afterwards|after)\b/i;
/**
 * The two silence regexes as cues of one list, so the cue index's trigger words pick the
 * segments they can match (detect/candidates.ts) instead of both running on every segment.
 */
const SILENCE_CUES: SignPatterns = { id: 'no-follow-up', cues: [{ re: SILENCE }, { re: SILENCE_MORE }] };
// run on every segment with a trigger word, as they are (not one byte wide)
for (const re of [SILENCE, SILENCE_MORE, CLOSE_TALK]) compiledNativeAnyWidth(re);
// large, and first run on short strings: compiled to machine code at load, so their bytecode
// does not spend V8's regex budget (ADR 0008, "Session 20")
compiledNative(STRONG_SILENCE);

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
export function maySayNoWord(toks: Tok[], clauses: Clause[]): (k: number) => boolean {
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

// These run on every segment. Compiled after the cue regexes, V8 gives them unoptimized code
// for good, so they are compiled now, at load (see heard-back.ts).
for (const re of [INTERVIEW, CHASE, THANKS]) compiledNativeAnyWidth(re);
