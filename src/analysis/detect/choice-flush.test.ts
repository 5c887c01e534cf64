import { describe, it, expect } from 'vitest';
import { CUE_SIGNS } from '../signs/index.js';
import { choicesFlushed } from './choice-flush.js';
import { firstCharGuarded, lookbehindLast } from './lookbehind.js';

describe('choicesFlushed', () => {
  it('puts the empty lookahead before an alternation read left to right', () => {
    expect(choicesFlushed('a (?:b|c)d')).toBe('a (?=)(?:b|c)d');
    expect(choicesFlushed('z(x|y)z')).toBe('z(?=)(x|y)z');
  });

  it('puts it after an alternation and its quantifier inside a lookbehind, read right to left', () => {
    expect(choicesFlushed('w(?<!(?:mail|note)s? (?:\\w+ ){0,3})')).toBe(
      'w(?<!(?:mail|note)(?=)s? (?:\\w+ ){0,3})',
    );
    expect(choicesFlushed('w(?<!(?:a|b)?? z)')).toBe('w(?<!(?:a|b)??(?=) z)');
    // a lookahead inside a lookbehind reads left to right again
    expect(choicesFlushed('w(?<!x(?=(?:a|b)))')).toBe('w(?<!x(?=(?=)(?:a|b)))');
  });

  it("leaves alone an alternation that nothing is read before, the scanner's first", () => {
    expect(choicesFlushed('(?=[wf])\\b(?=(\\b(?:warm|fine) (?:a|b)))')).toBe(
      '(?=[wf])\\b(?=(\\b(?:warm|fine) (?=)(?:a|b)))',
    );
  });

  it('leaves alone the alternation that opens each alternative, where the choice before it quick-checks', () => {
    // each top-level alternative's first: the scanner tries them all at every position
    expect(choicesFlushed('(\\b(by|in) (?:a|b))|(\\b(?:ring|call) (?:c|d))')).toBe(
      '(\\b(by|in) (?=)(?:a|b))|(\\b(?:ring|call) (?=)(?:c|d))',
    );
    // an inner alternation's alternatives too, wherever it stands
    expect(choicesFlushed('x .{0,9}?(?:\\b(?:great|good) bunch|(?:you|we) see)')).toBe(
      'x .{0,9}?(?=)(?:\\b(?:great|good) bunch|(?:you|we) see)',
    );
    // not inside a lookbehind, read from its other end
    expect(choicesFlushed('w(?<!(?:a|b) z|(?:c|d) y)')).toBe('w(?<!(?:a|b)(?=) z|(?:c|d)(?=) y)');
  });

  it('leaves lookarounds, one-way groups, classes and escapes alone', () => {
    for (const src of ['a(?!b|c)', '(?<=b|c)a', '(?:ab)+c', '[(|)]x', '\\(a\\|b\\)', 'a|b'])
      expect(choicesFlushed(src)).toBe(src);
  });

  it('matches as the scanner did, with the same groups, for every cue', () => {
    const lines = [
      'the interview was warm and friendly, and she was so lovely to talk to',
      'the receptionist who showed me in was lovely but the panel was cold',
      "they told me the team is very relaxed. i wasn't comfortable with the coding task",
      'no date was given and they said they would get back to me next week maybe',
      'informal chat with the manager; she described the culture as friendly (?) honestly',
      'would have been nice to hear more about the role, the salary, the hours',
    ];
    let cues = 0;
    for (const sign of CUE_SIGNS)
      for (const cue of sign.cues) {
        const flags = [...new Set([...cue.re.flags, 'g', 'm'])].filter((f) => f !== 'y').join('');
        const plain = firstCharGuarded(lookbehindLast(cue.re.source).source, flags);
        const before = new RegExp(plain, flags);
        const after = new RegExp(choicesFlushed(plain), flags);
        for (const line of lines) {
          const all = (re: RegExp) => [...line.matchAll(re)].map((m) => [m.index, ...m]);
          expect(all(after), cue.re.source).toEqual(all(before));
        }
        cues++;
      }
    expect(cues).toBeGreaterThan(500);
  });
});
