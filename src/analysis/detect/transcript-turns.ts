/**
 * Signs that live between turns, not inside one: the candidate asks about the job or
 * the culture and the interviewer brushes it off. A short reply alone is half a sign
 * (people answer briefly for many reasons); a short reply that also dodges ("it varies",
 * "you'll see") is a whole one.
 */
import type { SignId } from '../../core/signs/ids.js';
import type { Turn } from '../types.js';

const ROLE_QUESTION =
  /\b(role|day to day|day-to-day|how big the team|which team|report to|involve|duties|responsibilit|training|what (sort|kind|type) of (work|calls|clients|cases|projects|tasks)|what would i be doing|what does the job)/i;
const CULTURE_QUESTION =
  /\b(culture|work together|values|like working|like to work|team like|people like|what'?s it like (here|there|working))\b/i;
const DODGE =
  /\b(it varies|varies|depends|bit of (both|everything)|a mix|all sorts|we'?ll (figure|work|sort) (it|that) out|gets? decided later|whatever comes in|you'?ll (see|find out|get used to it|pick it up)|you'?d find (that|it) out|you know what it'?s like|it'?s fine|hard to say|not sure yet|we'?ll see|everyone'?s busy|same as anywhere|it'?s (just )?(a|an) [a-z]+\.)/i;
const SHORT_REPLY_WORDS = 12;
const DODGE_REPLY_WORDS = 24;

export interface BrushOff {
  id: SignId;
  /** The interviewer's reply turn, for the evidence quote. */
  reply: Turn;
  weight: number;
  confidence: number;
}

function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (w) n++;
  return n;
}

/** The brush-off read from a candidate question and the interviewer's next turn, if any. */
export function brushOffFrom(question: Turn, reply: Turn | undefined): BrushOff | undefined {
  if (!reply || !question.text.includes('?')) return undefined;
  const id: SignId | undefined = CULTURE_QUESTION.test(question.text)
    ? 'little-company-info'
    : ROLE_QUESTION.test(question.text)
      ? 'vague-role-details'
      : undefined;
  if (!id) return undefined;
  const words = wordCount(reply.text);
  const dodged = DODGE.test(reply.text);
  if (dodged && words <= DODGE_REPLY_WORDS) return { id, reply, weight: 1, confidence: 0.65 };
  if (words <= SHORT_REPLY_WORDS) return { id, reply, weight: 0.5, confidence: 0.55 };
  return undefined;
}
