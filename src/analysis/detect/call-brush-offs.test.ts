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

describe('what a question is about, and whether the reply answers it', () => {
  const asked = (question: string, reply: string) =>
    call(
      ['Priya', ANSWER],
      ['Dana', 'Any questions?'],
      ['Priya', question],
      ['Dana', reply],
      ['Priya', 'Okay, thanks.'],
    );
  it.each([
    [
      'the team, sent to the pack',
      'Could you tell me a bit about the team?',
      'The structure chart is in the candidate pack.',
    ],
    [
      'the caseload, sent to the job description',
      'Is there an average caseload?',
      'It is covered in the job description.',
    ],
  ])('a question on %s is a role question brushed off', (_, question, reply) => {
    expect(found(asked(question, reply))).toContain('vague-role-details');
  });
  it('a reply that passes the question to HR and is unsure gives no role detail, however long', () => {
    const reply =
      "I think HR can answer that better than me, I'm not sure what the current policy is, it keeps changing, there was a review last year and another one now, so honestly whatever I say might be out of date by the time you start.";
    expect(found(asked('Is the role hybrid at all, or in the office full time?', reply))).not.toContain(
      'detailed-role-info',
    );
  });
  it('"Bit of both", then how the team decides at length, answers a question on having a say', () => {
    const reply =
      'Bit of both. There is a yearly plan from the board, which we cannot change, but inside it the pickers choose how the shifts run. We hold a meeting each quarter and anyone can bring an idea, and the new loading order was one of those ideas.';
    expect(found(asked('Do the pickers get a say in how the shifts run?', reply))).toContain(
      'culture-discussion',
    );
  });
});

describe('culture-discussion: a colleague shared with another team is no habit of the place', () => {
  it('not from "a designer we share with product"', () => {
    const text = call(
      ['Priya', ANSWER],
      ['Dana', 'You would report to me. There is a writer, and a designer we share with product.'],
      ['Priya', 'And the week?'],
      ['Dana', 'There is a sales meeting every Monday, and the rest is yours to plan.'],
      ['Priya', 'Okay.'],
    );
    expect(found(text)).not.toContain('culture-discussion');
  });
});
