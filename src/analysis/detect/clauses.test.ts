import { describe, expect, it } from 'vitest';
import { tokensFrom, type Tok } from '../nlp.js';
import { charTokenRange, clausesFrom, EMOJI, FIRST_PICTOGRAPHIC, skipped } from './clauses.js';
import type { Clause } from './types.js';

/**
 * For each char of a clause's lemma (or surface) string, the token it comes from: the plain map
 * that charTokenRange reads off by walking the tokens instead, kept here as its specification.
 */
function charTokens(toks: Tok[], c: Clause, surface: boolean): Int32Array {
  const out = new Int32Array(surface ? c.surface.length : c.lemmas.length);
  let at = 0;
  let kept = false;
  let pendingSpace = false;
  for (let i = c.from; i < c.to; i++) {
    const t = toks[i]!;
    if (skipped(t)) {
      pendingSpace = true;
      continue;
    }
    if (surface ? kept && (t.spaceBefore || pendingSpace) : kept) out[at++] = i;
    const len = surface ? t.lower.length : t.lemma.length;
    out.fill(i, at, at + len);
    at += len;
    kept = true;
    pendingSpace = false;
  }
  return out;
}

describe('clauses', () => {
  it('needs no emoji test below the first pictographic character', () => {
    for (let c = 0; c < FIRST_PICTOGRAPHIC; c++) expect(EMOJI.test(String.fromCharCode(c))).toBe(false);
    expect(EMOJI.test(String.fromCharCode(FIRST_PICTOGRAPHIC))).toBe(true);
  });

  it('starts a clause after an emoji or a texting aside', () => {
    const toks = tokensFrom('i was so nervous 😅 she smiled lol we chatted');
    const cs = clausesFrom(toks)[0]!.clauseStart;
    const at = (w: string) => toks.findIndex((t) => t.lower === w);
    expect(cs[at('she')]).toBe(at('she'));
    expect(cs[at('we')]).toBe(at('we'));
    expect(cs[at('nervous')]).toBe(0);
  });
});

describe('charTokenRange', () => {
  // what match.ts read before: the char-to-token map, clamped into the string
  const viaMap = (map: Int32Array, index: number, length: number) => {
    const a = Math.min(index, map.length - 1);
    const b = Math.max(a, Math.min(index + Math.max(0, length - 1), map.length - 1));
    return [map[a], map[b]! + 1];
  };
  it('gives the tokens the char-to-token map gives, for every char and length', () => {
    const texts = [
      'She said "we\'ll be in touch" - then nothing. I didnt. haven\'t heard back!!',
      '• asked about salary\n• got “it depends” 😬 lol\n\nThe panel (two of them) smiled… a lot',
      "Interviewer: can't say yet.   Me: ok?? they'll e-mail by Fri, 10th",
      'i didnt. “quoted” — dash; semi: colon',
    ];
    for (const text of texts) {
      const toks = tokensFrom(text);
      for (const c of clausesFrom(toks))
        for (const surface of [false, true]) {
          const map = charTokens(toks, c, surface);
          for (let index = 0; index <= map.length + 1; index++)
            for (const length of [0, 1, 2, 5, map.length])
              expect(charTokenRange(toks, c, surface, index, length)).toEqual(viaMap(map, index, length));
        }
    }
  });
});

describe('segments as clausesFrom makes them', () => {
  it('hold every Clause field as their own, so a spread copy keeps them all', () => {
    const toks = tokensFrom('They liked my answer. Then silence');
    const [first, second] = clausesFrom(toks);
    expect({ ...first! }).toEqual({
      from: 0,
      to: first!.to,
      role: undefined,
      fromEnd: 1,
      clauseStart: first!.clauseStart,
      lemmas: first!.lemmas,
      surface: 'they liked my answer.',
    });
    expect(Object.keys(second!).sort()).toEqual(
      ['clauseStart', 'from', 'fromEnd', 'lemmas', 'role', 'surface', 'to'].sort(),
    );
    expect(second!.fromEnd).toBe(0);
  });
});
