import { describe, expect, it } from 'vitest';
import { hasSign } from '../signs/found.case.js';

const has = (text: string) => hasSign(text, 'no-follow-up');

// session 23: words of the wait from other Englishes and from diaries, and their near misses
const CASES: [string, boolean][] = [
  // Indian English "no communication", a letter that never came, "they have not called"
  ['Interview was three weeks ago and till date no communication is received from your side.', true],
  ["They said they'd write. Three weeks since the interview, no letter.", true],
  ['They promised to call on Thursday. Today is Monday and they have not called.', true],
  // the promised call named with its day, the inbox refreshed, the employer gone silent
  ['The promised call on Tuesday never happened. It has been a week.', true],
  ['Nearly a month later and I am still refreshing my inbox.', true],
  ['Three weeks since the interview and they have gone quiet.', true],
  // still inside the window, or the writer's own doing
  ['They said two weeks. It has been four days and they have not called yet, which is fine.', false],
  ["I haven't called them yet, the interview was only yesterday.", false],
  ['The call on Tuesday went well and they said I would hear by Friday.', false],
];

describe('session 23: words of the wait', () => {
  it.each(CASES)('%s → %s', (text, want) => {
    expect(has(text)).toBe(want);
  });
});
