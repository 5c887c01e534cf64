import { describe, expect, it } from 'vitest';
import { corpusTexts } from '../detect/corpus-texts.case.js';
import { gatedLines, originalOffset } from './gated-lines.js';
import { NEEDED, PATTERNS } from './reported.js';

/** [offset, match] of every match of a global regex. */
function matches(re: RegExp, text: string): [number, string][] {
  return [...text.matchAll(re)].map((m) => [m.index, m[0]]);
}

// the corpus's texts; failures report counts only, since some sets are blind
const texts = corpusTexts();

describe('the outcome patterns and their needed words', () => {
  it.each(PATTERNS.map(([kind, re]) => [kind, re] as const))(
    '%s: every match over the corpus holds a needed word and no line break',
    (kind, re) => {
      let bad = 0;
      let seen = 0;
      for (const text of texts)
        for (const [, m] of matches(re, text)) {
          seen++;
          const low = m.toLowerCase();
          if (m.includes('\n') || !NEEDED[kind].some((w) => low.includes(w))) bad++;
        }
      expect(seen).toBeGreaterThan(0);
      expect(bad).toBe(0);
    },
  );
});

describe('gatedLines', () => {
  it('leaves a short text to be read whole', () => {
    expect(gatedLines('I got the offer.', [['offer']])).toEqual([undefined]);
  });

  it('finds the same matches at the same offsets as a scan of the whole text', () => {
    // long texts from the corpus, with lines that open with spaces, after stops and at the start
    const long = [
      texts.join('\n\n'),
      texts.slice(0, 400).join('\n'),
      `  got rejected. \n   got rejected\n${texts.slice(400, 800).join('\n  ')}`,
    ];
    let differing = 0;
    let total = 0;
    for (const text of long) {
      const gated = gatedLines(
        text,
        PATTERNS.map(([kind]) => NEEDED[kind]),
      );
      PATTERNS.forEach(([, re], p) => {
        const g = gated[p]!;
        const whole = matches(re, text);
        const read = g.at.length
          ? matches(re, g.text).map(([i, m]): [number, string] => [originalOffset(g, i), m])
          : [];
        total += whole.length;
        if (JSON.stringify(read) !== JSON.stringify(whole)) differing++;
      });
    }
    expect(total).toBeGreaterThan(100);
    expect(differing).toBe(0);
  });

  it('pads a short joining to a long string, and keeps nothing when no line holds a word', () => {
    const text = `${'nothing to see here\n'.repeat(200)}I withdrew my application.\n${'more\n'.repeat(100)}`;
    const [some, none] = gatedLines(text, [['withdr'], ['zzz']]);
    expect(some!.text.length).toBeGreaterThanOrEqual(1000);
    expect(some!.text.trim()).toBe('I withdrew my application.');
    expect(originalOffset(some!, some!.text.indexOf('I withdrew'))).toBe(text.indexOf('I withdrew'));
    expect(none!.at).toEqual([]);
  });
});
