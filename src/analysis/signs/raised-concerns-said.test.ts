import { describe, it, expect } from 'vitest';
import { call, found } from '../detect/call.case.js';

// Session 19: an interviewer's "I'll be honest" and "I'm not sure" in a call open doubts about the
// candidate, but also good news and doubts about other things (z-transcripts and x-transcripts, odd ids).
// Our own wordings.

const ANSWER =
  'At the depot I ran the evening shift for two years, planned the loads with the transport office and trained the new pickers on the scanners.';

/** Two things the interviewer says after the answer, with the candidate between them. */
const twoSaid = (first: string, second: string) =>
  call(['Priya', ANSWER], ['Dana', first], ['Priya', 'Right, thank you.'], ['Dana', second]);

describe('"I\'ll be honest" before good news, "I\'m not sure" about other things', () => {
  it.each([
    [
      'honest, then impressed; not sure about their own checks',
      "I'll be honest, we've been really impressed with you.",
      "We run the weekly audit, but I'm not sure that tells us much.",
    ],
    [
      'upfront that it is going well; not sure of the policy',
      "I'll be upfront, I think it's going really well.",
      "I'm not sure what the current policy is on that, HR would know.",
    ],
    [
      'straight that they are sold; not sure as an answer',
      "I'll be straight with you, I'm fairly sold.",
      "I'm not sure, to be honest.",
    ],
  ])('not raised-concerns: %s', (_, first, second) => {
    expect(found(twoSaid(first, second))).not.toContain('raised-concerns');
  });

  it.each([
    [
      'honest, then a doubt; not sure of the candidate',
      "I'll be honest, the night shift side worries me.",
      "I'm not sure you've run a team this size.",
    ],
    [
      'honest, not impressed; not sure about the move',
      "I'll be honest, I'm not impressed by the stock figures.",
      "I'm not sure that you'd cope with the pace.",
    ],
  ])('raised-concerns: %s', (_, first, second) => {
    expect(found(twoSaid(first, second))).toContain('raised-concerns');
  });
});
