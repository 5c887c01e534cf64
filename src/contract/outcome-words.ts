/**
 * @module contract/outcome-words — once the person has told us how an interview ended, the answer
 * leads (the result page's headline, `debrief show`), worded kindly, and the estimate is spoken
 * of as what the signs pointed to before they heard, not as a chance still open.
 */
import type { Outcome } from '../core/record.js';

export interface OutcomeLead {
  /** The headline: the answer itself. */
  title: string;
  /** A line under it, for the person rather than about the figures. */
  body: string;
}

export const OUTCOME_LEADS: Readonly<Record<Outcome, OutcomeLead>> = {
  offer: {
    title: 'You got an offer',
    body: 'Congratulations. Take the time you need to weigh it up before you answer.',
  },
  'next-round': {
    title: "You're through to the next round",
    body: 'Well done. What came up in this round is the best guide to preparing for the next.',
  },
  rejected: {
    title: 'This one was a no',
    body: "That's hard to hear. It is not a verdict on you: employers turn down strong people for reasons no interview shows.",
  },
  ghosted: {
    title: 'They never replied',
    body: 'Moving on was the right call. Going silent says more about their process than about you.',
  },
  withdrew: {
    title: 'You withdrew',
    body: "You chose to step away from this one. Knowing what you don't want is worth something too.",
  },
};

/** "a 35%", "an 80%", "an 11%": the article as the number is said aloud. */
function withArticle(percentText: string): string {
  return /^(?:8|1[18]%)/.test(percentText) ? `an ${percentText}` : `a ${percentText}`;
}

// No answer came to a withdrawal or a silence: "before you heard" would not be true of them.
const BEFORE: Readonly<Record<Outcome, string>> = {
  offer: 'Before you heard',
  'next-round': 'Before you heard',
  rejected: 'Before you heard',
  ghosted: 'While you waited',
  withdrew: 'Before you withdrew',
};

/**
 * "Before you heard, the signs pointed to about a 35% chance of moving forward." `percentText` is
 * the figure as the caller prints it ("35%").
 */
export function signsPointedWords(percentText: string, outcome: Outcome): string {
  return `${BEFORE[outcome]}, the signs pointed to about ${withArticle(percentText)} chance of moving forward.`;
}
