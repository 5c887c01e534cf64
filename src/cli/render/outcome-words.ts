import type { Outcome } from '../../core/record.js';

/** How an interview ended, in the terminal's lower-case words (`list`, `show`, `outcome`). */
export const OUTCOME_WORDS: Readonly<Record<Outcome, string>> = {
  'next-round': 'next round',
  offer: 'offer',
  rejected: 'not moving forward',
  ghosted: 'never heard back',
  withdrew: 'withdrew',
};
