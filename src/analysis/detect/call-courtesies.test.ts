import { describe, expect, it } from 'vitest';
import { call, found } from './call.case.js';

// Session 14: what an interviewer says out of kindness or habit, read as a sign it is not
// (t-transcripts, odd ids). The cases are our own wordings, not lines from those calls.

const ANSWER =
  'At the depot I ran the evening shift for two years, planned the loads with the transport office and trained the new pickers on the scanners.';

describe('achievements-praised: kindness that praises no achievement', () => {
  it.each([
    [
      'loving the candidate’s question',
      call(
        ['Priya', ANSWER],
        ['Dana', 'Thank you. Any questions for me?'],
        ['Priya', 'How do the shifts get on with each other?'],
        ['Dana', 'Oh, I love that question. They get on well, there is a quiz on Thursdays.'],
      ),
    ],
    [
      'what most people do, said to reassure',
      call(
        ['Priya', 'I have no forklift licence yet, sorry.'],
        ['Dana', 'Don’t worry, most people arrive without one and we train them in the first month.'],
        ['Priya', ANSWER],
      ),
    ],
  ])('not from %s', (_, text) => {
    expect(found(text)).not.toContain('achievements-praised');
  });

  it.each([
    [
      'what most people miss',
      call(
        ['Priya', ANSWER],
        [
          'Dana',
          'Splitting the loads by weight first is something most people miss. I like how you did that.',
        ],
      ),
    ],
    [
      'what most candidates never think of',
      call(
        ['Priya', ANSWER],
        ['Dana', 'Most candidates never think of the scanners. That’s a really impressive result.'],
      ),
    ],
  ])('still from %s', (_, text) => {
    expect(found(text)).toContain('achievements-praised');
  });
});

describe('engaging-conversation: a nervous laugh met kindly is not a shared joke', () => {
  const nervous = (candidateLaughs: string[]) =>
    call(
      ['Priya', `${candidateLaughs[0]} [laughter]`],
      ['Dana', '[laughter] Don’t worry at all. Tell me about the depot.'],
      ['Priya', ANSWER],
      ['Dana', '[laughter] Everyone says that. What did the pickers think of the scanners?'],
      ['Priya', `${candidateLaughs[1]} [laughter]`],
      ['Dana', '[laughter] Take your time. And the loads?'],
      ['Priya', ANSWER],
      ['Dana', '[laughter] Good. Thanks, that is all from me.'],
      ['Priya', 'Thank you.'],
    );
  it('not when the candidate laughs only at their own nerves and slips', () => {
    expect(found(nervous(['Sorry, I am so nervous.', 'Oh, sorry, I went blank there.']))).not.toContain(
      'engaging-conversation',
    );
  });
  it('still when the candidate laughs along at the jokes', () => {
    expect(found(nervous(['The scanners had names, you know.', 'We called the old one Grandad.']))).toContain(
      'engaging-conversation',
    );
  });
});

describe('detailed-role-info: a place called small or friendly says nothing of the job', () => {
  it('not from “we’re a small school” and “a friendly ward”', () => {
    const text = call(
      ['Priya', ANSWER],
      ['Dana', "Oh, we're a small school, so everyone says hello in the corridor."],
      ['Priya', 'That sounds lovely.'],
      ['Dana', "And we're a friendly ward too, the nurses next door are always in."],
    );
    expect(found(text)).not.toContain('detailed-role-info');
  });
  it('still from what the unit is: “we’re a twelve-bed surgical ward”', () => {
    const text = call(
      ['Priya', ANSWER],
      [
        'Dana',
        "We're a twelve-bed surgical ward. The role covers the day shift and reports to the ward manager.",
      ],
    );
    expect(found(text)).toContain('detailed-role-info');
  });
});

describe('positive-atmosphere: an interviewer reassuring a nervous candidate sets a warm room', () => {
  it('from "don\'t worry" and "we\'re sitting here smiling at you", said in two turns', () => {
    const text = call(
      ['Priya', 'Sorry, I have lost my thread.'],
      ['Dana', "Don't worry, start wherever you like."],
      ['Priya', ANSWER],
      ['Dana', "Honestly, we're both sitting here smiling at you. What did the pickers make of it?"],
      ['Priya', 'They liked it.'],
    );
    expect(found(text)).toContain('positive-atmosphere');
  });
  it('but not from "take your time" and "don\'t worry" alone, which any polite panel says', () => {
    const text = call(
      ['Priya', 'Sorry, I have lost my thread.'],
      ['Dana', 'Take your time.'],
      ['Priya', ANSWER],
      ['Dana', "Don't worry about it. Why did the pickers object?"],
      ['Priya', 'They liked the old way.'],
    );
    expect(found(text)).not.toContain('positive-atmosphere');
  });
});
