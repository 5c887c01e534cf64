import { describe, it, expect } from 'vitest';
import { CUE_SIGNS } from '../signs/index.js';
import { EACH_ALTERNATIVE, firstCharGuarded, matchedText } from './lookbehind.js';
import { firstCharsOf, startsAtWordBoundary } from './regex-starts.js';
import { lookbehindLast } from './lookbehind.js';

/** Every match as [index, text], moving past each as the matcher does (detect/match.ts). */
function scan(re: RegExp, group: number, line: string): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const text = matchedText(m, group);
    out.push([m.index, text]);
    re.lastIndex = m.index + (text.length || 1);
  }
  return out;
}

describe('lookbehindLast', () => {
  const lines = [
    'i was on 4 on 4 off shifts, they do 12 hour shifts',
    'we said the 7am start is fine, the shifts are 8hrs',
    'nobody asked about culture but she talked about how the team works',
    "he leaned back and crossed his arms; i didn't lean back",
  ];

  it('moves a leading lookbehind behind a lookahead of the rest, which holds the text', () => {
    expect(lookbehindLast('(?<!a )b+')).toEqual({ source: '(?=(b+))(?<!a )', group: 1 });
  });

  it('moves lookaheads and groups of lookarounds too, and keeps a \\b in front of the rest', () => {
    expect(lookbehindLast('(?!x)(?:(?<!i )(?=w)|(?!w))\\b(?<!a )wa?')).toEqual({
      source: '(?=(\\bwa?))(?!x)(?:(?<!i )(?=w)|(?!w))(?<!a )',
      group: 1,
    });
  });

  it('rewrites each top-level alternative, each holding its text in its own first group', () => {
    expect(lookbehindLast('(?<!a )b(x)|c')).toEqual({
      source: '(?=(b(x)))(?<!a )|(c)',
      group: EACH_ALTERNATIVE,
    });
    const { source, group } = lookbehindLast('(?<!a )b(x)|c');
    expect(scan(new RegExp(source, 'g'), group, 'a bx bx c')).toEqual([
      [5, 'bx'],
      [8, 'c'],
    ]);
  });

  it('leaves an alternative that opens with an anchor as it is, in its group', () => {
    expect(lookbehindLast('^(?<!a)b|(?<!c)d').source).toBe('(^(?<!a)b)|(?=(d))(?<!c)');
  });

  it.each(['plain', 'plain|words', '(?<!a)(x)\\1', '\\bplain', '(?:(?<!a)b|c)d', '(?<!a)?b'])(
    'leaves %s alone',
    (src) => {
      expect(lookbehindLast(src)).toEqual({ source: src, group: 0 });
    },
  );

  it('finds the same matches as the original for every cue', () => {
    for (const sign of CUE_SIGNS) {
      for (const cue of sign.cues) {
        const a = new RegExp(cue.re.source, 'g');
        const { source, group } = lookbehindLast(cue.re.source);
        const b = new RegExp(source, 'g');
        for (const line of lines) {
          expect(scan(b, group, line), cue.re.source).toEqual(
            [...line.matchAll(a)].map((m) => [m.index, m[0]]),
          );
        }
      }
    }
  });
});

describe('firstCharsOf', () => {
  it.each([
    ['\\b(you|u|i)(?:ll| will)', 'yui'],
    ['(?<!not )(?!x)(?:ab?|c)d', 'ac'],
    // a positive lookahead that reads a character bounds the first one too
    ['(?<!not )(?=x)(?:ab?|c)d', 'x'],
    ['(?:the )?team', 'tt'],
    ['a?b', 'ab'],
    ['(?<!x)\\b(\\d+|one) (days|weeks)', '0123456789o'],
    ['(?=(ab|c))(?<!x)', 'ac'],
  ])('%s starts with one of %s', (src, chars) => {
    expect([...firstCharsOf(src)!].sort().join('')).toBe([...new Set(chars)].sort().join(''));
  });

  it.each(['\\w+', '\\s+days', 'a?', '(?:x|y?)', '[ab]c'])('cannot tell for %s', (src) => {
    expect(firstCharsOf(src)).toBeUndefined();
  });
});

describe('startsAtWordBoundary', () => {
  it.each([
    '\\bab',
    '(?<!x)(?!y)\\bab',
    '(?=(\\ba|\\bb))(?<!x)',
    '(?:\\ba|\\bb)c',
    '(?:(?<!i)(?=a)|(?!a))\\ba',
  ])('%s does', (src) => expect(startsAtWordBoundary(src)).toBe(true));
  it.each(['ab', '(?:x )?\\bab', '(?:\\ba|b)c', '(?=(\\ba|b))', '(?!\\bx)ab', '^ab'])('%s does not', (src) =>
    expect(startsAtWordBoundary(src)).toBe(false),
  );
});

describe('firstCharGuarded', () => {
  it('puts the first characters in front of an alternative that opens with lookarounds', () => {
    expect(firstCharGuarded("(?<!not )(?!x)(you|i)'ll|plain", 'gm')).toBe(
      "(?=[yi])(?<!not )(?!x)(you|i)'ll|plain",
    );
  });

  it('adds a \\b when every match starts on one', () => {
    expect(firstCharGuarded("(?<!not )(?!x)\\b(you|i)'ll|plain", 'gm')).toBe(
      "(?=[yi])\\b(?<!not )(?!x)\\b(you|i)'ll|plain",
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
        const { source, group } = lookbehindLast(cue.re.source);
        const a = new RegExp(source, 'gm');
        const b = new RegExp(firstCharGuarded(source, 'gm'), 'gm');
        for (const line of lines) {
          expect(scan(b, group, line), cue.re.source).toEqual(scan(a, group, line));
        }
      }
    }
  });
});
