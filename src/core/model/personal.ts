import type { Observations } from '../observation.js';
import { CONTRACT_SIGN_IDS, EXTRA_SIGN_IDS, type SignId } from '../signs/ids.js';
import { SIGN_EVIDENCE } from './likelihoods.js';

/**
 * What this person's own record says about the signs. The research weights are a population
 * average; once someone has a few outcomes, we lean a sign's weight towards how it actually
 * went for them — shrunk hard towards the research, because a handful of interviews is noisy,
 * and never reversed, so a warm interview can count for less but never against.
 */
export interface PastInterview {
  observations: Observations;
  /** Moved on or got the offer (true); rejected or ghosted (false). */
  passed: boolean;
}

export interface PersonalSignWeight {
  /** Multiplies the research log-likelihood ratio; within [0, MAX_SCALE]. */
  scale: number;
  /** Past interviews with an outcome in which the sign was present. */
  seen: number;
  /** Of those, how many passed. */
  passed: number;
}

export interface PersonalWeights {
  /** Past interviews with a known outcome that the weights were learnt from. */
  interviews: number;
  bySign: Partial<Record<SignId, PersonalSignWeight>>;
}

/** Below this many past outcomes the record says too little to learn from. */
export const PERSONAL_MIN_INTERVIEWS = 3;
/** How many sightings of a sign it takes for the person's own record to weigh as much as the research. */
const SHRINK_SIGHTINGS = 8;
const MAX_SCALE = 2;

const ALL_IDS: readonly SignId[] = [...CONTRACT_SIGN_IDS, ...EXTRA_SIGN_IDS];

export function personalWeightsFrom(history: readonly PastInterview[]): PersonalWeights {
  const passedTotal = history.filter((h) => h.passed).length;
  const failedTotal = history.length - passedTotal;
  const bySign: PersonalWeights['bySign'] = {};
  if (history.length < PERSONAL_MIN_INTERVIEWS) return { interviews: history.length, bySign };
  for (const id of ALL_IDS) {
    let seenPassed = 0;
    let seenFailed = 0;
    for (const h of history) {
      if (h.observations[id]?.value !== 'present') continue;
      if (h.passed) seenPassed++;
      else seenFailed++;
    }
    const seen = seenPassed + seenFailed;
    if (seen === 0) continue;
    // Laplace-smoothed rates of seeing the sign among passes and among the rest.
    const empirical =
      Math.log((seenPassed + 1) / (passedTotal + 2)) - Math.log((seenFailed + 1) / (failedTotal + 2));
    const research = SIGN_EVIDENCE[id].logLr;
    if (research === 0) continue;
    const trust = seen / (seen + SHRINK_SIGHTINGS);
    const blended = (1 - trust) * research + trust * empirical;
    const scale = Math.min(MAX_SCALE, Math.max(0, blended / research));
    bySign[id] = { scale, seen, passed: seenPassed };
  }
  return { interviews: history.length, bySign };
}

/** The factor's note when the person's record changed a weight noticeably. */
export function personalNote(weight: PersonalSignWeight | undefined): string {
  if (!weight || Math.abs(weight.scale - 1) < 0.1) return '';
  const how = weight.scale > 1 ? 'more' : 'less';
  return ` Weighted ${how} than usual from your own record: it came up in ${weight.seen} of your past interviews, and ${weight.passed} of those went through.`;
}
