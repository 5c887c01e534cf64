/**
 * Dead air: the interviewer meets an answer with a word or two ("Okay.", "Hmm.", "Everyone says
 * that.") and then nobody speaks for a long moment, until the candidate fills it or the next
 * question comes. Said nowhere, it shows only in the timings of an export that has them.
 * Over read calls with timings (docs/decisions/0006-call-manner.md): with three or more such
 * silences, 7 of 7 were labelled awkward-atmosphere; with two, 1 of 2; and the bar holds with a
 * silence of 3 s or 5 s as well as 4 s.
 */
import { wordsOf } from '../delivery/words.js';
import type { Turn } from '../types.js';
import { median, type TurnSign } from './turn-sign.js';

/** A reaction this short gives the candidate nothing to go on. */
const SHORT_REACTION_WORDS = 4;
/**
 * A silence: four seconds or more, and four times the call's usual pause between turns, since
 * some exports (and some writers) leave longer gaps everywhere.
 */
const SILENCE_SEC = 4;
const USUAL_PAUSES = 4;
/** Longer than a minute is a break, a cut in the recording or a reconnect, not a pause. */
const MAX_SILENCE_SEC = 60;
/** Greetings first, goodbyes last: no answer to meet yet, or none left. */
const OPENING_TURNS = 4;
const CLOSING_TURNS = 2;
const MIN_DEAD_AIR = 3;
/** "Go on." asks for more: the candidate was told to carry on, not left hanging. */
const PROMPT = /\b(?:go on|go ahead|carry on|keep going|continue|take your time)\b/i;

function pauseBefore(turns: readonly Turn[], t: number): number | undefined {
  const end = turns[t - 1]!.endSec;
  const start = turns[t]!.startSec;
  return end === undefined || start === undefined ? undefined : start - end;
}

/** The interviewer's short reactions followed by a long silence, in the middle of the call. */
export function deadAirOf(turns: readonly Turn[], isCandidate: (t: Turn) => boolean): Turn[] {
  const pauses: number[] = [];
  for (let t = OPENING_TURNS; t < turns.length - CLOSING_TURNS; t++) {
    const p = pauseBefore(turns, t);
    if (p !== undefined) pauses.push(p);
  }
  if (pauses.length === 0) return [];
  const silence = Math.max(SILENCE_SEC, USUAL_PAUSES * median(pauses));
  const out: Turn[] = [];
  for (let t = OPENING_TURNS; t < turns.length - CLOSING_TURNS; t++) {
    const reaction = turns[t - 1]!;
    const p = pauseBefore(turns, t);
    if (p === undefined || p < silence || p > MAX_SILENCE_SEC || isCandidate(reaction)) continue;
    const text = reaction.text;
    if (wordsOf(text).length <= SHORT_REACTION_WORDS && !text.includes('?') && !PROMPT.test(text))
      out.push(reaction);
  }
  return out;
}

/** Three or more silences after a short reaction: the room was awkward. */
export function deadAirSigns(turns: readonly Turn[], isCandidate: (t: Turn) => boolean): TurnSign[] {
  if (!turns.some(isCandidate)) return [];
  const dead = deadAirOf(turns, isCandidate);
  return dead.length >= MIN_DEAD_AIR
    ? [{ id: 'awkward-atmosphere', turn: dead[0]!, weight: 1, confidence: 0.55 }]
    : [];
}
