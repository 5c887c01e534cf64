/**
 * @module contract/factor-words — the words beside each factor of the estimate, on the result
 * page and in `debrief show`, and how they read once the answer is in: the factors shown then are
 * those of the day it came, so they speak of the signs and the wait in the past. The titles live here
 * so the page and the CLI name each factor alike.
 */
import { factorStrengthWords } from '../core/model/band.js';
import type { Factor } from '../core/model/types.js';
import { signById } from '../core/signs/catalogue.js';
import { isSignId } from '../core/signs/ids.js';

/** The factors that are no sign: the wait so far, and how many others are in the running. */
const PROCESS_TITLES: Partial<Record<Factor['id'], string>> = {
  silence: 'Time without word',
  candidates: 'Candidates in the round',
};

/** A factor's title as the result page and `debrief show` both give it: one wording for both. */
export function factorTitle(id: Factor['id']): string {
  return isSignId(id) ? signById(id).title : (PROCESS_TITLES[id] ?? id);
}

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
