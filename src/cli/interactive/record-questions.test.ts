import { describe, expect, it } from 'vitest';
import { shortQuote } from './record-questions.js';

describe('shortQuote', () => {
  it('keeps a short quote, on one line', () =>
    expect(shortQuote('interview\n Tuesday')).toBe('interview Tuesday'));
  it('cuts a long one with an ellipsis', () =>
    expect(shortQuote('a'.repeat(60), 10)).toBe(`${'a'.repeat(9)}…`));
});
