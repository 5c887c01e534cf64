// Analyzer throughput as a ratio to wink-nlp's own readDoc on the same text, measured in the same run.
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyze, statedFrom } from '../../dist/analysis/index.js';
import { notesOfSize, transcriptOfWords } from './texts.mjs';

const nlp = winkNLP(model);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Alternates baseline and subject runs so drift on a shared machine hits both alike. */
function compare(text, rounds, subject) {
  const base = [];
  const ours = [];
  nlp.readDoc(text);
  subject(text);
  for (let i = 0; i < rounds; i++) {
    let t = performance.now();
    nlp.readDoc(text);
    base.push(performance.now() - t);
    t = performance.now();
    subject(text);
    ours.push(performance.now() - t);
  }
  return { baseMs: median(base), oursMs: median(ours) };
}

/** A fixed day, so the date readers take the same paths on every run. */
const TODAY = '2026-03-16';

function analyzed(name, text, options) {
  const r = analyze(text, options);
  if (!r.ok) throw new Error(`bench: analyze failed on ${name}: ${r.error.code}`);
  return r.value;
}

/**
 * `debrief analyze` and the notes routes read the stated date, round and job after analyze()
 * (src/cli/commands/analyze.ts loadAnalysis, src/server/routes/stated.ts): timed with it, so a
 * slowdown in those readers shows here, not only in the CLI.
 */
function asTheCliReads(name, text) {
  const analysis = analyzed(name, text, { interviewDate: TODAY, today: TODAY });
  statedFrom(text, analysis.kind, TODAY);
}

function run(
  name,
  text,
  rounds,
  options,
  words = text.split(/\s+/).length,
  subject = (t) => analyzed(name, t, options),
) {
  const { baseMs, oursMs } = compare(text, rounds, subject);
  return {
    name,
    words,
    bytes: Buffer.byteLength(text),
    readDocMs: +baseMs.toFixed(1),
    analyzeMs: +oursMs.toFixed(1),
    ratio: +(baseMs / oursMs).toFixed(2),
  };
}

function spokenWords(vtt) {
  return [...vtt.matchAll(/<v [^>]+>([^\n]*)/g)].reduce(
    (n, m) => n + m[1].split(/\s+/).filter(Boolean).length,
    0,
  );
}

export function benchAnalyzer() {
  const transcript = transcriptOfWords(9000);
  const notes = notesOfSize(1_000_000);
  const rows = [
    // Words spoken, not counting cue numbers and timings.
    run('9,000-word transcript (WebVTT)', transcript, 7, {}, spokenWords(transcript)),
    run('1 MB of notes', notes, 3, {}),
    run('1 MB of notes, as `debrief analyze` reads it', notes, 3, {}, undefined, (t) =>
      asTheCliReads('1 MB of notes (CLI)', t),
    ),
  ];
  const memoryOf = (mode) => {
    const mem = spawnSync(
      process.execPath,
      [new URL('./analyzer-memory.mjs', import.meta.url).pathname, mode],
      { encoding: 'utf8' },
    );
    return mem.status === 0 ? JSON.parse(mem.stdout) : { mode, error: mem.stderr.slice(-500) };
  };
  const memory = [memoryOf('first'), memoryOf('after-note')];
  return { rows, memory };
}
