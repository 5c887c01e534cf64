import type { Stage } from '../core/record.js';
import type { EvidenceQuote } from './types.js';

/**
 * Which stage the text says the interview was, so a bare text can start from the right prior
 * (a final round converts far less often than a screen). The latest stage described wins;
 * stages spoken of as still to come ("the next round would be the final") are skipped.
 */
const STAGE_CUES: ReadonlyArray<{ stage: Stage; re: RegExp }> = [
  { stage: 'final', re: /\b(final|last)[- ](round|interview|stage|loop|panel|on-?site|meeting)s?\b|\b(on-?site|onsite loop|superday|super day|virtual on-?site)\b|\bfinals\b/gi },
  { stage: 'later', re: /\b(second|2nd|third|3rd|fourth|4th)[- ](round|interview|stage)\b|\bround (two|three|four|2|3|4)\b|\b(assessment cent(?:re|er)|technical (round|interview)|case interview|panel interview)\b/gi },
  { stage: 'first', re: /\b(first|1st|initial)[- ](round|interview|stage)\b|\bround (one|1)\b/gi },
  { stage: 'screen', re: /\b(phone|recruiter|hr|initial|intro|introductory|screening|telephone)[- ](screen|screening|call|chat)\b|\bphone[- ]?screen(ing)?\b|\bscreening (call|interview)\b/gi },
];

const RANK: Record<Stage, number> = { screen: 0, first: 1, other: 1, later: 2, final: 3 };
const STILL_TO_COME = /\b(would be|will be|'ll be|invited? (me )?(to|for)|move[ds]? (me )?(on|forward|through) to|through to|get to|going to|scheduled|booked|upcoming|before (the|my)|prep(are|aring)? for)\b[^.!?\n]{0,25}$/i;

export interface StageHint {
  stage: Stage;
  evidence: EvidenceQuote;
}

export function stageHintFrom(text: string): StageHint | undefined {
  let best: StageHint | undefined;
  for (const { stage, re } of STAGE_CUES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      if (STILL_TO_COME.test(before)) continue;
      if (!best || RANK[stage] > RANK[best.stage]) {
        best = { stage, evidence: { quote: m[0], start: m.index, end: m.index + m[0].length } };
      }
      break;
    }
  }
  return best;
}
