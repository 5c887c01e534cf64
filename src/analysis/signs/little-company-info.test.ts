import { describe, it, expect } from 'vitest';
import { foundInNotes, hasSign } from './found.case.js';

// our own sentences for the company brush-off families added from holdout-c, and the look-alikes
const CASES: [string, boolean][] = [
  // the culture question answered with a pointer elsewhere or a pat line
  ["When I asked what the depot's like to work at, she said 'it's a depot, you know what it's like'.", true],
  ["I asked what the people are like and he said it's all in the staff pack.", true],
  ["Asked about the culture and got 'ah we're all grand here'.", true],
  ["I asked about the working culture and hours, he said 'it is very corporate, you'll adapt'.", true],
  ["I asked how decisions get made and she said 'we're super startup, very horizontal' and moved on.", true],
  ['She asked about the work culture and he said "you will understand later".', true],
  // a list of things not told that ends with how they work
  ["He couldn't tell me which clients I'd have or anything about how the team works.", true],
  // the job's site with the shifts is the job, not the company
  ["Nothing about the site, the rota or who I'd report to.", false],
  // "later" on its own is not a brush-off
  ['She asked about my last work environment and later asked about my notice period.', false],
  // the candidate's own adjustment
  [
    'I asked about the culture and she explained the monthly socials and the no-emails-after-six rule.',
    false,
  ],
  // the candidate's own homework names the company but is not a question brushed off
  ["Beforehand I skimmed the company's annual report and their news page.", false],
  ['Afterwards I looked up the company on Glassdoor out of curiosity.', false],
  ["I fluffed the values question as I hadn't looked at the website.", false],
];

describe('little-company-info: families of company brush-offs', () => {
  it.each(CASES)('%j → %s', (text, expected) => {
    expect(hasSign(text, 'little-company-info')).toBe(expected);
  });
});

// session 11: pointed elsewhere (online, the intranet, "after joining"), a slogan or the employer's own name as the
// whole answer, left none the wiser, nobody saying what the company does, the question deflected; and the
// candidate's own lack of homework, a full answer, and a team question, which are not the company's
const SESSION_11: [string, boolean][] = [
  ["When I asked what the firm is like, he said 'you can read about us online' and moved on.", true],
  ["Asked about the company's values: 'have a look at our website'.", true],
  [
    "I asked what the place is like to work at and she said 'there's a page about all that on the intranet'.",
    true,
  ],
  ["Asked how the office handles work-life balance and he said 'you can ask after joining'.", true],
  ["I asked about the culture and got 'work hard and play hard'.", true],
  ["When I asked about the client company she said she couldn't really say much about them.", true],
  ["Asked about the culture and he just said 'we're pretty informal'.", true],
  ["When I asked about the company he said 'we're a logistics business'.", true],
  ['Came out with no real sense of what the company is like.', true],
  ["I'm none the wiser about the role or the firm.", true],
  ['Nobody explained what the company actually does.', true],
  ["He couldn't or wouldn't say what kind of place it is to work.", true],
  ['She deflected when I asked about the culture.', true],
  ['I had no idea what the company does before I went in, which was embarrassing.', false],
  ["I couldn't explain what the company actually does when she asked.", false],
  [
    'I read about them online before the interview, then asked about the culture and she described their mentoring scheme in detail.',
    false,
  ],
  ["Asked about the team and he said 'it's evolving'.", false],
  ['I left with a good sense of the company: small, family-run, everyone mucks in on Fridays.', false],
];

describe('little-company-info: session 11 families', () => {
  it.each(SESSION_11)('%j → %s', (text, expected) => {
    expect(hasSign(text, 'little-company-info')).toBe(expected);
  });
});

// the rules alone: a pat answer closed with "that's about it" is still the whole answer; how the employer handles
// something, asked, is a question about the place
const RULES_11: [string, boolean][] = [
  ['When I asked about the company he said "we\'re a property business, that\'s about it".', true],
  [
    'When I asked about the company he said "we\'re a property business, that\'s the short version", then explained the profit share, the open books and how every member votes on hires.',
    false,
  ],
  ['Asked how the clinic handles difficult cases as a team and got "that\'s above my pay grade".', true],
];

describe("little-company-info rules: the whole answer and the employer's ways, asked", () => {
  const found = foundInNotes('little-company-info');
  it.each(RULES_11)('%j → %s', (text, expected) => {
    expect(found(text)).toBe(expected);
  });
});

// the culture question put to someone by name, wandering before it names the culture, or waved away
const ASKED_HER: [string, boolean][] = [
  [
    "I asked her about the group as a whole, like what the group is like to work for, and she just said it's a big group and left it there",
    true,
  ],
  [
    'When I asked him about the firm\'s direction he smiled and said "you don\'t need to worry about all that."',
    true,
  ],
  ["I asked her what the office is like and she said 'it's fine'.", true],
  // near misses: the candidate's own worry waved off, a question about themselves, a real answer
  ['I asked if my commute would be a problem and she said "don\'t worry about that".', false],
  ['I asked her whether I could park on site and she said "it\'s fine".', false],
  [
    "I asked her what the office is like and she said it's open plan, forty people, lunch together on Fridays.",
    false,
  ],
];

describe('little-company-info: the culture question asked of someone, or waved away', () => {
  const found = foundInNotes('little-company-info');
  it.each(ASKED_HER)('%j → %s', (text, expected) => {
    expect(found(text)).toBe(expected);
  });
});

// "busy" as the whole answer is a shrug; "busy season" in a real answer is a time of year
const BUSY_SEASON: [string, boolean][] = [
  ["I asked what it's like to work there and he said 'busy'.", true],
  ['Culture: they have a no-meetings rule outside busy season, a buddy scheme and monthly socials.', false],
  [
    'I asked about the culture and she said everyone mucks in during the busy period and they close at Christmas.',
    false,
  ],
];

describe('little-company-info: busy, and the busy season', () => {
  const found = foundInNotes('little-company-info');
  it.each(BUSY_SEASON)('%j → %s', (text, expected) => {
    expect(found(text)).toBe(expected);
  });
});

// the culture question sent to a document without "all": "it's in the pack", "it's in the welcome brochure"
const IN_THE_PACK: [string, boolean][] = [
  ["I asked what the firm was like to work for and he said it's in the welcome brochure.", true],
  ["When I asked about their values she said that's in the candidate pack.", true],
  ['I asked about parking and she said it is in the pack.', false],
  ['Asked about the culture and she talked for ten minutes; the rest is in the brochure I took home.', false],
];

describe('little-company-info rules: the company question sent to the pack or the brochure', () => {
  const found = foundInNotes('little-company-info');
  it.each(IN_THE_PACK)('%j → %s', (text, expected) => {
    expect(found(text)).toBe(expected);
  });
});

// an agency keeping its client's name back is the company kept from the candidate
describe('little-company-info: the client left unnamed', () => {
  it.each([
    "The agency woman couldn't tell me the client's name or even the sector.",
    "He wouldn't say who the client was, just 'a big name in retail'.",
    'The recruiter refused to disclose the name of the company until the final round.',
  ])('finds it: %s', (text) => expect(hasSign(text, 'little-company-info')).toBe(true));
  it.each([
    // the candidate's own blank, and a client named
    'I could not name the client when the panel asked what I knew about the account.',
    'She told me the client was a regional bus operator with four depots.',
  ])('does not find it: %s', (text) => expect(hasSign(text, 'little-company-info')).toBe(false));
});
