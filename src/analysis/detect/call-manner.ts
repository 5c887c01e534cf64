/**
 * Signs a call shows by how people talk rather than by a phrase: a candidate who keeps
 * apologising and stumbling (nerves), an interviewer whose bare "Okay." leaves the candidate
 * to fill the silence (flat, and with the candidate's apologies an awkward room). Thresholds
 * sit in the gap between the calls labelled with the sign and those without it, over every
 * labelled call whose errors may be read (docs/decisions/0011-call-manner.md).
 */
import { wordsOf } from '../delivery/words.js';
import type { Turn } from '../types.js';
import type { TurnSign } from './transcript-turns.js';

/** An apology, not sympathy ("sorry to hear") nor a request to repeat ("Sorry?"). */
const SORRY = /\bsorry\b(?!\s*(?:\?|to hear\b|for your\b|about your\b|you\b))/gi;
const HESITATION = /\b(?:u+m+|u+h+|e+r+m+|e+r+)\b/gi;
/**
 * Apologies per 100 of the candidate's words. In calls labelled candidate-nerves, 15 of 18
 * are at 0.83 or more; in calls without it, 65 of 66 are at 0.75 or less.
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
 * with no question and nothing warm, and the candidate speaks again: they filled the silence.
 * Four or more times in a call, in our read calls, was always flat-interviewer or
 * awkward-atmosphere (11 of 11; three times: 0 of 3).
 */
const FILL_REPLY_WORDS = 3;
const MIN_FILLS = 4;
/** Greetings and "can you hear me" come before any answer: no silence to fill yet. */
const OPENING_TURNS = 4;
const WARM =
  /!|\b(?:great|nice|love|lovely|wow|brilliant|excellent|perfect|amazing|cool|interesting|good|gosh|ha|haha|hah|laughs?)\b/i;
/**
 * With the candidate apologising three or more times as well, the room itself was awkward
 * (7 of 7 such read calls; of the 4 with fewer apologies, none).
 */
const AWKWARD_SORRY = 3;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** How the candidate talks over the whole call: apologies, hesitations, words. */
export interface CandidateManner {
  words: number;
  sorries: number;
  hesitations: number;
  /** The candidate's first turn with an apology after the opening (tech trouble is no stumble), to quote. */
  firstSorry: Turn | undefined;
}

export function candidateMannerOf(
  turns: readonly Turn[],
  isCandidate: (t: Turn) => boolean,
): CandidateManner {
  let words = 0;
  let sorries = 0;
  let hesitations = 0;
  let firstSorry: Turn | undefined;
  let openingSorry: Turn | undefined;
  for (let t = 0; t < turns.length; t++) {
    const turn = turns[t]!;
    if (!isCandidate(turn)) continue;
    words += wordsOf(turn.text).length;
    const s = count(SORRY, turn.text);
    sorries += s;
    if (s && t < OPENING_TURNS) openingSorry ??= turn;
    else if (s) firstSorry ??= turn;
    hesitations += count(HESITATION, turn.text);
  }
  return { words, sorries, hesitations, firstSorry: firstSorry ?? openingSorry };
}

/** The interviewer replies that the candidate followed by speaking again, unprompted. */
export function silenceFillsOf(turns: readonly Turn[], isCandidate: (t: Turn) => boolean): Turn[] {
  const fills: Turn[] = [];
  for (let t = OPENING_TURNS; t + 1 < turns.length; t++) {
    const reply = turns[t]!;
    if (isCandidate(reply) || !isCandidate(turns[t - 1]!) || !isCandidate(turns[t + 1]!)) continue;
    const text = reply.text;
    if (wordsOf(text).length <= FILL_REPLY_WORDS && !text.includes('?') && !WARM.test(text))
      fills.push(reply);
  }
  return fills;
}

/** Signs read from the manner of the whole call; needs a known candidate. */
export function mannerSigns(turns: readonly Turn[], isCandidate: (t: Turn) => boolean): TurnSign[] {
  if (!turns.some(isCandidate)) return [];
  const out: TurnSign[] = [];
  const me = candidateMannerOf(turns, isCandidate);
  if (me.words >= MIN_CANDIDATE_WORDS && me.firstSorry) {
    const rate = (100 * me.sorries) / me.words;
    if (me.sorries >= MIN_SORRY && rate >= SORRY_RATE)
      out.push({ id: 'candidate-nerves', turn: me.firstSorry, weight: 1, confidence: 0.6 });
  }
  const hesitant = me.words >= MIN_CANDIDATE_WORDS && (100 * me.hesitations) / me.words >= HESITATION_RATE;
  if (hesitant && !out.length) {
    const first = turns.find((t) => isCandidate(t) && count(HESITATION, t.text) > 0);
    if (first) out.push({ id: 'candidate-nerves', turn: first, weight: 0.5, confidence: 0.5 });
  }
  const fills = silenceFillsOf(turns, isCandidate);
  if (fills.length >= MIN_FILLS) {
    const turn = fills[0]!;
    out.push({ id: 'flat-interviewer', turn, weight: 1, confidence: 0.6 });
    const awkward = me.sorries >= AWKWARD_SORRY;
    out.push({ id: 'awkward-atmosphere', turn, weight: awkward ? 1 : 0.5, confidence: awkward ? 0.55 : 0.5 });
  }
  return out;
}
