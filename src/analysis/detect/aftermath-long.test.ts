import { describe } from 'vitest';
import { signTable } from './notes-table.case.js';

// our own lines: long accounts tell other interviews, the answer and the writer's feelings beside
// the wait; none of these is silence past the window about this interview
describe('no-follow-up in long accounts', () => {
  signTable([
    // a wait and a count told of another interview
    [
      'The manager said "we will let you know" and that was it. My other interview last month, with a bakery, went quiet on me too.',
      'no-follow-up',
      false,
    ],
    [
      'She checked her phone all through. My other interview in Leeds last month was different. Nothing.',
      'no-follow-up',
      false,
    ],
    // the same wait told of this interview still counts
    ['The interview was last month and I have heard nothing since.', 'no-follow-up', true],
    // the writer writing weeks on keeps the count ("writing ... four weeks ago")
    [
      "I am writing with an update on my interview, which was nearly four weeks ago. They said they'd decide that week. Despite two follow-up emails I have not received any response.",
      'no-follow-up',
      true,
    ],
    // the answer came; only the feedback is missing
    [
      "It was three weeks ago. They said they'd let me know by the end of the following week. A polite rejection, no feedback.",
      'no-follow-up',
      false,
    ],
    ['Interviewed a month ago. Got rejected by email, no reason given.', 'no-follow-up', false],
    ['A month on, not even a rejection, no feedback, nothing.', 'no-follow-up', true],
    // a promise kept is word come
    [
      "Three weeks ago now. They said they'd let candidates know by Friday, and they did. I start in May.",
      'no-follow-up',
      false,
    ],
    // the writer still taking it in is no application still being processed
    [
      'They offered me the post eighteen months after my last try. Sorry for the length, I am still processing it.',
      'no-follow-up',
      false,
    ],
    [
      'Applied in March, interviewed a month ago, and my application is still processing.',
      'no-follow-up',
      true,
    ],
    // hundreds of hours are experience, not a wait
    [
      'I have 1,400 hours on type. HR said they would phone everyone by Friday. The captain grilled me on the diversion.',
      'no-follow-up',
      false,
    ],
  ]);
});

// our own lines (session 21): word that already came, told with its day, is no timeline given at the close
describe('no-next-steps when the answer is told with its day', () => {
  signTable([
    [
      'She said they would "let me know" and I left. Then they rang on Wednesday to ask me back for a trial morning.',
      'no-next-steps',
      true,
    ],
    [
      'The process: applied online, a phone call the same day, invited to a face to face with the manager the following week. At the end he said "we\'ll be in touch." I asked when and he said "soon." A week later I got a rejection.',
      'no-next-steps',
      true,
    ],
    // a call that itself gives a day is still a next step
    [
      'At the end she said they would be in touch. They called on Friday to say they would decide by Tuesday.',
      'no-next-steps',
      false,
    ],
  ]);
});
