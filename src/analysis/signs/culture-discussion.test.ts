import { describe, it, expect } from 'vitest';
import { hasSign } from './found.case.js';

// our own sentences for the culture families added from holdout-c, and the look-alikes that are not culture
const CASES: [string, boolean][] = [
  // shared chores with the bosses in them, nobody above the work
  ['She said everyone does the washing up after service, the owners included.', true],
  ['He told me nobody on that site is too senior to sweep the yard.', true],
  ['The supervisor said everybody takes a turn on the phones.', true],
  // traditions, meals with the people they serve, values ranked
  ["She mentioned they've got a little tradition of cake on the last Friday of the month.", true],
  ['He said the staff have lunch with the pupils every day.', true],
  ['The founder told me they value shipping over perfection.', true],
  ['He was upfront that people often work late before a launch.', true],
  ['She described their open door Mondays, when anyone can see the director.', true],
  ["The manager said 'we don't chase targets in this branch'.", true],
  // the candidate asking is not the interviewer telling
  ['I asked how decisions get made and how feedback flows between the teams.', false],
  // a brush-off line is not a norm
  ['He laughed and said "we\'re like one big family, everyone pitches in." Not an answer.', false],
  // a supermarket's name, a retro about the interview, the candidate's own tradition
  ['The lady from the Co-op was lovely and we chatted about the weather.', false],
  ['Quick retro on the call: it was short and she seemed busy.', false],
];

describe('culture-discussion: families of culture talk', () => {
  it.each(CASES)('%j → %s', (text, expected) => {
    expect(hasSign(text, 'culture-discussion')).toBe(expected);
  });
});

// a slogan that was the whole answer, and a culture word in the candidate's own question
describe('culture-discussion: slogans and the question itself are no discussion', () => {
  it.each([
    ['The chair said "we\'re very collegial here" and that was it.', false],
    ["The chair said they're very collegial and cover for each other when someone is off.", true],
    ['I asked how they handle incidents, blameless or not, and he said it depends on the team.', false],
    ['I asked about incidents and she said they run blameless reviews and nobody gets named.', true],
    ['Director gave a real answer when I asked about culture: no blame, no emails after six.', true],
  ] as [string, boolean][])('%j → %s', (text, expected) => {
    expect(hasSign(text, 'culture-discussion')).toBe(expected);
  });
});

describe('culture-discussion: the culture question answered with a list', () => {
  it.each([
    [
      "When I asked what it's really like there, she talked about the monthly hack days, how new starters pair with a mentor, and the Friday retro.",
      true,
    ],
    [
      'I asked about the culture and he described the morning huddles and how the juniors run the Thursday review.',
      true,
    ],
    // near misses: the question dodged, or answered in a word
    ["When I asked what it's like there he talked about nothing much, and moved on to my CV.", false],
    ["I asked what it's like to work there and she said 'fine'.", false],
  ] as [string, boolean][])('%j → %s', (text, expected) => {
    expect(hasSign(text, 'culture-discussion')).toBe(expected);
  });
});
