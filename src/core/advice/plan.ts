// STUB — owned by the advice helper, to be replaced.
import type { IsoDate } from '../dates.js';
import type { Estimate } from '../model/types.js';
import type { Observations } from '../observation.js';
import type { InterviewRecord } from '../record.js';
import type { Plan } from './types.js';

export interface PlanInput {
  record: InterviewRecord;
  observations: Observations;
  estimate: Estimate;
  today: IsoDate;
  /** The candidate's own name, to sign drafts. */
  candidateName?: string;
}

export function planFrom(_input: PlanInput): Plan {
  throw new Error('advice: not implemented yet');
}
