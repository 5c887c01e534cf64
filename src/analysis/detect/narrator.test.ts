import { describe, expect, it } from 'vitest';
import { tokensFrom } from '../nlp.js';
import { detectInNotes } from './run.js';
import { narratedAsFirstPerson, narratorFrame } from './narrator.js';

const ids = (text: string) => detectInNotes(text).map((s) => s.id);
/** The text as the engine reads it once the narrator's frame is bound: rewritten words in brackets. */
const read = (text: string) => {
  const toks = tokensFrom(text);
  const out = narratedAsFirstPerson(toks);
  return out.map((t, i) => (t === toks[i] ? t.lower : `[${t.lower}]`)).join(' ');
};

describe("narrator frame: someone else is telling the candidate's interview", () => {
  it.each([
    'My nephew had his interview at the bakery on Friday.',
    'my girlfriend went to her second interview yesterday and she thinks it went ok',
    'Our eldest daughter was interviewed for a nursing post this week.',
    'My flatmate did a phone interview this morning. She said it was short.',
    'My son Jamie had a job interview at the garage.',
  ])('finds the frame: %s', (text) => {
    expect(narratorFrame(tokensFrom(text))).toBeDefined();
  });

  it.each([
    // the writer is the one interviewed
    'My friend got me an interview at her firm. She was lovely.',
    'My sister, the interview went really well, he smiled the whole time.',
    'My mum thinks I should follow up. He never looked at me.',
    'My brother drove me to my interview. The manager barely looked up.',
    'My husband had his interview this morning and I had mine in the afternoon, my interview was worse.',
  ])('no frame: %s', (text) => {
    expect(narratorFrame(tokensFrom(text))).toBeUndefined();
  });
});

describe("narrator frame: the candidate's pronouns read as first person", () => {
  it('binds the reporter and the object of the interviewer', () => {
    expect(read('My son had his interview today, he said the manager barely looked at him.')).toBe(
      'my son had [my] interview today , [i] said the manager barely looked at [me] .',
    );
  });
  it("keeps the interviewer's own things and later clauses with the interviewer (same gender)", () => {
    expect(
      read(
        'My dad had an interview at a yard. He said the foreman kept checking his watch, and he barely spoke.',
      ),
    ).toBe(
      'my dad had an interview at a yard . [i] said the foreman kept checking his watch , and he barely spoke .',
    );
  });
  it("gives every pronoun of the candidate's gender to the candidate when the interviewer is the other", () => {
    expect(
      read('My cousin had her interview. She said the director asked her about her degree and he yawned.'),
    ).toBe(
      'my cousin had [my] interview . [i] said the director asked [me] about [my] degree and he yawned .',
    );
  });
});

describe('narrator frame: every sign reads the candidate as the writer', () => {
  it.each([
    ['My son had his interview today, he said the manager barely looked at him.', 'negative-body-language'],
    ['My girlfriend had her interview yesterday. She froze on the very first question.', 'candidate-nerves'],
    [
      'My wife had an interview at the council. She said the man interviewing her kept glancing at his phone.',
      'interviewer-disinterest',
    ],
    [
      'My brother had his interview on Monday. He said the woman on the panel smiled at him the whole time.',
      'interviewer-smiling',
    ],
  ])('%s -> %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    // the candidate's own smile and own yawning are not the interviewer's
    [
      'My son had his interview today. He smiled the whole way through, the manager did not.',
      'interviewer-smiling',
    ],
    [
      'My daughter had an interview this morning. She was yawning all through it after a night shift.',
      'interviewer-disinterest',
    ],
    [
      'My friend had her interview yesterday. She kept checking her phone for the address, then went in.',
      'interviewer-disinterest',
    ],
  ])('%s -/-> %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
});

describe('narrator frame: other openings', () => {
  it.each([
    [
      'My son, 19, had his first interview today. He said the manager never looked at him.',
      'negative-body-language',
    ],
    [
      "Update on my daughter's interview: she said the supervisor barely looked at her.",
      'negative-body-language',
    ],
    [
      'Writing for my mate Dev who had an interview at the depot. He said the boss kept yawning.',
      'interviewer-disinterest',
    ],
  ])('%s -> %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe("narrator frame: the writer's own part stays theirs", () => {
  it('binds a job tried for, and leaves what the narrator sees alone', () => {
    expect(
      read(
        'My brother went for a job at the docks. He said the foreman kept him waiting. I could tell it got to him.',
      ),
    ).toBe(
      'my brother went for a job at the docks . [i] said the foreman kept [me] waiting . i could tell it got to him .',
    );
  });
  it('is no frame when a relative only got the writer the interview', () => {
    expect(
      narratorFrame(
        tokensFrom('My uncle works there. He got me the interview. The manager, he barely smiled.'),
      ),
    ).toBeUndefined();
  });
});
