import { describe, it, expect } from 'vitest';
import { segmentsFrom } from './highlight.js';

const join = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('segmentsFrom', () => {
  const text = 'She loved my work and asked when I could start.';

  it('keeps plain text whole when nothing is marked', () => {
    expect(segmentsFrom(text, [])).toEqual([{ text, start: 0, signIds: [] }]);
  });

  it('marks a quote and keeps every character once', () => {
    const s = segmentsFrom(text, [{ start: 4, end: 17, signId: 'achievements-praised' }]);
    expect(join(s)).toBe(text);
    expect(s.find((x) => x.signIds.length)?.text).toBe('loved my work');
  });

  it('splits overlapping quotes into runs carrying both signs', () => {
    const s = segmentsFrom(text, [
      { start: 4, end: 17, signId: 'a' },
      { start: 10, end: 30, signId: 'b' },
    ]);
    expect(join(s)).toBe(text);
    expect(s.find((x) => x.text === 'my work')?.signIds.sort()).toEqual(['a', 'b']);
  });

  it('ignores offsets outside the text', () => {
    const s = segmentsFrom('short', [
      { start: 2, end: 99, signId: 'x' },
      { start: 3, end: 3, signId: 'y' },
    ]);
    expect(s).toEqual([{ text: 'short', start: 0, signIds: [] }]);
  });
});
