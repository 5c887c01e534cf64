// The bench's analyzer rows in CPU time (process.cpuUsage), which a busy machine disturbs far less
// than wall time: the server and bundle modules loaded and the transcript read first, as in
// `npm run bench`, so V8's regex budget is spent as there (ADR 0008). Compare builds by
// alternating runs; add --regexp-tier-up-ticks=20 to node to make the budget's slow case certain.
//   node scripts/bench/analyzer-cpu.mjs [BUILD_DIR=dist]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import './server.mjs';
import './bundle.mjs';
import { notesOfSize, transcriptOfWords } from './texts.mjs';

const build = resolve(process.argv[2] ?? new URL('../../dist', import.meta.url).pathname);
const { analyze } = await import(pathToFileURL(`${build}/analysis/index.js`).href);
const nlp = winkNLP(model);

const cpuMs = (f) => {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function compare(text, rounds) {
  nlp.readDoc(text);
  analyze(text);
  const base = [];
  const ours = [];
  for (let i = 0; i < rounds; i++) {
    base.push(cpuMs(() => nlp.readDoc(text)));
    ours.push(cpuMs(() => analyze(text)));
  }
  return { readDocMs: median(base), analyzeMs: median(ours) };
}

for (const [name, text, rounds] of [
  ['9,000-word transcript', transcriptOfWords(9000), 7],
  ['1 MB of notes', notesOfSize(1_000_000), 3],
]) {
  const { readDocMs, analyzeMs } = compare(text, rounds);
  process.stdout.write(
    `${name.padEnd(22)} readDoc ${readDocMs.toFixed(0)} ms CPU  analyze ${analyzeMs.toFixed(0)} ms CPU  ratio ${(readDocMs / analyzeMs).toFixed(2)}\n`,
  );
}
