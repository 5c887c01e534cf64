/**
 * The round the notes say this interview was ("final round", "second interview", "phone screen")
 * and how it was held ("onsite", "a panel", "over the phone"), so the debrief can offer them as
 * defaults the person confirms. Only this interview counts: a round still to come ("the next
 * round will be onsite", "hoping to reach the final round"), one denied ("not the final round
 * yet") or someone else's ("the other candidates had a panel") is skipped, clause by clause.
 * When notes name several past rounds ("phone screen last week, final round today"), the
 * furthest along is this one: earlier rounds are the background people write first.
 */
import { execAll } from '../exec-all.js';
import { STATED_CLAUSE } from '../stated-clauses.js';
import { readText } from '../nlp.js';
import type { Format, Stage } from '../../core/record.js';
import { FORMAT_WORDS, STAGE_ORDER, STAGE_WORDS } from './round-words.js';
import { lastStepFormat, setsOutProcess, THIS_STEP_TOLD } from './process-steps.js';
import type { EvidenceQuote } from '../types.js';

export interface StatedRound {
  stage?: { stage: Stage; evidence: EvidenceQuote };
  format?: { format: Format; evidence: EvidenceQuote };
}

/** A round still to come, hoped for, conditional, denied or about somebody else: not this interview. */
const NOT_THIS_ONE =
  /\b(?:next|upcoming|another|other|others|will|won't|'ll|would|could|might|may|going to|gonna|hop(?:e|es|ed|ing)|wish|want|if|whether|until|before|reach|make it|get to|through to|move[ds]? (?:on )?to|moving (?:on )?to|advanc\w*|progress\w*|invit\w*|schedul\w*|book(?:s|ed|ing)?|prepar\w*|set up|arrang\w*|tomorrow|not|no|never|n't|yet|candidates?|applicants?|someone|somebody|everyone|friend|colleague|flatmate|roommate|housemate|husband|wife|brother|cousin|(?:mail|email|call|invite|letter|news|text) for|call(?:ed|ing)? me|usually|typically|normally|always|often|every|each|there (?:is|are|will be)|followed by|then)\b/i;
/** Just before, a question about what comes next ("Q: next steps? A:"): this clause answers it. */
const NEXT_QUESTION_BEFORE =
  /\b(?:next|after that|what now)\b[^?\n]*\?\s*(?:(?:a|answer)\s*[:.-]\s*)?(?:yes\W*)?$/i;
/** "solar panel", "panel discussion" at a conference: a panel that is not the interview's. */
const NOT_AN_INTERVIEW_PANEL =
  /\b(?:solar|control|side|front|back|instrument|admin|expert)\s+panel\b|\bpanel (?:discussion|talk|session|event)\b/i;

function evidenceOf(m: RegExpExecArray, base: number, raw: string): EvidenceQuote {
  const start = base + m.index;
  const end = start + m[0].length;
  return { quote: raw.slice(start, end), start, end };
}

/**
 * The stage and format the notes give for this interview, each with the words that give it.
 * `text` is `readText(raw).text`, when the caller has it.
 */
export function statedRoundFrom(raw: string, text = readText(raw).text): StatedRound {
  const out: StatedRound = {};
  for (const c of execAll(STATED_CLAUSE, text)) {
    const clause = c[0];
    // a question ("should I prepare for a second round?") tells no round, nor an answer to one
    // about what comes next ("Q: next steps? A: final round")
    const justBefore = text.slice(Math.max(0, (c.index ?? 0) - 80), c.index ?? 0);
    if (
      NOT_THIS_ONE.test(clause) ||
      text[(c.index ?? 0) + clause.length] === '?' ||
      NEXT_QUESTION_BEFORE.test(justBefore) ||
      (setsOutProcess(text, c.index ?? 0) && !THIS_STEP_TOLD.test(clause))
    )
      continue;
    const base = c.index ?? 0;
    for (const [stage, re] of STAGE_WORDS) {
      for (const m of execAll(re, clause)) {
        const known = out.stage ? STAGE_ORDER.indexOf(out.stage.stage) : -1;
        if (STAGE_ORDER.indexOf(stage) > known) out.stage = { stage, evidence: evidenceOf(m, base, raw) };
      }
    }
    if (out.format) continue;
    for (const [format, re] of FORMAT_WORDS) {
      if (format === 'panel' && NOT_AN_INTERVIEW_PANEL.test(clause)) continue;
      const m = execAll(re, clause).next().value;
      if (m) {
        out.format = { format, evidence: evidenceOf(m, base, raw) };
        break;
      }
    }
  }
  // "Process: phone screen, then a final on-site. The on-site was today.": the last step
  if (!out.stage && out.format && out.format.format === lastStepFormat(text))
    out.stage = { stage: 'final', evidence: out.format.evidence };
  return out;
}
