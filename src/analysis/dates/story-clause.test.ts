import { describe, expect, it } from 'vitest';
import { promisedDatesFrom } from './promised.js';
import { isDayOfDeed } from './story-clause.js';

// interview on Monday 2 March 2026
const quotes = (text: string): Array<[string, string]> =>
  promisedDatesFrom(text, '2026-03-02').map((p) => [p.evidence.quote, p.date]);

describe('days of the story beside a promise are not promises', () => {
  it.each([
    ["They said they'd let everyone know by the 14th. It's now the 30th.", [['the 14th', '2026-03-14']]],
    ['I emailed on the 17th and again on the 24th, no reply about the decision.', []],
    ['Interview was the 2nd, they said a decision by the 10th.', [['the 10th', '2026-03-10']]],
    ['Assessment centre was on the 1st, letter said outcome by the 15th.', [['the 15th', '2026-03-15']]],
    ['I emailed HR twice in April and never got a reply.', []],
    ["I've had a handful of first-round calls this quarter.", []],
    ['They liked my answer on the Q3 churn analysis.', []],
    ['A new cohort starts in September, and they will call soon.', []],
    // chrono's misreadings: "sat" the verb, "on the day", today as the day of writing, a duration
    ['No response for 3 weeks although she said a result in 2 days.', [['in 2 days', '2026-03-04']]],
    ['The director sat back and frowned at every answer.', []],
    ['On the day I forgot half my answers.', []],
    [
      'They said results within 3 working days. Today is the 19th and no response.',
      [['within 3 working days', '2026-03-05']],
    ],
    ["I've been meaning to write this since Wednesday and it's now Sunday, no decision.", []],
    // a promise reported in the past tense is still one
    ["I was told they'd decide by the 20th.", [['the 20th', '2026-03-20']]],
    ['She promised an answer by the end of March.', [['the end of March', '2026-03-31']]],
  ] as Array<[string, Array<[string, string]>]>)('%j', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe("notes' shorthand for a weekday is still one", () => {
  it.each([
    ['decision by fri', [['fri', '2026-03-06']]],
    ['hear back thurs', [['thurs', '2026-03-05']]],
  ] as Array<[string, Array<[string, string]>]>)('%j', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('isDayOfDeed', () => {
  const at = (sentence: string, day: string): boolean => {
    const start = sentence.indexOf(day);
    return isDayOfDeed(sentence, start, start + day.length);
  };
  it.each([
    ['I emailed on Monday.', 'Monday', true],
    ['We spoke on Tuesday.', 'Tuesday', true],
    ['I chased on the 14th.', 'the 14th', true],
    ["It's now Sunday.", 'Sunday', true],
    // near misses: a promise between the deed and the day, the deed's words reported, no deed at all
    ["I emailed and they'd reply on Monday.", 'Monday', false],
    ['They emailed to say the decision is Friday.', 'Friday', false],
    ['I emailed them, a decision is due Friday.', 'Friday', false],
    ["They'll let me know on Monday.", 'Monday', false],
    ['They rang and booked me in for Monday.', 'Monday', false],
    ['They rang to invite me back next Tuesday.', 'next Tuesday', false],
    ['They rang me the next day.', 'next day', true],
    // the day opening its clause, the deed after it; a promise after the day is still one
    ['After ten days I emailed to ask for an update.', 'After ten days', true],
    ['On Monday I rang them again.', 'On Monday', true],
    ["In two weeks they'll let me know.", 'In two weeks', false],
    ['By Friday they will decide.', 'By Friday', false],
  ] as Array<[string, string, boolean]>)('%j: %s', (sentence, day, want) => {
    expect(at(sentence, day)).toBe(want);
  });
});
