import { describe, expect, it } from 'vitest';
import { detectInNotes } from './run.js';

// Session 20: "not gonna lie" opens a frank remark; it negates nothing after it. Our own sentences.
const has = (text: string, id: string) => detectInNotes(text).some((s) => s.id === id);

describe('"not gonna lie" is no negator', () => {
  it.each([
    // no comma after the opener, as people text it: the negator shares the clause with the sign
    ['not gonna lie', 'not gonna lie he was checking his phone the whole time'],
    ['not going to lie', 'not going to lie she was on her phone for half of it'],
    ["won't lie", 'i wont lie he kept looking at his phone'],
  ])('%s: the sign after it stands', (_, text) => expect(has(text, 'interviewer-disinterest')).toBe(true));

  it('a real negator after it still negates', () => {
    expect(has('not gonna lie he never once looked at his phone', 'interviewer-disinterest')).toBe(false);
  });
});
