import type { InterviewRecord, Stage } from '../record.js';
import { clampNumber, logOddsFromProbability, probabilityFromLogOdds } from './odds.js';

export interface Prior {
  probability: number;
  source: string;
}

/*
 * Stage base rates, from /work/shared/research/facts.md §1.1 and §1.5:
 * - screen 0.40: recruiter screen -> next step 40-60% (ooligo, C) and the research note's
 *   "screen -> next round roughly 30-50%": 0.40 sits where the two overlap. The text tells the
 *   user the whole 30-60% span, so the figure is not at the bottom of the range it cites.
 * - first 0.40: hiring-manager screen -> onsite 30-50% (ooligo, C); the midpoint.
 * - later 0.35: between first-round and final rates; no source measures it directly.
 * - final 0.35: interview -> hire 27% over every round at small firms (CareerPlug 2024, B), so a
 *   final round, the last of several, converts at least that often; onsite -> offer 50-70%
 *   (ooligo, C), the benchmark the screen and first-round rates come from. The low figures are
 *   the hardest funnels: Karat's 7-20% are firms that came to it to fix a poor onsite ratio, and
 *   Google's ~19% (Huyen 2019, B) is big tech. Checked against 40 labelled real published
 *   final-round stories (test/fixtures/real-stories): half ended in an offer, a share published
 *   stories inflate. 0.25, the research note's 15-30%, ranked final rounds below first rounds and
 *   made the estimate worse on all three real sets (docs/decisions/0002).
 * - other 0.35: an unknown stage; the later-round and final-round rate.
 */
const STAGE_PRIORS: Readonly<Record<Stage, Prior>> = {
  screen: {
    probability: 0.4,
    source:
      'About 4 in 10 screening calls lead to a next round (published funnel figures run from 3 to 6 in 10; we start in the middle).',
  },
  first: {
    probability: 0.4,
    source: 'About 4 in 10 first-round interviews lead to a further round (funnel benchmarks of 30–50%).',
  },
  later: {
    probability: 0.35,
    source: 'About 1 in 3 later-round interviews lead on; between first-round and final-round rates.',
  },
  final: {
    probability: 0.35,
    source:
      'About 1 in 3 final rounds end in an offer (CareerPlug 2024: 27% of all interviews lead to a hire; funnel benchmarks put onsite-to-offer at 50–70%, big tech near 1 in 5).',
  },
  other: {
    probability: 0.35,
    source: 'About 1 in 3 interviews at an unspecified stage lead on, as for later and final rounds.',
  },
};

/**
 * How many people a non-final round usually takes forward. A guess, not a measured figure,
 * which is why the count-based rate is only blended with the stage rate (see priorFrom).
 */
const TYPICALLY_ADVANCING: Readonly<Record<Exclude<Stage, 'final'>, number>> = {
  screen: 4,
  first: 3,
  later: 2,
  other: 2,
};

/** A sole finalist can still miss out (role pulled, bar not met), so a count never gives certainty. */
const COUNT_PRIOR_MIN = 0.02;
const COUNT_PRIOR_MAX = 0.85;

export function stagePrior(stage: Stage): Prior {
  return STAGE_PRIORS[stage] ?? STAGE_PRIORS.other;
}

function isCandidateCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

/**
 * The starting probability for the record. A final round with N candidates is 1 in N (one offer).
 * Earlier rounds take several people forward, but how many is rarely known, so the count-based
 * rate (typical advancers / N) is averaged in log-odds with the stage rate rather than replacing it.
 */
export function priorFrom(record: Pick<InterviewRecord, 'stage' | 'candidates'>): Prior {
  const base = stagePrior(record.stage);
  const n = record.candidates;
  if (!isCandidateCount(n)) return base;

  if (record.stage === 'final') {
    const probability = clampNumber(1 / n, COUNT_PRIOR_MIN, COUNT_PRIOR_MAX);
    const share =
      n === 1 ? 'You were the only finalist' : `1 in ${n}: you said ${n} candidates reached the final`;
    return { probability, source: `${share}; a final round usually ends in one offer.` };
  }

  const advancing = TYPICALLY_ADVANCING[record.stage] ?? TYPICALLY_ADVANCING.other;
  const byCount = clampNumber(advancing / n, COUNT_PRIOR_MIN, COUNT_PRIOR_MAX);
  const blended = (logOddsFromProbability(byCount) + logOddsFromProbability(base.probability)) / 2;
  return {
    probability: probabilityFromLogOdds(blended),
    source: `${base.source} Adjusted for the ${n} candidate${n === 1 ? '' : 's'} you mentioned, assuming about ${advancing} usually go on.`,
  };
}
