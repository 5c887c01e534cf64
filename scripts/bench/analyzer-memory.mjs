// Peak memory of analysing 1 MB of notes, in a fresh process so nothing else inflates it.
//   node scripts/bench/analyzer-memory.mjs [first|after-note]
// `first` (the default): the megabyte is the process's first analysis, as `debrief analyze FILE` runs it.
// `after-note`: a one-line note is analysed first, as in a server that has already answered. The two
// differ by V8's regex budget (ADR 0008): after the short note, more than 1 MB of regex bytecode has been
// generated, so the cue scanners compile without optimisation (smaller code, slower scans); as the
// first analysis, they compile optimised.
import { analyze } from '../../dist/analysis/index.js';
import { notesOfSize } from './texts.mjs';

const mode = process.argv[2] ?? 'first';
if (mode !== 'first' && mode !== 'after-note') {
  process.stderr.write(`analyzer-memory: expecting first or after-note, instead found ${mode}\n`);
  process.exit(2);
}
const text = notesOfSize(1_000_000);
if (mode === 'after-note') analyze('warm-up: the interviewer smiled.');
const before = process.memoryUsage().rss;
let peak = before;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 5);
const result = analyze(text);
peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
clearInterval(timer);
if (!result.ok) {
  process.stderr.write(`analyze failed: ${result.error.code}\n`);
  process.exit(1);
}
const mb = (b) => +(b / 1048576).toFixed(1);
process.stdout.write(JSON.stringify({ mode, processPeakMb: mb(peak), aboveStartMb: mb(peak - before) }));
