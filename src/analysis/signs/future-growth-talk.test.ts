import { describe, it, expect } from 'vitest';
import { hasSign, heardInCall } from './found.case.js';

const has = hasSign;

// our own sentences for each family of growth talk, and the look-alikes that are not growth
const CASES: [string, boolean][] = [
  // the path in steps, the door named, temp to permanent, college days
  ['He said you do the Level 1 first, then the Level 2 in the second year.', true],
  ['She mentioned a chance of forklift training after six months.', true],
  ['The head said they have a bursary for moving cover teachers onto permanent contracts.', true],
  ["He said there's a shift lead route for anyone who wants it.", true],
  ['She said they want someone to step into the deputy manager role next spring.', true],
  ['Training is college one day a week for the first two years, he said.', true],
  // a conversation that became something, and a case study, are not growth
  ['After ten minutes it became a proper conversation between two nerds.', false],
  ['Next step is a case study, then a final with the director.', false],
  // named programmes and qualifications the hire is put on
  ['The head said "I\'d want you on NPQSL within a year."', true],
  ['He said they would want me doing my HGV class 1 after a year.', true],
  // a step that comes with staying
  ['He said guys who stick around two years can move to the dedicated account.', true],
  ['She said if you stick it out for a year you can move onto the day shift.', true],
  ["He said we'd put you through your CIPD.", true],
  ["She said we'd get you on the leadership course.", true],
  ['She said ACCA paid for.', true],
  ['He said stick it out and you get first pick of the good routes.', true],
  ['I paid for my course myself, the training paid off.', false],
  // growth offered to "someone like you"
  ['The CEO said there was a real opportunity for someone like you to grow into a director role.', true],
  // a project to lead is a role, not growth; the candidate's own mentoring is not growth
  ['The Dean told me "when you\'re here, we\'d want you to lead the digitisation bid."', false],
  ['To be fair he then said my mentoring scheme at the bank was impressive.', false],
  // a past career is not a path at the company
  ['Left the police after 28 years, now interviewing for security manager jobs.', false],
  ['She said they train everyone up to lead a shift within the year.', true],
  // a later step for the hire, told by the interviewer with its time or condition
  ['He told me after the probation period I could step up to shift supervisor.', true],
  ["She reckons once I've got a season under my belt I'd run the second van.", true],
  ['Boss said if I graft I could be a senior fitter by next spring.', true],
  ['She said they will send me for the instructor fellowship after two years.', true],
  ["He said they'd teach me how to use the lathe.", true],
  ['He said when I start I would do the Monday deliveries, then move into the office in year two.', true],
  // the interviewer picturing the hire grown
  ['She could see me getting nervous, so she slowed right down.', false],
  ['The director said she could see me running the Bristol office one day.', true],
  // the candidate's own plan, and a role on day one, are not growth told by them
  ['I said I could lead the team eventually if they needed it.', false],
  ['I hope once I have settled I could move into management.', false],
  ["He said once I start I'll run the Saturday market stall.", false],
  // mentoring as how the place is run is culture; with a path named, or for the hire, it is growth
  ['She said the culture is relaxed: a mentor for each new starter and a quiz night on Fridays.', false],
  ['He talked about their values, open-door managers and mentoring circles.', false],
  ['She said every new starter gets a mentor and a route to chartership within three years.', true],
  ['He said I would have a mentor for my first six months.', true],
  // the writer's own mentor, or one the hire would be, is no talk of the job
  ['Mentor, short update on the dental one.', false],
  ['Thanks again for mentoring me through the applications.', false],
  // an apprenticeship named as the post applied for, not one the interviewer told of
  ['Phone interview for a bricklaying apprenticeship.', false],
  ['It was a warehouse apprenticeship with a big retailer.', false],
  ['The supervisor explained the apprenticeship runs two years and ends in a level 3.', true],
  // whether growth came up, wondered about, is not growth told
  ['My mum keeps asking whether they mentioned promotion.', false],
  // a qualification seen through for the hire, a scheme, trained up, a band or a lead role by a year, a post to come
  ["She said they'd get my level 2 food hygiene done in the first month.", true],
  ['He said the CIPD would be paid for by them.', true],
  ['She said they sponsor trainees through the SQE after a year.', true],
  ['He mentioned the ACCA sponsorship.', true],
  ["He said they'd train me up to supervisor.", true],
  ['She said nurses usually move up to band 6 after a year.', true],
  ['He said we see people like you as a team lead by year three.', true],
  ["She said there'd be a deputy manager post in the spring.", true],
  ['He asked whether I needed visa sponsorship.', false],
  ['I paid for my level 3 myself and got it done last year.', false],
  // "on the way up" is a stair or a lift, not a career
  ['She showed me round the kitchens on the way up.', false],
];

describe('future-growth-talk: families of growth talk', () => {
  it.each(CASES)('%j → %s', (text, expected) => {
    expect(has(text, 'future-growth-talk')).toBe(expected);
  });
});

// the step up named in the trade's own words
describe('future-growth-talk: upgrades and time to command', () => {
  it.each([
    ['He said upgrades to captain take about four years at the moment.', true],
    ['She said time to command is around five years here.', true],
    ['I upgraded to senior membership at the gym last year.', false],
  ] as [string, boolean][])('%j → %s', (text, expected) => {
    expect(has(text, 'future-growth-talk')).toBe(expected);
  });
});

// A question about the candidate's own wish to move or grow asks about them; it tells nothing of
// their future at the company. Each wish asked sits beside the growth the interviewer told.
/** Whether future-growth-talk is heard when the interviewer says `said` in a short call. */
const call = (said: string): boolean =>
  heardInCall([
    ['Interviewer', 'Thanks for coming in today.'],
    ['Interviewer', said],
    ['Sam', 'Sure, I have been doing the weekly reporting for two years and I like it.'],
  ]).has('future-growth-talk');

describe('future-growth-talk: the candidate asked why they want to move or grow', () => {
  const asked = [
    'Tell us why you want to move into analytics.',
    'Why do you want to move into management?',
    'Where do you want to grow in the next few years?',
    'What made you want to move into management?',
    'What would you like to move into, longer term?',
    'Why are you looking to step up to a lead role?',
    "So why're you keen to move up to team lead now?",
  ];
  const told = [
    "There's room to grow into analytics here.",
    'After a year you could move into management.',
    'If you want to move into management, there is a route for that after a year.',
    "We'd like you to step up to team lead within a year.",
    'Plenty of people here move up to senior within two years.',
  ];
  it.each(asked)('must not find, asked aloud: %j', (said) => {
    expect(call(said)).toBe(false);
  });
  it.each(asked)('must not find, quoted in notes: %j', (said) => {
    expect(has(`She said: "${said}"`, 'future-growth-talk')).toBe(false);
  });
  it.each([
    'She asked why I wanted to move into analytics.',
    'He asked what made me want to move into management.',
    'They asked where I want to grow over the next few years.',
  ])('must not find, reported: %j', (text) => {
    expect(has(text, 'future-growth-talk')).toBe(false);
  });
  it.each(told)('must find, said aloud: %j', (said) => {
    expect(call(said)).toBe(true);
  });
  it.each(told)('must find, quoted in notes: %j', (said) => {
    expect(has(`She said: "${said}"`, 'future-growth-talk')).toBe(true);
  });
});

describe('growth words in another sense, said aloud', () => {
  it.each([
    // the firm's own move, into a market or a system
    "We've slowly moved into cold-chain freight over the last few years.",
    'We are moving into a new payroll system in the spring.',
    // a shop's promotions
    'The analyst owns the pricing and promotions for the frozen range.',
    'You would build the promotions evaluation dashboard first.',
    'Did you leave the promoted weeks out of the baseline?',
  ])('must not find: %j', (said) => {
    expect(call(said)).toBe(false);
  });
  it.each([
    'Two of our testers have moved into development already.',
    "There's a promotion round every spring, and most people get there in two years.",
    "We're keen on people moving up; Jo started on the tills.",
  ])('must find: %j', (said) => {
    expect(call(said)).toBe(true);
  });
});

describe('the path told in steps, said aloud', () => {
  it.each([
    'Once you pass, you go up to band five, and after two years you can apply for senior.',
    'Honestly, I can see you as a shift lead here before long.',
    "We'll put you through the forklift licence in the first month.",
    'Every new planner does the supply chain diploma, level four, paid for.',
    'Half our supervisors started on the tills.',
  ])('must find: %j', (said) => {
    expect(call(said)).toBe(true);
  });
  it.each([
    'The van goes up to the depot on Fridays.',
    'Could you apply for a licence in your own name?',
    'I can see your point about the rota.',
    "We'll put you on the Tuesday rota to start with.",
  ])('must not find: %j', (said) => {
    expect(call(said)).toBe(false);
  });
});
