import { describe, expect, it } from 'vitest';
import { foundInNotes } from './found.case.js';

// Laughter that was not shared with the candidate (strained, at one's own jokes, the panel among themselves) and a
// chat with the receptionist are not a two-way conversation; shared laughter and a real chat with the interviewer are.
const found = foundInNotes('engaging-conversation');

const HAS = [
  'We laughed about our terrible first jobs and it felt easy after that.',
  'The two of them were laughing with me by the end.',
  'Had a great chat with the hiring manager about bike routes.',
];
const LACKS = [
  'I told my one joke and got a polite laugh, then straight back to the competency questions.',
  'He laughed a lot, mostly at his own jokes, and talked over every answer I started.',
  'The panellists were joking among themselves while I sat there waiting for the next question.',
  'Had a lovely chat with the receptionist while I waited, then a very stiff interview.',
  'I used my opener that normally gets a laugh and got nothing, not even a smile.',
  'I asked what she liked about working there and she just laughed and said the pay.',
];

describe('engaging-conversation: laughter not shared, chats with others', () => {
  for (const text of HAS) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});
