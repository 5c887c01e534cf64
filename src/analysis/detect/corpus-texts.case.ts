/** Test helper (not a test): the texts of the corpus, for checks that must hold over all of them. */
import { readdirSync, readFileSync } from 'node:fs';

const CORPUS = new URL('../../../test/fixtures/corpus/', import.meta.url);

/**
 * Every text of the corpus's JSONL sets, set by set in name order; with `transcriptFiles`, the
 * transcript files (corpus/transcripts/) after them.
 */
export function corpusTexts(options: { transcriptFiles?: boolean } = {}): string[] {
  const texts: string[] = [];
  for (const f of readdirSync(CORPUS)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(new URL(f, CORPUS), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const text = (JSON.parse(line) as { text?: unknown }).text;
      if (typeof text === 'string') texts.push(text);
    }
  }
  if (!options.transcriptFiles) return texts;
  const dir = new URL('transcripts/', CORPUS);
  for (const f of readdirSync(dir)
    .filter((n) => !/\.(json|md)$/.test(n))
    .sort())
    texts.push(readFileSync(new URL(f, dir), 'utf8'));
  return texts;
}
