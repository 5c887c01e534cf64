import { serialize } from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLatin1, latin1Stand, namedWide, oneByte, regexReadable } from './one-byte.js';

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
  it('keeps the wide characters asked for, and is one byte wide only without them', () => {
    expect(latin1Stand('a — b → c', '→')).toBe('a ¤ b → c');
    expect(storedOneByte(latin1Stand('a — b', '→')!)).toBe(true);
  });
});

describe('namedWide', () => {
  it.each([
    [/\bsmil\w*\b/gm, ''],
    [/[^\w\s]+|\s+$/gm, ''],
    [/(?<!\bnot )\bwarm\b/gm, ''],
    [/\bwarm\b/gim, ''],
    [/\bcafé\b/gm, ''],
    [/😂/gm, '😂'],
    [/(?:—|→)\s*\w+/gm, '—→'],
    [/[‘’']+/gm, '‘’'],
    [new RegExp('\\—', 'gm'), '—'],
    [/[—–-]/gm, undefined],
    [/[à-ÿ]/gm, undefined],
    [/\bcafé\b/gim, undefined],
    [/\u00a0|\xa4/gm, undefined],
    [/[\u00a0¤]/gm, undefined],
    [/\u2014/gm, undefined],
    [/\x80/gm, undefined],
    [/(a)\1/gm, undefined],
    [/\bwarm\b/gu, undefined],
  ])('%s → %j', (re, want) => expect(namedWide(re)).toBe(want));
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
          expect(namedWide(re)).toBe('');
          const at = (t: string) => [...t.matchAll(re)].map((m) => [m.index, m[0].length]);
          expect(at(stand)).toEqual(at(s));
        }
      }),
    );
  });
});

// a regex that names wide characters finds the same matches in a stand-in that keeps them
const NAMING = [
  /—\s?\w+/g,
  /[^—\n]+/g,
  /(?:→|->)\s*\S+/g,
  /\bcafé\b.?/g,
  /[“”]\w*[“”]?/g,
  /.—./g,
  /😂+\W/g,
  /[^“\s]+/g,
];

describe('stand-ins that keep named characters read as the originals do', () => {
  it('for regexes that name wide characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS, '“', '”', '😀', 'é'), { maxLength: 30 }), (chars) => {
        const s = chars.join('');
        for (const re of NAMING) {
          const keep = namedWide(re);
          expect(keep).toBeDefined();
          const stand = latin1Stand(s, keep)!;
          const at = (t: string) => [...t.matchAll(re)].map((m) => [m.index, m[0].length]);
          expect(at(stand)).toEqual(at(s));
        }
      }),
    );
  });
});

describe('isLatin1', () => {
  it('tells a string every regex reads as its one-byte copy, whatever it keeps (match.ts shares that copy)', () => {
    expect(isLatin1('café, naïve ¤')).toBe(true);
    expect(isLatin1(WIDE)).toBe(false);
    expect(isLatin1('line\u2028sep')).toBe(false);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', ' ', 'é', '\u00a0', '¤', '—', '“', '😀'), { maxLength: 20 }),
        (chars) => {
          const s = chars.join('');
          if (!isLatin1(s)) return;
          for (const keep of [undefined, '', '—–', '“‘', '→”’…'])
            expect(storedOneByte(regexReadable(s, keep)) && regexReadable(s, keep) === oneByte(s)).toBe(true);
        },
      ),
    );
  });
});
