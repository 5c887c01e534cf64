import { describe, expect, it } from 'vitest';
import { foundInNotes } from './found.case.js';

// Attention elsewhere in other words (the phone that rang and was answered, a slot cut short); my own clock-watching and arrivals do not count.
const found = foundInNotes('interviewer-disinterest');

const HAS = [
  'I regret to say the interviewer appeared preoccupied with his correspondence throughout.',
  'The hiring manager gave the impression of having somewhere more important to be.',
  'Half the time she was looking at something on her second monitor.',
  "He wrapped it up in under twenty minutes and didn't ask a single follow-up.",
  'The panel chair was visibly checking her watch as I presented.',
  'she was on her phone like half the time smh',
  'The sir was looking in his mobile when I was answering.',
  'He was doing emails during my presentation.',
  'The manager seem not interested, he look at the window many times.',
  'kept lookin at her watch lol',
  'The interview was supposed to be 45 minutes but it finished after 15.',
  "He kept saying 'yeah yeah' without looking up from his laptop.",
  'He spent most of the interview on his phone.',
  'She kept glancing at the clock on the wall.',
  'The manager was clearly somewhere else mentally.',
  'he answered a text halfway through my answer',
  'She seemed bored out of her mind.',
  'The whole thing was over in ten minutes.',
  'He kept yawning and rubbing his eyes.',
  'She was typing on her laptop the entire time I was talking.',
  'It felt like he just wanted to get it over with.',
  'they rushed through the questions like they had a train to catch',
  'Halfway through he took a call and left the room.',
  'He kept checking his emails on his phone.',
  "The interviewer wasn't really listening to my answers.",
  'He scrolled through something on his tablet while I talked.',
  'The recruiter was clearly multitasking, I could hear her typing.',
  'She cut me off mid-sentence and moved on.',
  'They ended the call after fifteen minutes with no explanation.',
  'He was half paying attention, eyes on his monitor.',
  'she looked at her watch twice while I was answering',
  'The HM seemed to be reading something else on his screen.',
  'Her phone buzzed and she read the message right in front of me.',
  'he glanced at his phone every couple of minutes',
  'the interview was scheduled for an hour but she wrapped it up after twenty minutes',
  'He stifled a yawn twice.',
  'The panel chair kept looking out of the window.',
  "he couldn't have looked less interested",
  'She hurried me along whenever I gave any detail.',
  // busy with something else: driving through the call, off to other people or jobs, a task or nails
  'The owner was driving the whole call, I could hear his indicator.',
  'The guy was driving, lol, I could see the motorway behind him.',
  'He checked his smartwatch every few minutes.',
  'She asked two things and said she had other candidates to see.',
  'After five minutes he rushed off to help a customer at the counter.',
  'She was sorting the post while she interviewed me.',
  'He looked at his nails while I went through my CV.',
];
const LACKS = [
  "I was terrified she'd be on her phone the whole time, but she wasn't.",
  'He apologised for being five minutes late and then gave me his full attention.',
  'She put her phone face down and said it was all mine for the hour.',
  'I rushed my answers because I was nervous.',
  'She never seemed distracted, not once.',
  'I kept checking my phone for the address before I went in.',
  'I was so bored waiting in reception.',
  "She didn't look at her phone once.",
  'He put his phone away at the start and gave me his full attention.',
  "I was worried she'd be distracted but she was totally focused.",
  'The receptionist was on her phone when I arrived.',
  'I got there 15 minutes early and waited.',
  "She said she'd call me in ten minutes to confirm.",
  'I rushed to get there on time.',
  'No rush, she said, take your time.',
  "It wasn't rushed at all.",
  'He never once checked his phone.',
  'I asked what the day to day looks like and she answered really fully.',
  'She typed up notes as I spoke, which was fine.',
  // driving as the job or as mine, and a role that helps customers, are not distraction
  'The role is mostly driving, between four sites.',
  'I was driving home afterwards and replayed every answer.',
  'She was driving the conversation, which I liked.',
  'The job would be going to help customers with returns.',
];

describe('interviewer-disinterest in new voices', () => {
  for (const text of HAS) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// holdout-a families (R4): how other people say it, and the look-alikes that are not it
const HAS_R4 = [
  'He checked his laptop the entire time I answered.',
  'She was glued to her monitor.',
  'The manager kept reading his notes while I talked.',
  'He not look at me, only at the paper.',
  "Camera on, but 'sorry, one sec' every few minutes.",
  'She kept muting to talk to someone else.',
  "He said 'we'll have to wrap up' at minute 20 of a 60-minute slot.",
];
const LACKS_R4 = [
  'My husband checks the phone every morning, still nothing from them.',
  'Phone screen, then 2 back-to-back video interviews, then reference checks.',
  "Didn't have time to prep, had three night shifts back to back.",
  "Honestly it was pretty quick, asked about availability and whether I'd done till work.",
  'She showed me the rota on her laptop.',
  'I checked my laptop the entire time before the call.',
];
describe('interviewer-disinterest: R4 families', () => {
  for (const text of HAS_R4) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS_R4) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// holdout-b families: hurrying to the end, eyes elsewhere, Pidgin typing; looking past me with no target is a closed cue instead
const HAS_HB = [
  'After my salary answer she finished up very quickly and showed me out.',
  'She finished the interview really fast after that.',
  'The manager kept staring past me at the window.',
  'Oga no send me, e just dey type for him computer the whole time.',
  'My sister had her interview yesterday. She said the director kept checking his phone under the table.',
];
const LACKS_HB = [
  'I finished my presentation quickly because I was nervous.',
  'We wrapped up fast because we had covered everything, she was lovely.',
  'She barely made eye contact and seemed to look past me, cold as anything.',
  // a correction withdraws it
  'He kept glancing at his phone. Actually no, he was timing my presentation on it.',
];
describe('interviewer-disinterest: holdout-b families', () => {
  for (const text of HAS_HB) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS_HB) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// holdout-c families: typing as a habit, busy with the work, on the phone half the time; look-alikes: a typing
// test, a rejection "on email", a project "on mobile money", the candidate's own back-to-back day, "rather be
// anywhere else" said of a flat voice
const HAS_BUSY = [
  "She'd type every so often even when I was mid-answer.",
  "The chef didn't stop what he was doing the whole time.",
  'He carried on prepping the whole way through.',
  'Manager on phone half the time, barely listened.',
];
const LACKS_BUSY = [
  'The day started with a typing test and a grammar quiz.',
  'Rejected a week later on email.',
  'They had read my dissertation on mobile banking in Kenya.',
  'Final round, four interviews back to back, all friendly.',
  "He sounded like he'd rather be anywhere else, same flat tone throughout.",
];
describe('interviewer-disinterest: typing, busy hands, the phone (holdout-c)', () => {
  for (const text of HAS_BUSY) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS_BUSY) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// boredom heard in the voice is flat-interviewer's; a short interview alone is no hurry (it counts half)
describe('interviewer-disinterest: a bored voice, a short interview', () => {
  it.each([
    'She sounded utterly bored, same flat voice, no warmth.',
    'Every question came out in the same bored monotone.',
    'The interview was short and to the point.',
    'It was very short, mostly about my availability in term time.',
  ])('does not find it: %s', (text) => expect(found(text)).toBe(false));
  it.each([
    'The interviewer looked bored stiff.',
    'He seemed bored and kept glancing at the clock.',
    'It was very short and he kept checking his phone.',
    'Two questions and he was done with me.',
  ])('finds it: %s', (text) => expect(found(text)).toBe(true));
});
it('interviewer-disinterest: "looked bored" counts beside a monotone', () =>
  expect(found('The interviewer looked bored, chin on hand, monotone, asked the standard questions.')).toBe(
    true,
  ));

// one lapse owned up to is no distraction; one that kept happening still is, apology or not
describe('interviewer-disinterest: a lapse that happened once and was apologised for', () => {
  it.each([
    ['The interviewer looked at her phone once when it rang, apologised and turned it off.', false],
    ["He yawned once but he apologised and said he'd been on nights.", false],
    ['He kept looking at his phone and once answered a text, saying "sorry, one sec."', true],
    ['She checked her phone once, apologised, then did it again twice.', true],
    ['The lady didnt smile once and kept yawning.', true],
  ])('%j → %s', (text, expected) => expect(found(text)).toBe(expected));
});

describe('interviewer-disinterest: the time spent on a screen', () => {
  it.each([
    ['The HR manager spent the whole time on her laptop.', true],
    ['He spent half the interview on his phone.', true],
    // near misses: the candidate's own screen, time spent on the candidate's work
    ['I spent the whole time on my laptop the night before, rehearsing.', false],
    ['She spent half the interview on my portfolio, zooming into the sketches.', false],
  ] as [string, boolean][])('%j → %s', (text, expected) => expect(found(text)).toBe(expected));
});

describe('interviewer-disinterest: other desk work done while the candidate talks', () => {
  it.each([
    ['One of the panel was marking scripts during my presentation.', true],
    ['The deputy head signed paperwork the whole time I was answering.', true],
    ['He was going through invoices while I explained my portfolio.', true],
    // near misses: the work itself, or the candidate's own evenings
    ['The role involves marking essays and running the debate club.', false],
    ['I spent last night marking papers while watching the match.', false],
  ] as [string, boolean][])('%j → %s', (text, expected) => expect(found(text)).toBe(expected));
});
