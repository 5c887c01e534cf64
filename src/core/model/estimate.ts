// STUB — owned by the model helper, to be replaced.
import type { IsoDate } from '../dates.js';
import type { Observations } from '../observation.js';
import type { InterviewRecord } from '../record.js';
import type { Estimate } from './types.js';

export interface EstimateInput {
  record: InterviewRecord;
  observations: Observations;
  /** Today's date; the core never reads the clock. */
  today: IsoDate;
}

export function estimateFrom(_input: EstimateInput): Estimate {
  throw new Error('model: not implemented yet');
}
