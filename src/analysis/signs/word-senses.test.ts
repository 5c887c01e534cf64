import { describe, expect, it } from 'vitest';
import type { SignId } from '../../core/signs/ids.js';
import { notesSigns } from './found.case.js';

// A sign word in another sense: the cold of a cold store, "on his watch" as in his charge, a
// customer on the phone in a question, "the last 20 minutes" of laughing, "sick" as praise, an
// email promised about the next round. Each pair keeps the sign's own sense working.
const cases: [text: string, sign: SignId, expected: boolean][] = [
  [
    'Applied for a picker job at the cold store, the supervisor was friendly.',
    'negative-body-language',
    false,
  ],
  ['Tip for anyone: know your numbers cold, they will test you.', 'negative-body-language', false],
  ['The manager was cold and barely looked at me.', 'negative-body-language', true],
  ['She said the new starter would be on her watch for the first month.', 'interviewer-disinterest', false],
  ['He kept glancing at his watch while I talked.', 'interviewer-disinterest', true],
  ['We were joking about our dogs for the last 15 minutes.', 'interviewer-disinterest', false],
  ['The whole thing lasted 10 minutes.', 'interviewer-disinterest', true],
  ['Tell me about a time you handled an angry client on the phone.', 'interviewer-disinterest', false],
  ['He was on the phone for half of it.', 'interviewer-disinterest', true],
  ['She kept saying wow that is mint about my photos', 'raised-concerns', false],
  ['He kept asking whether I could cope with nights and why my last job ended.', 'raised-concerns', true],
  ["He said I'd get an invite for the second round by Friday.", 'future-role-talk', false],
  ["She said I'd get a team of four engineers from day one.", 'future-role-talk', true],
  ['We talked about my gap year in Peru for like 20 minutes.', 'engaging-conversation', true],
  ['we spent about 15 mins just chatting about old cars', 'engaging-conversation', true],
  ['Had a cracking chat with the head chef.', 'engaging-conversation', true],
  ['She spent 20 minutes reading my file.', 'engaging-conversation', false],
];

describe('sign words read in their other senses', () => {
  it.each(cases)('%s → %s: %s', (text, sign, expected) => {
    expect(notesSigns(text).has(sign)).toBe(expected);
  });
});
