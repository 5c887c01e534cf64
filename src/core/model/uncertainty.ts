import { clampNumber, probabilityFromLogOdds } from './odds.js';

/*
 * Half-width of the range in log-odds. The base (1.0) covers how loosely the stage rates are
 * known (the cited ranges span about ±0.4 in log-odds) and how much one company differs from
 * the average. Each factor's size is itself a rough guess, so a quarter of the total evidence is
 * added; evidence pulling both ways adds half of the smaller side. Capped so the range stays
 * readable.
 */
export const RANGE = {
  baseHalfWidth: 1.0,
  perEvidenceShare: 0.25,
  conflictShare: 0.5,
  maxHalfWidth: 2.5,
  /** The range never reaches 0 or 1, like the probability. */
  floor: 0.01,
  ceiling: 0.99,
} as const;

export function rangeHalfWidth(contributions: readonly number[], isDecisive: boolean): number {
  // A reported offer or rejection is not a noisy signal: only the base uncertainty remains.
  if (isDecisive) return RANGE.baseHalfWidth;
  let up = 0;
  let down = 0;
  for (const c of contributions) {
    if (c > 0) up += c;
    else down -= c;
  }
  const width =
    RANGE.baseHalfWidth + RANGE.perEvidenceShare * (up + down) + RANGE.conflictShare * Math.min(up, down);
  return Math.min(RANGE.maxHalfWidth, width);
}

/** [lo, hi] around `logOdds`, always containing `probability` and strictly inside (0, 1). */
export function rangeAround(logOdds: number, probability: number, halfWidth: number): [number, number] {
  const lo = clampNumber(probabilityFromLogOdds(logOdds - halfWidth), RANGE.floor, probability);
  const hi = clampNumber(probabilityFromLogOdds(logOdds + halfWidth), probability, RANGE.ceiling);
  return [lo, hi];
}
