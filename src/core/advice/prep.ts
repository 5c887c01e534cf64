import type { Estimate } from '../model/types.js';
import type { Observations } from '../observation.js';
import { CATALOGUE, MOOT_TIPS } from '../signs/catalogue.js';
import type { SignId } from '../signs/ids.js';
import type { PrepAdvice } from './types.js';

/**
 * Advice for every negative sign observed present, most damaging first: by the model's
 * contribution where it has one, then by how strongly the sign showed, then catalogue order.
 */
export function prepFrom(observations: Observations, estimate: Estimate): PrepAdvice[] {
  const contribution = new Map(estimate.factors.map((f) => [f.id, f.contribution]));
  return CATALOGUE.map((sign, order) => ({ sign, order, observation: observations[sign.id] }))
    .filter(({ sign, observation }) => sign.polarity === 'negative' && observation?.value === 'present')
    .map((item) => ({
      ...item,
      contribution: contribution.get(item.sign.id) ?? Number.POSITIVE_INFINITY,
      strength: item.observation?.strength ?? 2,
    }))
    .sort((a, b) => a.contribution - b.contribution || b.strength - a.strength || a.order - b.order)
    .map(({ sign }) => ({
      signId: sign.id,
      title: sign.prepTitle ?? sign.title,
      tips: (sign.nextTime ?? []).filter((tip) => !isMoot(sign.id, tip, observations)),
    }));
}

/** A tip the interview already answered: "ask when you'll hear" after they told you. */
function isMoot(sign: SignId, tip: string, observations: Observations): boolean {
  return MOOT_TIPS.some((m) => m.sign === sign && m.tip === tip && observations[m.when]?.value === 'present');
}
