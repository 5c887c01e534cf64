import { describe, expect, it } from 'vitest';
import { foundInNotes } from './found.case.js';

// Tension named or told (a wall, silences nobody broke, a chill); forecasts, clothes and denials do not count.
const found = foundInNotes('awkward-atmosphere');

const HAS = [
  'The atmosphere was, frankly, uncomfortable from the outset.',
  'There was a palpable tension between the two panel members.',
  'Thank god for the coffee machine, because the silence in that room was unbearable.',
  'the whole vibe was sooo awkward ngl, like nobody knew what to say',
  'Atmosphere was very heavy, I feel like I am not welcome there.',
  'Was proper uncomfortable in there, mate.',
  'There was a tension in the room I could not explain.',
  'it was giving interrogation room energy',
  'The room was so quiet between questions that I could hear the clock ticking.',
  'Each of my answers was followed by silence and a note being written.',
  'The whole thing felt really stiff and formal, like nobody wanted to be there.',
  'There were these long gaps where nobody said anything and I just sat there.',
  'You could cut the atmosphere with a knife in that room.',
  'Honestly it was uncomfortable from start to finish.',
  'The silence after my answers was deafening.',
  'It felt like an interrogation, question after question, no warmth.',
  "i couldn't read them at all and the mood was just weird",
  'The room felt tense the moment I walked in.',
  'There was an awkward pause every time I finished speaking.',
  'Felt like I was on trial the whole hour.',
  'Every joke I made fell flat.',
  'we never got past the small talk and it stayed stilted throughout',
  "Weirdly tense vibe, I couldn't put my finger on why.",
  'It was cringe from beginning to end tbh',
  'Nobody broke the silence for what felt like ages.',
  'The atmosphere was strained and neither of them would warm up.',
  'It was so awkward, I wanted the floor to swallow me.',
  'Conversation kept dying and I had to keep restarting it.',
  'There was a real chill in the room.',
  'The silences were excruciating.',
  'I felt like I was intruding the whole time.',
  'An uneasy atmosphere hung over the whole thing.',
  'The panel were hard to read and the room felt cold.',
  'It was like talking into a void, long silences after every answer.',
  "very uncomfortable interview, didn't know where to look",
  // a stiff room stays tension
  'The panel stayed stiff and formal the whole way through.',
];
const LACKS = [
  "Thank god it wasn't awkward like the last one.",
  'I was dreading an awkward silence but it never came.',
  'Nothing uncomfortable happened.',
  'I was worried it would be awkward but it was actually fine.',
  'No awkward silences at all, it flowed really well.',
  "I expected it to be tense, it wasn't.",
  'My tie felt uncomfortable all day.',
  "I hope it didn't come across as awkward when I asked about salary.",
  'The chair was uncomfortable but the people were lovely.',
  'There was nothing awkward about it.',
  'The waiting room was freezing.',
  "It wasn't awkward at all.",
  "If it gets awkward I'll just smile.",
  // boredom said as 'bored stiff', my own awkwardness, an awkward moment that was not the room
  'The supervisor seemed bored stiff by the second question.',
  'I was definitely the awkward one in there, fidgeting with my lanyard.',
  'The only awkward part was the lift, it broke on the way up.',
  'The awkward bit was me calling her by the wrong name.',
];

describe('awkward-atmosphere in new voices', () => {
  for (const text of HAS) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// holdout-b families (R5): sat like an exam, answers met with a pause or a stare, no way in;
// look-alikes: the exam that it stopped being, a real quiz, a frosty last word on body language
const HAS_R5 = [
  'It felt like an oral exam with a strict examiner.',
  'Honestly felt like sitting a driving test.',
  'Every joke I made was met with a blank stare.',
  'My answers were met with long pauses.',
  'I could never find a way in with her.',
  "I couldn't read either of them.",
  'The room was icy from the start.',
];
const LACKS_R5 = [
  'It stopped feeling like an exam after five minutes.',
  'It felt more like a chat than an exam.',
  'There was a short quiz, like a test of Excel basics.',
  "I couldn't read her notes upside down.",
  'My answer was met with a look of relief.',
  'He sat back with his arms crossed and gave no eye contact, really icy.',
];
describe('awkward-atmosphere: R5 families', () => {
  for (const text of HAS_R5) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS_R5) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// Q&A notes: the question is not the answer; and a guide who is not the interviewer is not the room
const HAS_QA = [
  'Q: was it tense?\nA: yeah, horribly.',
  'Was the panel frosty? God, yes.',
  'Why was it so awkward?',
];
const LACKS_QA = [
  'Q: was it awkward?\nA: no, not at all actually.',
  'Was it tense? Not really.',
  'The two students who gave me the tour were painfully awkward, bless them.',
];
describe('awkward-atmosphere: Q&A and guides', () => {
  for (const text of HAS_QA) it(`finds it: ${JSON.stringify(text)}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS_QA)
    it(`does not find it: ${JSON.stringify(text)}`, () => expect(found(text)).toBe(false));
});

// real-story families (R4, round 2): a hostile or cold room told without the word "awkward" — the interviewer
// turning on the candidate, no rapport at all, a silence that was all there was; look-alikes: the rude customer
// in the job, the candidate's own manner, "no warmth" (a flat interviewer), rude for never replying, a chair
const HAS_HOSTILE = [
  'Halfway through he lost his temper and snapped at me for pausing.',
  'She got really aggressive when I mentioned my notice period.',
  'The second guy was incredibly condescending about my degree.',
  'He was just rude, from hello to goodbye.',
  'The director was so rude to me that I nearly walked out.',
  'He asked it in a mocking tone, like the answer was obvious.',
  'Lots of sarcastic remarks about my old employer.',
  'The panel chair was downright hostile.',
  'I have never felt so belittled in an interview.',
  'She made me feel unwelcome from the moment I sat down.',
  'Frankly he treated me like a naughty schoolkid.',
  'We just never clicked, and it showed.',
  'There was no real connection between us at any point.',
  "We couldn't find anything to talk about between the questions.",
  'Not one attempt to put me at ease, straight into the technical stuff.',
  'The ticking of the wall clock was the only sound while she read my CV.',
  'I sat silently while he typed for five minutes.',
  "I didn't feel welcome at any point.",
  'Honestly it felt like being interrogated about every gap.',
  'The man in charge was a real piece of work.',
];
const LACKS_HOSTILE = [
  'She asked how I would deal with an angry customer.',
  'A patient once shouted at me on a night shift, so I told them about that.',
  'Feedback said I came across as a bit abrasive, which stung.',
  'I tried not to sound condescending when I explained the basics.',
  'The head was businesslike, no warmth, no reaction to anything.',
  'They were rude not to reply after three rounds.',
  'Three weeks and not a word. I feel so disrespected.',
  'They sat me in a very uncomfortable chair in the corridor.',
  "I didn't click the link in the invite until the morning.",
  'It would be awkward if we fell out, he joked, and we both laughed.',
  "I didn't feel comfortable answering the salary question.",
  'My last manager was a bully, which is why I am moving on.',
  'The role means interrogating sales data every Monday.',
];
describe('awkward-atmosphere: hostile or cold room (real stories)', () => {
  for (const text of HAS_HOSTILE) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS_HOSTILE) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// holdout-c families: thick or heavy air, questioned like a suspect in any English, a warm-up that did not
// take, a silence left hanging; look-alikes: thick fog outside, a place that felt calm, a joke that landed,
// one's own silence, a cool face explained away as the local norm
const HAS_ROOM = [
  "The tension in that office was so thick you could've cut it.",
  'Honestly the whole place felt heavy from the moment I sat down.',
  'It was like getting interrogated by customs, question after question.',
  'I tried to break the ice about the rain and got nothing back.',
  'Tried making small talk on the stairs and it went nowhere.',
  'She said nothing for what felt like a full minute after my answer.',
  "I didn't know what to do with my hands while he read my CV in silence.",
];
const LACKS_ROOM = [
  'The fog outside was so thick the bus was late.',
  'The whole place felt calm and bright.',
  'I tried a joke about the rain and she laughed straight away.',
  'I said nothing for a moment because I was thinking.',
  'Very reserved panel, nobody smiled much, but that is normal here.',
];
describe('awkward-atmosphere: air, interrogation, a warm-up that did not take (holdout-c)', () => {
  for (const text of HAS_ROOM) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS_ROOM) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

describe('awkward-atmosphere: the room in one word, in Q&A notes', () => {
  it('finds "Q: vibes? A: cold."', () =>
    expect(found('Q: vibes? A: cold. like a dentist waiting room.')).toBe(true));
  it('does not find a warm answer', () => expect(found('Q: vibes? A: warm, honestly lovely.')).toBe(false));
});

// a withheld smile is a cold face (negative-body-language), a writer's "I don't know what to say" is now, and
// "it breaks the ice" is advice; ice that would not break and a silence nobody knew how to fill stay
describe('awkward-atmosphere: cold faces, the writer now, and ice', () => {
  it.each([
    "ain't nobody smile the whole time",
    "I honestly don't know what to say, they never even emailed.",
    'Moral of the story: bring biscuits, it breaks the ice.',
  ])('does not find it: %s', (text) => expect(found(text)).toBe(false));
  it.each([
    'Neither of us knew what to say after that.',
    'We never managed to break the ice.',
    'I made a joke about the lift and nobody laughed.',
  ])('finds it: %s', (text) => expect(found(text)).toBe(true));
});

// silence met in the room against silence met by a message afterwards (the wait, not the room)
describe('awkward-atmosphere: met with silence', () => {
  it.each([
    'Every joke I tried in there was met with silence.',
    'My answers were met with stony silence from the panel.',
  ])('finds it in %j', (text) => expect(found(text)).toBe(true));
  it.each([
    'A week later I wrote to ask how it went; my email was met with silence.',
    'The follow-up I sent on Monday was met with silence too.',
  ])('does not find it in %j', (text) => expect(found(text)).toBe(false));
});

// the room named with a chill, in a word before or after it, or as a change
describe('awkward-atmosphere: a chill named on the room', () => {
  it.each([
    'Panel day. Assessors scribbling in silence, horrible atmosphere, I felt on show.',
    'nice office, grim interview. proper frosty vibe off the pair of them',
    'Atmosphere so oppressive I could barely think.',
    'Once the finance director sat down the mood turned icy and stayed that way.',
  ])('finds it: %s', (text) => expect(found(text)).toBe(true));
  it.each([
    'It was cold out so I kept my coat on for the first few minutes.',
    'The chef showed me the cold room and the dry store.',
    'There was no heavy atmosphere at all, it was relaxed.',
  ])('does not find it: %s', (text) => expect(found(text)).toBe(false));
});

// real22 round: an interviewer out to trip the candidate up, mockery, a silence nobody broke; a mock interview, a
// denial and a quiet room that was calm are not it
describe('awkward-atmosphere: intimidation, mockery, silence', () => {
  it.each([
    'It felt like he had been trying to intimidate and trip me up the whole interview.',
    'Every question was mocked and roaring laughter followed.',
    'They kept mocking my answers.',
    'Nobody spoke and silence prevailed.',
    'The room went quiet when I mentioned salary.',
  ])('finds it: %s', (text) => expect(found(text)).toBe(true));
  it.each([
    'Nobody was trying to catch me out.',
    "I've booked a mock interview with a friend.",
    'The room was quiet and the lights were dimmed, and she kept a calm, friendly tone.',
  ])('does not find it: %s', (text) => expect(found(text)).toBe(false));
});
