/** The words that name a round of interviews and a way of holding one, as stated-round reads them. */
import type { Format, Stage } from '../../core/record.js';

// "a second round of funding", "the final round of questions": a round, but not of interviews;
// "my first interview in years", "the second interview question": an interview, but not the round
const NOT_OF_INTERVIEWS = String.raw`(?!\s+(?:of\s+(?:funding|investment|financing|layoffs|redundancies|cuts|questions|voting|golf|drinks|applause|edits|feedback|reviews)|in\s+(?:years|ages|months|a\s+(?:while|long\s+time|decade))|since|ever|questions?|prep\w*)\b)`;

export const STAGE_WORDS: ReadonlyArray<readonly [Stage, RegExp]> = [
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
export const STAGE_ORDER: readonly Stage[] = ['screen', 'first', 'later', 'final'];

export const FORMAT_WORDS: ReadonlyArray<readonly [Format, RegExp]> = [
  [
    'panel',
    /\b(?:panel(?: interview)?|(?:a|the) panel of (?:\w+ )?(?:people|interviewers|\d+|two|three|four|five|six))\b/gi,
  ],
  // an onsite as an event, not "4 staff onsite" or "the onsite role"
  [
    'onsite',
    /\b(?:on-?site (?:interview|loop|round|day|visit)|(?:an|the|my|their|(?:a|the|my|their) final) on-?site\b(?! (?:role|job|position|opportunity|work|team|staff|support|engineer))|in[- ]person(?: interview)?|at their (?:office|offices|hq))\b/gi,
  ],
  ['phone', /\b(?:phone (?:screen|interview|call)|over the phone)\b/gi],
  ['video', /\b(?:video (?:call|interview)|zoom(?: call| interview)?|teams call|google meet|on meet)\b/gi],
];
