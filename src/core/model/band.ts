import type { Band } from './types.js';

/*
 * The band reads the range, not just the point: "likely" needs even the cautious end of the
 * range on that side of 0.4/0.6, and "leaning" needs the point clearly off 0.5 without the
 * range reaching far to the other side. Everything else is too close to call.
 */
export const BAND_RULES = {
  likelyLo: 0.6,
  likelyNotHi: 0.4,
  leaningPassed: 0.62,
  leaningNot: 0.38,
  leaningFarSideLo: 0.35,
  leaningFarSideHi: 0.65,
} as const;

export function bandFrom(probability: number, range: readonly [number, number]): Band {
  const [lo, hi] = range;
  const r = BAND_RULES;
  if (lo >= r.likelyLo) return 'likely-passed';
  if (hi <= r.likelyNotHi) return 'likely-not';
  if (probability >= r.leaningPassed && lo >= r.leaningFarSideLo) return 'leaning-passed';
  if (probability <= r.leaningNot && hi <= r.leaningFarSideHi) return 'leaning-not';
  return 'toss-up';
}

const BAND_WORDS: Readonly<Record<Band, string>> = {
  'likely-passed': 'likely passed',
  'leaning-passed': 'leaning towards passed',
  'toss-up': 'too close to call',
  'leaning-not': 'leaning towards not',
  'likely-not': 'likely not',
};

export function bandWords(band: Band): string {
  return BAND_WORDS[band];
}

/** How hard one factor pushes the estimate, in words the web page and the CLI share. */
export function factorStrengthWords(contribution: number): 'a lot' | 'somewhat' | 'a little' {
  const size = Math.abs(contribution);
  return size >= 1 ? 'a lot' : size >= 0.4 ? 'somewhat' : 'a little';
}
