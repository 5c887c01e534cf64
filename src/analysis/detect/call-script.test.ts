import { describe, it, expect } from 'vitest';
import { call, found } from './call.case.js';

// Session 15: a panel that says its questions are a set list, the same for everyone, and then asks
// stock ones. The cases are our own wordings of the family, not lines from the calls it was read in.

const ANSWER =
  'At the depot I ran the evening shift for two years, planned the loads with the transport office and trained the new pickers on the scanners.';

describe('a set list of questions, asked of every candidate', () => {
  it.each([
    [
      'a set list, then two stock questions',
      call(
        ['Dana', 'We have a set list of questions, so I will read them out.'],
        ['Priya', 'Sure.'],
        ['Dana', 'Can you describe a time you had to meet a tight deadline?'],
        ['Priya', ANSWER],
        ['Dana', 'Thank you. What would you say your key strengths are?'],
        ['Priya', ANSWER],
      ),
    ],
    [
      'the questions we ask all candidates, with the stock why and how',
      call(
        ['Dana', 'I will start with the general questions that we ask all candidates.'],
        ['Priya', 'Okay.'],
        ['Dana', 'How do you handle disagreements with a colleague?'],
        ['Priya', ANSWER],
        ['Dana', 'And how do you prioritise your workload on a busy day?'],
        ['Priya', ANSWER],
      ),
    ],
  ])('generic-questions: %s', (_, text) => {
    expect(found(text)).toContain('generic-questions');
  });

  it.each([
    [
      'a set list about the candidate’s own work',
      call(
        ['Dana', 'We have a set list of questions, so I will read them out.'],
        ['Priya', 'Sure.'],
        ['Dana', 'Please talk us through the route plan you built at the depot last winter.'],
        ['Priya', ANSWER],
        ['Dana', 'How did the drivers take to the new loading order?'],
        ['Priya', ANSWER],
      ),
    ],
    [
      'one stock question, with no set list named',
      call(
        ['Dana', 'Can you describe a time you had to meet a tight deadline?'],
        ['Priya', ANSWER],
        ['Dana', 'How did the drivers take to the new loading order?'],
        ['Priya', ANSWER],
      ),
    ],
    [
      'one odd question the interviewer asks everyone, in a chat',
      call(
        ['Dana', 'Random one, I ask everyone this. What app do you think is well designed?'],
        ['Priya', ANSWER],
      ),
    ],
  ])('not generic-questions: %s', (_, text) => {
    expect(found(text)).not.toContain('generic-questions');
  });
});
