import { describe, expect, it } from 'vitest';
import { call, found } from './call.case.js';

// Session 14: what the candidate's question was about decides what a brush-off says
// (t-transcripts, odd ids). The cases are our own wordings, not lines from those calls.

const ANSWER =
  'At the depot I ran the evening shift for two years, planned the loads with the transport office and trained the new pickers on the scanners.';

describe('a brushed-off question about how teams work together', () => {
  const asked = (question: string, reply: string) =>
    call(
      ['Priya', ANSWER],
      ['Dana', 'Any questions?'],
      ['Priya', question],
      ['Dana', reply],
      ['Priya', 'Okay, thanks.'],
    );
  it('is little company info, not vague role details', () => {
    const signs = found(
      asked(
        'How does the transport office work with the rest of the site? Are you involved with them much?',
        'Depends on the day. Next?',
      ),
    );
    expect(signs).toContain('little-company-info');
    expect(signs).not.toContain('vague-role-details');
  });
  it('a curt word about the last person in the role says nothing about the job', () => {
    expect(
      found(asked('What happened to the last person in the role?', "Long story. You'll find out.")),
    ).not.toContain('vague-role-details');
  });
  it('a curt answer about the duties still does', () => {
    expect(
      found(asked('What would the role involve day to day?', 'It varies. Bit of everything.')),
    ).toContain('vague-role-details');
  });
});

describe('no-next-steps: the employer’s timetable is no date for the candidate', () => {
  const closing = (line: string) =>
    call(
      ['Priya', ANSWER],
      ['Dana', 'Thank you, that is all from us.'],
      ['Priya', 'Thanks so much.'],
      ['Dana', line],
    );
  it('a week of seeing people, then "in touch once we have seen everyone"', () => {
    expect(
      found(
        closing(
          "We're seeing a few people this week and next, so we'll be in touch once we've seen everyone.",
        ),
      ),
    ).toContain('no-next-steps');
  });
  it('but a day to hear by beside it is a timeline', () => {
    expect(
      found(closing("We're seeing a few people this week, and we'll let you know by Friday.")),
    ).not.toContain('no-next-steps');
  });
});
