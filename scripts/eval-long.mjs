// Pooled per-sign scores over the LONG items (250+ words) of the readable notes sets, where the
// stories tell a whole search (other employers, advice, outcome). Blind sets are never loaded.
//   node scripts/eval-long.mjs .tmp/NAME [--errors] [--rules-only] [--signs a,b] [--min 250]
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { jsonl, readableSets, specSignIds } from './labelled.mjs';
import { f1 } from './learn-common.mjs';

const args = process.argv.slice(2);
const opt = (n) => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined);
const dist = resolve(args[0] ?? 'dist');
const minWords = Number(opt('--min') ?? 250);
const only = opt('--signs')?.split(',');
const { analyze } = await import(pathToFileURL(join(dist, 'analysis/index.js')).href);
const r = readableSets();
const C = 'test/fixtures/corpus';
const SETS = {
  'k-odd': r['k-odd'],
  's-odd': r['s-odd'],
  stories: r.stories,
  'w-odd': r['w-odd'],
  'q-odd': r['q-odd'],
  'j-odd': r['j-odd'],
  'holdout-c': () => jsonl(`${C}/holdout-c.jsonl`),
  holdout: r.holdout,
  final: r.final,
  last: r.last,
  fresh: r.fresh,
  notes: r.notes,
};
const words = (t) => t.split(/\s+/).filter(Boolean).length;
const SIGNS = specSignIds();
const per = Object.fromEntries(SIGNS.map((s) => [s, { tp: 0, fp: 0, fn: 0 }]));
const perSet = {};
const errors = [];
for (const [set, load] of Object.entries(SETS)) {
  const S = (perSet[set] = { n: 0, tp: 0, fp: 0, fn: 0 });
  for (const it of load()) {
    if (words(it.text) < minWords) continue;
    S.n++;
    const res = analyze(it.text, args.includes('--rules-only') ? { learned: false } : {});
    const found = res.ok ? res.value.signs : [];
    const pred = new Set(found.map((s) => s.id));
    for (const s of SIGNS) {
      const g = it.gold.has(s),
        p = pred.has(s);
      const k = g && p ? 'tp' : p ? 'fp' : g ? 'fn' : null;
      if (!k) continue;
      per[s][k]++;
      S[k]++;
      if (k === 'fp') {
        const ev = found.find((x) => x.id === s)?.evidence?.[0]?.quote ?? '';
        errors.push([s, `${set}/${it.id} FP ${s}  <<${ev.slice(0, 200)}>>`]);
      } else if (k === 'fn') errors.push([s, `${set}/${it.id} FN ${s}`]);
    }
  }
}
const T = { tp: 0, fp: 0, fn: 0 };
for (const s of SIGNS) {
  const c = per[s];
  T.tp += c.tp;
  T.fp += c.fp;
  T.fn += c.fn;
  if (!only || only.includes(s))
    console.log(
      `${s.padEnd(24)} tp=${String(c.tp).padStart(3)} fp=${String(c.fp).padStart(3)} fn=${String(c.fn).padStart(3)} f1=${f1(c).toFixed(2)}`,
    );
}
for (const [set, c] of Object.entries(perSet))
  console.log(`  ${set.padEnd(10)} n=${String(c.n).padStart(3)} f1=${f1(c).toFixed(3)}`);
const n = Object.values(perSet).reduce((a, c) => a + c.n, 0);
console.log(
  `long pool (${n} items, ${minWords}+ words): micro F1=${f1(T).toFixed(3)} tp=${T.tp} fp=${T.fp} fn=${T.fn}`,
);
if (args.includes('--errors')) for (const [s, e] of errors) if (!only || only.includes(s)) console.log(e);
