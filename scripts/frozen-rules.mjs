// The rules as they were BEFORE each labelled set was written, run on that set: sign ids the
// analyzer would have found on text it had not yet seen (it was tuned on every set later).
// train-embed.mjs can use these, instead of today's rules, as the baseline its additions are
// chosen against, so that threshold choice sees rules with blind-set recall.
// Build the old analyzers first (one per set-introducing commit, at its parent):
//   for c in 0f52ac4 bc48ab8 904f94c d45ca5f 232c0ad; do d=/tmp/oldrules/$c; mkdir -p $d &&
//     git archive $c^ | tar -x -C $d && ln -sfn "$PWD/node_modules" $d/node_modules &&
//     (cd $d && npx tsc -p tsconfig.build.json --outDir $d/out); done
//   node scripts/frozen-rules.mjs [/tmp/oldrules] > .tmp/frozen-rules.json
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { trainingPool } from './labelled.mjs';

const root = process.argv[2] ?? '/tmp/oldrules';
// set -> the commit that added it (the rules of its parent had never seen it)
const INTRODUCED = {
  fresh: '0f52ac4',
  final: 'bc48ab8',
  last: '904f94c',
  'holdout-a': 'd45ca5f',
  'holdout-b': 'd45ca5f',
  'holdout-transcripts': 'd45ca5f',
  'holdout-c': '232c0ad',
  'holdout-c-transcripts': '232c0ad',
};
const out = {};
const items = trainingPool();
for (const c of new Set(Object.values(INTRODUCED))) {
  const f = join(root, c, 'out/analysis/index.js');
  if (!existsSync(f)) throw new Error(`missing build ${f}`);
  const { analyze } = await import(pathToFileURL(f).href);
  for (const it of items.filter((x) => INTRODUCED[x.set] === c)) {
    const r = analyze(it.text, it.candidate ? { candidate: it.candidate } : {});
    out[it.id] = r.ok ? r.value.signs.map((s) => s.id) : [];
  }
}
process.stdout.write(JSON.stringify(out) + '\n');
