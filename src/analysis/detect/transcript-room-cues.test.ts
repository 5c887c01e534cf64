import { describe, it, expect } from 'vitest';
import { call, found } from './call.case.js';

// The candidate naming, to the panel's face, the doubt or the silence they see. Our own wordings.

const ANSWER =
  'I ran the evening shift at the depot for two years and planned the loads with the transport office.';

describe('awkward-atmosphere: the candidate names the doubt they see', () => {
  it.each([
    ['a doubtful look', 'Sorry, you look a bit sceptical. Shall I give you an example?'],
    ['a frown', "Sorry, you're frowning, was that the wrong way round?"],
    ['a shaken head', "Sorry, I can see you're shaking your head."],
    ['not convinced', "I can see I haven't convinced you on the budget side."],
    ['the silence', "Sorry. It's really quiet. I'm not sure I'm saying the right things."],
    ['the format', 'It does feel like a bit of a test, honestly.'],
  ])('%s', (_, said) => {
    expect(
      found(call(['Dana', 'Tell me about the depot.'], ['Priya', ANSWER], ['Dana', 'Hm.'], ['Priya', said])),
    ).toContain('awkward-atmosphere');
  });

  it.each([
    ['a look named with no apology', "You're shaking your head, you must have seen that coming."],
    ['the room, not the panel', 'Sorry, it is quiet here today, the kids are at school.'],
    ['the interviewer easing it', "Please don't feel you're in a test."],
    ['a confused customer in the story', 'Sorry, the customer looked confused, so I drew it for him.'],
  ])('not %s', (_, said) => {
    expect(
      found(
        call(['Dana', 'Tell me about the depot.'], ['Priya', ANSWER], ['Dana', 'Go on.'], ['Priya', said]),
      ),
    ).not.toContain('awkward-atmosphere');
  });
});
