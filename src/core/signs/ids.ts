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

/** Polarity and channel of every sign: the contract's for the 19, Debrief's own for the extras. */
export const SIGN_META: Readonly<Record<SignId, { polarity: Polarity; channel: Channel }>> = {
  'awkward-atmosphere': { polarity: 'negative', channel: 'atmosphere' },
  'negative-body-language': { polarity: 'negative', channel: 'body' },
  'interviewer-disinterest': { polarity: 'negative', channel: 'energy' },
  'vague-role-details': { polarity: 'negative', channel: 'verbal' },
  'little-company-info': { polarity: 'negative', channel: 'verbal' },
  'candidate-nerves': { polarity: 'negative', channel: 'energy' },
  'generic-questions': { polarity: 'negative', channel: 'verbal' },
  'raised-concerns': { polarity: 'negative', channel: 'verbal' },
  'flat-interviewer': { polarity: 'negative', channel: 'energy' },
  'no-next-steps': { polarity: 'negative', channel: 'aftermath' },
  'no-follow-up': { polarity: 'negative', channel: 'aftermath' },
  'engaging-conversation': { polarity: 'positive', channel: 'atmosphere' },
  'positive-atmosphere': { polarity: 'positive', channel: 'atmosphere' },
  'interviewer-smiling': { polarity: 'positive', channel: 'body' },
  'achievements-praised': { polarity: 'positive', channel: 'verbal' },
  'detailed-role-info': { polarity: 'positive', channel: 'verbal' },
  'culture-discussion': { polarity: 'positive', channel: 'verbal' },
  'future-growth-talk': { polarity: 'positive', channel: 'verbal' },
  'future-role-talk': { polarity: 'positive', channel: 'verbal' },
  'timeline-given': { polarity: 'positive', channel: 'aftermath' },
  'start-date-asked': { polarity: 'positive', channel: 'verbal' },
  'salary-discussed': { polarity: 'positive', channel: 'verbal' },
  'ran-over-time': { polarity: 'positive', channel: 'energy' },
  'met-more-team': { polarity: 'positive', channel: 'atmosphere' },
  'references-asked': { polarity: 'positive', channel: 'aftermath' },
  'cut-short': { polarity: 'negative', channel: 'energy' },
};

export const CHANNELS: readonly Channel[] = ['verbal', 'body', 'atmosphere', 'energy', 'aftermath'];
