/**
 * What kind of turn a transcript cue is heard in. A follow-up digs into what the candidate has
 * just said, so it comes straight after them; a panel reading out its set questions ("Question
 * three. Describe a time you… What was the outcome?") asks the same words of everyone. A short
 * turn ending on a question that names a tool ("Power BI, SQL?") asks what the candidate knows.
 */
import type { Turn } from '../types.js';
import type { Cue } from './types.js';
import { compiledNative } from '../exec-all.js';

/** A set question read out: numbered, or one of the stock openers of competency questions. */
const SET_QUESTION =
  /\bquestion (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|\b(?:describe|tell (?:me|us) about|give (?:me |us )?an example of|talk (?:me|us) through) (?:a|an) (?:time|occasion|situation|example)\b|\bcan you give (?:me |us )?an example\b/i;
/** The panel keeping its time: "Tessa's signalling the time", "are we fine for time?". */
const TIME_KEEPING =
  /\b(?:for time|the time|time check|out of time|time'?s (?:up|nearly up|getting on)|minutes left|keep(?:ing)? (?:an eye on )?(?:the )?time)\b/i;
/** A short turn: a question of this many words or fewer is asking, not telling. */
const SHORT_QUESTION_WORDS = 20;

function words(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (w) n++;
  return n;
}

/**
 * Whether `cue` may count in `turn`, `recent` being the turns just before it (the last two at most): a
 * follow-up may come after a second interviewer's word ("Can I ask about the redesign. Was that yours?").
 */
export function turnAllows(
  cue: Cue,
  turn: Turn,
  recent: readonly Turn[],
  candidate: string | undefined,
): boolean {
  const answers = recent.some((t) => t.speaker === candidate);
  if (cue.turn === 'reply') return answers && !SET_QUESTION.test(turn.text);
  if (cue.turn === 'untimed') return !TIME_KEEPING.test(turn.text);
  if (cue.turn === 'telling') {
    const text = turn.text.trim();
    return !(text.endsWith('?') && words(text) <= SHORT_QUESTION_WORDS);
  }
  return true;
}

// large, and first run on short strings: compiled to machine code at load, so their bytecode
// does not spend V8's regex budget (ADR 0008, "Session 20")
compiledNative(SET_QUESTION);
