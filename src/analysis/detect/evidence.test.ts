import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';

const DEV =
  [
    new URL('../../../../shared/eval/dev/debriefs.jsonl', import.meta.url).pathname,
    '/work/shared/eval/dev/debriefs.jsonl',
  ].find((p) => existsSync(p)) ?? '';
const texts: string[] = existsSync(DEV)
  ? readFileSync(DEV, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text: string }).text)
  : [];
const extra = [
  'so um he was like really distracted the whole time checking his phone 📱 and i blanked twice lol',
  '  \n\n- HM had arms crossed\n- said "we\u2019ll be in touch"\n- no timeline  ',
  'i was nervous\tbut she smiled',
];

describe('evidence offsets', () => {
  it('every quote slices back out of the original text', () => {
    let quotes = 0;
    for (const text of [...texts, ...extra]) {
      const r = analyze(text);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      for (const s of r.value.signs) {
        expect(s.confidence).toBeGreaterThan(0);
        expect(s.confidence).toBeLessThanOrEqual(1);
        for (const q of s.evidence) {
          quotes++;
          expect(text.slice(q.start, q.end)).toBe(q.quote);
        }
      }
    }
    expect(quotes).toBeGreaterThan(0);
  });

  it('rejects empty input as a typed error', () => {
    const r = analyze('   ');
    expect(r.ok).toBe(false);
  });
});
