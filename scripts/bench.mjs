// `npm run bench`: every figure is a ratio to a baseline measured in this same run, on this machine.
import { benchAnalyzer } from './bench/analyzer.mjs';
import { benchServer } from './bench/server.mjs';
import { benchBundle } from './bench/bundle.mjs';

const out = (s) => process.stdout.write(s + '\n');

out('Analyzer (rate relative to wink-nlp readDoc on the same text; goal ≥ 0.5)');
const a = benchAnalyzer();
for (const r of a.rows) {
  out(
    `  ${r.name.padEnd(46)} ${String(r.words).padStart(7)} words  readDoc ${r.readDocMs} ms  analyze ${r.analyzeMs} ms  ratio ${r.ratio}`,
  );
}
const MEMORY_CASE = {
  first: 'as the first analysis (`debrief analyze FILE`)',
  'after-note': 'after a one-line note (a server that has answered)',
};
for (const m of a.memory) {
  const what = `  peak memory, 1 MB of notes ${MEMORY_CASE[m.mode]}:`;
  if (m.error) out(`${what} failed: ${m.error}`);
  else out(`${what} ${m.processPeakMb} MB process RSS (goal < 200 MB)`);
}

out('\nHTTP API (requests/s relative to GET /api/health on the same server; autocannon, 10 connections)');
const s = await benchServer();
out(`  GET  /api/health                     ${s.healthRps} req/s  (baseline)`);
out(`  POST /api/assess                     ${s.assessRps} req/s  ratio ${s.assessRatio} (goal ≥ 0.7)`);
out(`  POST /api/analyze (1,000-word note)  ${s.analyzeRps} req/s  ratio ${s.analyzeRatio}`);
out(
  `  ceiling: bare Fastify answering the same ${s.assessBytes}-byte body precomputed: ratio ${s.ceilingRatio}`,
);
if (s.non2xxRuns) out(`  warning: ${s.non2xxRuns} run(s) had non-2xx answers`);

out('\nWeb bundle');
const b = benchBundle();
if (b.error) out(`  ${b.error}`);
else
  out(
    `  first-load JS ${b.jsGzKb} KB gzipped (${b.files.length} file(s); goal ≤ 100 KB), CSS ${b.cssGzKb} KB gzipped`,
  );
