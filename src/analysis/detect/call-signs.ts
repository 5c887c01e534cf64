/** Signs read from the whole call: laughter shared, a flat or terse interviewer, silences. */
import type { Turn } from '../types.js';
import { median, wordCount, type TurnSign } from './turn-sign.js';

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
/** A whole call, not an excerpt of a few turns (detect/run.ts counts its signs by it too). */
export const WHOLE_CALL_TURNS = 20;
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
