import { describe, it, expect } from 'vitest';
import { tokensFrom } from '../nlp.js';
import { CUE_SIGNS } from '../signs/index.js';
import { AFTERMATH_SIGNS } from './aftermath.js';
import { candidates } from './candidates.js';
import { clausesFrom } from './clauses.js';
import { corpusTexts } from './corpus-texts.case.js';
import { indexOf } from './cue-index.js';
import { TRANSCRIPT_SIGNS } from './transcript-cues.js';
import type { Clause, SignPatterns } from './types.js';

const texts = corpusTexts({ transcriptFiles: true });
/** Every segment of every corpus text, read as notes. */
const segments: Clause[] = texts.flatMap((t) => clausesFrom(tokensFrom(t)));

/** Cue/segment pairs where the cue's scanner matches a segment its triggers did not pick. */
function hidden(signs: readonly SignPatterns[], transcript: boolean): string[] {
  const index = indexOf(signs, transcript);
  const misses: string[] = [];
  for (const surface of [false, true]) {
    const picked = candidates(index, segments, surface);
    index.entries.forEach((entry, e) => {
      if (entry.always) return;
      const chosen = new Set(picked[e] ?? []);
      segments.forEach((c, k) => {
        if (chosen.has(k)) return;
        const str = surface ? c.surface : c.lemmas;
        entry.re.lastIndex = 0;
        if (entry.re.test(str)) misses.push(`${entry.sign.id} ${entry.cue.re.source.slice(0, 60)} :: ${str}`);
      });
    });
  }
  return misses;
}

describe('trigger prefilter over the corpus', () => {
  it('reads a corpus worth checking', () => {
    expect(segments.length).toBeGreaterThan(1000);
  });

  // the matcher only runs a cue on segments its trigger words pick: a match anywhere else would be lost
  it.each([
    ['cue signs, notes', CUE_SIGNS, false],
    ['cue signs, transcript', CUE_SIGNS, true],
    ['transcript signs', TRANSCRIPT_SIGNS, true],
    ['aftermath signs, notes', AFTERMATH_SIGNS, false],
    ['aftermath signs, transcript', AFTERMATH_SIGNS, true],
  ] as const)(
    'never hides a match: %s',
    (_, signs, transcript) => {
      expect(hidden(signs, transcript)).toEqual([]);
    },
    // Every cue over every segment of the corpus: about 10 s alone, several times that on a busy machine.
    180_000,
  );

  it('checks cues that do skip segments', () => {
    const index = indexOf(CUE_SIGNS, false);
    const picked = candidates(index, segments, false);
    const skipping = index.entries.filter(
      (entry, e) => !entry.always && (picked[e]?.length ?? 0) < segments.length,
    );
    expect(skipping.length).toBeGreaterThan(index.entries.length / 2);
  });

  // words read token by token must be the words of the segment strings
  it('reads the same words from tokens as from segment strings', () => {
    const index = indexOf([...new Set([...CUE_SIGNS, ...AFTERMATH_SIGNS])], false);
    // without spaces, tokens run together into words neither token has ("3pm", "gonna")
    const squashed = texts.slice(0, 40).map((t) => t.replace(/ /g, ''));
    for (const text of [...texts, ...squashed]) {
      const toks = tokensFrom(text);
      const clauses = clausesFrom(toks);
      for (const surface of [false, true])
        expect(candidates(index, clauses, surface, toks)).toEqual(candidates(index, [...clauses], surface));
    }
  });
});
