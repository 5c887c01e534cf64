// Runs the analyzer on every corpus item and writes the full results, one JSON line per item,
// so an engine change can be checked to leave every output byte-identical:
//   npx tsc -p tsconfig.build.json && node scripts/dump-analysis.mjs [dist] [out.jsonl]
//   (then again after the change, and `cmp` the two files)
// Covers test/fixtures/corpus/*.jsonl and e/*.jsonl, every transcript folder with a labels.json, the shared
// dev set (/work/shared/eval/dev, when present) and the bench's 1 MB notes and 9,000-word
// transcript. Notes run twice: without options and with interview and today dates, so the
// elapsed-time and promised-date paths are covered too.
import { readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { notesOfSize, transcriptOfWords } from './bench/texts.mjs';
import { jsonl, transcripts } from './labelled.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const outFile = resolve(process.argv[3] ?? 'analysis-dump.jsonl');
const { analyze } = await import(pathToFileURL(join(dist, 'analysis/index.js')).href);

const corpus = join(root, 'test/fixtures/corpus');
const DEV = '/work/shared/eval/dev';
const DATED = { interviewDate: '2026-03-02', today: '2026-03-16' };

const sets = [];
for (const name of readdirSync(corpus).sort()) {
  const path = join(corpus, name);
  if (name.endsWith('.jsonl')) sets.push([name, jsonl(path), true]);
  else if (existsSync(join(path, 'labels.json'))) sets.push([name, transcripts(path), false]);
}
// the e sets (train-e, holdout-e, holdout-e-long) sit one folder down
for (const name of readdirSync(join(corpus, 'e')).sort())
  if (name.endsWith('.jsonl')) sets.push([`e/${name}`, jsonl(join(corpus, 'e', name)), true]);
sets.push(['dev/debriefs.jsonl', jsonl(join(DEV, 'debriefs.jsonl')), true]);
sets.push(['dev/transcripts', transcripts(join(DEV, 'transcripts')), false]);
sets.push([
  'bench',
  [
    { id: '1 MB of notes', text: notesOfSize(1_000_000) },
    { id: '9,000-word transcript', text: transcriptOfWords(9000) },
  ],
  true,
]);

const lines = [];
let items = 0;
for (const [set, list, dated] of sets) {
  for (const it of list) {
    const runs = [['plain', it.candidate ? { candidate: it.candidate } : {}]];
    if (dated) runs.push(['dated', DATED]);
    // transcripts also without the given name, so the guessed-candidate path is covered
    if (it.candidate) runs.push(['guessed', {}]);
    for (const [how, options] of runs) {
      lines.push(JSON.stringify({ set, id: it.id, how, result: analyze(it.text, options) }));
      items++;
    }
  }
}
writeFileSync(outFile, lines.join('\n') + '\n');
process.stderr.write(`dump-analysis: ${items} runs over ${sets.length} sets -> ${outFile}\n`);
