import type { Estimate } from '../model/types.js';
import type { Observations } from '../observation.js';
import { CATALOGUE, MOOT_TIPS, type SignInfo } from '../signs/catalogue.js';
import type { SignId } from '../signs/ids.js';
import type { PrepAdvice } from './types.js';

// In catalogue order, the last tie-break below; only these can bring advice.
const NEGATIVE_SIGNS: readonly SignInfo[] = CATALOGUE.filter((sign) => sign.polarity === 'negative');

/**
 * Advice for every negative sign observed present, most damaging first: by the model's
 * contribution where it has one, then by how strongly the sign showed, then catalogue order.
 */
export function prepFrom(observations: Observations, estimate: Estimate): PrepAdvice[] {
  const present = NEGATIVE_SIGNS.flatMap((sign, order) => {
    const observation = observations[sign.id];
    if (observation?.value !== 'present') return [];
    const factor = estimate.factors.find((f) => f.id === sign.id);
    return [
      {
        sign,
        order,
        contribution: factor?.contribution ?? Number.POSITIVE_INFINITY,
        strength: observation.strength ?? 2,
      },
    ];
  });
  return present
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
