import { describe, it, expect } from 'vitest';
import { call, found } from './call.case.js';

// The interviewer's mind on the next appointment, or hurrying the call along (transcript-cues.ts). Our own wordings.

const ANSWER = 'I ran the Saturday rota for two years and trained the new starters on the tills.';

describe('interviewer-disinterest: the next appointment, or moving the call along', () => {
  it.each([
    "Okay. I've got another candidate at two, so anything else quickly?",
    'I have my next call in ten minutes, so one more and we stop.',
    "Fine. Let's keep moving. Why this job?",
    "Let's keep things moving, we're behind.",
  ])('%s', (said) => {
    expect(found(call(['Dana', 'Tell me about the shop.'], ['Priya', ANSWER], ['Dana', said]))).toContain(
      'interviewer-disinterest',
    );
  });

  it.each([
    "We've got another candidate from your college, funnily enough.",
    'I have another question about the rota, actually.',
    'Where was I? Right, the rota.',
    'The project keeps moving, that is the fun of it.',
  ])('not: %s', (said) => {
    expect(found(call(['Dana', 'Tell me about the shop.'], ['Priya', ANSWER], ['Dana', said]))).not.toContain(
      'interviewer-disinterest',
    );
  });
});
