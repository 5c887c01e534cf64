import { describe, expect, it } from 'vitest';
import { lengthNote, lengthProblem } from './text-limit.js';

describe('the 200-character limit on names', () => {
  it.each([
    ['A'.repeat(170), undefined],
    ['A'.repeat(171), { text: '171 of 200 characters', isOver: false }],
    ['A'.repeat(200), { text: '200 of 200 characters', isOver: false }],
    ['A'.repeat(230), { text: '230 characters: 30 more than the 200 Debrief keeps', isOver: true }],
  ])('a box holding %#', (value, note) => {
    expect(lengthNote(value)).toEqual(note);
  });

  it('counts a longer box (the outcome note) from the same share of its limit', () => {
    expect(lengthNote('x'.repeat(1700), 2000)).toBeUndefined();
    expect(lengthNote('x'.repeat(2100), 2000)?.text).toBe(
      '2100 characters: 100 more than the 2000 Debrief keeps',
    );
  });

  it('names the box to shorten, and passes a name within the limit', () => {
    const company = { path: 'company', label: 'Company', value: 'A'.repeat(230) };
    const role = { path: 'role', label: 'Role', value: 'Analyst' };
    expect(lengthProblem([role])).toBeUndefined();
    const problem = lengthProblem([company, role]);
    expect(problem?.message).toBe(
      'Company is 230 characters long; Debrief keeps up to 200. Please shorten it.',
    );
    expect(problem?.fields?.map((f) => f.path)).toEqual(['company']);
  });
});
