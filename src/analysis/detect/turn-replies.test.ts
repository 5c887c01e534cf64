import { describe, it, expect } from 'vitest';
import type { Turn } from '../types.js';
import { brushOffFrom, replyAfter } from './turn-replies.js';
import { call, found } from './call.case.js';

const turn = (speaker: string, text: string): Turn => ({
  speaker,
  text,
  spans: [{ start: 0, end: text.length }],
});

/** A full answer about how a team works, in our own words. */
const WAYS_ANSWER =
  'We plan on Mondays and anyone can pitch an idea; the lead only steps in when it costs money. Fridays are quiet, no meetings, and nobody minds when you log on as long as the work gets done.';

describe('brushOffFrom: how people work together, asked in other words', () => {
  it.each([
    'How does the team decide what to build next?',
    'And how do you decide priorities, is it top down?',
    'How do decisions get made on the ward?',
    'Is the job hybrid, or in the office every day?',
    'Can I ask about working from home?',
    'How much collaboration is there between the labs?',
    'Do you ever do lunch together?',
    'What do you love about working here?',
    "What's the office like?",
    'I wanted to ask what the team is like, culturally.',
    'How does the team work, day to day?',
  ])('%s, answered at length: culture-discussion', (q) => {
    expect(brushOffFrom(turn('Femi', q), turn('Morag', WAYS_ANSWER))?.id).toBe('culture-discussion');
  });

  it.each([
    ['Is the team remote?', 'It depends.'],
    ['How do decisions get made here?', "You'll see."],
    ['What is the culture like?', "Jo can tell you more about that. We'll send you our welcome pack."],
  ])('%s brushed off: little-company-info', (q, a) => {
    expect(brushOffFrom(turn('Femi', q), turn('Morag', a))?.id).toBe('little-company-info');
  });

  it.each([
    'How does the team work with the sales side?',
    'How does the team split the accounts between you?',
    'How do you decide which candidate to hire?',
  ])('%s asks about the job or the process, not the culture', (q) => {
    expect(brushOffFrom(turn('Femi', q), turn('Morag', WAYS_ANSWER))?.id).not.toBe('culture-discussion');
  });
});

describe('replyAfter: a question handed over on a panel', () => {
  it('joins the colleague who answers it', () => {
    const turns = [
      turn('Femi', 'How do people get on in the unit?'),
      turn('Morag', 'Sam, you take that one.'),
      turn('Sam', 'Really well. We eat together most days.'),
    ];
    expect(replyAfter(turns, 0, 'Femi')?.text).toBe(
      'Sam, you take that one. Really well. We eat together most days.',
    );
  });
  it('stops where the colleague moves on with a question of their own', () => {
    const turns = [
      turn('Femi', 'Sorry, can I come back to that?'),
      turn('Morag', 'Of course.'),
      turn('Sam', 'Then tell me about your last audit?'),
    ];
    expect(replyAfter(turns, 0, 'Femi')?.text).toBe('Of course.');
  });
  it('leaves a full answer alone when a colleague adds to it', () => {
    const turns = [
      turn('Femi', 'What is the team like?'),
      turn('Morag', WAYS_ANSWER),
      turn('Sam', 'Mostly true.'),
    ];
    expect(replyAfter(turns, 0, 'Femi')?.text).toBe(WAYS_ANSWER);
  });
});

describe('brushOffFrom: a question about the job passed to someone else or a document', () => {
  it.each([
    [
      'What would a normal shift pattern be?',
      'It changes a lot. Your supervisor would go through all of that on day one.',
    ],
    [
      'How many drivers are there on the team?',
      "A few. Priya will know the exact number, I'd check with her.",
    ],
    [
      'How long is the induction training?',
      "There's some at the start. I don't have the exact length in front of me.",
    ],
    ['Is there a typical caseload?', "It depends on the area, and it's covered in the job description."],
  ])('%s is vague-role-details', (q, a) => {
    expect(brushOffFrom(turn('Femi', q), turn('Morag', a))?.id).toBe('vague-role-details');
  });

  it('a long answer that also names who else to ask is no brush-off', () => {
    const a =
      'Twelve drivers on two shifts, mostly multi-drop round Leeds and Bradford, each on a fixed route with about forty drops a day, and the vans are loaded the night before by the warehouse team; Priya plans the loads and she will know the exact mileage per route if you want it.';
    expect(
      brushOffFrom(turn('Femi', 'How many drivers are there on the team?'), turn('Morag', a))?.id,
    ).not.toBe('vague-role-details');
  });
});

// A culture question answered at length is culture-discussion; asked with the team's size in the same
// breath, a long answer may be the headcount, the job's.

const HEADCOUNT_ANSWER =
  'There are eight on the day shift and four on nights. Two of them are agency at the moment, and one of the seniors retires in the spring, which is partly why we are hiring now.';
const PEOPLE_ANSWER =
  'Honestly, when something breaks on a Friday whoever is free picks it up, and the seniors sit with new people for their first month until they find their feet, nobody gets left to sink.';

describe('a real answer to a culture question', () => {
  it('is culture-discussion', () => {
    const text = call(['Priya', 'What is the team like? How do people get on?'], ['Dana', PEOPLE_ANSWER]);
    expect(found(text)).toContain('culture-discussion');
  });

  it('but not when the team’s size was asked too and the answer is a headcount', () => {
    const text = call(
      ['Priya', 'What is the team like? How many of you are there?'],
      ['Dana', HEADCOUNT_ANSWER],
    );
    expect(found(text)).not.toContain('culture-discussion');
  });

  // session 23 (w23-11): the team asked about, and the answer says who is in it
  it('nor when the answer opens on the headcount, though only the team was asked about', () => {
    // the candidate's "Great, thank you." joins the next turn to the answer, long enough to read as culture
    const text = call(
      ['Priya', "What's the team like?"],
      ['Dana', 'There are four of us, me, two accountants and a credit controller, all in the same office.'],
      ['Priya', 'Great, thank you.'],
      ['Dana', "We're seeing people until Wednesday and I'll ring everyone by Friday."],
    );
    expect(found(text)).not.toContain('culture-discussion');
  });
});

// Session 20: dodges in the everyday words of any workplace, our own wordings.
describe('brushOffFrom: a culture question dodged in everyday words is a whole brush-off', () => {
  it.each([
    "You'd have to ask HR about that.",
    "I can't really speak to that.",
    "That's above my pay grade, honestly.",
    "I'm not the best person to ask.",
    'Not really my area.',
    "It's like anywhere else, really.",
    'Same as any company.',
    "I wouldn't know, to be honest.",
    "Let's stick to you for now.",
    "It's hard to describe, you'd have to see it.",
    "We don't really have a culture as such.",
    'Everyone just gets on with it.',
  ])('%s', (a) => {
    expect(brushOffFrom(turn('Femi', 'What is the culture like?'), turn('Morag', a))).toMatchObject({
      id: 'little-company-info',
      weight: 1,
    });
  });
  it('a short plain answer stays half', () => {
    expect(
      brushOffFrom(turn('Femi', 'What is the culture like?'), turn('Morag', 'People are nice.')),
    ).toMatchObject({
      id: 'little-company-info',
      weight: 0.5,
    });
  });
});
