import { describe, expect, it } from 'vitest';
import { flashNext, outcomeSavedWords, takeFlash } from './flash.js';

describe('the one-shot confirmation', () => {
  it('is handed over once, then gone', () => {
    expect(takeFlash()).toBeUndefined();
    flashNext({ message: 'Saved.', interviewId: 'a' });
    expect(takeFlash()).toEqual({ message: 'Saved.', interviewId: 'a' });
    expect(takeFlash()).toBeUndefined();
  });

  it('names the interview and the outcome, and says when it replaced one', () => {
    expect(outcomeSavedWords('Northwind · Analyst', 'next-round', false)).toBe(
      'Outcome saved for Northwind · Analyst: Invited to the next round.',
    );
    expect(outcomeSavedWords('Northwind', 'offer', true)).toBe('Outcome changed for Northwind: Offer.');
  });
});
