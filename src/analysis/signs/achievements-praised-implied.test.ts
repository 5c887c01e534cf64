import { describe, expect, it } from 'vitest';
import { hasSign } from './found.case.js';

const has = (text: string) => hasSign(text, 'achievements-praised');

// our own sentences: praise of the candidate's work told without a praise word
const YES: string[] = [
  // digging into the work
  'The ward sister dug, really, into the audit on my CV, bed by bed.',
  'He spent twenty minutes digging into the booking system I had built.',
  // gone through with the candidate, point by point
  'The chief engineer went through the failed pump test with me: what I checked first, why I stopped the line.',
  // a verdict on the call or the piece of work
  'She read my answer twice and said "that\'s a brave call for a first-year teacher."',
  'He said, "That\'s a seriously impressive piece of analytical work."',
  // set above others
  'She said most graduates at your stage have never run a stock take on their own.',
  "He laughed and said you'd be surprised how many people can't explain a balance sheet.",
];
const NO: string[] = [
  // the writer's own digging, or the employer's papers
  'Before the interview I dug into their annual report.',
  'I dug properly into the job description the night before.',
  // going through the process, not the work
  'The recruiter went through the process with me: what happens next, when I would hear.',
  // a verdict on something else, or the writer's own
  "I told myself that's a sensible call and went home.",
  // how the process goes for most people
  "She said most candidates don't hear back for two weeks.",
];

describe('achievements-praised told without a praise word', () => {
  it.each(YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});
