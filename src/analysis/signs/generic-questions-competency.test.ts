import { describe } from 'vitest';
import { signTable } from '../detect/notes-table.case.js';

// Our own lines for stock competency questions as real writers tell them (real-e round): not "tell me about a time"
// quoted, but described as a set, "had to talk about times I'd shown...". The candidate telling their own record,
// or showing their work, is not the stock kind.
describe('generic-questions: competency questions described as a set', () => {
  signTable([
    [
      "They asked three questions where I had to talk about times I'd shown certain qualities.",
      'generic-questions',
      true,
    ],
    [
      'The panel asked me for examples of when I had demonstrated teamwork and initiative.',
      'generic-questions',
      true,
    ],
    [
      "She wanted me to describe occasions where I'd had to deal with a difficult customer.",
      'generic-questions',
      true,
    ],
    [
      'It was all giving examples of situations when you used your initiative, nothing else.',
      'generic-questions',
      true,
    ],
    ["I talked about times I'd shown my designs to clients and what they said.", 'generic-questions', false],
    ["I told them about the times I'd worked nights at the warehouse.", 'generic-questions', false],
    ["He said I'd clearly shown leadership at times in my last job.", 'generic-questions', false],
    [
      "They asked about the projects I'd led at my last firm and dug into the numbers.",
      'generic-questions',
      false,
    ],
  ]);
});

// A task set for every candidate (walk the floor, dress a mannequin) is not the same stock questions put to all.
describe('generic-questions: all candidates asked to do a task', () => {
  signTable([
    [
      'The manager asked all candidates to walk the shop floor and pick three products. Then she asked why I wanted the job.',
      'generic-questions',
      false,
    ],
    [
      'She asked everyone to build a tower from straws, which was odd. Then a few questions about my CV.',
      'generic-questions',
      false,
    ],
    [
      'They asked all the candidates the same things. Tell me about yourself, where do you see yourself in five years.',
      'generic-questions',
      true,
    ],
    [
      'He asked everyone to describe a time they failed, then the usual strengths and weaknesses.',
      'generic-questions',
      true,
    ],
  ]);
});
