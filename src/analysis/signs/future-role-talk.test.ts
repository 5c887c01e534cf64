import { describe, it, expect } from 'vitest';
import { hasSign, notesSigns } from './found.case.js';

const has = hasSign;

// our own sentences for each family of talk that presumes the hire, and the look-alikes that do not
const CASES: [string, boolean][] = [
  // in the job at its station: "when you're on the line with us you'll..."
  ["He said when you're on the line with me in spring you'll learn the sauces properly.", true],
  // "explained I'd..." describes the post; "said I'd..." presumes the hire
  ['She explained I would work the late desk and the weekend post room.', false],
  ["She said I'd be on the late desk most weeks.", true],
  // the hire placed on days, posted somewhere, or given a duty after other talk
  ["She grinned and said 'I'd stick you on Saturdays to start'.", true],
  ['They told me I would probably be based in Leeds for the first year.', true],
  ['He said they open at six and I would be doing the bread deliveries with Sam.', true],
  // the candidate's own plan, and a placement supposed on an offer
  ['I said I would be doing the bread deliveries if they wanted.', false],
  ['They told me I would be based in Leeds if I get the job.', false],
  // "head up <noun>" without an article
  ['She said "you\'d head up pastry at the new site".', true],
  ['He reckoned you would be heading up nights by spring.', true],
  // "told me straight:" with a colon before the duties
  ["Told me straight: I'd run the evening shift, 11 staff.", true],
  ["Told me exactly: I'd cover the north depot, mostly early starts.", true],
  // what the new starter gets as their own
  ["Clinical lead said I'd get my own clinic list from week 2.", true],
  ["She said you'll be given your own tutor group.", true],
  ['She asked if I would get bored with smaller clients.', false],
  // "once you're in, we'll ..."
  ['She said "once you\'re in we\'ll get you on the rota for the tills".', true],
  // a done-deal close
  ['Shook my hand, said "paperwork Monday." Felt like a done deal.', true],
  ['She told me to bring my P45 and bank details on Monday.', true],
  ['He said "welcome aboard" on the way out.', true],
  ["He said they'll send my contract this week.", true],
  ["He said I'd get my rota by Friday.", true],
  ['He was already talking about my locker.', true],
  ['She said see you Monday for the second interview.', false],
  // any duty of the trade told as the candidate's, and the -ing words that are news or waiting
  ["The owner told me I'd be decorating the wedding cakes on Fridays.", true],
  ["Foreman said I'd be rendering the back wall with his son.", true],
  ["She said I'd be getting an email about the second round.", false],
  ["They told me I'd be grooming the show dogs if I get the job.", false],
  ['I need to send my contract back to my old job first.', false],
  ["If I get it I'll bring my P45.", false],
];

describe('future-role-talk: families of a presumed hire', () => {
  it.each(CASES)('%j → %s', (text, expected) => {
    expect(has(text, 'future-role-talk')).toBe(expected);
  });
});

// one vague mention, where the rules also read the note as vague about the job, is the vague answer itself
describe('future-role-talk yields to vague-role-details on one mention', () => {
  it('reads "you will support the team" as the vague answer', () => {
    const signs = notesSigns(
      "When I asked what I'd do every day, she said you will support the team, lots of different things.",
    );
    expect(signs.has('vague-role-details')).toBe(true);
    expect(signs.has('future-role-talk')).toBe(false);
  });
  it('keeps two mentions', () =>
    expect(
      notesSigns(
        "When you start, you'll be sorting my diary and chasing the subbies. You'll be on site with me Thursdays. She was vague about the team though.",
      ).has('future-role-talk'),
    ).toBe(true));
});

// the rules alone (the learned layer may add the sign without them): "and I'd be part of ..." after other talk
describe('future-role-talk rules: "and I\'d be part of" after an explanation', () => {
  it('finds the place in the team', () =>
    expect(
      notesSigns(
        "The head chef explained they open a second site in spring and I'd be part of the launch crew.",
      ).has('future-role-talk'),
    ).toBe(true));
  it("not the candidate's own wish", () =>
    expect(
      notesSigns("I explained my plans and said I'd love to be part of the launch crew.").has(
        'future-role-talk',
      ),
    ).toBe(false));
});

// the people the hire would manage named in passing, and a child starting school, are not the
// interviewer picturing the hire in the job; the interviewer's own words still are
describe('future-role-talk: people named by the job, and a child starting school', () => {
  it.each([
    'The panel was the chair, a governor and two of the nurses I would be managing.',
    'I met a couple of the engineers I would be leading on the tour.',
    'My plan was always to return to teaching when he starts school.',
  ])('does not find it in %j', (text) => expect(has(text, 'future-role-talk')).toBe(false));
  it.each([
    'She said I would be managing the two night nurses from day one.',
    'The head told him that once he starts he would be leading the Year 6 team.',
  ])('finds it in %j', (text) => expect(has(text, 'future-role-talk')).toBe(true));
});

// a start day set for the candidate: a date of the month, a start "training", and the day as one term in a list
describe('future-role-talk: a start day given as settled', () => {
  it.each([
    'The site manager said I could start on the 14th if I wanted it.',
    'She say I start training Wednesday, bring black shoes.',
    'Said minimum wage, four shifts a week, uniform provided, start the 2nd.',
  ])('finds it: %s', (text) => expect(has(text, 'future-role-talk')).toBe(true));
  it.each([
    // the course or the season starting, the writer's own offer of a day, and the writer's news after an offer
    'She said the induction course starts on the 14th.',
    'I said I could start on the 14th at the earliest.',
    'Update: they rang this morning, I start in June!',
  ])('does not find it: %s', (text) => expect(has(text, 'future-role-talk')).toBe(false));
});
