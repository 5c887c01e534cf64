import { describe, expect, it } from 'vitest';
import { heardInCall } from './found.case.js';

// Our own lines, said aloud: nerves, doubts, praise and digging heard in a transcript, and their near misses.
const heard = heardInCall;

describe('candidate signs said aloud', () => {
  it('hears the candidate admit not looking them up', () => {
    const ids = heard([
      ['Ana', 'What do you know about what we do here?'],
      ['Sam', "Honestly, I didn't get a chance to look at the website properly."],
    ]);
    expect(ids.has('candidate-nerves')).toBe(true);
  });
  it('does not take the interviewer saying it for the candidate', () => {
    const ids = heard([
      ['Ana', "I didn't get a chance to look at your portfolio properly, sorry."],
      ['Sam', 'No problem, I can walk you through it.'],
    ]);
    expect(ids.has('candidate-nerves')).toBe(false);
  });
  it('hears two doubts: the job moves and a skill never used', () => {
    const ids = heard([
      ['Ana', 'Four employers in three years. Why so many moves?'],
      ['Sam', 'Fixed-term contracts, mostly.'],
      ['Ana', "And you've never actually run a payroll, have you?"],
      ['Sam', 'Not end to end.'],
    ]);
    expect(ids.has('raised-concerns')).toBe(true);
  });
  it('hears a second worry said with "also"', () => {
    const ids = heard([
      ['Ana', "I'm worried about how little stock control you've done."],
      ['Sam', 'I pick things up quickly.'],
      ['Ana', "I'm also not sure you'd cope with the early starts."],
    ]);
    expect(ids.has('raised-concerns')).toBe(true);
  });
  it('does not count one doubt, then none', () => {
    const ids = heard([
      ['Ana', "I'm a little worried about the commute for you."],
      ['Sam', "It's forty minutes, that's fine."],
      ['Ana', 'Great, then I have no other concerns.'],
    ]);
    expect(ids.has('raised-concerns')).toBe(false);
  });
  it('hears amazement at work done alone, and follow-ups on it', () => {
    expect(
      heard([
        ['Sam', 'I rebuilt the booking site over the summer.'],
        ['Ana', 'You built all that yourself?'],
      ]).has('achievements-praised'),
    ).toBe(true);
    expect(
      heard([
        ['Sam', 'We cut the no-shows by a third.'],
        ['Ana', 'How did you measure that? And what were the results after six months?'],
      ]).has('achievements-praised'),
    ).toBe(true);
    expect(
      heard([
        ['Sam', 'We cut waste by half.'],
        ['Ana', "That's seriously impressive."],
      ]).has('achievements-praised'),
    ).toBe(true);
  });
  it('does not take one polite follow-up or a travel question for digging', () => {
    const ids = heard([
      ['Ana', 'How did you get here today, was the train ok?'],
      ['Sam', 'Yes, fine.'],
      ['Ana', 'How did you hear about the role?'],
    ]);
    expect(ids.has('achievements-praised')).toBe(false);
  });
});
