import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';

function has(text: string, id: string): boolean {
  const r = analyze(text, {});
  if (!r.ok) throw new Error('analysis failed');
  return r.value.signs.some((s) => s.id === id);
}

// our own lines: silence past the window, said in words the silence list did not know
const FOLLOW_UP: [string, boolean][] = [
  // an inbox that stays dead
  ['Sixteen days on and my inbox is still dead.', true],
  ['Three days on, inbox quiet, they said next week.', false],
  // not one update, not even an automated no
  ['Three weeks later, not a single update from them.', true],
  ['Twelve days and not even an automatic acknowledgement.', true],
  ["Not a single update yet but it's only been two days.", false],
  // a count that has gone by
  ['A month has gone by and nobody got back to me.', true],
  ['A week has passed, nothing yet, but they said within a fortnight.', false],
];

describe('no-follow-up: silence and time gone by, in other words', () => {
  it.each(FOLLOW_UP)('%j → %s', (text, expected) => {
    expect(has(text, 'no-follow-up')).toBe(expected);
  });
});
