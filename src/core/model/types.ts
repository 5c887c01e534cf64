import type { Channel, SignId } from '../signs/ids.js';

/** A probability strictly inside (0, 1). */
export type Probability = number & { readonly __brand: 'Probability' };
export type LogOdds = number & { readonly __brand: 'LogOdds' };

export type Band = 'likely-passed' | 'leaning-passed' | 'toss-up' | 'leaning-not' | 'likely-not';

/** Where the candidate stands on the follow-up clock. */
export type SilencePhase =
  | 'no-dates' // the record has no date to run a clock on
  | 'heard-back' // an outcome is recorded; the clock is stopped
  | 'too-early' // inside the window in which word usually comes
  | 'waiting' // at or just past the expected date: silence says little yet
  | 'overdue' // past the window: silence starts to count against
  | 'likely-ghosted'; // long past: most likely no answer will ever come

export interface SilenceState {
  phase: SilencePhase;
  /** Days since the interview (or since the last holding update). */
  daysSince?: number;
  /** The date word was expected by: the promised date, else interview + 14 days. */
  expectedBy?: string;
  /** Probability that no reply will ever come, given the silence so far. */
  ghostedProbability?: number;
}

export type FactorId = SignId | 'silence' | 'candidates';

export interface Factor {
  id: FactorId;
  channel: Channel | 'process';
  /** Change in log-odds this factor made (after channel damping); positive helps. */
  contribution: number;
  /** Why the model weighs it so, in a sentence. */
  reasoning: string;
}

export interface ChannelSummary {
  channel: Channel;
  /** Sum of the damped contributions of the channel's signs. */
  contribution: number;
  positives: number;
  negatives: number;
}

export interface Estimate {
  probability: Probability;
  /** An honest uncertainty range around the probability. */
  range: [number, number];
  band: Band;
  /** The stage prior the estimate started from, and where it came from. */
  prior: { probability: number; source: string };
  /** Every factor, largest absolute contribution first. */
  factors: Factor[];
  channels: ChannelSummary[];
  silence: SilenceState;
}
