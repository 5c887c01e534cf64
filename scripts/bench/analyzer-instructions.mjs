// A repeatable measure of the warm notes analysis, for bisecting speed changes on a shared machine
// where wall time swings: under callgrind started with instrumentation off, the script switches it
// on (callgrind_control) for the readings after a warm-up, so "Collected" counts only those.
//   valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/dev/null \
//     node --single-threaded scripts/bench/analyzer-instructions.mjs BUILD [BYTES=150000] [RUNS=1] [analyze|readDoc]
// Without --single-threaded, V8's compiler and collector threads count too, whenever they run:
// two runs of one build at 100 KB counted 1.86 and 2.20 billion.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { notesOfSize } from './texts.mjs';

const build = resolve(process.argv[2] ?? 'dist');
const bytes = Number(process.argv[3] ?? 150_000);
const runs = Number(process.argv[4] ?? 1);
const what = process.argv[5] ?? 'analyze';
const text = notesOfSize(bytes);

let read;
if (what === 'readDoc') {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  read = (t) => nlp.readDoc(t);
} else {
  const { analyze } = await import(pathToFileURL(`${build}/analysis/index.js`).href);
  read = (t) => {
    const r = analyze(t);
    if (!r.ok) throw new Error(`analyze failed: ${r.error.code}`);
  };
}
const instrument = (on) => {
  if (process.env.CALLGRIND !== '0')
    execFileSync('callgrind_control', ['-i', on ? 'on' : 'off', String(process.pid)], { stdio: 'ignore' });
};
read(text);
instrument(true);
for (let i = 0; i < runs; i++) read(text);
instrument(false);
