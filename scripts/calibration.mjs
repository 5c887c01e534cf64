// How honest are the estimates? Scores `analyze --batch`-style assessments against the known
// outcomes of stories (default: test/fixtures/corpus/stories.jsonl; any JSON-lines file whose
// items carry `outcome` with --file, repeatable).
//   npx tsc -p tsconfig.build.json --outDir .tmp/NAME && node scripts/calibration.mjs .tmp/NAME [--file F]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const dist = resolve(args[0] && !args[0].startsWith('--') ? args[0] : 'dist');
const files = args.flatMap((a, i) => (args[i - 1] === '--file' ? [a] : []));
const { analyzeBatchLine } = await import(pathToFileURL(join(dist, 'contract/analyze-batch.js')).href);
const stories = (files.length ? files : ['test/fixtures/corpus/stories.jsonl']).flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l)),
);
const known = stories.filter((s) => s.outcome && s.outcome !== 'unknown');
const passed = (s) => (s.outcome === 'offer' || s.outcome === 'next-round' ? 1 : 0);
const base = known.reduce((a, s) => a + passed(s), 0) / known.length;
let brier = 0,
  brierBase = 0,
  logLoss = 0;
const bins = Array.from({ length: 5 }, () => ({ n: 0, p: 0, y: 0 }));
const scored = [];
for (const s of known) {
  const out = analyzeBatchLine(JSON.stringify({ id: s.id, text: s.text }), '2026-11-25');
  const p = out.assessment?.probability ?? 0.5;
  const y = passed(s);
  scored.push([p, y]);
  brier += (p - y) ** 2;
  brierBase += (base - y) ** 2;
  logLoss += -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
  const b = bins[Math.min(4, Math.floor(p * 5))];
  b.n++;
  b.p += p;
  b.y += y;
}
const n = known.length;
console.log(`stories with a known outcome: ${n}; passed share ${base.toFixed(2)}`);
console.log(
  `Brier ${(brier / n).toFixed(3)} (constant base rate: ${(brierBase / n).toFixed(3)}); log loss ${(logLoss / n).toFixed(3)}`,
);
// AUC: the chance a story that passed got a higher estimate than one that did not (ties half).
let pairs = 0,
  wins = 0;
for (const [p1, y1] of scored)
  for (const [p0, y0] of scored)
    if (y1 === 1 && y0 === 0) {
      pairs++;
      wins += p1 > p0 ? 1 : p1 === p0 ? 0.5 : 0;
    }
if (pairs) console.log(`AUC ${(wins / pairs).toFixed(3)}`);
for (const [i, b] of bins.entries())
  if (b.n)
    console.log(
      `  p in [${i / 5}, ${(i + 1) / 5}): n=${b.n} mean p=${(b.p / b.n).toFixed(2)} passed=${(b.y / b.n).toFixed(2)}`,
    );
