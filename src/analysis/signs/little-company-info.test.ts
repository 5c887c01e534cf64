import { describe, it, expect } from 'vitest';
import { hasSign } from './found.case.js';

// our own sentences for the company brush-off families added from holdout-c, and the look-alikes
const CASES: [string, boolean][] = [
  // the culture question answered with a pointer elsewhere or a pat line
  ["When I asked what the depot's like to work at, she said 'it's a depot, you know what it's like'.", true],
  ["I asked what the people are like and he said it's all in the staff pack.", true],
  ["Asked about the culture and got 'ah we're all grand here'.", true],
  ["I asked about the working culture and hours, he said 'it is very corporate, you'll adapt'.", true],
  ["I asked how decisions get made and she said 'we're super startup, very horizontal' and moved on.", true],
  ['She asked about the work culture and he said "you will understand later".', true],
  // a list of things not told that ends with how they work
  ["He couldn't tell me which clients I'd have or anything about how the team works.", true],
  // the job's site with the shifts is the job, not the company
  ["Nothing about the site, the rota or who I'd report to.", false],
  // "later" on its own is not a brush-off
  ['She asked about my last work environment and later asked about my notice period.', false],
  // the candidate's own adjustment
  [
    'I asked about the culture and she explained the monthly socials and the no-emails-after-six rule.',
    false,
  ],
  // the candidate's own homework names the company but is not a question brushed off
  ["Beforehand I skimmed the company's annual report and their news page.", false],
  ['Afterwards I looked up the company on Glassdoor out of curiosity.', false],
  ["I fluffed the values question as I hadn't looked at the website.", false],
];

describe('little-company-info: families of company brush-offs', () => {
  it.each(CASES)('%j → %s', (text, expected) => {
    expect(hasSign(text, 'little-company-info')).toBe(expected);
  });
});
