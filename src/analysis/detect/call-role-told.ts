/**
 * The job told at length: an interviewer who takes the floor to lay out the role reads as
 * detailed-role-info however they word it ("the role itself is based at...", "the senior on
 * our team usually runs three jobs", "you'd have a commis on you Thursday to Saturday"). The cue
 * modules look for a phrase; this looks for the shape of the telling (docs/decisions/0006).
 */
import { wordsOf } from '../delivery/words.js';
import type { Turn } from '../types.js';
import type { TurnSign } from './turn-sign.js';

/** A turn that holds the floor, not a reply. */
const TOLD_WORDS = 40;
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
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen)\b/gi;
const MIN_COUNTS = 2;
/** Greetings come first and the goodbye's arrangements last: neither is the job. */
const OPENING_TURNS = 2;
const CLOSING_TURNS = 3;

/** The first interviewer turn that tells the job at length, if any. */
export function roleToldIn(turns: readonly Turn[], isCandidate: (t: Turn) => boolean): Turn | undefined {
  for (let t = OPENING_TURNS; t < turns.length - CLOSING_TURNS; t++) {
    const turn = turns[t]!;
    if (isCandidate(turn)) continue;
    const text = turn.text.trim();
    // a long question asks about the candidate; telling ends on a statement
    if (text.endsWith('?') || wordsOf(text).length < TOLD_WORDS || !ROLE_ANCHOR.test(text)) continue;
    if ((text.match(COUNT)?.length ?? 0) >= MIN_COUNTS) return turn;
  }
  return undefined;
}

/** detailed-role-info from a turn that tells the job at length; needs a known candidate. */
export function roleToldSigns(turns: readonly Turn[], isCandidate: (t: Turn) => boolean): TurnSign[] {
  if (!turns.some(isCandidate)) return [];
  const turn = roleToldIn(turns, isCandidate);
  return turn ? [{ id: 'detailed-role-info', turn, weight: 1, confidence: 0.55 }] : [];
}
