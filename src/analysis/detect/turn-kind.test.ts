import { describe, it, expect } from 'vitest';
import { callAfter, foundFor } from './call.case.js';
import type { Turn } from '../types.js';
import { turnAllows } from './turn-kind.js';
import { noDateFrom, replyAfter } from './turn-replies.js';

const turn = (speaker: string, text: string): Turn => ({
  speaker,
  text,
  spans: [{ start: 0, end: text.length }],
});

const call = callAfter([
  ['Morag', 'Hello, can you hear me all right?'],
  ['Femi', 'Yes, loud and clear, thank you.'],
  ['Morag', 'Good. Shall we get going?'],
  ['Femi', 'Please.'],
]);
const found = foundFor('Femi');

describe('turnAllows', () => {
  const femi = turn('Femi', 'We moved the depot rota onto a shared sheet.');
  it('lets a follow-up count straight after the candidate, or after a colleague who spoke in between', () => {
    const followUp = { re: /x/, turn: 'reply' as const };
    const ask = turn('Morag', 'How did you check it worked?');
    expect(turnAllows(followUp, ask, [femi], 'Femi')).toBe(true);
    expect(turnAllows(followUp, ask, [femi, turn('Lars', 'Thanks.')], 'Femi')).toBe(true);
    expect(turnAllows(followUp, ask, [turn('Lars', 'Over to you.'), turn('Lars', 'Go on.')], 'Femi')).toBe(
      false,
    );
  });
  it('does not take a set question read out for a follow-up', () => {
    const followUp = { re: /x/, turn: 'reply' as const };
    const set = turn(
      'Morag',
      'Question four. Describe a time you handled a complaint. What was the outcome?',
    );
    expect(turnAllows(followUp, set, [femi], 'Femi')).toBe(false);
  });
  it('reads a short question naming a tool as asking, a statement as telling', () => {
    const tool = { re: /x/, turn: 'telling' as const };
    expect(turnAllows(tool, turn('Morag', 'Tableau, Python?'), [femi], 'Femi')).toBe(false);
    expect(turnAllows(tool, turn('Morag', 'The team reports in Tableau every Monday.'), [femi], 'Femi')).toBe(
      true,
    );
  });
  it('does not count a pause that keeps the panel to time', () => {
    const pause = { re: /x/, turn: 'untimed' as const };
    expect(turnAllows(pause, turn('Morag', 'One moment, are we all right for time?'), [femi], 'Femi')).toBe(
      false,
    );
    expect(turnAllows(pause, turn('Morag', 'One moment, my other screen.'), [femi], 'Femi')).toBe(true);
  });
});

describe('replyAfter', () => {
  it('joins an answer the interviewer goes on with after the candidate laughs', () => {
    const turns = [
      turn('Femi', 'What would a good first year look like?'),
      turn('Morag', 'Getting the new ledger live without a hitch.'),
      turn('Femi', 'Ha!'),
      turn('Morag', 'And the audit closed early, for once.'),
    ];
    expect(replyAfter(turns, 0, 'Femi')?.text).toBe(
      'Getting the new ledger live without a hitch. And the audit closed early, for once.',
    );
  });
  it('keeps the answer whole when the interviewer moves on with a question', () => {
    const turns = [
      turn('Femi', 'How would you describe the office?'),
      turn('Morag', 'Busy.'),
      turn('Femi', 'Right.'),
      turn('Morag', 'Any more questions?'),
    ];
    expect(replyAfter(turns, 0, 'Femi')?.text).toBe('Busy.');
  });
});

describe('noDateFrom', () => {
  it('reads "not a firm one" to a question about the decision date as no next step', () => {
    const q = turn('Femi', 'Is there a date for the decision yet?');
    expect(noDateFrom(q, turn('Morag', "Not a firm one, no. I'll keep chasing."))?.id).toBe('no-next-steps');
    expect(noDateFrom(q, turn('Morag', 'Yes, Thursday the 9th.'))).toBeUndefined();
  });
  it('ignores a question about something else', () => {
    expect(noDateFrom(turn('Femi', 'Is parking free?'), turn('Morag', "I don't know."))).toBeUndefined();
  });
});

describe('call families', () => {
  it('hears the candidate naming the panel’s stern faces as cold body language', () => {
    expect(
      found(
        call(
          ['Morag', 'Next question.'],
          ['Femi', 'Sorry, you both look rather stern, is this going all right?'],
        ),
      ),
    ).toContain('negative-body-language');
  });
  it('counts doubts said as gaps and patterns', () => {
    const text = call(
      ['Morag', "Three jobs in two years. That's a pattern, surely."],
      ['Femi', 'Each had its reasons.'],
      ['Morag', "Maybe. And you've never run a budget, so that's the second gap."],
      ['Femi', 'I see.'],
    );
    expect(found(text)).toContain('raised-concerns');
  });
  it('does not read "promote equality" as promotion', () => {
    expect(
      found(
        call(
          ['Morag', 'How would you promote equality and diversity in the branch?'],
          ['Femi', 'By listening.'],
        ),
      ),
    ).not.toContain('future-growth-talk');
  });
  it('hears a candidate who says they cannot tell how it is going as an awkward room', () => {
    expect(
      found(
        call(['Morag', 'Mm.'], ['Femi', "Sorry, it's difficult to tell how this is going from your faces."]),
      ),
    ).toContain('awkward-atmosphere');
  });
  it('hears the interviewer called away twice as distracted', () => {
    expect(
      found(
        call(
          ['Femi', 'I ran the Saturday rota for two years.'],
          ['Morag', "Sorry, someone's at the door."],
          ['Femi', 'No problem.'],
          ['Morag', "Right. Sorry, I've got to take this. Okay, where are we."],
        ),
      ),
    ).toContain('interviewer-disinterest');
  });
  it('reads a candidate who chased and says how long past the promised week it has been as no follow-up', () => {
    expect(
      found(
        call([
          'Femi',
          "It's been four weeks since the interview, and you said I'd hear within a week. I emailed you twice.",
        ]),
      ),
    ).toContain('no-follow-up');
  });
});

describe('an answer marked on the way down the sheet is not praise of the work', () => {
  it('does not take "Good answer. Question two." or "I love that question" for praise', () => {
    const text = call(
      ['Morag', 'Question one. Why this company?'],
      ['Femi', 'I like how you run the depots.'],
      ['Morag', 'Okay. Good answer. Question two. Why do you want to work in logistics?'],
      ['Femi', 'It is what I know. Can I ask how the team is set up?'],
      ['Morag', 'Oh, I love that question. We are six, on two shifts.'],
    );
    expect(found(text)).not.toContain('achievements-praised');
  });
  it('still hears praise said back to what the candidate told', () => {
    const text = call(
      ['Morag', 'Tell me about the rota.'],
      ['Femi', 'I moved the depot rota onto a shared sheet and overtime fell by a third.'],
      ['Morag', "Good answer, that's a really impressive result. How did you get the drivers on board?"],
      ['Femi', 'I asked them first.'],
      ['Morag', 'I love that. How did you measure the overtime?'],
    );
    expect(found(text)).toContain('achievements-praised');
  });
});
