// What the two training scripts (train-signs.mjs, train-embed.mjs) share: the logistic, seeded
// folds and F1 scoring, so both score a design the same way.
export const sigmoid = (z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** A small seeded generator (LCG), so fold shuffles repeat exactly. */
export function rng(seed) {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** `k` folds of `data`, shuffled by `seed`. */
export function folds(data, k, seed) {
  const r = rng(seed),
    order = data
      .map((it) => [r(), it])
      .sort((a, b) => a[0] - b[0])
      .map(([, it]) => it);
  return Array.from({ length: k }, (_, f) => order.filter((_, i) => i % k === f));
}

export const f1 = ({ tp, fp, fn }) => (tp === 0 ? (fp + fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn));

/** Micro-averaged F1, precision and recall over per-sign counts. */
export function micro(cs) {
  const T = cs.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  return { f1: f1(T), p: T.tp / Math.max(1, T.tp + T.fp), r: T.tp / Math.max(1, T.tp + T.fn) };
}

export const fmt = (m) => `micro F1=${m.f1.toFixed(3)} P=${m.p.toFixed(3)} R=${m.r.toFixed(3)}`;

/** An item's number, from its id ("hd042" -> 42), for odd/even halves. */
export const idNumber = (it) => Number(it.id.replace(/\D/g, ''));

/** The rows of holdout-d every training script reports: the whole set, its halves, notes and stories, calls. */
export function holdoutDRows(blind) {
  const hd = blind.filter((it) => it.set === 'holdout-d');
  return [
    ['holdout-d (150)', hd],
    ['holdout-d odd ids', hd.filter((it) => idNumber(it) % 2 === 1)],
    ['holdout-d even ids', hd.filter((it) => idNumber(it) % 2 === 0)],
    ['holdout-d notes hd001-090', hd.filter((it) => idNumber(it) < 100)],
    ['holdout-d stories hd101-160', hd.filter((it) => idNumber(it) > 100)],
    ['holdout-d-transcripts', blind.filter((it) => it.set === 'holdout-d-transcripts')],
  ];
}

/**
 * Adam for the per-sign logistic models: weights `W` (feature-major, `W[f * S + s]`) under L2 at
 * `lambda`, and biases `B`. Each call takes one step from the summed gradients `G` and `GB`, each
 * sign's averaged over its `counts[s]` items; a weight whose `mask` entry is 0 stays where it is.
 */
export function adam(W, B, S, lambda) {
  const m = new Float64Array(W.length),
    v = new Float64Array(W.length),
    mb = new Float64Array(S),
    vb = new Float64Array(S);
  const lr = 0.05,
    b1 = 0.9,
    b2 = 0.999;
  return (t, G, GB, counts, mask) => {
    const c1 = 1 - b1 ** t,
      c2 = 1 - b2 ** t;
    for (let j = 0; j < W.length; j++) {
      if (mask && !mask[j]) continue;
      const g = (G[j] + lambda * W[j]) / counts[j % S];
      m[j] = b1 * m[j] + (1 - b1) * g;
      v[j] = b2 * v[j] + (1 - b2) * g * g;
      W[j] -= (lr * m[j]) / c1 / (Math.sqrt(v[j] / c2) + 1e-8);
    }
    for (let s = 0; s < S; s++) {
      const g = GB[s] / counts[s];
      mb[s] = b1 * mb[s] + (1 - b1) * g;
      vb[s] = b2 * vb[s] + (1 - b2) * g * g;
      B[s] -= (lr * mb[s]) / c1 / (Math.sqrt(vb[s] / c2) + 1e-8);
    }
  };
}
