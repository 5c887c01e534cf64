// Where the 1 MB notes analysis spends its time: profiles the second analyze() of a process (the
// first compiles the cue regexes, as the bench's warm-up does) and prints self time by file and
// by function, and inclusive time by function. Irregexp's machine code has no frames of its own,
// so a regex's run counts as its caller's self time (collect in detect/match.js: the cue regexes).
//   node scripts/bench/analyzer-profile.mjs [BUILD_DIR=dist] [TOP=30]
// Times are sampled wall time: on a shared machine, compare shares, not milliseconds.
// CALL_RUNS=N: first load the bench's server and bundle modules and read its 9,000-word transcript
// N times, as `npm run bench` does before the notes, so V8's regex budget is spent as there (ADR 0008).
import { Session } from 'node:inspector/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { notesOfSize, transcriptOfWords } from './texts.mjs';

const build = resolve(process.argv[2] ?? new URL('../../dist', import.meta.url).pathname);
const top = Number(process.argv[3] ?? 30);
const { analyze } = await import(pathToFileURL(`${build}/analysis/index.js`).href);
const callRuns = Number(process.env.CALL_RUNS ?? 0);
if (callRuns > 0) {
  await import('./server.mjs');
  await import('./bundle.mjs');
  const call = transcriptOfWords(9000);
  for (let i = 0; i < callRuns; i++) analyze(call);
}

const text = notesOfSize(1_000_000);
analyze(text);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 500 });
await session.post('Profiler.start');
const started = performance.now();
const result = analyze(text);
const ms = performance.now() - started;
const { profile } = await session.post('Profiler.stop');
session.disconnect();
if (!result.ok) throw new Error(`analyze failed: ${result.error.code}`);

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfUs = new Map();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

const fileOf = (n) => (n.callFrame.url || '(native)').replace(/^.*\/(analysis|node_modules)\//, '$1/');
const nameOf = (n) =>
  `${n.callFrame.functionName || '(anonymous)'} ${fileOf(n)}:${n.callFrame.lineNumber + 1}`;
const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);

const byFile = new Map();
const byFunction = new Map();
const inclusive = new Map();
for (const [id, us] of selfUs) {
  const node = byId.get(id);
  add(byFile, fileOf(node), us);
  add(byFunction, nameOf(node), us);
  // each function once per stack, so recursion is not counted twice
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const key = nameOf(byId.get(at));
    if (seen.has(key)) continue;
    seen.add(key);
    add(inclusive, key, us);
  }
}

const print = (title, map) => {
  process.stdout.write(`\n${title}\n`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
    process.stdout.write(`${(us / 1000).toFixed(0).padStart(7)} ms  ${key}\n`);
};
process.stdout.write(`analyze() of ${Buffer.byteLength(text)} bytes: ${ms.toFixed(0)} ms (profiled)\n`);
print('self time by file', byFile);
print('self time by function', byFunction);
print('inclusive time by function', inclusive);
