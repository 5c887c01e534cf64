import { describe, expect, it } from 'vitest';
import { tokensFrom } from '../nlp.js';
import { elsewhereRanges } from './elsewhere.js';
import { detectInNotes } from './run.js';

const ids = (text: string) => new Set<string>(detectInNotes(text).map((s) => s.id));
type Row = readonly [string, string, boolean];
const table = (rows: readonly Row[]) =>
  it.each(rows)('%s → %s %s', (text, id, present) => expect(ids(text).has(id)).toBe(present));

describe('another interview told in passing is no evidence about this one', () => {
  table([
    [
      'Another place told me on a call that the interviewer had been on his phone the whole time.',
      'interviewer-disinterest',
      false,
    ],
    [
      'One association interviewed me and the panel was so hostile I left shaking.',
      'awkward-atmosphere',
      false,
    ],
    ['Some companies said "we will call you" and nobody called for a month.', 'no-follow-up', false],
    ['One surf brand interviewed me and said my portfolio was great.', 'achievements-praised', false],
    ['In my last job the manager never smiled, not once in two years.', 'negative-body-language', false],
    ['My old boss was stone-faced in every meeting.', 'negative-body-language', false],
    ['Advice for anyone: if the interviewer yawns, keep going.', 'interviewer-disinterest', false],
    ['Interviewers who check their phones mid-answer are just rude.', 'interviewer-disinterest', false],
    ['A good interviewer will smile and put you at ease.', 'interviewer-smiling', false],
  ]);
});

describe('this interview stays evidence', () => {
  table([
    [
      'Another interviewer joined halfway and she barely looked up from her phone.',
      'interviewer-disinterest',
      true,
    ],
    [
      'One interview question stumped me and the manager frowned and folded her arms.',
      'negative-body-language',
      true,
    ],
    ['Another interview, another bunch of nothing: three weeks and no word since.', 'no-follow-up', true],
    ["'When you join, you'll run the Monday stock walk with me,' she said.", 'future-role-talk', true],
    ['She asked how my last job went and smiled at the story about the flood.', 'interviewer-smiling', true],
    ['Then the panel chair smiled and said they loved my portfolio.', 'achievements-praised', true],
  ]);
});

it('drops only the framed sentence', () => {
  const text = 'One firm ghosted me for weeks. This interview was warm and we laughed a lot.';
  const toks = tokensFrom(text);
  const ranges = elsewhereRanges(toks);
  expect(ranges).toHaveLength(1);
  const [a, b] = ranges[0]!;
  expect(text.slice(toks[a]!.start, toks[b - 1]!.end)).toBe('One firm ghosted me for weeks.');
  expect(ids(text).has('engaging-conversation')).toBe(true);
});
