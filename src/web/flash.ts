/**
 * A one-shot confirmation carried across one navigation: the page that saved sets it, the page it
 * leads to shows it once. Kept in memory only, so a reload or a later visit never repeats it.
 */
import type { Outcome } from '../core/record.js';
import { OUTCOME_WORDS } from './format.js';

export interface Flash {
  message: string;
  /** The interview it is about, for a link back to its result. */
  interviewId?: string;
}

let pending: Flash | undefined;

export function flashNext(flash: Flash): void {
  pending = flash;
}

/** The confirmation waiting to be shown, handed over once. */
export function takeFlash(): Flash | undefined {
  const out = pending;
  pending = undefined;
  return out;
}

export function outcomeSavedWords(title: string, outcome: Outcome, isChange: boolean): string {
  return `${isChange ? 'Outcome changed' : 'Outcome saved'} for ${title}: ${OUTCOME_WORDS[outcome]}.`;
}
