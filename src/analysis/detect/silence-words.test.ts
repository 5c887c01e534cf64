import { describe, expect, it } from 'vitest';
import { hasSign } from '../signs/found.case.js';
import { timeFrom } from './elapsed.js';

const has = (text: string) => hasSign(text, 'no-follow-up');

// our own sentences: the silence, and the time past the window, said in words the lists did not know
const CASES: [string, boolean][] = [
  // nobody in touch, not contacted, not answered
  "Nobody's been in touch and it's been three weeks.",
  "Seventeen days on and they've not been in touch.",
  'A month later the company still has not contacted me.',
  'Over two weeks, i send two emails, they do not answer me.',
  // gone quiet with an adverb, the promised call never received, no acknowledgement
  'They went totally quiet after the panel, that was eighteen days ago.',
  'I never got the promised callback and it has been two weeks.',
  'No acknowledgement of my email, and the interview was a month ago.',
  // a span of hearing nothing, giving up checking
  'After a fortnight of hearing nothing I rang them and got the answerphone.',
  "Three weeks on. I've given up expecting anything.",
  // a count after the interview, a promise now behind us, the writer past the deadline
  '19 days post-interview and still nothing.',
  'They were supposed to ring me last Tuesday. Nothing.',
  "No word, and we're well past the deadline they set.",
  'The rejection finally arrived 25 days after an interview they had said would take a fortnight.',
  ['Not heard anything yet, but it is only four days post-interview.', false],
  ['I started my new job three weeks after an interview somewhere else.', false],
  ['They were supposed to ring me today, so fingers crossed.', false],
  // the writer's own silence
  ["It's been two weeks and I haven't been in touch with them about the start date.", false],
  // session 24: the wait told as arithmetic; "no follow up" written without its hyphen
  'Panel was three weeks back. No word from anyone.',
  'Week 1: nothing.\nWeek 2: nothing.\nWeek 5: still nothing, not even an email.',
  "They promised an answer by the 20th. It's now the 9th of the following month and still nothing.",
  'Almost two months since the assessment day and no follow up of any kind.',
  ["Three weeks back I'd never have applied. Interviewed this morning, they said I'd hear by Friday.", false],
  ["It's been five weeks since I applied; the interview was on Monday and I've heard nothing yet.", false],
  ['They said by the 30th. Today is the 24th, still nothing, but that is fine.', false],
].map((c) => (typeof c === 'string' ? [c, true] : c)) as [string, boolean][];

describe('no-follow-up: silence and time said in other words', () => {
  it.each(CASES)('%j -> %s', (text, want) => expect(has(text)).toBe(want));
});

describe('timeFrom: a promised day told as some time ago', () => {
  it.each([
    ['They said by mid-month. Mid-month was nearly two weeks ago.', 'pastPromiseDays', 14],
    [
      'He promised an answer by the end of the week; the end of the week was ten days ago.',
      'pastPromiseDays',
      10,
    ],
  ] as const)('%j: %s = %d', (text, key, n) => expect(timeFrom(text)[key]).toBe(n));
});
