import { describe } from 'vitest';
import { signTable } from '../detect/notes-table.case.js';

// Our own lines (real-e round) for warmth and a lively talk in the words real writers use: the talk called
// positive, the air electric as they talked. The outcome called positive, a negated tone, a buzzing phone or a
// busy shop are not.
describe('positive-atmosphere: the talk called positive', () => {
  signTable([
    [
      'We had a really positive conversation and then she walked me round the site.',
      'positive-atmosphere',
      true,
    ],
    ['The chat with the recruiter was very positive from start to finish.', 'positive-atmosphere', true],
    ['It was not a very positive conversation, if I am honest.', 'positive-atmosphere', false],
    ['The interview was very positive, so fingers crossed for the offer.', 'positive-atmosphere', false],
    [
      'The discussion was positive about my experience but they had doubts on pay.',
      'positive-atmosphere',
      false,
    ],
  ]);
});

describe('engaging-conversation: the air electric as they talked', () => {
  signTable([
    ['The air was electric as we talked about the new season.', 'engaging-conversation', true],
    ['Honestly the room felt buzzing the whole time we were talking.', 'engaging-conversation', true],
    ['The atmosphere in the shop was buzzing with customers when I arrived.', 'engaging-conversation', false],
    ['The room was electric when the results came out on the news.', 'engaging-conversation', false],
  ]);
});

describe("positive-atmosphere: the panel's pleasure in meeting the candidate", () => {
  signTable([
    [
      'The panel kept saying what a pleasure, a real pleasure, it was to meet me.',
      'positive-atmosphere',
      true,
    ],
    ['She told me what a joy it had been to interview me.', 'positive-atmosphere', true],
    ['I said what a pleasure it was to meet them and left.', 'positive-atmosphere', false],
    ['She said lovely to meet you and showed me out.', 'positive-atmosphere', false],
  ]);
});
