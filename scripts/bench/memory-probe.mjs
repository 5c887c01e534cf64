// Runs analyzer-memory.mjs in a child process and watches its RSS from outside, to see where a peak
// comes from (ADR 0003, "Session 24 (memory)"). The bench's own figure is the child's kernel high-water
// RSS; this adds the timeline, and the child's output (e.g. --trace-gc-verbose) goes to a file, not a
// pipe: a pipe nobody reads fills at 64 KB and stalls the child.
//   node scripts/bench/memory-probe.mjs [--starve-workers] [--out DIR] [first|after-note] [node flags...]
// --starve-workers renices every thread of the child but its main one to 19, so V8's concurrent
// marking, sweeping and compile jobs lag the main thread, as when another process keeps a core busy.
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const starve = args[0] === '--starve-workers';
if (starve) args.shift();
let out = `.tmp/memory-probe-${process.pid}`;
if (args[0] === '--out') {
  args.shift();
  out = args.shift();
}
const mode = args[0] === 'first' || args[0] === 'after-note' ? args.shift() : 'first';
mkdirSync(out, { recursive: true });

const bench = new URL('./analyzer-memory.mjs', import.meta.url).pathname;
const log = openSync(join(out, 'child.log'), 'w');
const child = spawn(process.execPath, [...args, bench, mode], { stdio: ['ignore', log, log] });
const started = performance.now();
const samples = [];
const starved = new Set();

const statusOf = (pid) => {
  const fields = {};
  for (const line of readFileSync(`/proc/${pid}/status`, 'utf8').split('\n')) {
    const [key, value] = line.split(':');
    if (key === 'VmRSS' || key === 'RssAnon' || key === 'Threads') fields[key] = parseInt(value, 10);
  }
  return fields;
};

const timer = setInterval(() => {
  try {
    const s = statusOf(child.pid);
    samples.push([Math.round(performance.now() - started), s.VmRSS >> 10, s.RssAnon >> 10, s.Threads]);
    if (starve)
      for (const tid of readdirSync(`/proc/${child.pid}/task`).map(Number)) {
        if (tid === child.pid || starved.has(tid)) continue;
        setPriority(tid, 19);
        starved.add(tid);
      }
  } catch {
    // the child has exited between two samples
  }
}, 2);

child.on('exit', (code) => {
  clearInterval(timer);
  writeFileSync(
    join(out, 'rss.tsv'),
    'ms\trssMb\trssAnonMb\tthreads\n' + samples.map((r) => r.join('\t')).join('\n') + '\n',
  );
  const text = readFileSync(join(out, 'child.log'), 'utf8');
  const result = /\{"mode"[^}]*\}/.exec(text)?.[0];
  const top = samples.reduce((a, b) => (b[1] > a[1] ? b : a), [0, 0, 0, 0]);
  process.stdout.write(
    JSON.stringify({
      bench: result ? JSON.parse(result) : { exit: code },
      sampledPeakMb: top[1],
      sampledPeakAtMs: top[0],
      starvedThreads: starved.size,
      out,
    }) + '\n',
  );
});
