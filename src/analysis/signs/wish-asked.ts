/**
 * The candidate asked about their own wish to move or grow ("tell us why you want to move into
 * analytics", "what made you want to move into management?", "where do you want to grow?",
 * "why are you looking to step up?"): a question put to them, not the interviewer telling of their
 * future at the company. "Why", "where", "what" and "which" ask; "if you want to move up, there's
 * a route" tells, so it is not read as asked, and "we'd like you to step up" is the interviewer's
 * wish for them, not their own. Reads lemmas ("what make you want to") and surface words alike.
 */
const WISH_ASKED =
  '\\b(?:why|where|what|which)\\b[^.?!\\n]{0,40}\\b(?:you|u|i|me)\\b\\S*(?: \\S+){0,2} (?:want|wanna|like|love|hope|hoping|look|looking|keen|wish|plan|aim|intend)\\w*(?: to)? |\\bwhy (?:the|this|that|a|your) ';

/**
 * A step's regex source, unless the step is asked about as the candidate's wish. The check
 * follows the step, so it is tried only where a step matched, not at every position of a text.
 */
export const notWished = (step: string): string => `(?:${step})(?<!(?:${WISH_ASKED})(?:${step}))`;
