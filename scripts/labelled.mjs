// The labelled sets as the scripts read them: JSON lines of {id, text, gold_signs} and transcript
// folders whose labels.json names each file, its candidate and its gold signs. A missing file or
// folder reads as an empty set, so a checkout without ../shared still runs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Items of a JSON-lines file: `{ id, text, gold }`, plus the line's own fields under `raw`. */
export function jsonl(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .map((o) => ({ id: o.id, text: o.text, gold: new Set(o.gold_signs), raw: o }));
}

/** Items of a transcript folder: `{ id, text, candidate, gold }`. */
export function transcripts(dir) {
  const f = join(dir, 'labels.json');
  if (!existsSync(f)) return [];
  return Object.entries(JSON.parse(readFileSync(f, 'utf8'))).map(([id, l]) => ({
    id,
    text: readFileSync(join(dir, l.file ?? `${id}.vtt`), 'utf8'),
    candidate: l.candidate,
    gold: new Set(l.gold_signs),
  }));
}
