import { describe, it, expect } from 'vitest';
import { CUE_SIGNS } from '../signs/index.js';
import { firstCharGuarded } from './lookbehind.js';
import { firstCharsOf, lookbehindLast } from './triggers.js';

describe('lookbehindLast', () => {
  const lines = [
    'i was on 4 on 4 off shifts, they do 12 hour shifts',
    'we said the 7am start is fine, the shifts are 8hrs',
    'nobody asked about culture but she talked about how the team works',
    "he leaned back and crossed his arms; i didn't lean back",
  ];

  it('moves a leading lookbehind behind a lookahead of the rest', () => {
    expect(lookbehindLast('(?<!a )b+')).toBe('(?=b+)(?<!a )(?:b+)');
  });

  it.each(['(?<!a )b|c', 'plain', '(?<!a)(x)\\1'])('leaves %s alone', (src) => {
    expect(lookbehindLast(src)).toBe(src);
  });

  it('finds the same matches as the original for every cue', () => {
    for (const sign of CUE_SIGNS) {
      for (const cue of sign.cues) {
        const a = new RegExp(cue.re.source, 'g');
        const b = new RegExp(lookbehindLast(cue.re.source), 'g');
        for (const line of lines) {
          expect(
            [...line.matchAll(b)].map((m) => [m.index, m[0]]),
            cue.re.source,
          ).toEqual([...line.matchAll(a)].map((m) => [m.index, m[0]]));
        }
      }
    }
  });
});

describe('firstCharsOf', () => {
  it.each([
    ['\\b(you|u|i)(?:ll| will)', 'yui'],
    ['(?<!not )(?=x)(?:ab?|c)d', 'ac'],
    ['(?:the )?team', 'tt'],
    ['a?b', 'ab'],
    ['(?<!x)\\b(\\d+|one) (days|weeks)', '0123456789o'],
  ])('%s starts with one of %s', (src, chars) => {
    expect([...firstCharsOf(src)!].sort().join('')).toBe([...new Set(chars)].sort().join(''));
  });

  it.each(['\\w+', '\\s+days', 'a?', '(?:x|y?)', '[ab]c'])('cannot tell for %s', (src) => {
    expect(firstCharsOf(src)).toBeUndefined();
  });
});

describe('firstCharGuarded', () => {
  it('puts the first characters in front of an alternative that opens with lookarounds', () => {
    expect(firstCharGuarded("(?<!not )(?!x)\\b(you|i)'ll|plain", 'gm')).toBe(
      "(?=[yi])(?<!not )(?!x)\\b(you|i)'ll|plain",
    );
  });

  it.each([
    ['plain|words', 'gm'],
    ['(?<!a)\\w+', 'gm'],
    ['(?<!a)(b)\\1', 'gm'],
    ['(?<!a)B', 'gm'],
    ['(?<!a)b', 'gu'],
  ])('leaves %s /%s alone', (src, flags) => {
    expect(firstCharGuarded(src, flags)).toBe(src);
  });

  it('finds the same matches as the scanner it guards, for every cue', () => {
    const lines = [
      'i was on 4 on 4 off shifts, they do 12 hour shifts',
      "you'll be leading the team and i'd report to the head of ops",
      'nobody asked about culture but she talked about how the team works',
      "she was warm and friendly, we laughed a lot; it wasn't awkward at all",
    ];
    for (const sign of CUE_SIGNS) {
      for (const cue of sign.cues) {
        const src = lookbehindLast(cue.re.source);
        const a = new RegExp(src, 'gm');
        const b = new RegExp(firstCharGuarded(src, 'gm'), 'gm');
        for (const line of lines) {
          expect(
            [...line.matchAll(b)].map((m) => [m.index, m[0]]),
            cue.re.source,
          ).toEqual([...line.matchAll(a)].map((m) => [m.index, m[0]]));
        }
      }
    }
  });
});
