// Trains the learned sign models (src/analysis/learned) and runs the validation protocol
// of docs/decisions/0005-learned-signs.md. Run against a build:
//   npx tsc -p tsconfig.build.json --outDir .tmp/learned && node scripts/train-signs.mjs .tmp/learned [--write] [--lambda 1] [--top 300]
// Without --write it only reports; with --write (and only if the combination wins both
// checks) it trains on every labelled set and writes src/analysis/learned/weights.ts.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const dist = resolve(args.find((a) => !a.startsWith('--')) ?? '.tmp/learned');
const opt = (n, d) => {
  const i = args.indexOf(n);
  return i >= 0 ? Number(args[i + 1]) : d;
};
const LAMBDA = opt('--lambda', 1);
const TOP = opt('--top', 300);
const ITERS = opt('--iters', 250);
const MIN_DF = 2;
const WRITE = args.includes('--write');
const load = (p) => import(pathToFileURL(join(dist, p)).href);
const { analyze } = await load('analysis/index.js');
const { featuresOf, learnedPass } = await load('analysis/learned/index.js');
const { CONTRACT_SIGN_IDS: SIGNS } = await load('core/signs/ids.js');
const S = SIGNS.length;

// ---- data
function jsonl(file, set) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .map((o) => ({ set, id: `${set}/${o.id}`, text: o.text, gold: new Set(o.gold_signs) }));
}
function transcripts(dir, set) {
  const f = join(dir, 'labels.json');
  if (!existsSync(f)) return [];
  return Object.entries(JSON.parse(readFileSync(f, 'utf8'))).map(([id, l]) => ({
    set,
    id: `${set}/${id}`,
    text: readFileSync(join(dir, l.file ?? `${id}.vtt`), 'utf8'),
    candidate: l.candidate,
    gold: new Set(l.gold_signs),
  }));
}
const C = 'test/fixtures/corpus';
const items = [
  ...jsonl('/work/shared/eval/dev/debriefs.jsonl', 'dev'),
  ...transcripts('/work/shared/eval/dev/transcripts', 'dev'),
  ...jsonl(`${C}/notes.jsonl`, 'notes'),
  ...jsonl(`${C}/stories.jsonl`, 'stories'),
  ...jsonl(`${C}/fresh.jsonl`, 'fresh'),
  ...transcripts(`${C}/transcripts`, 'transcripts'),
  ...jsonl(`${C}/final-check.jsonl`, 'final'),
];
for (const it of items) {
  const r = analyze(it.text, it.candidate ? { candidate: it.candidate } : {});
  it.rules = r.ok ? r.value.signs : [];
  it.feats = featuresOf(it.text);
  for (const s of it.rules)
    it.feats.set(`RULE_${s.id}`, Math.max(it.feats.get(`RULE_${s.id}`) ?? 0, s.confidence));
  it.y = SIGNS.map((s) => (it.gold.has(s) ? 1 : 0));
}

// ---- logistic regression, all signs at once over a shared sparse design (Adam, full batch)
function design(train) {
  const df = new Map();
  for (const it of train) for (const f of it.feats.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const names = [...df]
    .filter(([f, n]) => n >= MIN_DF || f.startsWith('RULE_'))
    .map(([f]) => f)
    .sort();
  return { names, index: new Map(names.map((f, i) => [f, i])) };
}
function rows(data, index) {
  return data.map((it) => {
    const idx = [],
      val = [];
    for (const [f, v] of it.feats) {
      const i = index.get(f);
      if (i !== undefined) {
        idx.push(i);
        val.push(v);
      }
    }
    return { idx: Int32Array.from(idx), val: Float64Array.from(val), y: it.y };
  });
}
const sigmoid = (z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
// mask[f*S+s] = 0 freezes a weight at 0 (pruned features).
function fit(X, F, mask) {
  const N = X.length,
    W = new Float64Array(F * S),
    B = new Float64Array(S);
  const m = new Float64Array(F * S),
    v = new Float64Array(F * S),
    mb = new Float64Array(S),
    vb = new Float64Array(S);
  const G = new Float64Array(F * S),
    GB = new Float64Array(S),
    z = new Float64Array(S);
  const lr = 0.05,
    b1 = 0.9,
    b2 = 0.999;
  for (let t = 1; t <= ITERS; t++) {
    G.fill(0);
    GB.fill(0);
    for (const x of X) {
      z.set(B);
      for (let k = 0; k < x.idx.length; k++) {
        const o = x.idx[k] * S,
          xv = x.val[k];
        for (let s = 0; s < S; s++) z[s] += W[o + s] * xv;
      }
      for (let s = 0; s < S; s++) z[s] = sigmoid(z[s]) - x.y[s];
      for (let k = 0; k < x.idx.length; k++) {
        const o = x.idx[k] * S,
          xv = x.val[k];
        for (let s = 0; s < S; s++) G[o + s] += z[s] * xv;
      }
      for (let s = 0; s < S; s++) GB[s] += z[s];
    }
    const c1 = 1 - b1 ** t,
      c2 = 1 - b2 ** t;
    for (let j = 0; j < W.length; j++) {
      if (mask && !mask[j]) continue;
      const g = (G[j] + LAMBDA * W[j]) / N;
      m[j] = b1 * m[j] + (1 - b1) * g;
      v[j] = b2 * v[j] + (1 - b2) * g * g;
      W[j] -= (lr * m[j]) / c1 / (Math.sqrt(v[j] / c2) + 1e-8);
    }
    for (let s = 0; s < S; s++) {
      const g = GB[s] / N;
      mb[s] = b1 * mb[s] + (1 - b1) * g;
      vb[s] = b2 * vb[s] + (1 - b2) * g * g;
      B[s] -= (lr * mb[s]) / c1 / (Math.sqrt(vb[s] / c2) + 1e-8);
    }
  }
  return { W, B };
}
// Train, keep the TOP text features per sign by |weight| (rule features always), refit on those.
function train(data) {
  const { names, index } = design(data);
  const X = rows(data, index),
    F = names.length;
  const first = fit(X, F);
  const mask = new Uint8Array(F * S);
  for (let s = 0; s < S; s++) {
    const order = [];
    for (let f = 0; f < F; f++)
      if (names[f].startsWith('RULE_')) mask[f * S + s] = 1;
      else order.push([Math.abs(first.W[f * S + s]), f]);
    order.sort((a, b) => b[0] - a[0]);
    for (const [, f] of order.slice(0, TOP)) mask[f * S + s] = 1;
  }
  const { W, B } = fit(X, F, mask);
  return SIGNS.map((id, s) => {
    const w = {};
    for (let f = 0; f < F; f++)
      if (mask[f * S + s] && Math.abs(W[f * S + s]) >= 1e-4)
        w[names[f]] = Math.round(W[f * S + s] * 1e4) / 1e4;
    return { id, bias: Math.round(B[s] * 1e4) / 1e4, tau: 2, nu: 0, w };
  });
}
function probs(models, it) {
  return models.map((m) => {
    let z = m.bias;
    for (const [f, v] of it.feats) z += (m.w[f] ?? 0) * v;
    return sigmoid(z);
  });
}

// ---- thresholds by inner cross-validation on the training data only
function rng(seed) {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}
function folds(data, k, seed) {
  const r = rng(seed),
    order = data
      .map((it) => [r(), it])
      .sort((a, b) => a[0] - b[0])
      .map(([, it]) => it);
  return Array.from({ length: k }, (_, f) => order.filter((_, i) => i % k === f));
}
const f1 = ({ tp, fp, fn }) => (tp === 0 ? (fp + fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn));
const TAUS = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 2];
const NUS = [0, 0.01, 0.02, 0.05, 0.1];
function chooseThresholds(data, seed) {
  const oof = new Map();
  for (const part of folds(data, 4, seed)) {
    const inPart = new Set(part);
    const models = train(data.filter((it) => !inPart.has(it)));
    for (const it of part) oof.set(it, probs(models, it));
  }
  return SIGNS.map((id, s) => {
    const count = (tau, nu) => {
      const c = { tp: 0, fp: 0, fn: 0 };
      for (const it of data) {
        const p = oof.get(it)[s],
          rule = it.rules.some((r) => r.id === id);
        const pred = rule ? p > nu : p >= tau;
        if (pred && it.y[s]) c.tp++;
        else if (pred) c.fp++;
        else if (it.y[s]) c.fn++;
      }
      return f1(c);
    };
    let tau = 2,
      best = count(2, 0);
    for (const t of TAUS) {
      const sc = count(t, 0);
      if (sc > best + 1e-9) {
        best = sc;
        tau = t;
      }
    }
    let nu = 0;
    for (const n of NUS) {
      const sc = count(tau, n);
      if (sc > best + 1e-9) {
        best = sc;
        nu = n;
      }
    }
    return { tau, nu };
  });
}
function trainWithThresholds(data, seed) {
  const th = chooseThresholds(data, seed);
  return train(data).map((m, s) => ({ ...m, ...th[s] }));
}

// ---- scoring through the shipped inference path (learnedPass), rules alone vs combined
function score(test, models) {
  const per = {
    rules: SIGNS.map(() => ({ tp: 0, fp: 0, fn: 0 })),
    combined: SIGNS.map(() => ({ tp: 0, fp: 0, fn: 0 })),
  };
  for (const it of test) {
    const rule = new Set(it.rules.map((r) => r.id));
    const { added, vetoed } = learnedPass(it.text, it.rules, models);
    const comb = new Set([...[...rule].filter((id) => !vetoed.includes(id)), ...added.map((a) => a.id)]);
    for (const [name, pred] of [
      ['rules', rule],
      ['combined', comb],
    ])
      SIGNS.forEach((id, s) => {
        const c = per[name][s],
          p = pred.has(id),
          g = it.gold.has(id);
        if (p && g) c.tp++;
        else if (p) c.fp++;
        else if (g) c.fn++;
      });
  }
  return per;
}
function micro(cs) {
  const T = cs.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  return { f1: f1(T), p: T.tp / Math.max(1, T.tp + T.fp), r: T.tp / Math.max(1, T.tp + T.fn) };
}
const fmt = (m) => `micro F1=${m.f1.toFixed(3)} P=${m.p.toFixed(3)} R=${m.r.toFixed(3)}`;
function report(title, per) {
  console.log(`\n== ${title}`);
  console.log(`rules    ${fmt(micro(per.rules))}\ncombined ${fmt(micro(per.combined))}`);
  SIGNS.forEach((id, s) =>
    console.log(
      `  ${id.padEnd(24)} rules ${f1(per.rules[s]).toFixed(2)}  combined ${f1(per.combined[s]).toFixed(2)}`,
    ),
  );
  return { rules: micro(per.rules).f1, combined: micro(per.combined).f1 };
}
const add = (a, b) => ({
  rules: a.rules.map((c, s) => sum(c, b.rules[s])),
  combined: a.combined.map((c, s) => sum(c, b.combined[s])),
});
const sum = (x, y) => ({ tp: x.tp + y.tp, fp: x.fp + y.fp, fn: x.fn + y.fn });

console.log(`lambda=${LAMBDA} top=${TOP} iters=${ITERS} items=${items.length}`);
// (1) held-out final-check: never used for weights or thresholds here
const notFinal = items.filter((it) => it.set !== 'final'),
  final = items.filter((it) => it.set === 'final');
const held = report(
  '(1) train dev+notes+stories+fresh+transcripts, test final-check',
  score(final, trainWithThresholds(notFinal, 11)),
);
// (2) 5-fold cross-validation over everything pooled
let pooled;
for (const [k, part] of folds(items, 5, 7).entries()) {
  const inPart = new Set(part);
  const per = score(
    part,
    trainWithThresholds(
      items.filter((it) => !inPart.has(it)),
      100 + k,
    ),
  );
  console.log(
    `fold ${k + 1}: rules ${micro(per.rules).f1.toFixed(3)} combined ${micro(per.combined).f1.toFixed(3)}`,
  );
  pooled = pooled ? add(pooled, per) : per;
}
const cv = report('(2) 5-fold CV, all sets pooled (sums over folds)', pooled);
const wins = held.combined > held.rules && cv.combined > cv.rules;
console.log(`\ncombination better on held-out final-check AND in CV: ${wins ? 'yes' : 'no'}`);

if (WRITE && wins) {
  const models = trainWithThresholds(items, 42);
  const body = models
    .map(
      (m) =>
        `  {\n    id: '${m.id}',\n    bias: ${m.bias},\n    tau: ${m.tau},\n    nu: ${m.nu},\n    w: ${JSON.stringify(m.w)},\n  },`,
    )
    .join('\n');
  const out = `// GENERATED by scripts/train-signs.mjs from every labelled set (dev, notes, stories, fresh,
// transcripts, final-check): ${items.length} items, lambda=${LAMBDA}, top=${TOP} text features per sign.
// Regenerate: npx tsc -p tsconfig.build.json --outDir .tmp/learned && node scripts/train-signs.mjs .tmp/learned --write
// Do not edit by hand. A tau above 1 means the model never adds that sign.
import type { SignModelData } from './model-types.js';

export const SIGN_MODELS: readonly SignModelData[] = [
${body}
];
`;
  writeFileSync('src/analysis/learned/weights.ts', out);
  console.log(`wrote src/analysis/learned/weights.ts (${(out.length / 1024).toFixed(0)} KB)`);
} else if (WRITE) console.log('not written: the combination did not win both checks');
