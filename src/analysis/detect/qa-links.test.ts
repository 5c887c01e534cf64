import { describe, expect, it } from 'vitest';
import { tokensFrom } from '../nlp.js';
import { clausesFrom } from './clauses.js';
import { endsAsQuestion, hasWordChar, qaLinks } from './qa-links.js';

describe('qa-links helpers', () => {
  it('read a question mark at the end, spaces after it passed over, as the regex does', () => {
    for (const s of ['role?', 'role? ', 'role?\n\u00a0', 'role', '?', '', ' ? x', 'a?b', '??  \t'])
      expect(endsAsQuestion(s)).toBe(/\?\s*$/.test(s));
  });

  it('find a word character as the regex does', () => {
    for (const s of ['', '...', ' - ', 'a', '_', '—é', '9']) expect(hasWordChar(s)).toBe(/\w/.test(s));
  });

  it('links a question to the reply on the next line', () => {
    const toks = tokensFrom('Asked about the team?\n"you will meet them later" she said');
    const links = qaLinks(toks, clausesFrom(toks));
    expect(links).toHaveLength(1);
    expect(links[0]!.surface).toContain('meet them');
  });

  it('links doubts named in one sentence to the next sentence that lists them', () => {
    const toks = tokensFrom('She had her doubts. First about my gap, then about my commute.');
    const links = qaLinks(toks, clausesFrom(toks));
    expect(links).toHaveLength(1);
    expect(links[0]!.surface).toContain('doubts. first about my gap');
  });

  it.each([
    'She had her doubts. Overall it went well.',
    'She had her doubts about the rota. First we went through the pay.',
    'First about my gap, then about my commute.',
  ])('links no doubts that are not spelled out next: %s', (text) => {
    const toks = tokensFrom(text);
    expect(qaLinks(toks, clausesFrom(toks))).toHaveLength(0);
  });
});
