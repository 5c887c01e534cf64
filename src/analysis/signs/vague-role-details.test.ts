import { describe, it, expect } from 'vitest';
import { hasSign } from './found.case.js';

// our own sentences for the job-dodge families added from holdout-c, and the look-alikes
const CASES: [string, boolean][] = [
  // the candidate unable to read the room is no vague job
  ["Long pauses, and I couldn't work out if they were being serious.", false],
  // the job question answered in a few words
  ['She answered my question about the duties in about four words.', true],
  // stock shrugs about the work
  ["I asked what projects the team has on and got 'loads of interesting things in the pipeline'.", true],
  ["Every time I asked what the job involved it was 'we'll shape it together'.", true],
  ["When I asked about the timings he said 'depends on the client'.", true],
  ['I asked which programmes I would support and he said it varies.', true],
  // left not knowing the site, the roster, which department
  ["Didn't say a word about the site or the roster.", true],
  ['No idea which department it even is.', true],
  ["Nothing about what I'd actualy be doing all day.", true],
  // a real answer, and the candidate's own short answer
  ['I asked about the duties and she walked me through a typical week: two clinics and a ward round.', false],
  ['He asked about my last team and I answered in a few words.', false],
];

describe('vague-role-details: families of job dodges', () => {
  it.each(CASES)('%j → %s', (text, expected) => {
    expect(hasSign(text, 'vague-role-details')).toBe(expected);
  });
});
