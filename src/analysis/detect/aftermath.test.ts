import { describe, expect, it } from 'vitest';
import { hasSign } from '../signs/found.case.js';

const has = hasSign;

// our own lines: silence past the window, said in words the silence list did not know
const FOLLOW_UP: [string, boolean][] = [
  // an inbox that stays dead
  ['Sixteen days on and my inbox is still dead.', true],
  ['Three days on, inbox quiet, they said next week.', false],
  // not one update, not even an automated no
  ['Three weeks later, not a single update from them.', true],
  ['Twelve days and not even an automatic acknowledgement.', true],
  ["Not a single update yet but it's only been two days.", false],
  // a count that has gone by
  ['A month has gone by and nobody got back to me.', true],
  ['A week has passed, nothing yet, but they said within a fortnight.', false],
  // the wait told as a story: spans that went by, a rough date and a dated today
  ['Three more weeks went by and not a word from the bakery.', true],
  ['Weeks went by and still nothing from the agency.', true],
  ['Ten days had passed since the panel and I had heard nothing.', true],
  ['I interviewed in the second week of March and today (4/20) there is still nothing.', true],
  ['Two more weeks went by at the new place before I settled in.', false],
  ['Three days had passed and nothing yet, but they did say two weeks.', false],
  // chased, and no answer came: time has gone by, unless a count or their window says it is early
  ['I rang the office after the interview and nobody would return my calls.', true],
  ['Sent a follow-up email to the recruiter and never got a reply.', true],
  ['They said two weeks. I emailed the recruiter on day four and have not had a reply yet.', false],
  ['I followed up after three days and got nothing back yet.', false],
  ['I emailed a thank-you to the panel and got no reply, which is normal.', false],
  ['I rang HR the day before to confirm the time and nobody answered. The interview itself was fine.', false],
  // silence said as for good, or as still to come
  ['Lovely panel, then I never heard from them again.', true],
  ['The interview was about a month ago and I am yet to hear anything.', true],
  ['It was two days ago and I am yet to hear anything.', false],
  // waiting that ended in giving up, and the day a late answer came against the interview's day
  ['I waited and waited. Nothing. After a month I gave up.', true],
  ['It was a month ago. The final test was hard but I never gave up.', false],
  ['I interviewed on March 3rd and on April 10th got a form rejection, nothing in between.', true],
  ['I interviewed on March 3rd and on March 6th got a rejection.', false],
  // a span about the writer's own job search, or a reply that did come, is not employer silence
  ['I was made redundant three months ago; the interview was on Monday and nothing since.', false],
  ['They said a few days. A week later an email came telling me I had not been successful.', false],
  ['They said within five days. Ten days later, nothing, then I heard I did not get the job.', false],
];

describe('no-follow-up: silence and time gone by, in other words', () => {
  it.each(FOLLOW_UP)('%j → %s', (text, expected) => {
    expect(has(text, 'no-follow-up')).toBe(expected);
  });
});
