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
import type { EvidenceQuote } from '../types.js';

export interface StatedRound {
  stage?: { stage: Stage; evidence: EvidenceQuote };
  format?: { format: Format; evidence: EvidenceQuote };
}

// "a second round of funding", "the final round of questions": a round, but not of interviews;
// "my first interview in years", "the second interview question": an interview, but not the round
const NOT_OF_INTERVIEWS = String.raw`(?!\s+(?:of\s+(?:funding|investment|financing|layoffs|redundancies|cuts|questions|voting|golf|drinks|applause|edits|feedback|reviews)|in\s+(?:years|ages|months|a\s+(?:while|long\s+time|decade))|since|ever|questions?|prep\w*)\b)`;

const STAGE_WORDS: ReadonlyArray<readonly [Stage, RegExp]> = [
  [
    'screen',
    /\b(?:(?:phone|recruiter|hr|initial) screen(?:ing)?(?: call| interview)?|screening (?:call|interview))\b/gi,
  ],
  [
    'first',
    new RegExp(
      String.raw`\b(?:first[- ](?:round|stage)(?: interview)?|first interview(?!\s+(?:in|back)\b)|1st (?:round|interview)|initial interview)\b${NOT_OF_INTERVIEWS}`,
      'gi',
    ),
  ],
  [
    'later',
    new RegExp(
      String.raw`\b(?:(?:second|third|fourth|2nd|3rd|4th)[- ](?:round|stage|interview)(?: interview)?|round (?:two|three|2|3))\b${NOT_OF_INTERVIEWS}`,
      'gi',
    ),
  ],
  [
    'final',
    new RegExp(
      String.raw`\b(?:final[- ](?:round|stage|interview)(?: interview)?|last[- ]round(?: interview)?)\b${NOT_OF_INTERVIEWS}`,
      'gi',
    ),
  ],
];
// Furthest along wins when several are told as done.
const STAGE_ORDER: readonly Stage[] = ['screen', 'first', 'later', 'final'];

const FORMAT_WORDS: ReadonlyArray<readonly [Format, RegExp]> = [
  [
    'panel',
    /\b(?:panel(?: interview)?|(?:a|the) panel of (?:\w+ )?(?:people|interviewers|\d+|two|three|four|five|six))\b/gi,
  ],
  // an onsite as an event, not "4 staff onsite" or "the onsite role"
  [
    'onsite',
    /\b(?:on-?site (?:interview|loop|round|day|visit)|(?:an|the|my|their) on-?site\b(?! (?:role|job|position|opportunity|work|team|staff|support|engineer))|in[- ]person(?: interview)?|at their (?:office|offices|hq))\b/gi,
  ],
  ['phone', /\b(?:phone (?:screen|interview|call)|over the phone)\b/gi],
  ['video', /\b(?:video (?:call|interview)|zoom(?: call| interview)?|teams call|google meet|on meet)\b/gi],
];

/** A round still to come, hoped for, conditional, denied or about somebody else: not this interview. */
const NOT_THIS_ONE =
  /\b(?:next|upcoming|another|other|others|will|won't|'ll|would|could|might|may|going to|gonna|hop(?:e|es|ed|ing)|wish|want|if|whether|until|before|reach|make it|get to|through to|move[ds]? (?:on )?to|moving (?:on )?to|advanc\w*|progress\w*|invit\w*|schedul\w*|book\w*|prepar\w*|set up|arrang\w*|tomorrow|not|no|never|n't|yet|candidates?|applicants?|someone|somebody|everyone|friend|colleague|flatmate|roommate|housemate|husband|wife|brother|cousin|(?:mail|email|call|invite|letter|news|text) for|call(?:ed|ing)? me|usually|typically|normally|always|often|every|each|there (?:is|are|will be)|followed by|then)\b/i;
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

/** The stage and format the notes give for this interview, each with the words that give it. */
export function statedRoundFrom(raw: string): StatedRound {
  const text = readText(raw).text;
  const out: StatedRound = {};
  for (const c of execAll(STATED_CLAUSE, text)) {
    const clause = c[0];
    // a question ("should I prepare for a second round?") tells no round, nor an answer to one
    // about what comes next ("Q: next steps? A: final round")
    const justBefore = text.slice(Math.max(0, (c.index ?? 0) - 80), c.index ?? 0);
    if (
      NOT_THIS_ONE.test(clause) ||
      text[(c.index ?? 0) + clause.length] === '?' ||
      NEXT_QUESTION_BEFORE.test(justBefore)
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
  return out;
}
