import { describe, expect, it } from 'vitest';
import { foundInNotes } from './found.case.js';

// Smiles, nods and interest from the interviewer, even after my nerves; my own smile and denials do not count.
const found = foundInNotes('interviewer-smiling');

const HAS = [
  'She nodded encouragingly throughout my answers.',
  'The director appeared genuinely engaged and leaned forward at several points.',
  'He was smiling all time when I speak.',
  'she kept nodding along lol',
  'The madam smile many times and she nod her head.',
  'He looked really keen on what I was saying.',
  'She smiled a lot and nodded along while I talked.',
  'He leaned forward when I described the project.',
  'The interviewer seemed genuinely interested in my answers.',
  'Her face lit up when I mentioned volunteering.',
  'He was grinning the whole way through.',
  'they were nodding and taking notes the whole time',
  'She kept great eye contact and smiled warmly.',
  "The manager, who I'd met briefly before, smiled and shook my hand.",
  'When I finished she smiled and said that was exactly what they needed.',
  'He looked really engaged, asking follow ups.',
  'Both of them were smiley and encouraging.',
  'She gave me a big smile when I walked in.',
  'he perked up when i talked about the fleet software',
  'Every time I answered, she nodded enthusiastically.',
  'the guy who interviewed me smiled loads',
  'She seemed really into what I was saying.',
  'He was visibly impressed and kept nodding.',
  'I was shaking but the interviewer smiled at me kindly.',
  'She smiled at me, not at her notes.',
  'He smiled like he meant it.',
];
const LACKS = [
  'She never smiled, not even at hello.',
  'I was hoping for a smile at least.',
  'I smiled and nodded through the whole thing.',
  'I smiled the whole time to hide my nerves.',
  'I kept nodding like an idiot.',
  "She didn't smile once.",
  'The receptionist smiled at me as I left.',
  'Not a single nod or smile.',
  'When I smiled she just stared back.',
  'I hope she was smiling on the other end of the phone.',
  'The other candidate was smiling and chatting away.',
  'I tried to smile and lean in like the videos say.',
  'She asked if I was interested in the night shifts.',
  'I was really interested in the role.',
  'He grinned at the other interviewer, not at me.',
  'she smiled at the note-taker but not at me',
  'The recruiter smiled like a shop mannequin the whole call.',
  'he beamed like a salesman closing a deal',
];

describe('interviewer-smiling in new voices', () => {
  for (const text of HAS) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// holdout-a families (R4): how other people say it, and the look-alikes that are not it
const HAS_R4 = ['She came in smiling and shook my hand.'];
const LACKS_R4 = ['My son had his interview today. He came back beaming.', 'I came out of there grinning.'];
describe('interviewer-smiling: R4 families', () => {
  for (const text of HAS_R4) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS_R4) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// holdout-b families: "good sign??" asks what the smile means, not whether there was one; smiles in the lobby or from a bystander are not the interview
const HAS_HB = [
  'She was beaming all call haha good sign??',
  'She smiled all the way through, good sign?',
  'The head was all smiles when I talked about my class.',
  'My son had his interview today. He said the lady interviewing him smiled at him a lot.',
];
const LACKS_HB = [
  'Was she smiling or smirking? No idea.',
  'The receptionist was all smiles and brought me tea.',
  'The recruiter gave me a smile in reception, the panel itself was stone-faced.',
  'My daughter had her interview today. She was smiling the whole way home.',
  'She grinned the whole time. Well, not really, it was more of a nervous twitch.',
];
describe('interviewer-smiling: holdout-b families', () => {
  for (const text of HAS_HB) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS_HB) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// holdout-c families: dropped g ("she was smilin"), "he was clearly into it"; look-alikes: my own enthusiasm, and
// "got really into it" (what he asked, not how he looked)
describe('interviewer-smiling: dropped g, clearly into it (holdout-c)', () => {
  it.each([
    'she was smilin the whole time tho',
    'He was clearly into it, kept going "ok, and then?"',
    'the gaffer was noddin along',
  ])('finds it: %s', (text) => expect(found(text)).toBe(true));
  it.each(['I was really into it by the end.', 'He got really into it, asking how many tables we had.'])(
    'does not find it: %s',
    (text) => expect(found(text)).toBe(false),
  );
});

// a condition shared by a clause joined with "and" is no smile seen
const IF_ONLY = ["If they smile and nod, you're in.", 'Unless she grins and nods, assume the worst.'];
const SEEN = ['She smiled and nodded the whole way through.'];
describe('interviewer-smiling: a condition runs on over "and"', () => {
  for (const text of IF_ONLY) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
  for (const text of SEEN) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
});
