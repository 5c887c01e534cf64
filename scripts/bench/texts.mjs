// Benchmark inputs, built from the project's own labelled corpus so the text is realistic.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const corpus = new URL('../../test/fixtures/corpus/', import.meta.url).pathname;

function noteTexts() {
  const file = join(corpus, 'notes.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).text);
}

/** About `bytes` of notes: the corpus notes, repeated in order, blank line between. */
export function notesOfSize(bytes) {
  const texts = noteTexts();
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = texts[i % texts.length];
    parts.push(t);
    size += Buffer.byteLength(t) + 2;
  }
  let out = parts.join('\n\n');
  while (Buffer.byteLength(out) > bytes) out = out.slice(0, out.length - 1000);
  return out;
}

/** A WebVTT transcript of about `words` words, made of the corpus interview turns, retimed. */
export function transcriptOfWords(words) {
  const dir = join(corpus, 'transcripts');
  const lines = [];
  if (existsSync(dir)) {
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.vtt'))
      .sort()) {
      const text = readFileSync(join(dir, f), 'utf8');
      for (const m of text.matchAll(/<v ([^>]+)>([^\n<]+)/g)) lines.push([m[1], m[2]]);
    }
  }
  if (lines.length === 0)
    lines.push(
      ['Alex Interviewer', 'Tell me about a project you are proud of.'],
      ['Sam Candidate', 'Sure, we rebuilt the routing service and cut latency by half.'],
    );
  const cues = ['WEBVTT', ''];
  let count = 0;
  let t = 0;
  const stamp = (s) => new Date(s * 1000).toISOString().slice(11, 23);
  for (let i = 0; count < words; i++) {
    const [who, said] = lines[i % lines.length];
    const n = said.split(/\s+/).length;
    const dur = Math.max(1, n / 2.5);
    cues.push(String(i + 1), `${stamp(t)} --> ${stamp(t + dur)}`, `<v ${who}>${said}`, '');
    t += dur + 0.3;
    count += n;
  }
  return cues.join('\n');
}

export function noteOfWords(words) {
  const text = notesOfSize(words * 8);
  return text.split(/\s+/).slice(0, words).join(' ');
}
