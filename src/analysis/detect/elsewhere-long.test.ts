import { describe } from 'vitest';
import { signTable } from './notes-table.case.js';

// our own lines: what long accounts tell beside the interview (reviews read, a relative's advice,
// a list of other employers) is no evidence about it; the interview told after them still is
describe('reviews read before the interview, and what they went on to say', () => {
  signTable([
    [
      "I'd read the reviews on Indeed the night before. Most of them said the manager was cold and one said she never smiles. In the room she was fine.",
      'negative-body-language',
      false,
    ],
    [
      'We looked through the Glassdoor reviews first. A couple of them said the panel was hostile.',
      'awkward-atmosphere',
      false,
    ],
    // the interview told after the reviews is evidence again
    [
      'I had read the reviews beforehand. The director frowned at every answer and sat with his arms crossed.',
      'negative-body-language',
      true,
    ],
    // the panel's own word, with no reviews before it, stays evidence
    ['Half of them said my portfolio was the strongest they had seen.', 'achievements-praised', true],
  ]);
});

describe("the writer's people's advice", () => {
  signTable([
    ["My mum's advice was to smile and keep eye contact.", 'interviewer-smiling', false],
    [
      "My flatmate's top tip was to smile at the panel even if they look bored.",
      'interviewer-disinterest',
      false,
    ],
    // what the interviewer did after it stays evidence
    [
      "My mum's advice was to relax. The manager smiled warmly the whole way through.",
      'interviewer-smiling',
      true,
    ],
  ]);
});

describe('a list of other employers, one a sentence', () => {
  signTable([
    [
      'The other interviews get a line each. At a bank, the manager was on his phone. At a charity, the panel grilled me. At a housing association, nobody could tell me what the job actually was.',
      'vague-role-details',
      false,
    ],
    // the list ends at a new paragraph: this interview's own vagueness counts
    [
      'The other interviews get a line each. At a bank, the manager was on his phone. At a charity, the panel grilled me.\n\nThis one was odd. Nobody could tell me what the job actually was.',
      'vague-role-details',
      true,
    ],
  ]);
});

describe('the words about the writing end at the first comma of a run-on voice note', () => {
  signTable([
    [
      'okay recording this so I remember, the manager was very cold and nobody laughed at my joke, then he said twice that my experience was too junior and that my English might be a problem',
      'raised-concerns',
      true,
    ],
    ['Writing this, sorry for typos, on my phone.', 'candidate-nerves', false],
  ]);
});
