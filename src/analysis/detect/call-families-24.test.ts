/**
 * Families of wording from the w24 calls (session 24): short calls that tell the job in a verb of the work, reassure
 * at the start, put terms as the employer's problem, or keep an agency's client unnamed; each with a near miss.
 */
import { describe, expect, it } from 'vitest';
import { call, found } from './call.case.js';

describe('the work told to the candidate as theirs (future-role-talk)', () => {
  it.each([
    ["So the job. You'd handle starters, leavers, overtime claims and the year-end P60s."],
    ["You'd manage four pumping station upgrades at a time, reporting to me."],
    ["You'd have a patch of about sixty accounts in the north-west."],
    ['The team you would join is four analysts, and we use BigQuery.'],
  ])('%s', (told) => {
    expect(found(call(['Dana', told], ['Priya', 'Okay, that sounds good.']))).toContain('future-role-talk');
  });
  it.each([
    ['asked', 'How would you handle a complaint from a parish council about road closures?'],
    ['on a condition', "You'd manage the Leeds team if you're successful, but that is a while off."],
    ['a week for a task', "You'd have a week to do the take-home task, there's no rush at all."],
  ])('not when %s', (_, told) => {
    expect(found(call(['Dana', told], ['Priya', 'Okay, that sounds good.']))).not.toContain(
      'future-role-talk',
    );
  });
});

describe('reassurance at the start as warmth (positive-atmosphere)', () => {
  it.each([
    ["Please, don't be stressed, it is only a talk between us, no tricky questions."],
    ["No need to be formal today, it's a relaxed one."],
    ["It's just a friendly chat, so please don't worry."],
  ])('%s', (said) => {
    expect(found(call(['Dana', said], ['Priya', 'Thank you, that helps.']))).toContain('positive-atmosphere');
  });
  it('not a quick call kept short', () => {
    const text = call(['Dana', "It's only a quick call, I have another at ten."], ['Priya', 'Okay.']);
    expect(found(text)).not.toContain('positive-atmosphere');
  });
});

describe('culture told, and quips that only sound like it', () => {
  it('a quip about what was just said is no culture', () => {
    const text = call(
      ['Priya', 'And who would I report to?'],
      ['Dana', "Oh, me, or maybe Rob, we haven't decided. We're very laid back like that."],
    );
    expect(found(text)).not.toContain('culture-discussion');
  });
  it('the interview called relaxed is no culture', () => {
    const text = call(['Dana', "No need to be formal today, it's a relaxed one."], ['Priya', 'Great.']);
    expect(found(text)).not.toContain('culture-discussion');
  });
  it('how people treat each other there is', () => {
    const text = call(
      ['Dana', 'Nobody shouts here, I worked in places like that. We eat together at four, all of us.'],
      ['Priya', 'That is rare.'],
    );
    expect(found(text)).toContain('culture-discussion');
  });
});

describe('terms put as the employer’s problem (raised-concerns)', () => {
  it('a notice period and a salary, each a problem', () => {
    const text = call(
      ['Dana', 'I need to flag something. Your notice is three months, and that is a problem for us.'],
      ['Priya', 'I could ask to go early.'],
      ['Dana', "And the salary. I'm honestly not sure we can get there."],
      ['Priya', 'I see.'],
    );
    expect(found(text)).toContain('raised-concerns');
  });
  it('not a problem the firm shares with the candidate', () => {
    const text = call(
      ['Priya', 'Our fryers kept breaking down.'],
      ['Dana', "Ha, that's a problem for us too. Tell me about your rota."],
    );
    expect(found(text)).not.toContain('raised-concerns');
  });
});

describe('the close (no-next-steps)', () => {
  it("the interviewer's own 'I'll let you know' with no day", () => {
    const text = call(
      ['Priya', 'And who would I be working with?'],
      ['Dana', "Whoever's on. Listen, I've got to go. I'll let you know. Cheers."],
    );
    expect(found(text)).toContain('no-next-steps');
  });
  it('not with a day', () => {
    const text = call(
      ['Priya', 'When will I hear?'],
      ['Dana', "I'll let you know by Friday. Thanks, Priya."],
    );
    expect(found(text)).not.toContain('no-next-steps');
  });
  it("not the candidate's 'no, I think that's all', with a day of the month in words", () => {
    const text = call(
      ['Dana', 'Questions from you?'],
      ['Priya', "No, I think that's all. Thank you."],
      ['Dana', "Okay. You'll hear by the twelfth. Goodbye."],
    );
    expect(found(text)).not.toContain('no-next-steps');
  });
});

describe("an agency's client kept unnamed (little-company-info)", () => {
  it('the company asked and not named', () => {
    const text = call(
      ['Priya', "Yes, who's the company?"],
      ['Dana', "I can't say the client's name at this stage, sorry."],
      ['Priya', 'Okay.'],
      ['Dana', 'I will send your CV over today and call you on Thursday.'],
    );
    expect(found(text)).toContain('little-company-info');
  });
});

describe('a path told by what the place does for its people (future-growth-talk)', () => {
  it('staff put through courses', () => {
    const text = call(
      ['Dana', 'After the first year we put our nurses through the IV and cannulation courses.'],
      ['Priya', 'Lovely.'],
    );
    expect(found(text)).toContain('future-growth-talk');
  });
  it('not staff put on a shift', () => {
    const text = call(['Dana', 'We put our nurses on nights one week in four.'], ['Priya', 'Okay.']);
    expect(found(text)).not.toContain('future-growth-talk');
  });
});
