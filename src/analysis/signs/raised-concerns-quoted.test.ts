import { describe, expect, it } from 'vitest';
import { hasSign } from './found.case.js';

const has = (text: string) => hasSign(text, 'raised-concerns');

// our own sentences: two doubts, one of them in the interviewer's quoted words or a question on what the record is worth
const YES: string[] = [
  // the interviewer's own words, about a thing named with "the" or "this"
  'The director said "I\'m worried about the budget figures" and then "I\'m also not sure the rollout plan holds up."',
  'She said my answer was thin. Then the CFO: "I\'m not convinced these savings are real."',
  // questions doubting what the record is worth
  'He asked whether three years in hospitality was really relevant, then asked if my A-level grades were too low for the scheme.',
  'One of the panel asked if my volunteering counted as real experience and another asked whether my course was relevant enough.',
];
const NO: string[] = [
  // the writer's own worries
  "I'm worried about the parking and I'm not sure the hours suit me.",
  "I'm worried that I'll forget my questions. I'm also not sure the bus gets there on time.",
  // a shrug, and one doubt alone
  'I asked about the culture and she said "I\'m not sure, I only do the screening."',
  'He asked whether my placement counted as work experience. Otherwise it was friendly.',
  // a question of fact, no doubt
  'She asked whether I could start in March and if the salary range was okay.',
];

describe('raised-concerns in quoted words and doubting questions', () => {
  it.each(YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});
