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

// the interviewer's doubt about the candidate in their own voice, the tag first or last (session 20)
const ABOUT_YOU_YES: string[] = [
  '"We\'re worried you won\'t cope with nights, and your experience is thin," she said.',
  'She said "we\'re worried you won\'t cope with nights". She also said my experience was thin.',
  "We're worried you won't cope with nights, she said. She also said my experience was thin.",
  '"I\'m not sure your experience is enough," he told me. He also said my CV was thin.',
];
const ABOUT_YOU_NO: string[] = [
  // the writer's own, to a friend or the reader
  "I'm worried you'll think I'm rude, I told my mum. She also said my experience was thin.",
  "I'm really not sure you'll want to hear all this. She did say my experience was thin.",
];

describe("raised-concerns: the interviewer's doubt about the candidate, in their voice", () => {
  it.each(ABOUT_YOU_YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(ABOUT_YOU_NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});

// session 25 (left25): doubts put as quoted questions, one a sentence, add up
const QUESTIONS_YES: string[] = [
  'She asked "why did you leave so soon?" Then "can you really handle the travel?"',
  "She asked 'why did you only stay eight months?' Then 'won't the commute be a problem for you?'",
  '"Would you really cope with nights?" he said. Later: "why did you only last a year there?"',
];
const QUESTIONS_NO: string[] = [
  // one doubt alone, stock questions, and the writer asking themself
  'She asked "why did you leave so soon?" and seemed happy with my answer. Then it moved on.',
  'They asked "what are your strengths?" Then "where do you see yourself in five years?"',
  'On the train I kept asking myself "why did I leave so soon?" Then "can I really handle the travel?"',
  'She asked "can you start in March?" Then "would the commute be okay for you?"',
];

describe('raised-concerns: doubting questions quoted across sentences', () => {
  it.each(QUESTIONS_YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(QUESTIONS_NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});
