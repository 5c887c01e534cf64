import type { LogOdds } from './types.js';

export function logOddsFromProbability(probability: number): LogOdds {
  return Math.log(probability / (1 - probability)) as LogOdds;
}

export function probabilityFromLogOdds(logOdds: number): number {
  return 1 / (1 + Math.exp(-logOdds));
}

export function clampNumber(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}
