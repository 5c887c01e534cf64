/**
 * The job told at length: an interviewer who takes the floor to lay out the role reads as
 * detailed-role-info however they word it ("the role itself is based at...", "the senior on
 * our team usually runs three jobs", "you'd have a commis on you Thursday to Saturday"), and one
 * who tells it as the candidate's own ("you'd...", "you'll...") reads as future-role-talk. The cue
 * modules look for a phrase; this looks for the shape of the telling (docs/decisions/0006).
 */
import { wordsOf } from '../delivery/words.js';
import type { Turn } from '../types.js';
import type { TurnSign } from './turn-sign.js';

/** A turn that holds the floor, not a reply (call-manner.ts counts such turns too). */
export const TOLD_WORDS = 40;
/** About the job or the one who takes it: the role named, or what "you'd" / "you'll" do. */
const ROLE_ANCHOR =
  /\b(?:you['’]d|you['’]ll|you would|you will|the (?:role|job|post|position)\b|the (?:successful candidate|new (?:hire|starter|person)))/i;
/**
 * Specifics come with counts: a team of six, two sites, five days out of seven. Over the 132 read
 * calls, a turn like this with two or more counts was in 55 of the 88 labelled detailed-role-info
 * and in none of the 44 without; with one count it was in 4 of those 44 (a long concern or question
 * about the candidate's years somewhere).
 */
const COUNT =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen)\b/gi;
const MIN_COUNTS = 2;
/**
 * A shorter turn tells the job too when it is dense with counts: "The job here. Nights, Sunday to Thursday, ten till
 * six. You'd have three team leaders and about sixty pickers" (35 words). Short calls tell the job in one such turn.
 */
const DENSE_WORDS = 25;
const DENSE_COUNTS = 3;
/**
 * The job told to the candidate as theirs: "you'd" or "you'll" twice or more in one such turn
 * ("you'd shadow Ana for two weeks, then you'll own the bread") is future-role-talk. Over the
 * read calls, 31 of the 37 labelled future-role-talk (from all twelve read call sets) have one,
 * and none of the 95 without; with one "you'd" it was in 9 of those 95.
 */
const YOURS = /\byou['’](?:d|ll)\b|\byou (?:would|will)\b/gi;
const MIN_YOURS = 2;
/** "You'll hear from us by Friday, and you'd then meet the team": the next round, not the job. */
const NEXT_STEPS = /\b(?:hear from (?:us|me)|be in touch|get back to you|next steps?)\b/i;
/** Greetings come first and the goodbye's arrangements last: neither is the job. */
const OPENING_TURNS = 2;
const CLOSING_TURNS = 3;

/** An interviewer turn after the greetings and before the goodbye that holds the floor and tells. */
function telling(
  turns: readonly Turn[],
  t: number,
  isCandidate: (t: Turn) => boolean,
  minWords = TOLD_WORDS,
): boolean {
  const turn = turns[t]!;
  if (t < OPENING_TURNS || t >= turns.length - CLOSING_TURNS || isCandidate(turn)) return false;
  const text = turn.text.trim();
  // a long question asks about the candidate; telling ends on a statement
  return !text.endsWith('?') && wordsOf(text).length >= minWords;
}

/** The first interviewer turn that tells the job at length, if any. */
export function roleToldIn(turns: readonly Turn[], isCandidate: (t: Turn) => boolean): Turn | undefined {
  return turns.find((turn, t) => {
    if (!telling(turns, t, isCandidate, DENSE_WORDS) || !ROLE_ANCHOR.test(turn.text)) return false;
    const counts = turn.text.match(COUNT)?.length ?? 0;
    return counts >= DENSE_COUNTS || (counts >= MIN_COUNTS && wordsOf(turn.text.trim()).length >= TOLD_WORDS);
  });
}

/** The first interviewer turn that tells the candidate what they would do there, if any. */
export function yoursToldIn(turns: readonly Turn[], isCandidate: (t: Turn) => boolean): Turn | undefined {
  return turns.find(
    (turn, t) =>
      telling(turns, t, isCandidate) &&
      !NEXT_STEPS.test(turn.text) &&
      (turn.text.match(YOURS)?.length ?? 0) >= MIN_YOURS,
  );
}

/** detailed-role-info and future-role-talk from turns that tell the job at length; needs a known candidate. */
export function roleToldSigns(turns: readonly Turn[], isCandidate: (t: Turn) => boolean): TurnSign[] {
  if (!turns.some(isCandidate)) return [];
  const out: TurnSign[] = [];
  const role = roleToldIn(turns, isCandidate);
  // three counts or more in the one turn are the job told in full, enough alone in a whole call (callMinWeight 1.5)
  if (role) {
    const full = (role.text.match(COUNT)?.length ?? 0) >= DENSE_COUNTS;
    out.push({ id: 'detailed-role-info', turn: role, weight: full ? 1.5 : 1, confidence: 0.55 });
  }
  const yours = yoursToldIn(turns, isCandidate);
  if (yours) out.push({ id: 'future-role-talk', turn: yours, weight: 1, confidence: 0.55 });
  return out;
}
