import { serialize } from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latin1Stand, oneByte, readsAsciiOnly } from './one-byte.js';

// V8's serializer writes a string with its stored width: '"' one byte per character, 'c' two
const storedOneByte = (s: string): boolean => serialize(s)[2] === 0x22;
const WIDE = 'an emoji 😂, a dash — and an arrow → ';

describe('oneByte', () => {
  it('gives the same characters, stored one byte wide even when sliced from a wider text', () => {
    const ascii = WIDE.slice(0, 8);
    expect(storedOneByte(ascii)).toBe(false);
    expect(oneByte(ascii)).toBe(ascii);
    expect(storedOneByte(oneByte(ascii))).toBe(true);
    const long = (WIDE + 'x'.repeat(10_000)).slice(WIDE.length);
    expect(oneByte(long)).toBe(long);
    expect(storedOneByte(oneByte(long))).toBe(true);
  });
  it('leaves a string with a wider character as it is', () => {
    expect(oneByte(WIDE)).toBe(WIDE);
  });
});

describe('latin1Stand', () => {
  it('keeps the length and Latin-1 text, and stands in for wider characters', () => {
    const s = latin1Stand('café 😂 — ok\u3000done')!;
    expect(s).toHaveLength('café 😂 — ok\u3000done'.length);
    expect(s).toBe('café ¤¤ ¤ ok\u00a0done');
    expect(storedOneByte(s)).toBe(true);
  });
  it('gives nothing for line and paragraph separators', () => {
    expect(latin1Stand('one\u2028two')).toBeUndefined();
  });
});

describe('readsAsciiOnly', () => {
  it.each([
    [/\bsmil\w*\b/gm, true],
    [/[^\w\s]+|\s+$/gm, true],
    [/(?<!\bnot )\bwarm\b/gm, true],
    [/😂/gm, false],
    [/[—–-]/gm, false],
    [/\u2014/gm, false],
    [/\x80/gm, false],
    [/(a)\1/gm, false],
    [/\bwarm\b/gu, false],
  ])('%s → %s', (re, want) => expect(readsAsciiOnly(re)).toBe(want));
});

// every ASCII-only regex finds the same matches, at the same places, in the stand-in
const PATTERNS = [
  /\b\w+\b/g,
  /[^\w\s]+/g,
  /\s+/g,
  /.+?(?=\s|$)/gm,
  /\W\w/g,
  /[^a-z ]+/g,
  /(?<!\S)x\S*/g,
  /^[^\n]{0,5}$/gm,
  /\B.\b/g,
  /[ -~]+/g,
  /\S+/gi,
];
const CHARS = ['a', 'x', 'Z', ' ', '\n', '.', 'é', '\u00a0', '😂', '—', '→', '\u3000', '\ufeff', 'ſ', 'K'];

describe('stand-ins read as the originals do', () => {
  it('for ASCII-only regexes', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 30 }), (chars) => {
        const s = chars.join('');
        const stand = latin1Stand(s)!;
        for (const re of PATTERNS) {
          expect(readsAsciiOnly(re)).toBe(true);
          const at = (t: string) => [...t.matchAll(re)].map((m) => [m.index, m[0].length]);
          expect(at(stand)).toEqual(at(s));
        }
      }),
    );
  });
});
