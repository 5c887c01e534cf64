import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { execAll, matchCount } from './exec-all.js';

const shape = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, [...m], m.groups]);

describe('execAll', () => {
  it('gives what matchAll gives, empty matches included', () => {
    const cases: [RegExp, string][] = [
      [/\b(\w)(\w*)/g, 'the interviewer smiled, twice'],
      [/x*/g, 'axxbx'],
      [/(?<n>\d+)|$/gm, '12 a\n3\n'],
      [/(?:)/gu, 'a😂b'],
      [/(?:)/g, 'a😂b'],
      [/offer/gi, 'OFFER offer Offer'],
    ];
    for (const [re, text] of cases) expect(shape(execAll(re, text))).toEqual(shape(text.matchAll(re)));
  });

  it('agrees with matchAll on any text', () => {
    const res = [/\bno\b|n't/gi, /[aeiou]+|(?=b)/g, /(?<=\s)\w{2}/g];
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'n', 'o', "'", 't', ' ', 'é', '😂') }),
        (text) => {
          for (const re of res) expect(shape(execAll(re, text))).toEqual(shape(text.matchAll(re)));
        },
      ),
    );
  });

  it('starts from lastIndex, as matchAll does, and leaves it as it was', () => {
    const re = /a/g;
    re.lastIndex = 2;
    expect([...execAll(re, 'aaaa')].map((m) => m.index)).toEqual([2, 3]);
    expect(re.lastIndex).toBe(2);
  });

  it('keeps its place while the caller uses the same regex', () => {
    const re = /\d/g;
    const seen: number[] = [];
    for (const m of execAll(re, '1 2 3')) {
      seen.push(m.index);
      expect(re.test('x9')).toBe(true);
      re.lastIndex = 0;
    }
    expect(seen).toEqual([0, 2, 4]);
  });

  it('stops cleanly when the caller breaks off', () => {
    const re = /\d/g;
    for (const m of execAll(re, '1 2 3')) if (m.index === 2) break;
    expect(re.lastIndex).toBe(0);
  });

  it('refuses a regex that is not global, as matchAll does', () => {
    expect(() => [...execAll(/a/, 'a')]).toThrow(/global/);
  });
});

describe('matchCount', () => {
  it('counts what match finds, empty matches too', () => {
    expect(matchCount(/um+/gi, 'Um, well, umm: um')).toBe(3);
    expect(matchCount(/x*/g, 'axxb')).toBe('axxb'.match(/x*/g)!.length);
    expect(matchCount(/sorry/gi, 'no apology here')).toBe(0);
  });

  it('refuses a regex without the g flag, which match would count by its groups', () => {
    expect(() => matchCount(/(a)(b)/, 'ab')).toThrow(/global/);
  });
});
