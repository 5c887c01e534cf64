import { describe, it, expect } from 'vitest';
import { call, found } from './call.case.js';

/** A polite but cool interviewer: thanks and "lovely" after every answer, which are manners, not warmth or praise. */
const politely = (reply: string): string =>
  call(
    ['Dana', 'Tell me about your current role.'],
    ['Priya', 'I run the weekly payroll for four hundred temps and cut late timesheets by half.'],
    ['Dana', `${reply} How do you handle a pay error?`],
    ['Priya', 'I check it the same day and pay the difference by faster payment.'],
    ['Dana', `${reply} How do you keep up with legislation?`],
    ['Priya', 'I read the CIPP updates and do their April webinar every year.'],
    ['Dana', `${reply} Why do you want to work here?`],
    ['Priya', 'I would like a bigger payroll with more variety.'],
  );

describe('politeness after every answer', () => {
  it.each(['Lovely, thank you so much.', 'Lovely. Thank you.', 'Lovely. Okay.', 'Lovely.'])(
    '"%s" is no positive-atmosphere',
    (reply) => {
      expect(found(politely(reply))).not.toContain('positive-atmosphere');
    },
  );
  it.each(["Thank you, that's great.", "That's great, thank you.", "Thanks so much, that's great."])(
    '"%s" is no achievements-praised',
    (reply) => {
      expect(found(politely(reply))).not.toContain('achievements-praised');
    },
  );
  it('"so lovely to meet you" at the door is a greeting', () => {
    expect(
      found(
        call(
          ['Dana', 'Good, thank you. So lovely to meet you. I am the payroll manager.'],
          ['Priya', 'Lovely to meet you too.'],
          ['Dana', 'Likewise. So lovely to meet you, honestly. Tell me about your role.'],
          ['Priya', 'I run payroll.'],
          ['Dana', 'So lovely to meet you.'],
        ),
      ),
    ).not.toContain('positive-atmosphere');
  });
});

describe('warmth and praise that are not the formula', () => {
  it('"Oh, that\'s lovely" about a story, said again and again, is still warm', () => {
    expect(found(politely("Oh that's lovely, what a story."))).toContain('positive-atmosphere');
  });
  it('"take your time, have some water" to a candidate who stalls counts with the other kind words', () => {
    expect(
      found(
        call(
          ['Dana', 'Why do you want to be a solicitor?'],
          ['Priya', 'Sorry, I have lost my words.'],
          ['Dana', "That's quite alright, take your time, have some water."],
          ['Priya', 'Thank you.'],
          ['Dana', 'Lovely to have you here, you are most welcome. Would you like a coffee?'],
        ),
      ),
    ).toContain('positive-atmosphere');
  });
  it('"that\'s great" alone, or without thanks, is still praise', () => {
    expect(found(politely("That's impressive. That's great work."))).toContain('achievements-praised');
  });
});
