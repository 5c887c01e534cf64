/**
 * @module contract/factor-words — the words beside each factor of the estimate, on the result
 * page and in `debrief show`, and how they read once the answer is in: the factors shown then are
 * those of the day it came, so they speak of the signs and the wait in the past.
 */
import { factorStrengthWords } from '../core/model/band.js';
import type { Factor } from '../core/model/types.js';

/** Which way a factor pushed, said as it stands now or looking back from the answer. */
const EFFECT_VERBS = {
  now: { up: 'helps', down: 'counts against' },
  lookingBack: { up: 'helped', down: 'counted against' },
} as const;

/** "helps a little", "counts against a lot"; looking back, "helped a little", "counted against a lot". */
export function factorEffectWords(contribution: number, lookingBack: boolean): string {
  const verbs = lookingBack ? EFFECT_VERBS.lookingBack : EFFECT_VERBS.now;
  return `${contribution > 0 ? verbs.up : verbs.down} ${factorStrengthWords(contribution)}`;
}

/** Once the answer is in, the wait is over: its line is named for how long it took. */
const LOOKING_BACK_TITLES: Partial<Record<Factor['id'], string>> = { silence: 'How long the wait was' };

/** The title a factor takes when read back from the answer, where it differs from its usual one. */
export function factorTitleLookingBack(id: Factor['id']): string | undefined {
  return LOOKING_BACK_TITLES[id];
}
