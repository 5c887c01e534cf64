import { describe, it, expect } from 'vitest';
import { call, found } from '../detect/call.case.js';

// Culture said aloud in a call, and what only sounds like it: a schedule, a shared colleague, a pointer to
// the website, a question waved off. Our own lines.

describe('culture-discussion in calls', () => {
  it.each([
    [
      'a ritual on a weekday',
      'We work very closely with the nurses. There is a case clinic every Tuesday, anyone can come.',
    ],
    [
      'a weekday the team keeps together',
      'We work very closely with the nurses. Every Friday we all stop at four.',
    ],
    [
      'sharing among the team',
      'We work very closely with sales. Here we share everything, wins and mistakes.',
    ],
    ['values told', 'Our values are simple: nobody is left on their own with a problem.'],
    ['the culture told', 'The culture here is hands-on, people pitch in when the phones go mad.'],
    ['relaxed about something named', 'We are very relaxed about hours as long as the work gets done.'],
  ])('finds it: %s', (_, line) => {
    expect(found(call(['Priya', 'Could you tell me about the place?'], ['Dana', line]))).toContain(
      'culture-discussion',
    );
  });

  it.each([
    ['the schedule on a weekday', 'We work very closely with the nurses. The rota comes out every Tuesday.'],
    [
      'a customer’s habit',
      'We work very closely with the nurses. Mr Patel orders the same soup every Thursday.',
    ],
    [
      'a colleague shared with another team',
      'We work very closely with sales. There is a designer we share with product.',
    ],
    ['values on the careers site', 'Our values are on the careers site if you want a read.'],
    [
      'the culture deck on the website',
      'Everyone is great. The culture deck on the website covers most of it.',
    ],
    ['a question waved off', 'Oh, we are very relaxed about all that. Do not worry about it.'],
  ])('does not find it: %s', (_, line) => {
    expect(found(call(['Priya', 'Could you tell me about the place?'], ['Dana', line]))).not.toContain(
      'culture-discussion',
    );
  });
});
