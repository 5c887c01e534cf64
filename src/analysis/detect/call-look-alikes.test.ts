import { describe, it, expect } from 'vitest';
import { call, found } from './call.case.js';

// Session 19: words that look like a sign in a call but tell something else (z-transcripts, odd ids,
// with the same wordings in older read calls). The cases are our own wordings, not lines from those calls.

/** A set answer of some length, so the turns read as an interview. */
const ANSWER =
  'At the depot I ran the evening shift for two years, planned the loads with the transport office and trained the new pickers on the scanners.';

describe('"most people" telling how things go there is not praise', () => {
  it.each([
    [
      'newcomers learn it',
      "Don't worry about the scanner software, most people pick it up in a week or two.",
    ],
    ['newcomers start from nothing', "That's fine, most people start with no forklift licence at all."],
    ['a habit of the place', 'Most people use their own van and claim the fuel back monthly.'],
    ['where people work', 'Most people are in the depot three days and work from home on Fridays.'],
    ['a habit of a team', 'Most people on the night shift come in through the side gate.'],
    ['how people move on', 'Most people move up to shift lead within two years.'],
    ['days at home', 'Most people here do one day a week from home.'],
  ])('not achievements-praised: %s', (_, said) => {
    expect(found(call(['Priya', ANSWER], ['Dana', said]))).not.toContain('achievements-praised');
  });

  it.each([
    ['others skip it', 'Most people just restart the scanner and hope.'],
    ['others forget it', 'Honestly, most people forget the weekly stock check entirely.'],
    ['others do not have it', "Most people don't have a plan for when the system goes down."],
    ['others stop short', 'Most people stop at the first fault they find.'],
  ])('achievements-praised: %s', (_, said) => {
    expect(found(call(['Priya', ANSWER], ['Dana', said]))).toContain('achievements-praised');
  });
});

describe('thanks for a question or a fact, and liking said of the place, are not praise', () => {
  it.each([
    ['a good question and good to know', ["That's a good question.", "That's good to know, thanks."]],
    ['a good point and a great question', ["That's a good point.", "That's a great question."]],
    ["you'll love it", ["You'll love it here, honestly.", "That's a good question."]],
    ["you're going to love it", ["I think you're going to love it.", "That's good to know."]],
    ['people love it', ['People love it, the canteen especially.', "That's a good idea."]],
  ])('not achievements-praised: %s', (_, [first, second]) => {
    expect(
      found(
        call(
          ['Priya', ANSWER],
          ['Dana', first!],
          ['Priya', 'We had the same at the depot.'],
          ['Dana', second!],
        ),
      ),
    ).not.toContain('achievements-praised');
  });

  it.each([
    ['good and love it', ["That's really good.", 'Love it.']],
    ['a good answer and loved it', ["That's a good answer.", 'I love it, honestly.']],
  ])('achievements-praised: %s', (_, [first, second]) => {
    expect(
      found(
        call(
          ['Priya', ANSWER],
          ['Dana', first!],
          ['Priya', 'We cut the returns by half.'],
          ['Dana', second!],
        ),
      ),
    ).toContain('achievements-praised');
  });
});

describe("the job's own comings and goings are not the interviewer leaving", () => {
  it.each([
    ['you go out to a site', 'Some of the depots, sometimes you need to go out and check the bays yourself.'],
    ['you run a call', "In the next stage you're going to run a short call with a customer, twenty minutes."],
    ['you have to go to the yard', 'On a bad night you have to go over to the yard and count the pallets.'],
    ['people have to stop', 'People have to stop the line when the sensor trips.'],
  ])('not interviewer-disinterest: %s', (_, said) => {
    expect(found(call(['Priya', ANSWER], ['Dana', said]))).not.toContain('interviewer-disinterest');
  });

  it.each([
    ['I need to go', 'Sorry, I need to go in two minutes, there is a delivery.'],
    ["I'm going to have to stop", "I'm going to have to stop there, they need me on the floor."],
    ['we have to wrap up', 'Okay, we have to wrap up, I have another one at half past.'],
  ])('interviewer-disinterest: %s', (_, said) => {
    expect(found(call(['Priya', ANSWER], ['Dana', said]))).toContain('interviewer-disinterest');
  });
});

describe('a minute that is no pause, and "hang on" that questions the answer', () => {
  it.each([
    ['coming back later', ["Let's park the rota for a moment.", "I'll come back to the budget in a minute."]],
    [
      'time to spare, a colleague joining',
      ['One more from me, since we have got a minute.', 'Give her a second.'],
    ],
    [
      'hang on, surprised',
      ['Hang on, you cut the returns by half in a month?', 'Hang on, you wrote that yourself?'],
    ],
  ])('not interviewer-disinterest: %s', (_, [first, second]) => {
    expect(
      found(call(['Priya', ANSWER], ['Dana', first!], ['Priya', 'Yes, with the team.'], ['Dana', second!])),
    ).not.toContain('interviewer-disinterest');
  });

  it.each([
    ['one sec and hang on', ['Sorry, one sec.', 'Hang on, I need to take this.']],
    ['give me a moment, bear with me', ['Give me a moment.', 'Sorry, bear with me.']],
  ])('interviewer-disinterest: %s', (_, [first, second]) => {
    expect(
      found(call(['Priya', ANSWER], ['Dana', first!], ['Priya', 'Of course.'], ['Dana', second!])),
    ).toContain('interviewer-disinterest');
  });
});
