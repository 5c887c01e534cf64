import { describe } from 'vitest';
import { signTable } from '../detect/notes-table.case.js';

// Our own lines (real-e round): the place itself called lovely is the building or the setting, not the room's
// warmth; the people or the interview called lovely still are.
describe('positive-atmosphere: a lovely school or building is the place, not the room', () => {
  signTable([
    ['It was such a lovely school, with big windows and a garden.', 'positive-atmosphere', false],
    [
      'The office was a beautiful old building near the river, a lovely building really.',
      'positive-atmosphere',
      false,
    ],
    ['It was a lovely village, so the drive was worth it.', 'positive-atmosphere', false],
    ['It was lovely, she made me feel at home straight away.', 'positive-atmosphere', true],
    ['They were all so lovely at the school.', 'positive-atmosphere', true],
    ['The head was lovely and so was the deputy.', 'positive-atmosphere', true],
  ]);
});

// "the position I'm most comfortable with)" is at ease with the work, even when a bracket or a stop follows "with".
describe('positive-atmosphere: comfortable with the work, the sentence ending on "with"', () => {
  signTable([
    [
      "I applied as a back-end developer (the kind of work I'm most comfortable with).",
      'positive-atmosphere',
      false,
    ],
    ["Payroll is the bit of the job I'm most comfortable with.", 'positive-atmosphere', false],
    ['I felt really comfortable with them from the first minute.', 'positive-atmosphere', true],
    ['Honestly I felt comfortable the whole time.', 'positive-atmosphere', true],
  ]);
});

// "What was really nice about it is that..." judges a fact, not the people or the room.
describe('positive-atmosphere: "what was nice about X is that..." judges a fact', () => {
  signTable([
    [
      'What was really nice about applying for a design job is that my portfolio speaks for itself.',
      'positive-atmosphere',
      false,
    ],
    ['What was nice was that the bus stops right outside.', 'positive-atmosphere', false],
    ['She was really nice and made me a coffee.', 'positive-atmosphere', true],
  ]);
});
