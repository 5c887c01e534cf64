import { describe, expect, it } from 'vitest';
import type { SignId } from '../../core/signs/ids.js';
import { notesSigns } from './found.case.js';

// The analyzer's extra signs (beyond the contract's 19) in reported speech and with a rough length.
const cases: [text: string, sign: SignId, expected: boolean][] = [
  ['They asked when I could start.', 'start-date-asked', true],
  ['She wanted to know how soon I would be able to start.', 'start-date-asked', true],
  ['I asked when I would start hearing back.', 'start-date-asked', false],
  ['It ran about 20 minutes over.', 'ran-over-time', true],
  ['The call went a good fifteen minutes over.', 'ran-over-time', true],
  ['I got there about 20 minutes early.', 'ran-over-time', false],
];

describe('extra signs in everyday wording', () => {
  it.each(cases)('%s → %s: %s', (text, sign, expected) => {
    expect(notesSigns(text).has(sign)).toBe(expected);
  });
});
