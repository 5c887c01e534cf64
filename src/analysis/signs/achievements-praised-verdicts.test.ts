import { describe, expect, it } from 'vitest';
import { hasSign } from './found.case.js';

const has = (text: string) => hasSign(text, 'achievements-praised');

// our own sentences: the interviewer's verdict on the candidate's work, with no stock praise word
const YES: string[] = [
  // how well it was done
  'The head of science said my lesson plan was "really well paced".',
  'She read my funding brief and told me it was beautifully structured.',
  'After the demo he said "that\'s a nicely done refactor" and moved on.',
  // what it amounts to
  'He heard about the food bank rota and said "that\'s a serious achievement".',
  'She said "this is real leadership" about the strike cover I organised.',
  'The vicar asked all about the garden project, calling it "proper community work".',
  // how the candidate works, said to them
  'He listened to the complaint story and said "you handled that very maturely".',
  'The bar manager watched me make a martini and said "nice, you stir properly".',
  'At the end she said "you clearly think about the user before the code".',
];
const NO: string[] = [
  // the writer's own verdict
  'I said it was nicely done, but honestly the office was a mess.',
  // a look, the pay, the job: no verdict on the work
  'She said the team was well paid and the office nicely decorated.',
  "He said it's a real leadership role with six reports.",
  // a forecast, not the record
  'She said "you\'ll handle it well once you\'ve settled in".',
  // negated
  'He said it was not real leadership, just admin.',
];

describe('achievements-praised told as a verdict on the work', () => {
  it.each(YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});
