import { describe, it, expect } from 'vitest';
import { call, found } from './call.case.js';

// Session 15: a cold face named aloud while the interviewer presses doubts. Our own wordings.

const ANSWER =
  'At the depot I ran the evening shift for two years, planned the loads with the transport office and trained the new pickers on the scanners.';

/** Two doubts pressed on the candidate, then `named`: what the candidate says of the face they see. */
const pressed = (named: string): string =>
  call(
    ['Priya', ANSWER],
    ['Dana', "I'm a bit worried that you have only ever run evenings."],
    ['Priya', 'I covered days over the summer.'],
    ['Dana', "Honestly, that's a thin track record for a lead role."],
    ['Priya', named],
    ['Dana', 'Go on.'],
    ['Priya', ANSWER],
  );

describe('the candidate names a cold face', () => {
  it('shaking the head is negative-body-language', () => {
    expect(found(pressed("Sorry, you're shaking your head. Can I give you an example?"))).toContain(
      'negative-body-language',
    );
  });

  it('the candidate shaking their own head is not', () => {
    expect(
      found(call(['Priya', ANSWER], ['Dana', 'Why are you shaking your head?'], ['Priya', 'Habit.'])),
    ).not.toContain('negative-body-language');
  });
});

describe('a cold face named under doubts is an awkward room', () => {
  it.each([
    ['shaking the head', "Sorry, you're shaking your head. Can I give you an example?"],
    ['looking unconvinced', 'You look a bit unconvinced. Is there something I can explain better?'],
  ])('awkward-atmosphere: %s', (_, named) => {
    expect(found(pressed(named))).toContain('awkward-atmosphere');
  });

  it('a cold face with no doubts pressed is not', () => {
    const text = call(
      ['Priya', ANSWER],
      ['Dana', 'Okay. And what did you change on the rota?'],
      ['Priya', "Sorry, you're shaking your head. Can I give you an example?"],
      ['Dana', 'No, I was agreeing. Go on.'],
    );
    expect(found(text)).not.toContain('awkward-atmosphere');
  });

  it('doubts pressed with no cold face named are not', () => {
    expect(found(pressed('I understand. I would build that up quickly.'))).not.toContain(
      'awkward-atmosphere',
    );
  });
});
