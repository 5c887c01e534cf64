import { describe, expect, it } from 'vitest';
import { ASIDE_OPENERS, INSIDER, KNOWN_FROM } from './hearsay.js';
import { firstCharsOf } from './regex-starts.js';
import { signTable } from './notes-table.case.js';

// our own lines: the writer's people weighing in (a named friend, an old colleague, a relative
// with a word on who they are) are no evidence about the interview; the interview told beside
// them still is, and so is a relative's account of their own interview
const MINE = 'My interview was on Monday at the depot. I answered everything and I think I did fine.';

describe('a friend brought in by name, then quoted', () => {
  signTable([
    [
      `${MINE} My mate Priya reckons it went well. Priya says the manager there is friendly with everyone.`,
      'positive-atmosphere',
      false,
    ],
    [
      `${MINE} Tomasz from college says that firm has a lovely culture and looks after its drivers.`,
      'culture-discussion',
      false,
    ],
    [
      `${MINE} Grace (from my old job) said the supervisor never smiles at anyone.`,
      'negative-body-language',
      false,
    ],
    [
      `${MINE} Ruth, who used to work there, told me the boss is always on his phone. Ruth says it means nothing.`,
      'interviewer-disinterest',
      false,
    ],
    // a name met only as the one who interviewed stays evidence
    [
      `${MINE} Declan said he loved my answer about the rota and asked two follow-ups on it.`,
      'achievements-praised',
      true,
    ],
  ]);
});

describe('a relative with a word on who they are, and what they go on to say', () => {
  signTable([
    [
      `${MINE} My cousin Dev, who has hired for ten years, warned me that panels always look bored.`,
      'interviewer-disinterest',
      false,
    ],
    [
      `${MINE} My father-in-law, who is in HR, reckons a chatty panel means nothing. He also reckons a warm welcome is just manners.`,
      'positive-atmosphere',
      false,
    ],
    [`${MINE} My neighbour said a nervous interviewer means a badly run company.`, 'candidate-nerves', false],
    // the interview told after them is evidence again
    [
      `${MINE} My sister said not to read into it. The manager smiled and nodded all the way through.`,
      'interviewer-smiling',
      true,
    ],
  ]);
});

describe("a relative's own interview told for them stays evidence", () => {
  signTable([
    [
      'My husband said the manager kept answering messages on her phone and cut it off after ten minutes.',
      'interviewer-disinterest',
      true,
    ],
    [
      'My daughter says the woman chairing the panel frowned at everything and sat with her arms folded.',
      'negative-body-language',
      true,
    ],
  ]);
});

// the gate before an aside is read is kept by hand from the two patterns it guards: a pattern
// that could start with another character would be skipped unread
describe('the aside gate keeps step with KNOWN_FROM and INSIDER', () => {
  it.each([
    ['KNOWN_FROM', KNOWN_FROM],
    ['INSIDER', INSIDER],
  ])('%s starts only with a gated character', (_name, re) => {
    const first = firstCharsOf(re.source);
    expect(first).toBeDefined();
    // the words are joined from the first token on, so a leading space never occurs
    const ungated = [...(first ?? [])].filter((c) => c !== ' ' && !ASIDE_OPENERS.has(c));
    expect(ungated).toEqual([]);
  });
});
