import { describe, expect, it } from 'vitest';
import { foundInNotes } from './found.case.js';

// Low energy heard or seen; a flat structure, a tired office and my own tiredness do not count.
const found = foundInNotes('flat-interviewer');

const HAS = [
  'His delivery was monotonous and he showed little enthusiasm for the role.',
  'The interviewer seemed rather weary and spoke without much animation.',
  'He talk very flat, no emotion.',
  'she was so dry and unenthusiastic, zero vibe',
  'his voice was like a robot',
  'He had no expression on his face and spoke very quiet.',
  'He spoke in a complete monotone the whole time.',
  'She seemed totally unenthusiastic about everything.',
  'The interviewer had zero energy, just read out questions.',
  "No reaction to anything I said, just 'ok, next question'.",
  'he sounded bored and tired throughout',
  'It was like talking to a wall.',
  'Her voice never changed, same flat tone for an hour.',
  'She was really deadpan and gave nothing away.',
  'The manager seemed half asleep.',
  'He had the energy of a wet weekend.',
  'dude was a total robot, no emotion whatsoever',
  "She didn't seem excited about the role or the company at all.",
  "He mumbled through the questions like he'd done it a hundred times.",
  'Zero enthusiasm from either of them.',
];
const LACKS = [
  'She was anything but flat, really animated.',
  'He had loads of energy.',
  'I was so flat and tired after the night shift.',
  'They have a flat structure with no middle managers.',
  'My voice was monotone because I was nervous.',
  'He was full of energy and really enthusiastic.',
  "The flat I'm renting is near the office.",
  "I hope I didn't sound robotic.",
  'The joke fell flat but she laughed anyway.',
];

describe('flat-interviewer in new voices', () => {
  for (const text of HAS) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// holdout-a families (R4): how other people say it, and the look-alikes that are not it
const HAS_R4 = ['The interviewer mumbled the questions.'];
const LACKS_R4 = [
  'He went blank and then mumbled the rest of his answers.',
  'I mumbled my way through the presentation.',
];
describe('flat-interviewer: R4 families', () => {
  for (const text of HAS_R4) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS_R4) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// holdout-b families: "minutes flat" is a clock, not a voice; Taglish "walang" is "no"
const HAS_HB = [
  'Sir was walang energy talaga.',
  'My friend had her interview last week. She said the head of IT spoke in a dull flat voice the whole way.',
];
const LACKS_HB = [
  'She had me in and out in ten minutes flat, super friendly though.',
  'Wrapped up in 15 minutes flat.',
  'Her voice was so monotone. Actually, no, she was just getting over a cold and said so.',
];
describe('flat-interviewer: holdout-b families', () => {
  for (const text of HAS_HB) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS_HB) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// holdout-c family: still as a statue ("sat there like a stookie"); the candidate frozen is not the interviewer
describe('flat-interviewer: sat like a statue (holdout-c)', () => {
  it.each([
    'The foreman just sat there like a stookie for the rest of it.',
    'She sat through it like a waxwork.',
  ])('finds it: %s', (text) => expect(found(text)).toBe(true));
  it('does not take my own freezing', () =>
    expect(found('I sat there like a statue, terrified.')).toBe(false));
});
