import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECTION_CHARS, sectionsOf } from './sections.js';

describe('sectionsOf', () => {
  it('keeps a short text whole', () => {
    expect(sectionsOf('He smiled.\n\nWe laughed.', 100)).toEqual([{ start: 0, end: 23 }]);
  });

  it('prefers a paragraph break to a sentence end', () => {
    const text = 'Three four five. Six.\n\nSeven eight nine ten eleven.';
    const [first] = sectionsOf(text, 30);
    expect(text.slice(first!.start, first!.end)).toBe('Three four five. Six.\n\n');
  });

  it('cuts after a sentence when there is no line break', () => {
    const text = 'Aaaa bbbb cccc dddd. Eeee ffff gggg hhhh.';
    const [first] = sectionsOf(text, 30);
    expect(text.slice(first!.start, first!.end)).toBe('Aaaa bbbb cccc dddd. ');
  });

  it('covers the text exactly, in order, each section within the size', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', '\n', 'é', '!'), maxLength: 2000 }),
        fc.integer({ min: 8, max: 300 }),
        (text, size) => {
          const sections = sectionsOf(text, size);
          expect(sections[0]!.start).toBe(0);
          expect(sections[sections.length - 1]!.end).toBe(text.length);
          for (let i = 0; i < sections.length; i++) {
            const s = sections[i]!;
            expect(s.end - s.start).toBeLessThanOrEqual(Math.max(size, text.length === 0 ? 0 : 1));
            if (i > 0) expect(s.start).toBe(sections[i - 1]!.end);
            if (i < sections.length - 1) expect(s.end).toBeGreaterThan(s.start);
          }
        },
      ),
    );
  });
});

describe('long notes read in sections', () => {
  it('finds signs in every section, with offsets into the whole text', async () => {
    const { analyze } = await import('../index.js');
    const filler = 'We talked about the weather and the traffic on the way in.\n\n';
    const head = 'She kept checking her phone the whole time.\n\n';
    const tail = 'He smiled and nodded at everything I said.';
    const text = head + filler.repeat(Math.ceil((SECTION_CHARS * 1.5) / filler.length)) + tail;
    const result = analyze(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ids = result.value.signs.map((s) => s.id);
    expect(ids).toContain('interviewer-disinterest');
    expect(ids).toContain('interviewer-smiling');
    const smiling = result.value.signs.find((s) => s.id === 'interviewer-smiling')!;
    for (const e of smiling.evidence) {
      expect(text.slice(e.start, e.end)).toBe(e.quote);
      expect(e.start).toBeGreaterThan(SECTION_CHARS);
    }
  });
});
