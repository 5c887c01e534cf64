import { describe } from 'vitest';
import { signTable } from './notes-table.case.js';

// our own lines, in the way published stories tell the wait once it is over: the word that never
// came needs no count of days, since "never" says the wait has ended without it
const MET = 'Interview at the credit union on the 4th, went fine I think.';

describe('word that never came, told after the wait', () => {
  signTable([
    [`${MET} Sadly I never received any follow-up about the result.`, 'no-follow-up', true],
    [`${MET} I never heard anything back from them.`, 'no-follow-up', true],
    [`${MET} They never called, not even to say no.`, 'no-follow-up', true],
    [`${MET} The recruiter never got back to me.`, 'no-follow-up', true],
    [`${MET} They said they would phone on Tuesday.\n\nThe phone call never came.`, 'no-follow-up', true],
    // the writer's own calls, a manner, or the day not over yet
    [`${MET} I never called them to ask, I was too shy.`, 'no-follow-up', false],
    [`${MET} She never called me by my name, only "the applicant".`, 'no-follow-up', false],
    [`${MET} He said he'd ring me today. The call never came today, maybe tomorrow.`, 'no-follow-up', false],
    // another employer that never called is another application
    [
      `${MET} I had applied to three places; the garden centre never called back, so this was my only interview.`,
      'no-follow-up',
      false,
    ],
  ]);
});

describe('a chase that got no answer', () => {
  signTable([
    [
      `${MET} About ten days later I emailed to ask for an update. I did not receive a response to that either.`,
      'no-follow-up',
      true,
    ],
    [
      `${MET} I emailed the next morning to say thanks and got a reply within the hour.`,
      'no-follow-up',
      false,
    ],
  ]);
});

describe('an answer that came only after weeks named as a wait', () => {
  signTable([
    [
      `${MET} I finally got a response after more than a month of waiting, and it was a no.`,
      'no-follow-up',
      true,
    ],
    [`${MET} After six weeks of silence they emailed to say the post had been filled.`, 'no-follow-up', true],
    [`${MET} After two weeks of waiting they rang with an offer.`, 'no-follow-up', false],
  ]);
});

describe('an offer taken elsewhere is no answer from this employer', () => {
  signTable([
    [
      `${MET} They said I'd be updated. I never received any follow-up. Since then I have accepted an offer with another firm.`,
      'no-follow-up',
      true,
    ],
  ]);
});

describe('the close told in the passive, and a call promised for the morning', () => {
  signTable([
    [
      `${MET} At the end I was told a decision would be made and that I would be updated.`,
      'no-next-steps',
      true,
    ],
    [`${MET} At the end I was told I'd be updated.`, 'no-next-steps', true],
    [`${MET} At the end she said the recruiter would be calling me in the morning.`, 'no-next-steps', false],
    [`${MET} At the end she said the recruiter would be calling me in the morning.`, 'timeline-given', true],
    // the invitation to this interview, and the day it was held, are no next step
    [
      'The manager called me in for an interview, which I went to on the 3rd. At the end she said they would be in touch.',
      'no-next-steps',
      true,
    ],
    [
      'The manager called me in for an interview, which I went to on the 3rd. At the end she said they would be in touch.',
      'timeline-given',
      false,
    ],
    [
      'After applying, the store manager called me to schedule an interview. It went well and she said they would be in touch.',
      'no-next-steps',
      true,
    ],
    [
      'After applying, the store manager called me to schedule an interview. It went well and she said they would be in touch.',
      'timeline-given',
      false,
    ],
  ]);
});

describe('a span gone by with no number, told other ways', () => {
  signTable([
    [`${MET} Since then I have heard nothing, and it has been weeks.`, 'no-follow-up', true],
    [`${MET} The days turned into weeks and still not a word from them.`, 'no-follow-up', true],
    [`${MET} Then weeks went by without a word.`, 'no-follow-up', true],
    [
      `${MET} Two weeks on I sent a follow-up email, and my follow-up emails went unanswered.`,
      'no-follow-up',
      true,
    ],
    // the writer's own search, and a span before the interview
    [`${MET} I have been looking for work for months, so fingers crossed.`, 'no-follow-up', false],
    [`${MET} It had been weeks since I applied when they finally called me in.`, 'no-follow-up', false],
  ]);
});

// real22 round: hearing nothing for a count of weeks, the date they gave said to be gone by; an application
// deadline is the writer's, not theirs
describe('silence told as hearing nothing, or the deadline gone by', () => {
  signTable([
    [
      `${MET} I sent thank-you notes. After two weeks and hearing nothing I figured they found someone else.`,
      'no-follow-up',
      true,
    ],
    [
      `${MET} We've surpassed the notification deadline and I've sent two polite emails.`,
      'no-follow-up',
      true,
    ],
    [`${MET} The decision date came and went.`, 'no-follow-up', true],
    [`${MET} All I got from their end was static. Days turned into weeks.`, 'no-follow-up', true],
    [
      `${MET} I had applied past the application deadline, but they still called me in.`,
      'no-follow-up',
      false,
    ],
    [`${MET} I applied well past the deadline, but they still called me in.`, 'no-follow-up', false],
    [`${MET} It's well past the deadline they gave and still nothing.`, 'no-follow-up', true],
  ]);
});

// real22 round: an answer wished for or wondered about is no answer that came
describe('an answer only wished for does not end the silence', () => {
  signTable([
    [
      `${MET} We've surpassed the notification deadline. I just want some acknowledgment that they went with another candidate.`,
      'no-follow-up',
      true,
    ],
    [
      `${MET} It's three weeks past the date they gave. I wonder whether they went with someone else.`,
      'no-follow-up',
      true,
    ],
  ]);
});
