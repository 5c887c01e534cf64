import type { ContractSignId } from '../../core/signs/ids.js';

/** One sign's logistic model, as the training script writes it. */
export interface SignModelData {
  id: ContractSignId;
  bias: number;
  /** Add the sign when the model's probability is at least this (and the rules missed it). */
  tau: number;
  /** Drop a rule hit when the model's probability is at most this; 0 never drops. */
  nu: number;
  /** Feature → weight. Rule outputs are the features `RULE_<sign id>` (the rule's confidence). */
  w: Readonly<Record<string, number>>;
}
