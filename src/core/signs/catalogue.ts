// STUB — owned by the advice/catalogue helper, to be replaced.
import type { Channel, Polarity, SignId } from './ids.js';

export interface SignInfo {
  id: SignId;
  polarity: Polarity;
  channel: Channel;
  /** True for the 19 contract signs, false for Debrief's extras. */
  isContract: boolean;
  /** Short title, e.g. "Interviewer seemed distracted". */
  title: string;
  /** One or two sentences: what it looks like and what it does (and doesn't) mean. */
  explanation: string;
  /** The question the interactive debrief asks, e.g. "Did the interviewer seem distracted or hurried?" */
  question: string;
  /** For negative signs: what the candidate can do about it next time. */
  nextTime?: string[];
}

export const CATALOGUE: readonly SignInfo[] = [];

export function signById(_id: SignId): SignInfo {
  throw new Error('catalogue: not implemented yet');
}
