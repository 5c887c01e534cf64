import { describe, expect, it } from 'vitest';
import { foundInNotes } from './found.case.js';

// A look explained in the same sentence, and the phone as the way something was said, are not attention elsewhere;
// the same looks and phones without the reason still are.
const found = foundInNotes('interviewer-disinterest');

const HAS = [
  'He kept checking his watch and sighing.',
  'She was on her laptop the whole time and barely looked up.',
  'The manager was still talking on the phone when he came in.',
  'She was chatting on the phone to a supplier for half of it.',
  'Her phone rang twice and she picked it up both times.',
];
const LACKS = [
  'He kept glancing at his watch, but that was only because we had gone way over time.',
  'She was on her laptop the whole time but it was cos she was typing up my answers, she said so.',
  'The agency told me on the phone this morning that the client wants a second round.',
  'First a quick chat on the phone with the recruiter, then a video call with the team.',
  'Her phone rang, she looked at it and turned it face down, and we carried on.',
  'I could hear him typing as I answered, but I am fairly sure he was taking notes.',
];

describe('interviewer-disinterest: looks explained away, the phone as the medium', () => {
  for (const text of HAS) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});
