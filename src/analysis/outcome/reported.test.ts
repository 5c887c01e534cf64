import { describe, expect, it } from 'vitest';
import { reportedOutcomeFrom } from './reported.js';

const told: Array<[string, string]> = [
  ['offer', 'The interview went ok I think. Two days later they called and offered me the job!!'],
  ['offer', 'update: got the offer this morning 🎉'],
  ['offer', 'Long story short, I was offered the position on Friday and I start in March.'],
  ['offer', 'Honestly thought I blew it but the hiring manager rang and offered me the role.'],
  ['offer', 'received a verbal offer yesterday, written one to follow'],
  ['offer', 'I accepted their offer last week.'],
  ['offer', 'They hired me. Still cannot believe it.'],
  ['offer', 'so yeah... I got the job lol'],
  ['offer', 'The recruiter phoned me on the Tuesday: I got it!'],
  ['offer', 'I was thrilled to be offered the job after the final round.'],
  ['rejected', 'A week later I got the rejection email. Standard wording, no feedback.'],
  ['rejected', 'heard back today, unfortunately they went with another candidate'],
  ['rejected', "Didn't get it. They said they'd gone with someone with more agency experience."],
  ['rejected', 'Three weeks on, a rejection letter arrived.'],
  ['rejected', 'I was unsuccessful this time, the email said.'],
  ['rejected', 'They decided not to move forward with my application.'],
  ['rejected', 'In the end they decided to go with someone else.'],
  ['rejected', 'The job has been filled, the HR lady told me when I chased.'],
  [
    'next-round',
    'It was a 30 minute phone screen with the recruiter. The next day they invited me to a second interview.',
  ],
  [
    'next-round',
    'Mostly small talk, a few questions about my CV, then she walked me out. Good news: I made it through to the final round!',
  ],
  [
    'next-round',
    'I had the first interview on Monday, it felt rushed. They want me back for a panel interview next week.',
  ],
  ['withdrew', 'After the second call I withdrew my application — the commute was too much.'],
];

const notTold: string[] = [
  'Fingers crossed they offer me the job.',
  'If I get the job I will have to move.',
  'Did I get the job? No idea yet.',
  'Still no rejection email, which is something.',
  "I'm hoping to get an offer by the end of the month.",
  'I have been rejected by so many other companies this year.',
  'I got the job description a week before, so I prepared.',
  'I was invited to a final interview at the bank. It was a panel of four and they grilled me on risk models for an hour. They said they would be in touch.',
  'They asked lots about my last job, where I was offered the role of team lead years ago.',
  'I got it wrong when she asked about the budget.',
  "We'll see whether they go with someone else.",
  'They might have gone with someone internal, who knows.',
  'Would love to be offered the job, the team seemed great.',
  'When I start, I get a laptop and a week of training, she said.',
  'she was smiling, nodding, asked good follow-ups, said I would hear within two weeks',
];

describe('reportedOutcomeFrom', () => {
  it.each(told)('reads %s in %j', (outcome, text) => {
    const r = reportedOutcomeFrom(text);
    expect(r?.outcome).toBe(outcome);
    expect(text.slice(r!.evidence.start, r!.evidence.end)).toBe(r!.evidence.quote);
  });

  it.each(notTold)('reads no answer in %j', (text) => {
    expect(reportedOutcomeFrom(text)).toBeUndefined();
  });

  it('takes the last answer told', () => {
    const text =
      'They invited me to a second interview after a week, which went great. Then, ten days later, I got the rejection email.';
    expect(reportedOutcomeFrom(text)?.outcome).toBe('rejected');
    const back =
      'I was rejected at first. Two weeks later their first choice dropped out and they offered me the job.';
    expect(reportedOutcomeFrom(back)?.outcome).toBe('offer');
  });

  it('keeps offsets on curly apostrophes and emoji', () => {
    const text = '😬 it’s been a week… then they called: they’ve offered me the job';
    const r = reportedOutcomeFrom(text)!;
    expect(r.outcome).toBe('offer');
    expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.quote);
  });
});

describe('reportedOutcomeFrom on look-alikes', () => {
  it.each([
    'I asked for the questions in advance. They said no, they like to see people think on their feet.',
    'I begin to suspect the post has been filled.',
    'He kept looking at the clock and gave me one-word answers.',
    'A colleague mentioned someone had accepted the position.',
    "Two of them were excellent and didn't get through the first round.",
    'Then she took me on a tour of the kitchen.',
    'I went to the second interview feeling sick.',
  ])('reads no answer in %j', (text) => {
    expect(reportedOutcomeFrom(text)).toBeUndefined();
  });
});

it('reads no answer in a way of being treated', () => {
  expect(
    reportedOutcomeFrom('She talked to me as if I had already been hired, which felt great.'),
  ).toBeUndefined();
  expect(
    reportedOutcomeFrom('It made me feel good that she was already seeing me as having been hired.'),
  ).toBeUndefined();
});

it('reads no answer when someone else got the job', () => {
  expect(
    reportedOutcomeFrom('At the station I met the guy that got the job instead of me, small world.'),
  ).toBeUndefined();
  expect(reportedOutcomeFrom('She told me she got hired into the same role years back.')).toBeUndefined();
  expect(reportedOutcomeFrom('My friend got an offer from them last year.')).toBeUndefined();
});

it('reads no answer in the rest of a job search', () => {
  for (const text of [
    'Nine roles since June: five sifted out, two I withdrew from because of location, one still open.',
    'I finished first semester and dropped out (long story), been applying for retail since.',
    "I've got another interview on Thursday with a crowd in Rolleston.",
    "One GP practice said they'd gone with an internal person.",
    'One shortlisted me and then withdrew the post.',
  ])
    expect(reportedOutcomeFrom(text), text).toBeUndefined();
  expect(reportedOutcomeFrom('After the second call I decided to withdraw my application.')?.outcome).toBe(
    'withdrew',
  );
});

it('reads a bare withdrawal, and neither a hedge nor someone else’s next round', () => {
  expect(reportedOutcomeFrom('Outcome: they invited me to the last round but I withdrew.')?.outcome).toBe(
    'withdrew',
  );
  expect(
    reportedOutcomeFrom('I know I probably didn’t get it, but some feedback would help.'),
  ).toBeUndefined();
  expect(
    reportedOutcomeFrom(
      'My brother said his interviewer kept checking his watch, but he still got a second interview.',
    ),
  ).toBeUndefined();
});

describe('an answer wrapped across lines', () => {
  it('reads "went with⏎another candidate" in an email-wrapped note, quoting the original', () => {
    const text = [
      'Update on the analyst role: the interview itself went fine and the panel were friendly enough, but',
      'this morning the recruiter phoned to say that in the end they had decided to go with another',
      'candidate, someone with more experience of the tools. Disappointed but onto the next one.',
    ].join('\n');
    const r = reportedOutcomeFrom(text);
    expect(r?.outcome).toBe('rejected');
    expect(r!.evidence.quote).toContain('\n');
    expect(text.slice(r!.evidence.start, r!.evidence.end)).toBe(r!.evidence.quote);
  });
});
