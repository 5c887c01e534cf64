import { describe, expect, it } from 'vitest';
import { foundInNotes } from './found.case.js';

// Praise the writer hears as a reflex (after every answer, a dozen times, "she says that to everyone") is not a
// verdict on the candidate's work; the same words said once about a piece of work are.
const found = foundInNotes('achievements-praised');

const HAS = [
  'He said "great answer" when I described the stock system I built, and asked how long it took.',
  'She told me she was really impressed by the rota tool I set up at my last store.',
];
const LACKS = [
  'He said "great answer" after every single question, even the ones I messed up.',
  'She said "excellent example" about ten times, I think it is just how she talks.',
  'She said she was impressed with how I handled the complaint question, but I reckon she says that to everyone.',
];

describe('achievements-praised: praise as a habit', () => {
  for (const text of HAS) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});
