// How often the transcript reader's candidate guess (no --candidate given) names the labelled
// candidate, over every readable call set; blind call sets print only their totals.
//   npx tsc -p tsconfig.build.json --outDir .tmp/X && node scripts/candidate-guess.mjs .tmp/X [--errors] [--blind]
// --errors lists the misses of readable sets only; --blind adds one total line for the blind calls.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readableSets, transcripts } from './labelled.mjs';

const args = process.argv.slice(2);
const dist = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
const t = await import(pathToFileURL(join(dist, 'analysis/transcript/index.js')).href);
const C = 'test/fixtures/corpus';

function score(items, onMiss) {
  let right = 0;
  let wrong = 0;
  let none = 0;
  const sure = { right: 0, wrong: 0 };
  for (const it of items) {
    if (!it.candidate) continue;
    const r = t.parseTranscript(it.text);
    if (!r.ok || !r.value.candidate) {
      none++;
      continue;
    }
    const c = r.value.candidate;
    const want = t.matchSpeaker(it.candidate, r.value.speakers) ?? it.candidate;
    if (c.name === want) {
      right++;
      sure.right += c.confidence;
    } else {
      wrong++;
      sure.wrong += c.confidence;
      onMiss?.(it, c, want, r.value.speakers);
    }
  }
  return { right, wrong, none, sure };
}

const fmt = (s) =>
  `${s.right}/${s.right + s.wrong + s.none} right, ${s.wrong} wrong, ${s.none} no guess; ` +
  `mean sure: right ${(s.sure.right / (s.right || 1)).toFixed(2)}, wrong ${(s.sure.wrong / (s.wrong || 1)).toFixed(2)}`;

const total = { right: 0, wrong: 0, none: 0, sure: { right: 0, wrong: 0 } };
const add = (s) => {
  total.right += s.right;
  total.wrong += s.wrong;
  total.none += s.none;
  total.sure.right += s.sure.right;
  total.sure.wrong += s.sure.wrong;
};
const sets = { dev: () => transcripts('/work/shared/eval/dev/transcripts'), ...readableSets() };
for (const [name, load] of Object.entries(sets)) {
  const items = load().filter((it) => it.candidate !== undefined);
  if (items.length === 0) continue;
  const s = score(items, (it, c, want, speakers) => {
    if (args.includes('--errors'))
      console.log(
        `  miss ${name}/${it.id}: guessed ${c.name} (${c.confidence}), is ${want}; speakers ${speakers.join(', ')}`,
      );
  });
  add(s);
  console.log(`${name}: ${fmt(s)}`);
}
console.log(`readable: ${fmt(total)}`);

if (args.includes('--blind')) {
  const even = (dir) => transcripts(`${C}/${dir}`).filter((it) => Number(it.id.slice(1)) % 2 === 0);
  const blind = [
    ...transcripts(`${C}/holdout-d-transcripts`),
    ...['f', 'g', 'h', 'i', 'm', 'r', 't'].flatMap((l) => even(`${l}-transcripts`)),
  ];
  console.log(`blind: ${fmt(score(blind))}`);
}
