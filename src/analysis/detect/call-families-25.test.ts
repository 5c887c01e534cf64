/**
 * Families from the readable calls (session 25): an interviewer who reads on down the list ("Okay. Question
 * three.") is flat, where a panel's "Thank you. Question three." is manners; two people talking at once and giving
 * way ("Sorry, go ahead." "No, you go.") is an awkward room, which leaves warmth standing once it warms up.
 */
import { describe, expect, it } from 'vitest';
import { call, found, type Line } from './call.case.js';

const answer = (k: number): Line => [
  'Priya',
  `I ran the rota for ${k + 4} people and kept the audit log up to date.`,
];
/** Ten answers (fewer is a short screen), each met by `reply(k)` and then the question, as the interviewer reads it. */
const readOn = (reply: (k: number) => string, answers = 10): Line[] =>
  Array.from({ length: answers }, (_, k): Line[] => [
    ['Dana', `${reply(k)} Tell me about a time you worked under pressure.`],
    answer(k),
  ]).flat();

describe('reading on down the list (flat-interviewer)', () => {
  it.each([
    ['Okay. Question n.', (k: number) => `Okay. Question ${k + 2}.`],
    ['Right. Next question.', () => 'Right. Next question.'],
    ['Question n. alone', (k: number) => `Question ${k + 2}.`],
    ['Noted. Next.', () => 'Noted. Next.'],
  ])('%s', (_, reply) => {
    expect(found(call(...readOn(reply)))).toContain('flat-interviewer');
  });
  it('not a panel reading its list politely ("Thank you. Question three.")', () => {
    expect(found(call(...readOn((k) => `Thank you. Question ${k + 2}.`)))).not.toContain('flat-interviewer');
  });
  it('not an interviewer who laughs', () => {
    const text = call(...readOn((k) => `Okay. Question ${k + 2}.`), [
      'Dana',
      '[laughs] That is a lot of rotas.',
    ]);
    expect(found(text)).not.toContain('flat-interviewer');
  });
  it('not in a short screen of a handful of answers', () => {
    expect(found(call(...readOn((k) => `Okay. Question ${k + 2}.`, 6)))).not.toContain('flat-interviewer');
  });
  it('not on a panel whose members share the list', () => {
    const shared = readOn((k) => `Okay. Question ${k + 2}.`).map(([who, text], i): Line =>
      who === 'Dana' && i % 4 === 2 ? ['Sam', text] : [who, text],
    );
    expect(found(call(...shared))).not.toContain('flat-interviewer');
  });
  it('not once', () => {
    const text = call(
      ...readOn((k) => (k === 0 ? 'Okay. Question two.' : 'That sounds hard, how did the team take it?')),
    );
    expect(found(text)).not.toContain('flat-interviewer');
  });
});

describe('crosstalk (awkward-atmosphere)', () => {
  it('two people giving way after talking at once', () => {
    const text = call(
      ['Dana', 'So tell me about the'],
      ['Priya', 'I was going to'],
      ['Dana', 'Sorry, go ahead.'],
      ['Priya', 'No, you go.'],
      ['Dana', 'Tell me about the rota you built.'],
      answer(0),
    );
    expect(found(text)).toContain('awkward-atmosphere');
  });
  it('not a handover ("Go ahead.") nor a farewell', () => {
    const text = call(
      ['Dana', 'Any questions for us?'],
      ['Priya', 'Yes, can I ask about the team?'],
      ['Dana', 'Go ahead.'],
      ['Priya', 'How big is it?'],
      ['Dana', 'Six of us. Thanks for coming, and good luck before you go.'],
    );
    expect(found(text)).not.toContain('awkward-atmosphere');
  });
});
