import { execAll } from '../exec-all.js';
import { STATED_SENTENCE, sentenceAround } from '../stated-clauses.js';
import type { Format } from '../../core/record.js';
import { FORMAT_WORDS, STAGE_WORDS } from './round-words.js';

/**
 * A sentence setting out the whole process ("Interview process: phone screen, then a final
 * on-site"; "The stages are a screen, a take-home and a panel"): its steps are the plan, not
 * this round, unless a clause of it says which one was today ("…, the on-site was today").
 */
const PROCESS_INTRO =
  /\b(?:(?:interview|hiring|recruitment|recruiting|application)\s+process|(?:the|their)\s+(?:process|steps|stages|rounds|pipeline|loop)\s+(?:is|are|was|were|has|had|will be|consists?|includes?|involves?|looks?|goes)|(?:process|steps|stages|pipeline)\s*:)/i;
/** "phone screen then onsite", "screen -> panel": steps in order. */
const STEP_SEQUENCE = /\b(?:then|followed by|after that)\b|->|\u2192|>/i;
/** A clause that says this step was the one just had. */
export const THIS_STEP_TOLD =
  /\b(?:today|yesterday|this (?:morning|afternoon|evening)|tonight|just (?:had|did|finished|done)|(?:was|were) (?:today|yesterday|this)|I (?:had|did)|went (?:well|ok|okay|fine|badly|great|poorly))\b/i;

/** The number of step words (rounds or ways of holding one) in `words`. */
function stepsIn(words: string): number {
  let n = 0;
  for (const [, re] of [...STAGE_WORDS, ...FORMAT_WORDS]) n += [...execAll(re, words)].length;
  return n;
}

/** Whether the sentence around `at` lays out the process rather than telling this round. */
export function setsOutProcess(text: string, at: number): boolean {
  const { start, end } = sentenceAround(text, at);
  const sentence = text.slice(start, end);
  return PROCESS_INTRO.test(sentence) || (STEP_SEQUENCE.test(sentence) && stepsIn(sentence) >= 2);
}

/**
 * How the process's last step is held, from the first sentence in `text` setting out a process
 * of two steps or more ("phone screen, then a final on-site": onsite), so that "the on-site was
 * today" can be told as the final round.
 */
export function lastStepFormat(text: string): Format | undefined {
  for (const m of text.matchAll(STATED_SENTENCE)) {
    if (!setsOutProcess(text, m.index) || stepsIn(m[0]) < 2) continue;
    let last: { format: Format; at: number } | undefined;
    for (const [format, re] of FORMAT_WORDS)
      for (const f of execAll(re, m[0]))
        if (!last || (f.index ?? 0) > last.at) last = { format, at: f.index ?? 0 };
    let lastStage = -1;
    for (const [, re] of STAGE_WORDS)
      for (const f of execAll(re, m[0])) lastStage = Math.max(lastStage, f.index ?? 0);
    return last && last.at > lastStage ? last.format : undefined;
  }
  return undefined;
}
