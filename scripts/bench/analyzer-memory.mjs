// Peak memory of analysing 1 MB of notes, in a fresh process so nothing else inflates it.
import { analyze } from '../../dist/analysis/index.js';
import { notesOfSize } from './texts.mjs';

const text = notesOfSize(1_000_000);
analyze('warm-up: the interviewer smiled.');
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
process.stdout.write(JSON.stringify({ processPeakMb: mb(peak), aboveLoadedModelMb: mb(peak - before) }));
