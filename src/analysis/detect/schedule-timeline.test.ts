import { describe, it, expect } from 'vitest';
import { timelineGiven } from '../signs/timeline-given.js';
import { call, found } from './call.case.js';
import { isScheduleOnly } from './schedule-timeline.js';

const DAYS_CUE = timelineGiven.cues[0]!;

describe('isScheduleOnly: days that promise nothing', () => {
  it.each([
    "We're meeting two more candidates this week and next.",
    'We still have some interviews this week, then we decide.',
    "We're interviewing over the next two weeks, and once that's done someone will write.",
    'The panel meets on Tuesday to go through everyone.',
    'We have a team huddle on a Monday where everyone shares a win.',
  ])('%s', (text) => {
    expect(isScheduleOnly(DAYS_CUE, text)).toBe(true);
  });

  it.each([
    "We're meeting two more candidates tomorrow, and we'll let you know by Friday.",
    "The panel meets tomorrow morning and you'll hear from us by the end of next week.",
    "You'll hear from me this week either way.",
    'We decide on Thursday.',
  ])('a promise beside it: %s', (text) => {
    expect(isScheduleOnly(DAYS_CUE, text)).toBe(false);
  });

  it('leaves a next step named without a day to its own cue', () => {
    expect(isScheduleOnly(timelineGiven.cues[1]!, 'The next step is a panel with the director.')).toBe(false);
  });
});

describe('a vague close after the employer’s own timetable', () => {
  const ANSWER = 'I planned the loads with the transport office and trained the new pickers on the scanners.';
  const close = (words: string): string =>
    call(
      ['Dana', 'Tell me how you ran the evening shift.'],
      ['Priya', ANSWER],
      ['Dana', 'Thanks. Any questions for me?'],
      ['Priya', 'No, I think you covered everything.'],
      ['Dana', words],
      ['Priya', 'Thank you, bye.'],
    );
  it('is no-next-steps when the only days are their interviews', () => {
    expect(
      found(
        close(
          "We're seeing a few more people this week and next, and we'll be in touch once we've seen everyone.",
        ),
      ),
    ).toContain('no-next-steps');
  });
  it('is a timeline when a day is promised beside them', () => {
    expect(
      found(close("We're seeing a few more people this week, and we'll let you know by Friday.")),
    ).not.toContain('no-next-steps');
  });
});
