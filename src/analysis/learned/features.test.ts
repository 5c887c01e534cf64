import { describe, it, expect } from 'vitest';
import { featuresOf, nextToken, TOKEN, TokenKind, tokensOf } from './features.js';

describe('featuresOf', () => {
  it('marks words after a negator, so a negated phrase reads differently from the plain one', () => {
    const plain = featuresOf('She smiled at my answer.');
    const negated = featuresOf('She never smiled at my answer.');
    expect(plain.has('smiled')).toBe(true);
    expect(plain.has('NOT_smiled')).toBe(false);
    expect(negated.has('NOT_smiled')).toBe(true);
    expect(negated.has('smiled')).toBe(false);
    expect(negated.has('NOT_smiled NOT_at')).toBe(true);
  });

  it("treats n't contractions (straight or curly) as negators", () => {
    expect(featuresOf("they didn't ask").has('NOT_ask')).toBe(true);
    expect(featuresOf('they didn’t ask').has('NOT_ask')).toBe(true);
    expect(featuresOf('they didnt ask').has('NOT_ask')).toBe(true);
  });

  it('ends negation at punctuation and at "but"', () => {
    const comma = featuresOf('no small talk, she smiled');
    expect(comma.has('NOT_small')).toBe(true);
    expect(comma.has('smiled')).toBe(true);
    const but = featuresOf('not much chat but she smiled');
    expect(but.has('NOT_much')).toBe(true);
    expect(but.has('smiled')).toBe(true);
    expect(but.has('NOT_smiled')).toBe(false);
  });

  it('keeps bigrams inside a clause only', () => {
    const f = featuresOf('great team. Awful commute');
    expect(f.has('great team')).toBe(true);
    expect(f.has('team awful')).toBe(false);
  });

  it('lower-cases, collapses stretched letters and maps digits to #', () => {
    const f = featuresOf('SOOOO Good, 45 minutes');
    expect(f.has('soo')).toBe(true);
    expect(f.has('soo good')).toBe(true);
    expect(f.has('# minutes')).toBe(true);
    expect(f.has('45')).toBe(false);
  });

  it('gives token offsets into the original text, even after characters whose lower case is longer', () => {
    const text = 'İstanbul office — the manager SMILED a lot.';
    for (const t of tokensOf(text).tokens) {
      expect(text.slice(t.start, t.end).toLowerCase().replace(/’/g, "'")).toContain(
        t.word.replace(/^NOT_/, '').replace(/#/g, ''),
      );
    }
    const smiled = tokensOf(text).tokens.find((t) => t.word === 'smiled');
    expect(smiled && text.slice(smiled.start, smiled.end)).toBe('SMILED');
  });

  it('counts sentences at sentence punctuation and new lines', () => {
    const { tokens } = tokensOf('one two. three\nfour');
    expect(tokens.map((t) => t.sentence)).toEqual([0, 0, 1, 2]);
  });
});

describe('featuresOf with known features', () => {
  it('keeps only the known ones, in the order the whole walk finds them', () => {
    const text = "They didn't say when. But the team was great, the team was warm.";
    const all = [...featuresOf(text).keys()];
    const known = new Map(['team', 'the team', 'NOT_say', 'was warm', 'absent'].map((f) => [f, 1]));
    expect([...featuresOf(text, known).keys()]).toEqual(all.filter((f) => known.has(f)));
    expect([...featuresOf(text, known).keys()]).toEqual(['NOT_say', 'team', 'the team', 'was warm']);
  });

  it('finds known bigrams of negated words and of digits, and no key of three words', () => {
    const text = 'We never heard back after 2 weeks, nothing at all. Sooo quiet';
    const known = new Map(
      ['NOT_heard NOT_back', '# weeks', 'NOT_at NOT_all', 'soo quiet', 'NOT_heard NOT_back NOT_after'].map(
        (f) => [f, 1],
      ),
    );
    const all = [...featuresOf(text).keys()];
    expect([...featuresOf(text, known).keys()]).toEqual(all.filter((f) => known.has(f)));
    expect([...featuresOf(text, known).keys()]).toEqual([
      'NOT_heard NOT_back',
      'NOT_at NOT_all',
      'soo quiet',
    ]);
  });
});

describe('featuresOf and tokensOf agree', () => {
  it('gives the same features as the token walk used for evidence', async () => {
    const { addFeatures } = await import('./features.js');
    const texts = [
      "She didn't smile at all, but we laughed a lot. Sooo good!! 2 rounds",
      'no small talk, she smiled\n- never asked about my CV; hardly any questions (none about me)',
      'Panel of 3 — they weren’t keen - then the manager said “great answer”',
    ];
    for (const text of texts) {
      const { tokens, clauseStarts } = tokensOf(text);
      expect([...featuresOf(text).keys()].sort()).toEqual(
        [...addFeatures(tokens, clauseStarts, new Map()).keys()].sort(),
      );
    }
  });
});

describe('nextToken', () => {
  /** TOKEN's matches as [kind, start, end], by the regex. */
  function byRegex(text: string): number[][] {
    return [...text.matchAll(TOKEN)].map((m) => [
      m[1] !== undefined ? TokenKind.Word : m[2] !== undefined ? TokenKind.Sentence : TokenKind.Clause,
      m.index,
      m.index + m[0].length,
    ]);
  }
  function byHand(text: string): number[][] {
    const out: number[][] = [];
    const span = new Int32Array(2);
    for (let k = nextToken(text, 0, span); k !== TokenKind.None; k = nextToken(text, span[1]!, span))
      out.push([k, span[0]!, span[1]!]);
    return out;
  }

  it('finds what the TOKEN regex finds, in the same order', () => {
    for (const text of [
      "She didn't smile -- it's fine.\nNext: (the panel) said “maybe”!? 45mins",
      "ends in an apostrophe' or it’ or it’5 and Ünïcode İstanbul — twice – once",
      'a -\nb\t-\u00a0c \u2028-\u2028 d - - e...\n\n?',
      '',
      "'''-",
    ])
      expect(byHand(text)).toEqual(byRegex(text));
  });

  it('agrees with the regex on random strings of the characters it reads', () => {
    const alphabet = 'aZ09\'’.!?\n,;:()"“”—–- \t\u00a0\u2003xé_';
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let r = 0; r < 300; r++) {
      let text = '';
      for (let k = rand(40); k > 0; k--) text += alphabet[rand(alphabet.length)];
      expect(byHand(text)).toEqual(byRegex(text));
    }
  });
});

describe('featuresOf with a known map', () => {
  it('keeps only the known features, in the order the full walk finds them', () => {
    const text = "They didn't call. But never mind, the call went well and they didn't call again";
    const all = [...featuresOf(text).keys()];
    const known = new Map(['NOT_call', 'the call', 'call', 'NOT_call NOT_again', 'went'].map((f) => [f, 1]));
    // twice: the second reading comes from what the first worked out per word
    expect([...featuresOf(text, known).keys()]).toEqual(all.filter((f) => known.has(f)));
    expect([...featuresOf(text, known).keys()]).toEqual(all.filter((f) => known.has(f)));
  });
});
