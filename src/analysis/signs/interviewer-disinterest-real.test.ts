import { describe } from 'vitest';
import { signTable } from '../detect/notes-table.case.js';

// Our own lines (real-e round): what real writers tell beside the interview that the disinterest cues misread: the
// employer on the phone later to call them back, a call received in diary style ("get a call saying..."), a
// process everyone has to go through, work someone had done before. The interviewer busy elsewhere still counts.
describe('interviewer-disinterest: calls back, processes and past work are not the interviewer distracted', () => {
  signTable([
    ['An hour later and they were on the phone with good news.', 'interviewer-disinterest', false],
    ['Next morning the manager was on the phone asking if I could start.', 'interviewer-disinterest', false],
    ['So this afternoon get a phone call saying they want me back.', 'interviewer-disinterest', false],
    ['Everyone who joins has to go through the same checks, she said.', 'interviewer-disinterest', false],
    ['I learned a friend of mine had done some work for them years ago.', 'interviewer-disinterest', false],
    ['He was on the phone for half of the interview.', 'interviewer-disinterest', true],
    ['She took a call from her husband in the middle of my answer.', 'interviewer-disinterest', true],
    ['She was doing some other work on her laptop while I talked.', 'interviewer-disinterest', true],
    ['He said he had to go after twenty minutes.', 'interviewer-disinterest', true],
  ]);
});

// The planned length, told when the talk ran past it, is not an interview cut short.
describe('interviewer-disinterest: the length it was meant to last', () => {
  signTable([
    [
      'We chatted for an hour before I noticed it was only meant to last 30 minutes.',
      'interviewer-disinterest',
      false,
    ],
    ['It was supposed to take 20 minutes but ran well past that.', 'interviewer-disinterest', false],
    ['The whole interview only lasted 15 minutes and she walked me out.', 'interviewer-disinterest', true],
    ['It took ten minutes, start to finish, and he never looked up.', 'interviewer-disinterest', true],
  ]);
});

// real22 round: minutes that time a walk or the candidate's own task are not the interview run in minutes
describe('interviewer-disinterest: a walk or a task timed in minutes', () => {
  signTable([
    [
      "It only takes 15 minutes or so to walk, but I'd rather get the train.",
      'interviewer-disinterest',
      false,
    ],
    [
      'They gave me a coding exercise which I could finish in half an hour.',
      'interviewer-disinterest',
      false,
    ],
    ['It only took 15 minutes.', 'interviewer-disinterest', true],
    ['They finished with me in ten minutes.', 'interviewer-disinterest', true],
    [
      'It took fifteen minutes to get through security, then the interview lasted ten minutes.',
      'interviewer-disinterest',
      true,
    ],
  ]);
});
