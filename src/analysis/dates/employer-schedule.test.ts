import { describe, expect, it } from 'vitest';
import { promisedDatesFrom } from './promised.js';

// interview on Wednesday 25 November 2026
const REF = '2026-11-25';
const quotes = (text: string): Array<[string, string]> =>
  promisedDatesFrom(text, REF).map((p) => [p.evidence.quote, p.date]);

describe("the employer's own schedule is no promise", () => {
  it.each([
    // the walk-through's note: the week is when they see people, the fortnight is the promise
    [
      "They're seeing a few more people this week and will be in touch in the next couple of weeks.",
      [['in the next couple of weeks', '2026-12-09']],
    ],
    ['She said they are seeing other candidates until Friday, then they will let me know.', []],
    ['Interviews run until the 4th and HR will call after that.', []],
    ['The panel sits on Tuesday, so they will get back to me after.', []],
    ['They are still interviewing next week but will email when they decide.', []],
    ['He will be in touch after they have seen the other candidates next week.', []],
    [
      'This week they are meeting the rest of the shortlist, and they will decide next week.',
      [['next week', '2026-12-04']],
    ],
    ['Applications close on Friday and they will contact people after.', []],
    ["They're seeing a couple of people on Monday and will decide after that.", []],
    ['We are interviewing three candidates this week, then we will be in touch.', []],
    [
      "I've got two other interviews next week, and they'll call me on Friday.",
      [['on Friday', '2026-11-27']],
    ],
  ] as Array<[string, Array<[string, string]>]>)('%j', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a promise beside the schedule is still a promise', () => {
  it.each([
    ["We'll decide this week.", [['this week', '2026-11-27']]],
    ["You'll hear this week.", [['this week', '2026-11-27']]],
    ["They're seeing a few more people but I'll hear by Friday.", [['Friday', '2026-11-27']]],
    ["They'll let me know next week once they've seen the other candidates.", [['next week', '2026-12-04']]],
    ['The panel will decide on Thursday.', [['on Thursday', '2026-11-26']]],
    ['The interview lasted an hour and they will let me know next week.', [['next week', '2026-12-04']]],
    ['She said they would call me on Monday to book the second round.', [['on Monday', '2026-11-30']]],
  ] as Array<[string, Array<[string, string]>]>)('%j', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
