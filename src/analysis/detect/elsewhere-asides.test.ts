import { describe } from 'vitest';
import { signTable } from './notes-table.case.js';

describe('the writer on the writing is no evidence', () => {
  signTable([
    [
      'Just typing this into my phone on the bus because I keep thinking about it.',
      'interviewer-disinterest',
      false,
    ],
    ['Sorry for rambling, I am typing this on my phone.', 'candidate-nerves', false],
    ['Rambly voice note for Liv because she wants the gossip.', 'candidate-nerves', false],
  ]);
  // what follows the writer's preamble is the interview itself
  signTable([
    [
      'Writing it down because the interview was hard going: she spoke in a monotone the whole time, no reaction to anything.',
      'flat-interviewer',
      true,
    ],
    [
      'Voice note to Abi, typed up: so I was a total state going in, I was shaking and I got the first answer completely tangled.',
      'candidate-nerves',
      true,
    ],
    [
      'Writing this three weeks after the interview at Castellan Energy because I am finally giving up on them.',
      'no-follow-up',
      true,
    ],
  ]);
});

describe('an aside about the writer life runs on until the interview comes back', () => {
  signTable([
    [
      'Other stuff: my best friend is getting married and I am more nervous about the reading.',
      'candidate-nerves',
      false,
    ],
    [
      'In other news, the cat is back. Mum laughed and we had a lovely afternoon, everyone in stitches.',
      'engaging-conversation',
      false,
    ],
    [
      'Other stuff: the flat is cold again. Anyway, the interviewer never smiled once and kept her arms folded.',
      'negative-body-language',
      true,
    ],
    [
      'Other stuff: the flat is cold again. They said they would ring by Friday and it has been two weeks of nothing since.',
      'no-follow-up',
      true,
    ],
    [
      'Other stuff: the flat is cold again.\nThe manager barely looked up from his phone all the way through.',
      'interviewer-disinterest',
      true,
    ],
    [
      'Background: maths grad.\nThe final: the ops manager was low-energy throughout, a monotone.',
      'flat-interviewer',
      true,
    ],
  ]);
});

describe('the job ad, the current job and the outcome are not the interview', () => {
  signTable([
    [
      'The job ad said the role involves managing a team of five, owning the quarterly reporting and working with the sales directors.',
      'detailed-role-info',
      false,
    ],
    [
      'The job description mentioned training, a clear path to senior and a mentoring scheme.',
      'future-growth-talk',
      false,
    ],
    [
      "My manager at my current job always praises my reports and says I'm the best analyst on the team.",
      'achievements-praised',
      false,
    ],
    [
      'The interview was on Monday. Two days later the recruiter called with the offer and she was so warm and lovely about it.',
      'positive-atmosphere',
      false,
    ],
    [
      'The interview was on Monday. In the rejection email they said my experience was impressive but they went with someone else.',
      'achievements-praised',
      false,
    ],
    [
      'The interview was on Monday. When I started the job, my manager told me they loved my portfolio.',
      'achievements-praised',
      false,
    ],
    ['Six months in, the team is lovely and everyone is so friendly.', 'positive-atmosphere', false],
  ]);
  // the interview weighed against the ad, and a start within the interview, stay evidence
  signTable([
    [
      'The job advert said "project coordinator" and after an hour with the manager I still do not know which projects.',
      'vague-role-details',
      true,
    ],
    ['When I started answering, she frowned and folded her arms.', 'negative-body-language', true],
    // an answer that came weeks late is the wait told
    [
      'They said I would hear in ten days. Six weeks later they emailed me with the rejection.',
      'no-follow-up',
      true,
    ],
  ]);
});
