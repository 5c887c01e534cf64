import { describe, it, expect } from 'vitest';
import { call, found } from './call.case.js';

// Session 15: the business moving is not the candidate rising. Our own wordings.

const ANSWER = 'At the depot I ran the evening shift for two years and planned the loads.';
const said = (line: string): string => call(['Priya', ANSWER], ['Dana', line], ['Priya', 'Okay.']);

describe('who moves into what', () => {
  it.each([
    [
      'the team onto a new tool',
      "The rota lives in a spreadsheet that we're moving into a proper system next year.",
    ],
    [
      'the business into a new market',
      'Three years ago the business deliberately moved into contract logistics.',
    ],
  ])('not future-growth-talk: %s', (_, line) => {
    expect(found(said(line))).not.toContain('future-growth-talk');
  });

  it.each([
    ['a person moving up', 'Most of our shift leads moved up into depot management within two years.'],
    ['the candidate moving into a role', "After a year you'd move into a team lead role if you wanted."],
  ])('future-growth-talk: %s', (_, line) => {
    expect(found(said(line))).toContain('future-growth-talk');
  });
});
