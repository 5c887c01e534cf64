// How honest is the model itself on real published stories? Scores `estimateFrom` on the labels of
// test/fixtures/real-stories (no story text needed): the gold signs as observations at the
// analyzer's (full) weight, the story's stage, no date. Reports Brier (against a constant base rate)
// and AUC, overall and per set.
//   npx tsc -p tsconfig.build.json --outDir .tmp/NAME && node scripts/real-stories-model.mjs .tmp/NAME
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = resolve(process.argv[2] ?? 'dist');
const { estimateFrom } = await import(pathToFileURL(join(dist, 'core/model/estimate.js')).href);
const dir = 'test/fixtures/real-stories';
// a story's stage words, as the record's stages (real-d on write "later" where older sets wrote "second")
const STAGE = {
  screen: 'screen',
  first: 'first',
  second: 'later',
  later: 'later',
  final: 'final',
  unknown: 'other',
};
const passed = (s) => (s.outcome === 'offer' || s.outcome === 'next-round' ? 1 : 0);

const stories = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) =>
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => ({ ...JSON.parse(l), set: f.replace('.jsonl', '') })),
  )
  // withdrawing says nothing about whether the interview went well
  .filter((s) => s.outcome !== 'withdrew');

function report(label, items) {
  const scored = items.map((s) => {
    const observations = Object.fromEntries(
      s.gold_signs.map((id) => [id, { value: 'present', source: 'analyzer' }]),
    );
    const record = { stage: STAGE[s.stage] ?? 'other', date: '2026-11-25' };
    const e = estimateFrom({ record, observations, today: '2026-11-25', dateKnown: false });
    return [e.probability, passed(s)];
  });
  const n = scored.length;
  const base = scored.reduce((a, [, y]) => a + y, 0) / n;
  const brier = scored.reduce((a, [p, y]) => a + (p - y) ** 2, 0) / n;
  const brierBase = scored.reduce((a, [, y]) => a + (base - y) ** 2, 0) / n;
  let pairs = 0;
  let wins = 0;
  for (const [p1, y1] of scored)
    for (const [p0, y0] of scored)
      if (y1 === 1 && y0 === 0) {
        pairs++;
        wins += p1 > p0 ? 1 : p1 === p0 ? 0.5 : 0;
      }
  console.log(
    `${label.padEnd(8)} n=${n} passed ${base.toFixed(2)}  Brier ${brier.toFixed(3)} (base rate ${brierBase.toFixed(3)})  AUC ${(wins / pairs).toFixed(3)}`,
  );
}

report('all', stories);
for (const set of [...new Set(stories.map((s) => s.set))])
  report(
    set,
    stories.filter((s) => s.set === set),
  );
for (const stage of Object.keys(STAGE)) {
  const of = stories.filter((s) => s.stage === stage);
  if (of.length) console.log(`  ${stage}: ${of.length} stories, ${of.filter(passed).length} passed`);
}
