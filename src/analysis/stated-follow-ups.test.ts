import { describe, expect, it } from 'vitest';
import { statedFollowUpsFrom } from './stated-follow-ups.js';

// Wednesday 25 November 2026; the interview was the Wednesday before
const TODAY = '2026-11-25';
const INTERVIEW = '2026-11-18';
const checkInOf = (text: string, interview = INTERVIEW) =>
  statedFollowUpsFrom(text, TODAY, interview).checkIn;
const thankYouOf = (text: string, interview = INTERVIEW) =>
  statedFollowUpsFrom(text, TODAY, interview).thankYou;

describe('statedFollowUpsFrom reads a check-in told as done', () => {
  it.each([
    ['I emailed the recruiter on Monday and nothing yet.', '2026-11-23', 'none'],
    ['Chased them last week, still nothing.', undefined, 'none'],
    ['Sent a follow-up on the 20th.', '2026-11-20', 'none'],
    ['Called HR Tuesday, they said still deciding.', '2026-11-24', 'holding'],
    ['I followed up with the hiring manager yesterday.', '2026-11-24', 'none'],
    ['Rang them on Friday. They said they would let me know next week.', '2026-11-20', 'holding'],
    ["I've chased twice now.", undefined, 'none'],
    ['sent them a polite chaser on 23/11', '2026-11-23', 'none'],
    ['Messaged the recruiter on LinkedIn this morning, no reply.', undefined, 'none'],
    ['Got in touch with HR on Monday: no decision yet.', '2026-11-23', 'holding'],
    ['So I checked in with the recruiter 2 days ago.', '2026-11-23', 'none'],
    ['Reached out to them Thursday last week.', '2026-11-19', 'none'],
    ['Dropped the recruiter a quick email on Monday.', '2026-11-23', 'none'],
    ['Left a voicemail for HR yesterday.', '2026-11-24', 'none'],
    [
      'Asked the recruiter for an update on Friday, she said they will be in touch next week.',
      '2026-11-20',
      'holding',
    ],
    ['Followed up last Thursday.', '2026-11-19', 'none'],
    ['I followed up on my application on Monday.', '2026-11-23', 'none'],
    ['Checked in with the recruiter on Monday.', '2026-11-23', 'none'],
    [
      'I emailed the HR contact on the 24th and she said "the panel is still deliberating".',
      '2026-11-24',
      'holding',
    ],
  ])('%s', (text, on, reply) => {
    const found = checkInOf(text);
    expect(found?.on).toBe(on);
    expect(found?.reply).toBe(reply);
    expect(text.slice(found!.evidence.start, found!.evidence.end)).toBe(found!.evidence.quote);
  });

  it.each([
    "I haven't chased yet.",
    "I'll email them Friday if nothing comes.",
    'Should I follow up?',
    'Should I have emailed the recruiter on Monday?',
    'Not followed up yet, waiting till next week.',
    'I should have chased them by now.',
    'They followed up with a call to check my references.',
    'The recruiter called them for me.',
    'HR emailed me on Monday to say they need more time.',
    'I never contacted them after the interview.',
    'Emailed the recruiter on Monday to confirm the time.',
    'I emailed them my portfolio on Tuesday.',
    'Going to send a follow-up email tomorrow.',
    'Thinking of nudging them.',
    'I forgot to email them.',
    'I was chased for my references on Monday.',
    'Sent them a short note to say thank you.',
    'They left a message for me on Tuesday.',
    // naming, not calling
    'I called the recruiter by the wrong name.',
    "I forgot the office manager's name and called her the wrong name.",
    'Then I called her Karen when her name is Katherine.',
    'My flatmate called the interviewer "a human screensaver".',
    // someone close to the writer, about their own job
    "My sister called her boss 'mum' by accident once, I was scared I'd do that.",
    'My best friend emailed her manager on Monday about a pay rise.',
    // a question in the room, or arriving for it
    'She asked about the rota and I followed up on the ward round scenario I described.',
    'Checked in at reception at 9.50.',
  ])('none: %s', (text) => {
    expect(checkInOf(text)).toBeUndefined();
  });

  it('leaves a contact dated before the interview aside', () => {
    expect(checkInOf('Called HR on Monday 16 November about parking.')).toBeUndefined();
  });

  it('takes the latest dated of several check-ins', () => {
    const found = checkInOf(
      'Emailed the recruiter on Friday, nothing. Chased again on Tuesday, still deciding.',
    );
    expect(found?.on).toBe('2026-11-24');
    expect(found?.reply).toBe('holding');
  });

  it('dates one told with several days by the latest', () => {
    expect(checkInOf('Chased on the 19th and 23rd, nothing.')?.on).toBe('2026-11-23');
    expect(checkInOf('Emailed them on Friday and again on Monday.')?.on).toBe('2026-11-23');
  });

  it('quotes the answer with the check-in', () => {
    expect(checkInOf('Called HR Tuesday, they said still deciding. Fingers crossed.')?.evidence.quote).toBe(
      'Called HR Tuesday, they said still deciding',
    );
    expect(checkInOf('Called HR Monday. They said they are still interviewing.')?.evidence.quote).toBe(
      'Called HR Monday. They said they are still interviewing',
    );
    expect(checkInOf('Emailed the recruiter on Monday, nothing yet.')?.evidence.quote).toBe(
      'Emailed the recruiter on Monday',
    );
  });

  it('reads an answer in the next sentence only when it starts with who answered', () => {
    expect(checkInOf('Called HR Monday. They said they are still interviewing.')?.reply).toBe('holding');
    expect(checkInOf('Called HR Monday. I will let you know what I decide.')?.reply).toBe('none');
  });

  it('dates nothing without a today', () => {
    expect(statedFollowUpsFrom('I emailed the recruiter on Monday.', 'soon')).toEqual({});
  });
});

describe('statedFollowUpsFrom reads a thank-you told as sent', () => {
  it.each([
    ['Sent a thank you email that evening.', INTERVIEW],
    ['sent thank-you notes to both of them straight after', INTERVIEW],
    ['I emailed a quick thanks to the panel on Thursday.', '2026-11-19'],
    ['Wrote a thank you card.', undefined],
    ['Dropped the recruiter a thank you note.', undefined],
    ['Thanked them by email the same day.', INTERVIEW],
    ['Sent them a short thank-you note yesterday.', '2026-11-24'],
    ['i sent thank you emails the next day', '2026-11-19'],
  ])('%s', (text, on) => {
    const found = thankYouOf(text);
    expect(found).toBeDefined();
    expect(found?.on).toBe(on);
  });

  it.each([
    "I haven't sent a thank you note yet.",
    'Should I send a thank-you email?',
    'I thanked them for their time and left.',
    "I'll send a thank you tonight.",
    'They sent a thank you for coming in.',
  ])('none: %s', (text) => {
    expect(thankYouOf(text)).toBeUndefined();
  });

  it('without the interview day, "that evening" gives no day', () => {
    const found = statedFollowUpsFrom('Sent a thank you email that evening.', TODAY).thankYou;
    expect(found).toBeDefined();
    expect(found?.on).toBeUndefined();
  });
});
