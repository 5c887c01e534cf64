import { describe, it, expect } from 'vitest';
import { foundInNotes, hasSign } from './found.case.js';

// our own sentences for the job-dodge families added from holdout-c, and the look-alikes
const CASES: [string, boolean][] = [
  // the candidate unable to read the room is no vague job
  ["Long pauses, and I couldn't work out if they were being serious.", false],
  // the job question answered in a few words
  ['She answered my question about the duties in about four words.', true],
  // stock shrugs about the work
  ["I asked what projects the team has on and got 'loads of interesting things in the pipeline'.", true],
  ["Every time I asked what the job involved it was 'we'll shape it together'.", true],
  ["When I asked about the timings he said 'depends on the client'.", true],
  ['I asked which programmes I would support and he said it varies.', true],
  // left not knowing the site, the roster, which department
  ["Didn't say a word about the site or the roster.", true],
  ['No idea which department it even is.', true],
  ["Nothing about what I'd actualy be doing all day.", true],
  // a real answer, and the candidate's own short answer
  ['I asked about the duties and she walked me through a typical week: two clinics and a ward round.', false],
  ['He asked about my last team and I answered in a few words.', false],
];

describe('vague-role-details: families of job dodges', () => {
  it.each(CASES)('%j → %s', (text, expected) => {
    expect(hasSign(text, 'vague-role-details')).toBe(expected);
  });
});

// session 8: the job question put off to the start or the handbook, shrugged off as standard or self-evident,
// a change under way; and the job left unnamed ("never said which depot", "nothing about how the teams work")
const PUT_OFF: [string, boolean][] = [
  ["I asked about the rota and he said you'll learn all that on induction.", true],
  ['When I asked what the role involves she said I would pick it up once I start.', true],
  ["Asked about the team, got 'there have been a few changes lately'.", true],
  ["I asked what the day to day is and he said 'hard to say, could be anything'.", true],
  ["I asked about the duties and she said 'fairly standard'.", true],
  ["When I asked what the job involves, he said 'oh, self-explanatory really'.", true],
  ['He never said which depot I would be based at.', true],
  ['She didnt say what floor or what the hours were.', true],
  ['Nothing about how the teams are split or who I would report to.', true],
  // a real answer that starts the same way, and the candidate's own
  ["I asked about the hours and she said 'standard nine to five, with one late a week on the tills'.", false],
  [
    'I asked about the team and she said there have been changes: two new analysts joined and I would lead them.',
    false,
  ],
  ['I never said which depot I preferred, which was silly of me.', false],
  ["I asked what happens next and she said I'd hear about it once they had decided.", false],
];

describe('vague-role-details: the job question put off or shrugged off', () => {
  it.each(PUT_OFF)('%j → %s', (text, expected) => {
    expect(hasSign(text, 'vague-role-details')).toBe(expected);
  });
});

// session 11: left with no picture of the job, the specifics named as missing, the advert telling more, "remains a
// mystery", "wouldn't commit to", the answer put off to later, training or an offer; and the look-alikes
const SESSION_11: [string, boolean][] = [
  ['Came away with no real picture of the job itself.', true],
  ['No tools named, no reporting line given.', true],
  ["He spoke for ages but couldn't name a single project I'd work on.", true],
  ['The advert told me more than the interviewer did.', true],
  ['The job itself remains a mystery.', true],
  ["She wouldn't commit to which team I'd join.", true],
  ["I asked what the role involves and he said it'd become clear later.", true],
  ["Asked about the day to day and got 'lots of variety'.", true],
  ["Asked which shifts I'd work and she said I'd get all that in training.", true],
  ["I asked about the actual projects and she said we'll cover that if you're successful.", true],
  ['Came away with a clear picture of the job: two sites, nights, six on a team.', false],
  ["I couldn't name a single project from their website when she asked.", false],
  ['The advert said more about pay than the interview did.', false],
  [
    'No team lunch mentioned, but the role was explained in detail: three clients, Salesforce, reporting to Dana.',
    false,
  ],
  [
    'I asked about the role and it became clear later that she had planned my whole first month: two sites, a mentor, weekly reviews.',
    false,
  ],
];

describe('vague-role-details: session 11 families', () => {
  it.each(SESSION_11)('%j → %s', (text, expected) => {
    expect(hasSign(text, 'vague-role-details')).toBe(expected);
  });
});

// the rules alone: "no info on the team" says as much as "no detail on the team"
const NO_INFO: [string, boolean][] = [
  ['No info at all on the team or the shifts.', true],
  ['Got no useful info about the duties.', true],
  ['No info on parking, but she went through the duties, the rota and the team of six in detail.', false],
];

describe('vague-role-details rules: no info on the job', () => {
  const found = foundInNotes('vague-role-details');
  it.each(NO_INFO)('%j → %s', (text, expected) => {
    expect(found(text)).toBe(expected);
  });
});

// the job question answered in a word or three, nothing more said; a longer answer is an answer
const IN_A_WORD: [string, boolean][] = [
  ['Asked what I\'d be doing day to day — "calls". Tense room.', true],
  ['When I finally asked what I\'d be doing, the office manager just said "paperwork, phones, bits".', true],
  ["I asked what the role involved and she said 'general admin'.", true],
  [
    'I asked what I\'d be doing and she said "running payroll for the three sites and the pension returns".',
    false,
  ],
  ['I asked what I\'d be doing and she said "nights, 4 on 4 off, 12 beds".', false],
];

// the rules alone: the learned pass also reads "I asked what I'd be doing" as a dodge, whatever the answer
const vagueByRules = foundInNotes('vague-role-details');
describe('vague-role-details: the job question answered in a word or three', () => {
  it.each(IN_A_WORD)('%j → %s', (text, expected) => {
    expect(vagueByRules(text)).toBe(expected);
  });
});

// the first months asked about, and terse questions on the team's size or the systems
const FIRST_MONTHS: [string, boolean][] = [
  ["I asked what the first few weeks would look like and she said 'it varies'.", true],
  ['Team size? "A few of us."', true],
  ['Systems? "You\'ll learn it."', true],
  // near misses: the first months told, a terse question answered
  [
    "I asked what the first few weeks would look like and she said I'd shadow Dev on the night desk for a month.",
    false,
  ],
  ['Team size? Nine, plus two apprentices.', false],
  ['Systems? Epic and a bit of Excel.', false],
];

describe('vague-role-details: the first months asked, terse team and systems questions', () => {
  const found = foundInNotes('vague-role-details');
  it.each(FIRST_MONTHS)('%j → %s', (text, expected) => {
    expect(found(text)).toBe(expected);
  });
});

// session 16: the job question put as what the candidate would do or what a part of it involves, replies that hand
// it on (later, to someone else, to a check), and the job given only as support of some team
const HANDED_ON: [string, boolean][] = [
  ["When I asked which clients I'd look after, he said 'we'll see'.", true],
  ["I asked what the weekend shifts would involve and she said 'oh, it varies'.", true],
  ['I asked what a normal day looks like and got "whatever the manager needs".', true],
  ["I asked what they expect from me in the first term. She said 'we'll work that out as we go'.", true],
  ["I asked about the team and he said 'we'll tell you later'.", true],
  ['When I asked which system I would use, she said she would have to check.', true],
  ["I asked what my hours would be and he said 'the area manager decides that'.", true],
  ['What would my days look like? "Supporting the office."', true],
  ["He said 'just supporting the sales team, mainly'.", true],
  ['Hardly any detail about the job, and they never said which site.', true],
  ["The manager didn't know which depot I'd be at.", true],
  ["Still no idea which round I'll be on.", true],
  ["I asked which stores I'd cover and got 'it's fluid'.", true],
  ['What did the job involve? "Oh, various."', true],
  ["She never said what I'd actually be cooking.", true],
  ["I didn't really get a picture of what I would be doing.", true],
  // near misses: the question answered, the support told with its contents, the candidate's own job
  ["I asked which clients I'd look after and he named four housing associations in Leeds.", false],
  [
    'I asked what the weekend shifts would involve and she said two twelve-hour days on the stroke ward.',
    false,
  ],
  ["You'd be supporting the finance team with the month-end close and the payroll run.", false],
  ['In my current job I support the finance team.', false],
  ["She told me which depot I'd be at: the one by the ring road.", false],
  ["I don't know which bus I'd take to get there.", false],
  ['She said the job is varied: two clinics, a ward round and the audit.', false],
  ["He didn't say what I'd be earning until the offer.", false],
];

describe('vague-role-details: the job question handed on, and support of a team as the whole job', () => {
  const found = foundInNotes('vague-role-details');
  it.each(HANDED_ON)('%j → %s', (text, expected) => {
    expect(found(text)).toBe(expected);
  });
});
