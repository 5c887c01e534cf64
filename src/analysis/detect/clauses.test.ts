import { describe, expect, it } from 'vitest';
import { tokensFrom } from '../nlp.js';
import { clausesFrom, EMOJI, FIRST_PICTOGRAPHIC } from './clauses.js';

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
