/** What the interviewer's side said: how much described the role/company, and whether next steps were concrete. */
import { sentencesOf, wordsOf } from './words.js';

const ROLE_TERMS =
  /\b(?:team|teams|role|responsibilit(?:y|ies)|projects?|stack|tools?|culture|company|mission|values|day[- ]to[- ]day|report(?:s|ing)? to|manager|customers?|clients?|product|roadmap|department|ward|shifts?|rota|office|hybrid|remote|on[- ]?call|budget|targets?|onboarding|training|career|progression|colleagues|organisation|organization|business|patients?|students?|classes|store|site|warehouse)\b/i;

/** Share of interviewer words that sit in sentences about the role or the company. */
export function roleTalkShare(texts: string[]): number {
  let total = 0;
  let role = 0;
  for (const text of texts) {
    for (const s of sentencesOf(text)) {
      const n = wordsOf(s.text).length;
      total += n;
      // Questions to the candidate ("what's your stack?") describe nothing.
      if (!s.isQuestion && ROLE_TERMS.test(s.text)) role += n;
    }
  }
  return total ? role / total : 0;
}

const WHEN =
  /\b(?:(?:by|before|on|until|this|next|early next|end of(?: the)?|later this|later next)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month)|tomorrow|today|end of (?:the )?(?:day|week|month)|within (?:a |the )?(?:\d+|one|two|three|four|five|few|couple of|week|day)|in (?:\d+|one|two|three|four|five|a few|a couple of) (?:business |working )?(?:days|weeks)|in a (?:day|week) or two|(?:next|this) week)\b/i;
const PROCESS =
  /\b(?:hear|decision|decide|back to you|ring|phone|contact|get back|in touch|update|round|stage|interview|call|chat|schedule|invite|offer|recruiter|email|e-mail|let you know|feedback|panel|onsite|on-site|meet|assessment|references?|contract|start)\b/i;
const CONCRETE_STEP =
  /\b(?:next (?:round|stage|interview)|final (?:round|stage|interview)|second (?:round|interview|stage)|(?:set|line|book|schedule) (?:up|in|you in)|(?:i'll|i will|we'll|we will) (?:send|email|e-mail|schedule|book|invite|set up)|(?:send|sending) (?:you )?(?:an? )?(?:invite|calendar|offer|the (?:task|assessment|case))|move you (?:forward|on|through)|take-home|trial shift)\b/i;

/**
 * True when the interviewer gave a concrete next step: a process step with an action
 * ("I'll set up the final round") or a process word with a time ("you'll hear by Friday").
 * "We'll be in touch" or "in due course" alone stays false: it names no step or date,
 * which matches the no-next-steps rule in the sign contract.
 */
export function laidOutNextSteps(texts: string[]): boolean {
  for (const text of texts) {
    for (const s of sentencesOf(text)) {
      if (s.isQuestion) continue;
      if (CONCRETE_STEP.test(s.text)) return true;
      if (WHEN.test(s.text) && PROCESS.test(s.text)) return true;
    }
  }
  return false;
}
