import { describe, expect, it } from 'vitest';
import { detectInNotes } from '../detect/run.js';

// Warmth said in other voices counts, as the dev labels do; quoted slogans and the candidate's own effort do not.
const found = (text: string) => detectInNotes(text).some((s) => s.id === 'positive-atmosphere');

const HAS = [
  'Sir was very cordial only, and asked about my framework.',
  'The director of the gallery was charming and we spoke like two friends.',
  'The lady had a very soft and kind manner, she received me as a guest.',
  'The foreman was dead sound, showed me round the vans.',
  'Delivery head was jovial, we discussed cricket first.',
  'The bloke running it was an absolute gem.',
  'Met a delightful older gentleman from the board.',
];
const LACKS = [
  "I asked what they value and the answer was 'good vibes only'.",
  'I try to make the conversation warm but it is like a wall.',
  'I hope the panel is friendly tomorrow.',
  'The HR lady seemed perfectly pleasant, nothing more.',
  'The students were lovely, the panel less so.',
  'He was friendly enough I suppose.',
  'The patients were lovely but the panel was cold.',
  'Asked about culture: "people are nice".',
];

describe('positive-atmosphere in new voices', () => {
  for (const text of HAS) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});
