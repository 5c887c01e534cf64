import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokensFrom } from '../nlp.js';
import { CUE_SIGNS } from '../signs/index.js';
import { AFTERMATH_SIGNS } from './aftermath.js';
import { candidates } from './candidates.js';
import { clausesFrom } from './clauses.js';
import { deferredPairs } from './common-words.js';
import { type CueIndex, entriesOfWord, indexOf } from './cue-index.js';
import { TRANSCRIPT_SIGNS } from './transcript-cues.js';
import { wordsOf } from './triggers.js';
import type { Clause } from './types.js';

const NOTES = new URL('../../../test/fixtures/corpus/notes.jsonl', import.meta.url);
const texts = readFileSync(NOTES, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);

/** candidates() as it reads without deferring: every word's every pair, then the masks. */
function plainCandidates(index: CueIndex, clauses: Clause[], surface: boolean): (number[] | undefined)[] {
  const out: (number[] | undefined)[] = new Array(index.entries.length);
  clauses.forEach((c, k) => {
    const str = surface ? c.surface : c.lemmas;
    const met = new Map<number, number>();
    const add = (list: ArrayLike<number>) => {
      for (let j = 0; j < list.length; j += 2) met.set(list[j]!, (met.get(list[j]!) ?? 0) | list[j + 1]!);
    };
    for (const w of new Set(wordsOf(str))) add(entriesOfWord(index, w));
    for (const [text, list] of index.literal) if (str.includes(text)) add(list);
    for (const [e, bits] of [...met].sort((a, b) => a[0] - b[0]))
      if (bits & 1 || index.entries[e]!.needs.some((m) => (bits & m) === m)) (out[e] ??= []).push(k);
  });
  return out;
}

describe('common words read last', () => {
  const notesIndex = indexOf([...new Set([...CUE_SIGNS, ...AFTERMATH_SIGNS])], false);

  it('defers most of the commonest words’ pairs', () => {
    const d = deferredPairs(notesIndex);
    const the = d.slots.get('the')!;
    expect(the).toBe(0);
    // a segment's common words are two 32-bit masks
    expect(Math.max(...d.slots.values())).toBeLessThan(64);
    expect(d.eager[the]!.length).toBeLessThan(entriesOfWord(notesIndex, 'the').length / 2);
    // a deferred pair never stands alone: bit 0 is a cue met by one set
    for (let j = 0; j < d.bit.length; j++) expect(d.bit[j]! & 1).toBe(0);
  });

  // one long text (many segments, the common words everywhere) and each corpus note alone
  const long = texts.join('\n\n');
  it.each([
    ['cue and aftermath signs, notes', notesIndex],
    ['cue signs, transcript', indexOf(CUE_SIGNS, true)],
    ['transcript signs', indexOf(TRANSCRIPT_SIGNS, true)],
  ] as const)('picks the segments every pair would: %s', (_, index) => {
    for (const text of [long, ...texts.slice(0, 60)]) {
      const toks = tokensFrom(text);
      const clauses = clausesFrom(toks);
      for (const surface of [false, true])
        expect(candidates(index, clauses, surface, toks)).toEqual(plainCandidates(index, clauses, surface));
    }
  });
});
