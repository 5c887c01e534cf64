import { describe, expect, it } from 'vitest';
import { call, found } from './call.case.js';

// Session 14: stock questions as a panel says them (t-transcripts, odd ids, showed them missed).
// The cases are our own wordings of each family, not lines from those calls.

const ANSWER =
  'At the depot I ran the evening shift for two years, planned the loads with the transport office and trained the new pickers on the scanners.';

describe('generic-questions: a panel reading the questions everyone gets', () => {
  it.each([
    [
      'the list said to be everyone’s, then competency questions',
      call(
        [
          'Dana',
          'We have a list of questions that we ask all candidates, so bear with me. Why have you applied for this post?',
        ],
        ['Priya', ANSWER],
        ['Dana', 'Thank you. What would you say your key strengths are?'],
        ['Priya', 'Planning and staying calm.'],
      ),
    ],
    [
      'values and priorities, a scenario and a "mean to you"',
      call(
        ['Dana', 'How do you prioritise when everything is urgent?'],
        ['Priya', ANSWER],
        ['Dana', 'Thank you. What does teamwork mean to you?'],
        ['Priya', 'Covering for each other.'],
        ['Dana', 'Thank you. How would you deal with a driver who kept arriving late?'],
        ['Priya', 'I would talk to him first.'],
        ['Dana', 'Thank you. What would you do if the system went down on a Friday?'],
        ['Priya', 'Paper lists, like before.'],
      ),
    ],
    [
      'a format with a fixed count and no following up',
      call(
        ['Dana', 'We will ask you five questions and there are no follow-up questions, I am afraid.'],
        ['Priya', 'Okay.'],
        ['Dana', 'Why would you like to work here?'],
        ['Priya', ANSWER],
      ),
    ],
  ])('%s', (_, text) => {
    expect(found(text)).toContain('generic-questions');
  });

  it.each([
    [
      'numbered questions about the candidate’s own record',
      call(
        ['Dana', 'Question one. Your CV says you ran the evening shift. How many pickers was that?'],
        ['Priya', ANSWER],
        ['Dana', 'Question two. Which scanners did you use there?'],
        ['Priya', 'The handheld ones.'],
        ['Dana', 'Question three. Why did you leave the depot in Leeds?'],
        ['Priya', 'It closed.'],
      ),
    ],
    [
      'one stock question among questions about their work',
      call(
        ['Dana', 'What would you do if a load was short?'],
        ['Priya', ANSWER],
        ['Dana', 'You said you trained the pickers. How long did that take each one?'],
        ['Priya', 'About a week.'],
      ),
    ],
    [
      'the list called everyone’s, then questions about the lesson they taught',
      call(
        [
          'Dana',
          'There are six questions that we ask every candidate. First, how did the lesson this morning go?',
        ],
        ['Priya', ANSWER],
        ['Dana', 'You split the group in two halfway through. Why?'],
        ['Priya', 'The back row had finished.'],
      ),
    ],
  ])('not from %s', (_, text) => {
    expect(found(text)).not.toContain('generic-questions');
  });
});
