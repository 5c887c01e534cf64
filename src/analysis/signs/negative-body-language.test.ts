import { describe, expect, it } from 'vitest';
import { foundInNotes } from './found.case.js';

// Closed or cold cues in other voices and dialects; my own arms, a frown asked about and denials do not count.
const found = foundInNotes('negative-body-language');

const HAS = [
  'His demeanour was cold and his posture closed throughout.',
  'She maintained a stern expression for the entire interview.',
  'Neither panellist made much eye contact.',
  'Madam did not smile even one time and sit with arms crossed.',
  'he no look me in the eye at all',
  'face like thunder the whole time',
  'She had a face like a slapped fish all interview.',
  'the lady was frowning at me the whole interview',
  'He sat with his arms crossed the entire time.',
  'She barely made eye contact with me.',
  'The manager frowned at most of my answers.',
  'He leaned back in his chair looking unimpressed.',
  'She never cracked a smile.',
  'he gave me this cold stare whenever I spoke',
  'The interviewer kept her arms folded and her jaw set.',
  'She rolled her eyes when I mentioned my last job.',
  'stone faced the whole way thru',
  "He wouldn't look me in the eye.",
  'The panel sat there stony-faced.',
  'She kept her distance and her body was turned away from me.',
  'He scowled when I asked about the salary.',
  'Not a single smile from either of them.',
  'she pursed her lips and shook her head slightly',
  "His expression didn't change once, totally closed off.",
  'he avoided eye contact the whole time',
  'The interviewer was quite cold and distant with me.',
  'She looked at me like I was wasting her time.',
  'She sat turned away from me, facing the window.',
  'the hm had his arms crossed and his face was unreadable',
];
const LACKS = [
  "I'd read that crossed arms are a bad sign, but hers were relaxed on the table.",
  'I kept my arms folded because the room was freezing.',
  "He wasn't cold at all, quite the opposite.",
  "If she frowned I'd have panicked.",
  'I crossed my arms because I was cold.',
  "I was frowning because I couldn't hear the question.",
  'She smiled the whole time and kept great eye contact.',
  'My eye contact was terrible, I kept looking at the floor.',
  'The office was cold so I kept my coat on.',
  'The receptionist was a bit frosty but the manager was lovely.',
  "I hope I didn't frown too much.",
  "He didn't frown once.",
  'Nobody crossed their arms or anything.',
];

describe('negative-body-language in new voices', () => {
  for (const text of HAS) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// holdout-a families (R4): how other people say it, and the look-alikes that are not it
const HAS_R4 = [
  "The guy didn't offer a handshake, just said 'sit'.",
  'No handshake, no hello, straight into questions.',
  'I tried a joke and he just stared.',
  "Couldn't crack him at all.",
  "He didn't shake my hand.",
];
const LACKS_R4 = [
  'Bit of a cold shower.',
  'It was uncomfortable, cold even.',
  "Couldn't crack the case study.",
  "I didn't shake his hand because I had a cold.",
  'He just stared at his screen.',
];
describe('negative-body-language: R4 families', () => {
  for (const text of HAS_R4) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS_R4) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// holdout-b families: a straight face held all through, eyes that slide past me; a cold start that is the meeting's, not a person's
const HAS_HB = [
  'She kept a straight face the whole time, even at my one joke.',
  'Straight-faced throughout, he just wrote things down.',
  'He kept looking right past me like I was not there.',
  'My son had his interview today, he said the manager barely looked at him.',
];
const LACKS_HB = [
  // a straight face for a moment is not a cold manner
  'He was dead serious at first, like straight face, then we got chatting.',
  'I somehow kept a straight face the whole time when the dog barked.',
  // looking past me at something is distraction (interviewer-disinterest), not a closed posture
  'She kept looking past me at the clock.',
  'The call kicked off very cold, nobody quite knew who should speak.',
  'Things started a bit frosty but warmed up.',
  // taken back in the next breath
  'He had his arms folded. Actually no, that was the other guy, who left after five minutes.',
];
describe('negative-body-language: holdout-b families', () => {
  for (const text of HAS_HB) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS_HB) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// holdout-c families: a sour face held at the candidate; look-alikes: my own face, glances between the panel
// in a silence (awkward, not cold), a grunt (a sound, not a face)
const HAS_FACE = [
  'The woman no look at me, face squeezed like I owe her rent.',
  'He sat there with his face all screwed up the whole time.',
  'They looked at each other and not at me when I answered.',
];
const LACKS_FACE = [
  'My face screwed up when I saw the maths test.',
  "Long pauses where they'd just look at each other.",
  'He grunted a hello and went back to the stove.',
];
describe('negative-body-language: a sour face, glances that shut me out (holdout-c)', () => {
  for (const text of HAS_FACE) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS_FACE) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// a false smile ruled out is warmth told, not a smile withheld
const REAL_SMILE = ['The manager smiled all the way through, and not the polite fixed smile either.'];
const WITHHELD = ["The manager didn't smile once, not even a polite smile."];
describe('negative-body-language: a false smile ruled out', () => {
  for (const text of REAL_SMILE) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
  for (const text of WITHHELD) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
});

// a cold room said after the room's own word, even two words on ("the room was very tense, like very cold"), is
// the atmosphere; a cold person after it is still a cold face
const COLD_ROOM = ['The mood was really stiff, like so cold, nobody laughed at my joke.'];
const COLD_PERSON = ['The room was fine, but the director was cold with me.'];
describe('negative-body-language: a cold room is not a cold face', () => {
  for (const text of COLD_ROOM) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
  for (const text of COLD_PERSON) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
});
