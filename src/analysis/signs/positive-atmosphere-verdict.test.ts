import { describe } from 'vitest';
import { signTable } from '../detect/notes-table.case.js';

// Our own lines (session 19): "that's lovely" or "this is really nice work" said by the interviewer about an answer is
// a verdict on the candidate (achievements-praised), not the warmth of the room; the writer's own "that was lovely",
// or the interviewer called lovely, still is.
describe("positive-atmosphere: the interviewer's 'that's lovely' about an answer is praise, not the room", () => {
  signTable([
    [
      'She read my lesson plan and said "oh, that\'s really nice, why did you start with the game?"',
      'positive-atmosphere',
      false,
    ],
    [
      'He flicked through my sketchbook and went "this is lovely work, who taught you to shade?"',
      'positive-atmosphere',
      false,
    ],
    [
      'When I got to the fundraising bit she said that is lovely, and asked how much we raised.',
      'positive-atmosphere',
      false,
    ],
    // the room itself
    ['Honestly, the whole interview was lovely.', 'positive-atmosphere', true],
    ['He said my answer was good, and he was lovely throughout.', 'positive-atmosphere', true],
    ['She said that it was a relaxed chat, and it really was so relaxed.', 'positive-atmosphere', true],
  ]);
});
