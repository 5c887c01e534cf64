import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../core/dates.js';
import { dateQuestion, shortQuote } from './record-questions.js';

describe('shortQuote', () => {
  it('keeps a short quote, on one line', () =>
    expect(shortQuote('interview\n Tuesday')).toBe('interview Tuesday'));
  it('cuts a long one with an ellipsis', () =>
    expect(shortQuote('a'.repeat(60), 10)).toBe(`${'a'.repeat(9)}…`));
});

describe('dateQuestion', () => {
  const today = '2026-03-04' as IsoDate;
  it('gives examples that look back for a day that has been', () =>
    expect(dateQuestion(today, 'past').validate('blah')).toContain('"yesterday"'));
  it('and ahead for a day to come', () =>
    expect(dateQuestion(today, 'future').validate('blah')).toContain('"in 2 weeks"'));
  it('shows what typed words mean', () =>
    expect(dateQuestion(today, 'past').hint('monday')).toBe('→ Mon 2 Mar 2026'));
});
