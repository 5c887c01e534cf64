// Why the learned vetoes (src/analysis/learned) help on one kind of text and not on another:
// aggregate figures only, per set (docs/decisions/0005, "Real published stories").
//   npx tsc -p tsconfig.build.json --outDir .tmp/NAME && node scripts/veto-audit.mjs .tmp/NAME [--sets j-odd,k-odd] [--jsonl F]...
// Sets are the readable ones (scripts/labelled.mjs readableSets) and JSON-lines files given by
// --jsonl; it prints no text and no item, but it is still a per-set breakdown: never point it at a
// blind set.
// Per set: the rule hits right/wrong; how well the model's probability ranks right hits above
// wrong ones (AUC), and how well the sign's own vocabulary does (the positive weight of the
// text's uncommon words); the vetoes right/wrong and what their case against rests on (common
// words present in any longer text, other words, other rules' hits); and how many vetoes three
// candidate conditions would undo (right/wrong).
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { jsonl, readableSets, trainingPool } from './labelled.mjs';

const args = process.argv.slice(2);
const dist = resolve(args.find((a) => !a.startsWith('--')) ?? '.tmp/learned');
const after = (flag) => args.flatMap((a, i) => (args[i - 1] === flag ? [a] : []));
const load = (p) => import(pathToFileURL(join(dist, p)).href);
const { analyze } = await load('analysis/index.js');
const { learnedPass, learnedProbabilities, featuresOf, tokensOf } = await load('analysis/learned/index.js');
const { addFeatures } = await load('analysis/learned/features.js');
const { SIGN_MODELS } = await load('analysis/learned/weights.js');
const MODEL = new Map(SIGN_MODELS.map((m) => [m.id, m]));
const sigmoid = (z) => 1 / (1 + Math.exp(-z));

// "common": features in at least a fifth of the training pool's notes (the, a, i, and, was, …)
const pool = trainingPool().filter((it) => !it.candidate);
const df = new Map();
const poolLengths = [];
for (const it of pool) {
  for (const f of featuresOf(it.text).keys()) df.set(f, (df.get(f) ?? 0) + 1);
  poolLengths.push(tokensOf(it.text).tokens.length);
}
const COMMON = new Set([...df].filter(([, n]) => n >= 0.2 * pool.length).map(([f]) => f));
const quantile = (a, p) => a.slice().sort((x, y) => x - y)[Math.floor(p * (a.length - 1))];
const TRAINED_LENGTH = quantile(poolLengths, 0.9);

const readable = readableSets();
const named = (after('--sets')[0] ?? 'j-odd,n-odd,k-odd,q-odd,p').split(',').filter(Boolean);
const sets = [
  ...named.map((n) => [n, readable[n]()]),
  ...after('--jsonl').map((f) => [
    f
      .split('/')
      .pop()
      .replace(/\.jsonl$/, ''),
    jsonl(f),
  ]),
];

function auc(pos, neg) {
  let a = 0;
  for (const x of pos) for (const y of neg) a += x > y ? 1 : x === y ? 0.5 : 0;
  return pos.length && neg.length ? (a / (pos.length * neg.length)).toFixed(2) : '-';
}
const mean = (a) => (a.length ? a.reduce((s, x) => s + x, 0) / a.length : 0).toFixed(2);

/** The model's z from the features of sentences within `reach` of the rule's evidence, and every rule hit. */
function nearZ(model, text, hits, rules) {
  const { tokens, clauseStarts } = tokensOf(text);
  const at = new Set();
  for (const e of hits.flatMap((s) => s.evidence ?? []))
    for (const t of tokens) if (t.end > e.start && t.start < e.end) at.add(t.sentence);
  const feats = new Map(rules);
  let from = -1;
  for (let i = 0; i <= tokens.length; i++) {
    const inside = i < tokens.length && [...at].some((s) => Math.abs(s - tokens[i].sentence) <= 1);
    if (inside && from < 0) from = i;
    if (!inside && from >= 0) {
      addFeatures(tokens, clauseStarts, feats, from, i);
      from = -1;
    }
  }
  let z = model.bias;
  for (const [f, x] of feats) z += (model.w[f] ?? 0) * x;
  return z;
}

console.log(
  `common features: ${COMMON.size}; training notes' 90th-percentile length: ${TRAINED_LENGTH} words`,
);
for (const [name, items] of sets) {
  const hitP = { right: [], wrong: [] };
  const hitSupport = { right: [], wrong: [] };
  const veto = { right: [], wrong: [] };
  const undo = { near: [0, 0], specific: [0, 0], scaled: [0, 0] };
  for (const it of items) {
    const r = analyze(it.text, { learned: false });
    const signs = r.ok ? r.value.signs : [];
    const rules = new Map();
    for (const s of signs) rules.set(`RULE_${s.id}`, Math.max(rules.get(`RULE_${s.id}`) ?? 0, s.confidence));
    const feats = featuresOf(it.text);
    const P = learnedProbabilities(it.text, signs);
    const { vetoed } = learnedPass(it.text, signs);
    const length = vetoed.length ? tokensOf(it.text).tokens.length : 0;
    for (const id of new Set(signs.map((s) => s.id))) {
      const model = MODEL.get(id);
      if (!model) continue;
      const key = it.gold.has(id) ? 'right' : 'wrong';
      let common = 0,
        support = 0,
        other = 0;
      for (const f of feats.keys()) {
        const w = model.w[f] ?? 0;
        if (COMMON.has(f)) common += w;
        else if (w > 0) support += w;
        else other += w;
      }
      let otherRules = 0;
      for (const [f, x] of rules) if (f !== `RULE_${id}`) otherRules += (model.w[f] ?? 0) * x;
      hitP[key].push(P.get(id));
      hitSupport[key].push(support);
      if (!vetoed.includes(id)) continue;
      // a veto is right when the rule's hit was wrong
      const v = key === 'wrong' ? 0 : 1;
      veto[key === 'wrong' ? 'right' : 'wrong'].push({ common, support, other, otherRules });
      if (
        sigmoid(
          nearZ(
            model,
            it.text,
            signs.filter((s) => s.id === id),
            rules,
          ),
        ) > model.nu
      )
        undo.near[v]++;
      if (support + other + otherRules >= 0) undo.specific[v]++;
      const rule = otherRules + (model.w[`RULE_${id}`] ?? 0) * rules.get(`RULE_${id}`);
      const scale = Math.min(1, Math.sqrt(TRAINED_LENGTH / length));
      if (sigmoid(model.bias + rule + (common + support + other) * scale) > model.nu) undo.scaled[v]++;
    }
  }
  const against = (k) =>
    `common ${mean(veto[k].map((x) => x.common))}, support ${mean(veto[k].map((x) => x.support))}, ` +
    `other words ${mean(veto[k].map((x) => x.other))}, other rules ${mean(veto[k].map((x) => x.otherRules))}`;
  console.log(
    `\n== ${name} (${items.length} items)\n` +
      `rule hits right/wrong ${hitP.right.length}/${hitP.wrong.length}; AUC of p ${auc(hitP.right, hitP.wrong)}, ` +
      `of the sign's vocabulary ${auc(hitSupport.right, hitSupport.wrong)} ` +
      `(mean ${mean(hitSupport.right)} on right hits, ${mean(hitSupport.wrong)} on wrong)\n` +
      `vetoes right/wrong ${veto.right.length}/${veto.wrong.length}\n` +
      `  right vetoes rest on: ${against('right')}\n  wrong vetoes rest on: ${against('wrong')}\n` +
      `undone (right/wrong): case read from the sentences near the hit (±1) ${undo.near.join('/')}; ` +
      `no case against beyond common words ${undo.specific.join('/')}; ` +
      `words scaled to ${TRAINED_LENGTH} words ${undo.scaled.join('/')}`,
  );
}
