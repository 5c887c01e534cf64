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

/** Largest first; ties are broken by id so the result never depends on input order. */
function bySize<K extends string>(effects: readonly RawEffect<K>[]): RawEffect<K>[] {
  return [...effects].sort(
    (a, b) => Math.abs(b.logOdds) - Math.abs(a.logOdds) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function dampSameSign<K extends string>(effects: readonly RawEffect<K>[], out: Map<K, number>): void {
  let weight = 1;
  for (const effect of bySize(effects)) {
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

/**
 * Sum of Horner's form b1 + d·(b2 + d·(b3 + …)) over effects sorted by size, from the smallest.
 * Every step (x + d·t) only grows with each input in floating point too, and a larger or an
 * added effect only raises the sorted list entry by entry, so the total never moves the wrong
 * way by a rounding error, as a sum of the separately damped contributions can.
 */
function dampedSum(sorted: readonly RawEffect<string>[]): number {
  let total = 0;
  for (let i = sorted.length - 1; i >= 0; i--) total = sorted[i]!.logOdds + CHANNEL_DECAY * total;
  return total;
}

/**
 * The channel's damped totals, positives (`up`, never negative) and negatives (`down`, never
 * positive) apart: what dampChannel's contributions add up to, computed so that adding or
 * strengthening a positive effect never lowers `up` and a negative never raises `down`.
 */
export function dampedTotals<K extends string>(
  effects: readonly RawEffect<K>[],
): { up: number; down: number } {
  return {
    up: dampedSum(bySize(effects.filter((e) => e.logOdds > 0))),
    down: dampedSum(bySize(effects.filter((e) => e.logOdds < 0))),
  };
}
