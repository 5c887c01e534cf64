/**
 * Signs in one channel overlap (a warm room, a smiling interviewer and an easy chat are
 * largely one fact seen three ways), so within a channel the largest effect counts fully
 * and each further one of the same direction counts 0.6 times the one before.
 */
export const CHANNEL_DECAY = 0.6;

export interface RawEffect<K extends string> {
  id: K;
  /** Undamped log-odds change. */
  logOdds: number;
}

function dampSameSign<K extends string>(effects: readonly RawEffect<K>[], out: Map<K, number>): void {
  // Ties are broken by id so the result never depends on input order.
  const sorted = [...effects].sort(
    (a, b) => Math.abs(b.logOdds) - Math.abs(a.logOdds) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  let weight = 1;
  for (const effect of sorted) {
    out.set(effect.id, effect.logOdds * weight);
    weight *= CHANNEL_DECAY;
  }
}

/**
 * Damped contribution of each effect in one channel. Positives and negatives are damped
 * separately, so a new positive can never shrink a negative's weight or the reverse. Because
 * the weights decay and the contributions are sorted by size, adding an effect never lowers
 * the damped total of its own direction (the sorted list only grows element by element).
 */
export function dampChannel<K extends string>(effects: readonly RawEffect<K>[]): Map<K, number> {
  const out = new Map<K, number>();
  dampSameSign(
    effects.filter((e) => e.logOdds > 0),
    out,
  );
  dampSameSign(
    effects.filter((e) => e.logOdds < 0),
    out,
  );
  for (const e of effects) if (!out.has(e.id)) out.set(e.id, 0);
  return out;
}
