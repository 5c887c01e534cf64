import { describe, expect, it } from 'vitest';
import { promisedDatesFrom } from './promised.js';

describe('promisedDatesFrom', () => {
  it('resolves "by Friday" against the interview date', () => {
    const text = "Nice chat. They'll let me know by Friday.";
    const [p] = promisedDatesFrom(text, '2026-03-02'); // a Monday
    expect(p?.date).toBe('2026-03-06');
    expect(text.slice(p!.evidence.start, p!.evidence.end)).toBe(p!.evidence.quote);
  });
  it('resolves "within 10 days"', () => {
    const [p] = promisedDatesFrom('HR will email within 10 days about the second round.', '2026-03-02');
    expect(p?.date).toBe('2026-03-12');
  });
  it('reads OCR damage as meant and quotes the original', () => {
    const text = 'HR wi11 ca11 within 1O days about the second round.';
    const [p] = promisedDatesFrom(text, '2026-03-02');
    expect(p?.date).toBe('2026-03-12');
    expect(p?.evidence.quote).toBe('within 1O days');
    expect(text.slice(p!.evidence.start, p!.evidence.end)).toBe(p!.evidence.quote);
  });
  it('ignores dates that are not about a decision', () => {
    expect(promisedDatesFrom('The role starts on Monday 4 May with induction.', '2026-03-02')).toEqual([]);
  });
  it('skips resolution with no reference date', () => {
    expect(promisedDatesFrom("They'll decide by Friday.", undefined)).toEqual([]);
  });
});

describe('promisedDatesFrom ignores times and durations', () => {
  it.each([
    'We talked for about 50 minutes and she said they would call.',
    'They will email me at 2pm with the next steps.',
    'He said he would get back to me in the morning.',
  ])('%s', (text) => {
    expect(promisedDatesFrom(text, '2026-11-25')).toEqual([]);
  });

  it('still reads "by the end of next week"', () => {
    const [found] = promisedDatesFrom('She said they would decide by the end of next week.', '2026-11-25');
    expect(found?.date).toMatch(/^2026-12-0[4-6]$/);
  });
});

describe('a weekday named on that same weekday', () => {
  it('means the next one', () => {
    // 2026-11-20 is a Friday
    expect(promisedDatesFrom('She said they would let me know by Friday.', '2026-11-20')[0]?.date).toBe(
      '2026-11-27',
    );
  });
  it('but "today" stays today', () => {
    expect(promisedDatesFrom('They said they would decide today.', '2026-11-20')[0]?.date).toBe('2026-11-20');
  });
});

describe('story time is not a promise', () => {
  it('reads no date in "a week later" or "two days ago"', () => {
    const text =
      'They said they would let me know by Friday.\n\nUpdate, a week later: they rang this morning and offered me the job! Two days ago I had emailed for an update.';
    const dates = promisedDatesFrom(text, '2026-11-25').map((d) => d.evidence.quote);
    expect(dates).toEqual(['Friday']);
  });
});
