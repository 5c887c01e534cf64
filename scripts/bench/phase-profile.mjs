// Like analyzer-profile.mjs, but in the bench's order (server and bundle modules loaded, the
// 9,000-word transcript read first), so V8's regex budget is spent as in `npm run bench` (ADR 0008):
// where the 1 MB notes analysis spends its time once call code has run.
//   [CALL_RUNS=7] node scripts/bench/phase-profile.mjs [BUILD_DIR=dist] [TOP=25]
// CALL_RUNS=0 reads the notes in a process that has read no call; 1 is enough to spend the budget.
import { Session } from 'node:inspector/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import './server.mjs';
import './bundle.mjs';
import { notesOfSize, transcriptOfWords } from './texts.mjs';

const build = resolve(process.argv[2] ?? new URL('../../dist', import.meta.url).pathname);
const top = Number(process.argv[3] ?? 25);
const { analyze } = await import(pathToFileURL(`${build}/analysis/index.js`).href);
const call = transcriptOfWords(9000);
for (let i = 0; i < Number(process.env.CALL_RUNS ?? 7); i++) analyze(call);
const text = notesOfSize(1_000_000);
analyze(text);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 500 });
await session.post('Profiler.start');
const started = performance.now();
analyze(text);
const ms = performance.now() - started;
const { profile } = await session.post('Profiler.stop');
session.disconnect();
const selfUs = new Map();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const byFn = new Map();
for (const n of profile.nodes) {
  const f = n.callFrame;
  const key = `${f.functionName || '(anonymous)'} ${(f.url || '(native)').replace(/^.*\/(analysis|node_modules)\//, '$1/')}:${f.lineNumber + 1}`;
  byFn.set(key, (byFn.get(key) ?? 0) + (selfUs.get(n.id) ?? 0));
}
process.stdout.write(`analyze() of the 1 MB notes after the transcript: ${ms.toFixed(0)} ms (profiled)\n`);
for (const [k, us] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, top))
  process.stdout.write(`${(us / 1000).toFixed(0).padStart(7)} ms  ${k}\n`);
