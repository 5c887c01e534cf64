import { describe, it, expect } from 'vitest';
import { CUE_SIGNS } from '../signs/index.js';
import { parseSource, type Node } from './regex-parse.js';

/** Every node and every list of a parse, depth first. */
function* partsOf(alts: Node[][]): Generator<object> {
  yield alts;
  for (const seq of alts) {
    yield seq;
    for (const n of seq) {
      yield n;
      if ('q' in n) yield n.q;
      if (n.k === 'group') yield* partsOf(n.alts);
      if (n.k === 'look' && n.ahead) yield* partsOf(n.ahead);
    }
  }
}

describe('parseSource', () => {
  it('reads characters, classes, escapes, groups and lookarounds', () => {
    expect(parseSource('\\bno (?:date|time)s?(?= yet)\\d{1,2}[- ]x*')).toEqual([
      [
        { k: 'bound', word: true },
        { k: 'char', c: 'n', q: { min: 1, max: 1 } },
        { k: 'char', c: 'o', q: { min: 1, max: 1 } },
        { k: 'char', c: ' ', q: { min: 1, max: 1 } },
        {
          k: 'group',
          alts: [
            [...'date'].map((c) => ({ k: 'char', c, q: { min: 1, max: 1 } })),
            [...'time'].map((c) => ({ k: 'char', c, q: { min: 1, max: 1 } })),
          ],
          q: { min: 1, max: 1 },
        },
        { k: 'char', c: 's', q: { min: 0, max: 1 } },
        { k: 'look', ahead: [[...' yet'].map((c) => ({ k: 'char', c, q: { min: 1, max: 1 } }))] },
        { k: 'other', q: { min: 1, max: 2 }, chars: '0123456789' },
        { k: 'sep', q: { min: 1, max: 1 } },
        { k: 'char', c: 'x', q: { min: 0, max: Infinity } },
      ],
    ]);
    expect(parseSource('^a|(?<!b)c$')).toEqual([
      [{ k: 'bound' }, { k: 'char', c: 'a', q: { min: 1, max: 1 } }],
      [{ k: 'look' }, { k: 'char', c: 'c', q: { min: 1, max: 1 } }, { k: 'bound' }],
    ]);
    expect(parseSource('(a')).toBeUndefined();
  });

  // The first analysis parses every cue regex; nodes and lists made as literals could be pretenured
  // by V8 and left in old space as garbage (ADR 0003, "Session 25 (memory)").
  it('makes no node, quantifier or list as a literal', () => {
    let parts = 0;
    let literals = 0;
    for (const sign of CUE_SIGNS)
      for (const cue of sign.cues) {
        const alts = parseSource(cue.re.source);
        if (!alts) continue;
        for (const part of partsOf(alts)) {
          parts++;
          if (Object.getPrototypeOf(part) === Object.prototype) literals++;
        }
      }
    expect(parts).toBeGreaterThan(100_000);
    expect(literals).toBe(0);
  });
});
