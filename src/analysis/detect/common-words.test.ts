import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokensFrom } from '../nlp.js';
import { CUE_SIGNS } from '../signs/index.js';
import { AFTERMATH_SIGNS } from './aftermath.js';
import { candidates } from './candidates.js';
import { clausesFrom } from './clauses.js';
import { deferredPairs, soloEagerOf } from './common-words.js';
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

describe('soloEagerOf', () => {
  it('keeps the bits that are the whole of a mask besides deferred ones', () => {
    // entry 0: masks 0b0110 and 0b1010 with 0b0100 deferrable; entry 1: a mask all deferred
    const solo = soloEagerOf(
      Int32Array.of(0, 2, 3),
      Int32Array.of(0b0110, 0b1010, 0b0110),
      Int32Array.of(0b0100, 0b0110),
    );
    expect(solo[0]).toBe(0b0010);
    expect(solo[1]).toBe(-1);
  });

  // candidates() skips an entry met through one bit outside soloEager: the mask loop must find nothing there
  it('never skips a segment the mask loop would pick', () => {
    const bit = fc.integer({ min: 1, max: 30 }).map((b) => 1 << b);
    const mask = fc.array(bit, { minLength: 2, maxLength: 4 }).map((bs) => bs.reduce((a, b) => a | b, 0));
    fc.assert(
      fc.property(
        fc.array(mask, { minLength: 1, maxLength: 12 }),
        fc.array(bit, { maxLength: 6 }).map((bs) => bs.reduce((a, b) => a | b, 0)),
        bit,
        fc.integer({ min: 0, max: 0x7ffffffe }),
        (masks, all, met, late) => {
          const solo = soloEagerOf(
            Int32Array.of(0, masks.length),
            Int32Array.from(masks),
            Int32Array.of(all),
          );
          if ((met & solo[0]!) !== 0) return true;
          // candidates()'s loop: a mask is met when what it misses is deferrable and among the late bits
          return masks.every((m) => {
            const missing = m & ~met;
            return missing !== 0 && ((missing & ~all) !== 0 || (missing & ~(late & all)) !== 0);
          });
        },
      ),
      { numRuns: 5000 },
    );
  });
});
