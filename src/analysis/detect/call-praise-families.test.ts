import { describe, it, expect } from 'vitest';
import { call, found } from './call.case.js';

// Session 23: praise of the candidate's work in wordings the transcript cues missed (read calls x15, y01,
// y05, m07). The cases are our own wordings of each family, not lines from those calls.

describe('praise of a piece of work, said in other words', () => {
  it.each([
    [
      'a lovely piece of work',
      call(
        ['Priya', 'I rebuilt the returns process so refunds went out in two days.'],
        ['Dana', "That's a lovely piece of work. How did you get finance to agree?"],
      ),
    ],
    [
      'a thoughtful way to handle it',
      call(
        ['Priya', 'I told each of them one to one before the team meeting.'],
        ['Dana', "That's a really thoughtful way to handle it."],
      ),
    ],
    [
      'the way you handled it was brilliant',
      call(
        ['Priya', 'I brought them bread and kept checking on them until the food came.'],
        ['Dana', 'The way you handled that table was brilliant.'],
      ),
    ],
    [
      'one of the better ones this week',
      call(
        ['Priya', 'So I would recommend the pilot in ten offices first.'],
        ['Dana', 'Great. Honestly, one of the better ones this week.'],
      ),
    ],
    [
      'exactly the sort of thing we are short on',
      call(
        ['Priya', 'I wrote a small job that checks the invoices against the ledger every night.'],
        ['Dana', "That's exactly the sort of thing we're short on, honestly."],
      ),
    ],
    [
      'the right instinct',
      call(
        ['Priya', 'I would not change the boundary without asking the ops team first.'],
        ['Dana', 'Good. That is the right instinct.'],
      ),
    ],
    [
      'picked it up fast',
      call(
        ['Priya', 'The till was new to me but I got used to it.'],
        ['Dana', 'You picked it up really fast, by eight you were quicker than Sam.'],
      ),
    ],
  ])('achievements-praised: %s', (_, text) => {
    expect(found(text)).toContain('achievements-praised');
  });

  it.each([
    [
      'a lovely example, then the next question of the list',
      call(
        ['Priya', 'I set up a rota so nobody did two weekends in a row.'],
        ['Dana', 'That was a lovely example. Question four. How do you keep records?'],
      ),
    ],
    [
      "what can't be trained, said of the job",
      call(['Priya', 'What is the hardest part?'], ['Dana', 'The night shifts. The first month is hard.']),
    ],
  ])('not achievements-praised: %s', (_, text) => {
    expect(found(text)).not.toContain('achievements-praised');
  });
});
