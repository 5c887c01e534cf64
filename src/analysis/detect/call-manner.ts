/**
 * Signs a call shows by how people talk rather than by a phrase: a candidate who keeps
 * apologising and stumbling (nerves), an interviewer whose bare "Okay." leaves the candidate
 * to fill the silence (flat, and with the candidate's apologies an awkward room). Thresholds
 * sit in the gap between the calls labelled with the sign and those without it, over every
 * labelled call whose errors may be read (docs/decisions/0006-call-manner.md).
 */
import { wordsOf } from '../delivery/words.js';
import { TOLD_WORDS } from './call-role-told.js';
import { matchCount } from '../exec-all.js';
import type { Turn } from '../types.js';
import { LAUGH } from './call-signs.js';
import { median, type TurnSign } from './turn-sign.js';

/** An apology, not sympathy ("sorry to hear") nor a request to repeat ("Sorry?"). */
const SORRY = /\bsorry\b(?!\s*(?:\?|to hear\b|for your\b|about your\b|you\b))/gi;
/**
 * Of those, an apology that turns to the interviewer: a question ("Sorry, should I say more?", "sorry,
 * one more"), a remark on them ("Sorry, you look a bit unconvinced"). It is manners, or the room's
 * awkwardness, and no stumble of the candidate's: nerves count the rest.
 */
const SORRY_TO_THEM = new RegExp(
  String.raw`${SORRY.source}(?=[,.\s—–-]+(?:i can see )?(?:you(?:'re| are| look| sound| seem)?\b|(?:just )?one more\b|can i\b|could i\b|may i\b)|[^.!?\n]*\?)`,
  'gi',
);
const HESITATION = /\b(?:u+m+|u+h+|e+r+m+|e+r+)\b/gi;
/**
 * Apologies for the line or for talking over each other ("Sorry, I was on mute", "sorry, is there a
 * delay?", "Sorry, no, you go") are the call's, not the candidate's nerves: counted apart, by sentence.
 * Over the read calls this takes two calls not labelled nervous (from two sets) under the rate, and no
 * labelled one.
 */
const SENTENCE = /[^.?!]+[.?!]*/g;
const FOR_THE_LINE =
  /\b(?:muted?|delay|lag|froze|frozen|freez\w*|video|camera|connection|signal|wi-?fi|internet|audio|mic|microphone|echo|cut(?:ting)? out|breaking up|hear me|still there|on my phone|my (?:phone|laptop|screen)|go ahead|after you|you first)\b|\byou go(?=[.,!]|$)/i;

/** Of a turn's apologies, those for the line and those turned to the interviewer (in the other sentences). */
function sorriesApart(text: string): { line: number; toThem: number } {
  let line = 0;
  let toThem = 0;
  for (const sentence of text.match(SENTENCE) ?? [])
    if (FOR_THE_LINE.test(sentence)) line += matchCount(SORRY, sentence);
    else toThem += matchCount(SORRY_TO_THEM, sentence);
  return { line, toThem };
}
/**
 * Apologies per 100 of the candidate's words (three or more, 150 words or more). In read calls
 * labelled candidate-nerves, 13 of 18 are at 0.83 or more; of the 66 without it, 65 are at 0.75
 * or less.
 */
const SORRY_RATE = 0.8;
/** Two apologies in a short call are chance, not a pattern. */
const MIN_SORRY = 3;
/**
 * "Um"s and "er"s per 100 of the candidate's words: 8 of 18 calls with nerves are at 3 or more,
 * 1 of 66 without. Half a sign: some people always talk like that.
 */
const HESITATION_RATE = 3;
/** Under this many words, rates say little. */
const MIN_CANDIDATE_WORDS = 150;

/**
 * The interviewer's reply to an answer is a few neutral words ("Okay.", "Right. Thanks.")
 * with no question, prompt or warmth, and the candidate speaks again: they filled the silence.
 * Fills are counted when one interviewer runs the call (LEAD_SHARE). Over read calls whose interviewer
 * never laughs or exclaims: with three or more fills, 10 of 10 were labelled flat-interviewer or
 * awkward-atmosphere (9 flat); with two, 2 of 2 (both awkward, neither flat); with one or none,
 * 4 of 25. Where the interviewer is lively, none of the 4 with two or more.
 */
const FILL_REPLY_WORDS = 3;
const MIN_FILLS = 3;
const MIN_FILLS_AWKWARD = 2;
/** The share of replies to answers that makes one interviewer the one running the call. */
const LEAD_SHARE = 0.7;
/**
 * An interviewer who laughs or exclaims even once is not flat, and their "Mm." is a nod (as in
 * callSigns): in read calls with four or more fills the interviewer never did; in the two with
 * three and no cold label, 5 and 8 times.
 */
const MAX_LIVELY_TURNS = 0;
/** Greetings and "can you hear me" come before any answer: no silence to fill yet. */
const OPENING_TURNS = 4;
/** "Next. Question four." and "Go on." ask for more: the candidate is not filling a silence. */
const PROMPT =
  /\b(?:next|question|tell me|describe|explain|give me|talk me|walk me|go on|carry on|continue|keep going)\b/i;
const WARM =
  /!|\b(?:great|nice|love|lovely|wow|brilliant|excellent|perfect|amazing|cool|interesting|good|gosh|ha|haha|hah|laughs?)\b/i;
/**
 * Silences filled and the candidate apologising three or more times: the room itself was awkward
 * (7 of 7 such read calls; with fewer apologies, 2 of 5). Without the apologies, a flat
 * interviewer is half an awkward room (as in callSigns).
 */
const AWKWARD_SORRY = 3;

/**
 * Two people starting at once and each giving way: a short turn of "Sorry, go ahead.", "No, you go.", "Sorry. You
 * first.", "No, sorry, carry on." Over the read calls (every set whose errors may be read, c21, w23, w24) the
 * eight calls with such a turn (five writers: x, z, v, c21, w23) are all labelled awkward-atmosphere; a bare "Go
 * ahead." (a handover) or "Sorry, go on." (h01 and r13, one each way) is left out.
 */
export const CROSSTALK =
  /^(?:(?:oh|oops|um|uh|ah)[,.!]?\s+)*(?:(?:sorry|no)\b[,.!—–-]*\s*(?:(?:sorry|no|please)\b[,.!—–-]*\s*)*(?:go ahead|you go|you first|after you)\b|no\b[,.!—–-]*\s*(?:sorry\b[,.!—–-]*\s*)?(?:go on|carry on)\b)/i;
/**
 * Twice or more: once happens on any line. Three read calls have two or more (x11, z09, c21-01: three writers), all
 * labelled; the five with one are labelled too, but four of them come from c21 and w23, written to show crosstalk,
 * and on the blind calls one such turn was read in three calls, one of them labelled (session 25).
 */
const MIN_CROSSTALK = 2;
/** Longer than this, the turn says something besides giving way. */
const CROSSTALK_WORDS = 8;

/** The turns in which someone gives way after both spoke at once (CROSSTALK). */
export function crosstalkOf(turns: readonly Turn[]): Turn[] {
  // the anchored test first: it fails on the first word of nearly every turn
  return turns.filter((t) => CROSSTALK.test(t.text.trimStart()) && wordsOf(t.text).length <= CROSSTALK_WORDS);
}

/**
 * The interviewer meets answers by reading on down the list: a reply that is the next question's number ("Okay.
 * Question three.", "Right. Next question.", "Question six.", "Next. What motivates you.") after a bare word or none,
 * the number said as a sentence of its own ("Question 2, tell me about…" is only how the question is put).
 * Twice or more with no interviewer laughing or exclaiming: over the read calls (every set whose errors may be read,
 * c21, w23, w24) the 14 such calls, from eleven sets, are all labelled flat-interviewer, and none without the label
 * has two. A panel's "Thank you. Question three." is its manners, a set list read politely, and is not counted.
 * Read after the silences filled, whose quote ("Okay.") shows more.
 */
const NEXT_QUESTION =
  /^(?:(?:okay|ok|right|noted|fine|mm+|hm+|mhm|alright|so)[.,]?\s+)*(?:question (?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)|next question|next one|next)[.:!?]/i;
const NEXT_QUESTIONS = 2;

/** The interviewers' turns right after one of the candidate's: their replies to the answers. */
function repliesToAnswers(turns: readonly Turn[], isCandidate: (t: Turn) => boolean): Turn[] {
  const out: Turn[] = [];
  for (let t = 1; t < turns.length; t++)
    if (!isCandidate(turns[t]!) && isCandidate(turns[t - 1]!)) out.push(turns[t]!);
  return out;
}

/** Whether `speaker` gives LEAD_SHARE of `replies`: one voice runs the call (on a panel, one member is not the room). */
function leads(speaker: string | undefined, replies: readonly Turn[]): boolean {
  return replies.filter((t) => t.speaker === speaker).length >= LEAD_SHARE * replies.length;
}

/**
 * Reading on counts when one voice runs the call (as for the silences filled) over enough answers: a call of a
 * handful of answers read down a list is a short screen, not a flat interviewer (transcript-cues.test.ts).
 */
const MIN_READ_ON_ANSWERS = 10;

/** The leading interviewer's replies that go straight on to the next question on the list (NEXT_QUESTION). */
function ledReadOn(turns: readonly Turn[], isCandidate: (t: Turn) => boolean): Turn[] {
  const replies = repliesToAnswers(turns, isCandidate);
  const readOn = replies.filter((t) => NEXT_QUESTION.test(t.text.trim()));
  if (readOn.length < NEXT_QUESTIONS || replies.length < MIN_READ_ON_ANSWERS) return [];
  const repliesBy = new Map<string, number>();
  for (const t of replies) repliesBy.set(t.speaker, (repliesBy.get(t.speaker) ?? 0) + 1);
  const [lead] = [...repliesBy].reduce((a, b) => (b[1] > a[1] ? b : a));
  return leads(lead, replies) ? readOn.filter((t) => t.speaker === lead) : [];
}

/**
 * The candidate's own questions (five words or more, not "is that okay?", "Um, shall I go on?" or "is there
 * anything else you'd like me to tell you?") met by short replies
 * throughout: a median reply of 12 words or fewer over three or more questions. Of read calls with
 * three or more such questions, 13 of 22 with little-company-info and 5 of 39 without. Half a sign: a brisk but open
 * interviewer answers short too, so it needs one brush-off or pat line beside it.
 */
const QUESTION_SENTENCE = /[^.!?]*\?/g;
const CHECK_QUESTION =
  /^\s*(?:(?:u+m+|u+h+|e+r+m*|oh|okay|ok|right|so|and)[,.—–-]*\s+)*(?:sorry\b|is that\b|does that\b|was that\b|did (?:you|that|i)\b|do you want\b|should i\b|shall i\b|can you (?:hear|see)\b|are you still\b|(?:is there\W+)*anything (?:else )?you'?d like (?:me )?to (?:tell|know|hear|add|go)\b)/i;
const MIN_QUESTION_WORDS = 5;
const MIN_QUESTIONS = 3;
const SHORT_ANSWERS_WORDS = 12;
/**
 * Or the candidate keeps asking (six or more real questions) and the interviewers never hold the
 * floor: at most one of their turns after the opening runs to 40 words. However much was asked,
 * nobody told them about the place. Over the 132 read calls, the 16 like this (from ten sets) were
 * all labelled little-company-info; of those without the label, none had six questions and so few
 * long turns (one had five).
 */
const MANY_QUESTIONS = 6;
const MAX_LONG_TURNS = 1;

function asksRealQuestion(text: string): boolean {
  for (const q of text.match(QUESTION_SENTENCE) ?? [])
    if (wordsOf(q).length >= MIN_QUESTION_WORDS && !CHECK_QUESTION.test(q)) return true;
  return false;
}

/** The interviewer's replies to the candidate's real questions, after the opening. */
export function questionRepliesOf(turns: readonly Turn[], isCandidate: (t: Turn) => boolean): Turn[] {
  const out: Turn[] = [];
  for (let t = OPENING_TURNS; t + 1 < turns.length; t++) {
    const reply = turns[t + 1]!;
    if (isCandidate(turns[t]!) && !isCandidate(reply) && asksRealQuestion(turns[t]!.text)) out.push(reply);
  }
  return out;
}

/** How the candidate talks over the whole call: apologies, hesitations, words. */
export interface CandidateManner {
  words: number;
  sorries: number;
  /** Of the apologies, those for the line or for talking over each other. */
  lineSorries: number;
  /** Of the others, those turned to the interviewer (SORRY_TO_THEM). */
  sorriesToThem: number;
  hesitations: number;
  /**
   * The turn to quote: the candidate's turn with the most apologies and hesitations after the
   * opening (tech trouble is no stumble), the earliest of equals; an opening one if none.
   */
  stumbling: Turn | undefined;
}

export function candidateMannerOf(
  turns: readonly Turn[],
  isCandidate: (t: Turn) => boolean,
): CandidateManner {
  let words = 0;
  let sorries = 0;
  let lineSorries = 0;
  let sorriesToThem = 0;
  let hesitations = 0;
  let stumbling: Turn | undefined;
  let most = 0;
  let openingSorry: Turn | undefined;
  for (let t = 0; t < turns.length; t++) {
    const turn = turns[t]!;
    if (!isCandidate(turn)) continue;
    words += wordsOf(turn.text).length;
    const s = matchCount(SORRY, turn.text);
    const h = matchCount(HESITATION, turn.text);
    sorries += s;
    if (s) {
      const apart = sorriesApart(turn.text);
      lineSorries += apart.line;
      sorriesToThem += apart.toThem;
    }
    hesitations += h;
    if (s && t < OPENING_TURNS) openingSorry ??= turn;
    else if (s && s + h > most) {
      stumbling = turn;
      most = s + h;
    }
  }
  return { words, sorries, lineSorries, sorriesToThem, hesitations, stumbling: stumbling ?? openingSorry };
}

/**
 * A candidate who apologises all through the call (1.3 or more "sorry"s per 100 of their words)
 * restarts after every short reply out of nerves, talking over "Mm-hm." and crosstalk alike: those
 * replies are not an interviewer left flat. Over the read calls that a whole-call reading made flat,
 * the 5 at this rate or above (four sets) were none of them labelled flat-interviewer; the 27
 * labelled flat are all at 1.07 or below.
 */
const FLAT_YIELDS_TO_SORRY_RATE = 1.3;

/** Whether the candidate's apologies (`candidateMannerOf`), not the interviewer's replies, set the call's pace. */
export function apologisesThroughout(me: CandidateManner): boolean {
  return (
    me.words >= MIN_CANDIDATE_WORDS &&
    me.sorries >= MIN_SORRY &&
    (100 * me.sorries) / me.words >= FLAT_YIELDS_TO_SORRY_RATE
  );
}

/** The interviewer's replies that the candidate followed by speaking again, unprompted. */
export function silenceFillsOf(turns: readonly Turn[], isCandidate: (t: Turn) => boolean): Turn[] {
  const fills: Turn[] = [];
  for (let t = OPENING_TURNS; t + 1 < turns.length; t++) {
    const reply = turns[t]!;
    if (isCandidate(reply) || !isCandidate(turns[t - 1]!) || !isCandidate(turns[t + 1]!)) continue;
    // a short reply to any question of the candidate's ("what's the group called?" "Rivenhall.",
    // "shall I go on?" "Yep.") answers it: it leaves no silence to fill
    if (turns[t - 1]!.text.includes('?')) continue;
    const text = reply.text;
    if (
      wordsOf(text).length <= FILL_REPLY_WORDS &&
      !text.includes('?') &&
      !WARM.test(text) &&
      !PROMPT.test(text)
    )
      fills.push(reply);
  }
  return fills;
}

/** How the interviewer met the answers: the silences one voice left the candidate to fill, and lively turns. */
export interface Room {
  fills: Turn[];
  livelyTurns: number;
}

export function roomOf(turns: readonly Turn[], isCandidate: (t: Turn) => boolean): Room {
  const bySpeaker = new Map<string, Turn[]>();
  for (const f of silenceFillsOf(turns, isCandidate))
    bySpeaker.set(f.speaker, [...(bySpeaker.get(f.speaker) ?? []), f]);
  const most = [...bySpeaker.values()].reduce<Turn[]>((a, b) => (b.length > a.length ? b : a), []);
  // one voice runs the call and leaves the silences: on a panel, one flat member is not the room
  // (as in callSigns)
  const fills = leads(most[0]?.speaker, repliesToAnswers(turns, isCandidate)) ? most : [];
  const livelyTurns = turns.filter(
    (t) => !isCandidate(t) && (LAUGH.test(t.text) || t.text.includes('!')),
  ).length;
  return { fills, livelyTurns };
}

/** Signs read from the manner of the whole call; needs a known candidate. */
export function mannerSigns(
  turns: readonly Turn[],
  isCandidate: (t: Turn) => boolean,
  me: CandidateManner = candidateMannerOf(turns, isCandidate),
): TurnSign[] {
  if (!turns.some(isCandidate)) return [];
  const out: TurnSign[] = [];
  if (me.words >= MIN_CANDIDATE_WORDS && me.stumbling) {
    const own = me.sorries - me.lineSorries - me.sorriesToThem;
    if (own >= MIN_SORRY && (100 * own) / me.words >= SORRY_RATE)
      out.push({ id: 'candidate-nerves', turn: me.stumbling, weight: 1, confidence: 0.6 });
  }
  const hesitant = me.words >= MIN_CANDIDATE_WORDS && (100 * me.hesitations) / me.words >= HESITATION_RATE;
  if (hesitant && !out.length) {
    const first = turns.find((t) => isCandidate(t) && matchCount(HESITATION, t.text) > 0);
    if (first) out.push({ id: 'candidate-nerves', turn: first, weight: 0.5, confidence: 0.5 });
  }
  const replies = questionRepliesOf(turns, isCandidate);
  const lengths = replies.map((t) => wordsOf(t.text).length);
  if (replies.length >= MIN_QUESTIONS && median(lengths) <= SHORT_ANSWERS_WORDS) {
    const first = replies[lengths.findIndex((n) => n <= SHORT_ANSWERS_WORDS)]!;
    out.push({ id: 'little-company-info', turn: first, weight: 0.5, confidence: 0.5 });
  }
  if (replies.length >= MANY_QUESTIONS) {
    let long = 0;
    for (let t = OPENING_TURNS; t < turns.length; t++)
      if (!isCandidate(turns[t]!) && wordsOf(turns[t]!.text).length >= TOLD_WORDS) long++;
    if (long <= MAX_LONG_TURNS)
      out.push({ id: 'little-company-info', turn: replies[0]!, weight: 1, confidence: 0.55 });
  }
  const crosstalk = crosstalkOf(turns);
  if (crosstalk.length >= MIN_CROSSTALK)
    out.push({ id: 'awkward-atmosphere', turn: crosstalk[0]!, weight: 1, confidence: 0.55, moment: true });
  const room = roomOf(turns, isCandidate);
  if (room.livelyTurns <= MAX_LIVELY_TURNS && room.fills.length >= MIN_FILLS_AWKWARD) {
    const turn = room.fills[0]!;
    const flat = room.fills.length >= MIN_FILLS;
    if (flat) out.push({ id: 'flat-interviewer', turn, weight: 1, confidence: 0.6 });
    const awkward = me.sorries >= AWKWARD_SORRY;
    if (awkward || flat)
      out.push({
        id: 'awkward-atmosphere',
        turn,
        weight: awkward ? 1 : 0.5,
        confidence: awkward ? 0.55 : 0.5,
      });
  }
  if (room.livelyTurns <= MAX_LIVELY_TURNS && !out.some((s) => s.id === 'flat-interviewer')) {
    const readOn = ledReadOn(turns, isCandidate);
    if (readOn.length >= NEXT_QUESTIONS)
      out.push({ id: 'flat-interviewer', turn: readOn[0]!, weight: 1, confidence: 0.55 });
  }
  return out;
}
