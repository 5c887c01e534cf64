import { describe, expect, it } from 'vitest';
import { foundInNotes } from './found.case.js';

// "The others were warmer than this one" puts this interview below them: the warmth is the other rooms'.
const found = foundInNotes('positive-atmosphere');

describe('positive-atmosphere: warmer than this one', () => {
  it('does not find warmth that belongs to the other interviews', () =>
    expect(found('Honestly my last two interviews were far warmer than this one.')).toBe(false));
  it('still finds this interview compared warmly with others', () =>
    expect(found('This one was so much warmer than my last interview, she put me right at ease.')).toBe(
      true,
    ));
});
