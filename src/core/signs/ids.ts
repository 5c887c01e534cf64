/**
 * Sign ids. The first 19 are the contract in shared/spec/signs.md and never change;
 * the extra ids are Debrief's own well-known process signals, kept apart so the
 * contract list stays exact.
 */
export const CONTRACT_SIGN_IDS = [
  'awkward-atmosphere',
  'negative-body-language',
  'interviewer-disinterest',
  'vague-role-details',
  'little-company-info',
  'candidate-nerves',
  'generic-questions',
  'raised-concerns',
  'flat-interviewer',
  'no-next-steps',
  'no-follow-up',
  'engaging-conversation',
  'positive-atmosphere',
  'interviewer-smiling',
  'achievements-praised',
  'detailed-role-info',
  'culture-discussion',
  'future-growth-talk',
  'future-role-talk',
] as const;

export const EXTRA_SIGN_IDS = [
  'timeline-given',
  'start-date-asked',
  'salary-discussed',
  'ran-over-time',
  'met-more-team',
  'references-asked',
  'cut-short',
] as const;

export type ContractSignId = (typeof CONTRACT_SIGN_IDS)[number];
export type ExtraSignId = (typeof EXTRA_SIGN_IDS)[number];
export type SignId = ContractSignId | ExtraSignId;

export const SIGN_IDS: readonly SignId[] = [...CONTRACT_SIGN_IDS, ...EXTRA_SIGN_IDS];

export type Channel = 'verbal' | 'body' | 'atmosphere' | 'energy' | 'aftermath';
export type Polarity = 'positive' | 'negative';

const signIdSet: ReadonlySet<string> = new Set(SIGN_IDS);
const contractIdSet: ReadonlySet<string> = new Set(CONTRACT_SIGN_IDS);

export function isSignId(value: unknown): value is SignId {
  return typeof value === 'string' && signIdSet.has(value);
}

export function isContractSignId(value: unknown): value is ContractSignId {
  return typeof value === 'string' && contractIdSet.has(value);
}
