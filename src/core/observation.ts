import type { SignId } from './signs/ids.js';

export type ObservationValue = 'present' | 'absent' | 'unsure';
/** How strongly the sign showed: 1 a hint, 2 clear, 3 unmistakable. Default 2. */
export type Strength = 1 | 2 | 3;
export type ObservationSource = 'user' | 'analyzer';

export interface Observation {
  value: ObservationValue;
  strength?: Strength;
  /** A quote from the notes or transcript that supports it. */
  evidence?: string;
  source?: ObservationSource;
}

export type Observations = Partial<Record<SignId, Observation>>;
