import { describe } from 'vitest';
import { signTable } from './notes-table.case.js';

// our own lines: the rest of a job search told around the interview; what those other
// interviewers did is no evidence about this one, and this one told after them still is
describe('the other offers and rounds, one by one', () => {
  signTable([
    [
      'One was at a car dealership, where the sales director was lovely and put me at ease.',
      'positive-atmosphere',
      false,
    ],
    [
      'Another was with a software company, and the CTO talked me through the whole stack.',
      'detailed-role-info',
      false,
    ],
    // an ordinal may be the interview being told: "I had two. The second was at..."
    [
      'I have had two interviews this month. The second was at a dental practice, and the manager frowned at every answer.',
      'negative-body-language',
      true,
    ],
  ]);
});

describe('the applications counted off', () => {
  signTable([
    [
      'Three were flat rejections, one in Leeds interviewed me and the panel was warm and friendly throughout.',
      'positive-atmosphere',
      false,
    ],
    [
      'Most of them came back as form rejections, and one manager said I was impressive anyway.',
      'achievements-praised',
      false,
    ],
  ]);
});

describe('a rejection before this story', () => {
  signTable([
    [
      'After Brightwell turned me down in March (the one where the director kept glancing at his phone), I nearly gave up.',
      'interviewer-disinterest',
      false,
    ],
    [
      'After the Bristol one fell through last autumn, where the panel laughed at my jokes, I took a break.',
      'engaging-conversation',
      false,
    ],
    // this employer's rejection, told afterwards, is not another story
    [
      'After they turned me down, the manager rang and said my portfolio was the best they had seen.',
      'achievements-praised',
      true,
    ],
  ]);
});

describe("the writer's last interview elsewhere, and what they go on to tell of it", () => {
  signTable([
    [
      'My last interview was in May at another bakery. The owner there was scrolling on her phone the whole time.',
      'interviewer-disinterest',
      false,
    ],
    // the carried story ends at a new paragraph
    [
      'My last interview was in May at another bakery. The owner there was rude.\n\nToday the owner was scrolling on her phone the whole time.',
      'interviewer-disinterest',
      true,
    ],
  ]);
});

describe('a run of other interviews', () => {
  signTable([
    ['I have had several where nobody could say what the team actually does.', 'vague-role-details', false],
    [
      "I've had a few where the interviewer never once looked up from the screen.",
      'negative-body-language',
      false,
    ],
  ]);
});
