import { describe, it, expect } from 'vitest';
import { call, found } from './call.case.js';
import { datesOthers } from './interview-schedule.js';

// Session 15: the panel's interview schedule is no timeline for the candidate. Our own wordings.

const ANSWER = 'At the depot I ran the evening shift for two years and planned the loads.';

/** A call that ends on `close`, said by the interviewer. */
const endingOn = (close: string): string =>
  call(
    ['Dana', 'What did you do at the depot?'],
    ['Priya', ANSWER],
    ['Dana', close],
    ['Priya', 'Okay, thank you.'],
  );

describe('datesOthers', () => {
  const at = (text: string, date: string): boolean =>
    datesOthers(text, text.indexOf(date), text.indexOf(date) + date.length);
  it.each([
    ["We're seeing a few people this week and next.", 'this week'],
    ["We've got a few more interviews this week.", 'this week'],
    ["We're interviewing over the next few days.", 'over the next few days'],
  ])('%s', (text, date) => {
    expect(at(text, date)).toBe(true);
  });
  it.each([
    ["We're interviewing one more person tomorrow, and we'll let you know by Friday.", 'tomorrow'],
    ["We'd like you back for a second interview next week.", 'next week'],
    ["You'll hear from us this week.", 'this week'],
  ])('not: %s', (text, date) => {
    expect(at(text, date)).toBe(false);
  });
});

describe('a close that waits on the other interviews', () => {
  it.each([
    ["We're seeing a few people this week and next, so we'll be in touch once we've seen everyone."],
    ["We're interviewing over the next few days, and once we've seen everyone HR will write to you."],
  ])('no-next-steps: %s', (close) => {
    expect(found(endingOn(close))).toContain('no-next-steps');
  });

  it.each([
    ["We're interviewing one more person tomorrow, and we'll let you know by Friday."],
    ["We're seeing a few people this week, and you'll hear from me on Thursday."],
  ])('a date for the decision beside it: %s', (close) => {
    expect(found(endingOn(close))).not.toContain('no-next-steps');
  });

  it('a weekday habit ("supervision on a Thursday") is no date for the decision', () => {
    const text = call(
      ['Dana', 'We do group supervision on a Thursday, where everyone brings a case.'],
      ['Priya', ANSWER],
      ['Dana', "Thanks. We'll be in touch once we've seen everyone."],
      ['Priya', 'Okay, thank you.'],
    );
    expect(found(text)).toContain('no-next-steps');
  });
});
