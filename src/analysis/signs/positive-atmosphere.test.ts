import { describe, expect, it } from 'vitest';
import { foundInNotes, hasSign } from './found.case.js';

// Warmth said in other voices counts, as the dev labels do; quoted slogans and the candidate's own effort do not.
const found = foundInNotes('positive-atmosphere');

const HAS = [
  'Sir was very cordial only, and asked about my framework.',
  'The director of the gallery was charming and we spoke like two friends.',
  'The lady had a very soft and kind manner, she received me as a guest.',
  'The foreman was dead sound, showed me round the vans.',
  'Delivery head was jovial, we discussed cricket first.',
  'The bloke running it was an absolute gem.',
  'Met a delightful older gentleman from the board.',
];
const LACKS = [
  "I asked what they value and the answer was 'good vibes only'.",
  'I try to make the conversation warm but it is like a wall.',
  'I hope the panel is friendly tomorrow.',
  'The HR lady seemed perfectly pleasant, nothing more.',
  'The students were lovely, the panel less so.',
  'He was friendly enough I suppose.',
  'The patients were lovely but the panel was cold.',
  'Asked about culture: "people are nice".',
];

describe('positive-atmosphere in new voices', () => {
  for (const text of HAS) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// Families added for held-out voices: superlatives, 'a good sort', an amazing vibe; a farewell, my own effort or clothes, a receptionist do not count.
const HAS_MORE = [
  'The panel were courteous and warm, which set me at ease.',
  'I found the interviewers genuinely welcoming.',
  "Couldn't have asked for a warmer welcome.",
  'Very nice people, they make me feel like at home.',
  'they were soooo nice omg',
  'The boss is very friendly person, he make joke with me.',
  'Everyone there was well sound, proper welcoming.',
  'The site lead was a good sort, real easy to chat with.',
  'Honestly the friendliest human I have ever met at an interview.',
  'The two ladies were patient and kind with my English.',
  'The whole interview had a really relaxed feel to it.',
  'She was super welcoming from the moment I walked in.',
  'They made me feel right at home.',
  'The panel were really friendly and down to earth.',
  'it was such a comfortable atmosphere, no pressure at all',
  'The interviewer was warm and put me at ease straight away.',
  "Lovely relaxed vibe, felt like I'd known them for ages.",
  'The owner was an absolute sweetheart.',
  'Everyone I met was so friendly.',
  'They offered me a coffee and we sat on the sofa.',
  'He was a really genuine, warm guy.',
  'The atmosphere was informal and easygoing.',
  'the vibe was immaculate honestly',
  'I felt really comfortable the whole time.',
  'She was so friendly I forgot to be nervous.',
  'Both of them were incredibly kind and approachable.',
  'It was a really pleasant experience overall.',
  "He couldn't have been friendlier.",
  'She was warmer than I expected and very easy to talk to.',
  'Such a welcoming team, they even showed me round with a cuppa.',
  'the manager was friendly af',
  'The interview was chill and the people were nice.',
];
const LACKS_MORE = [
  'It was anything but relaxed.',
  'I wish it had been friendlier.',
  "I wouldn't call them warm.",
  'Not the friendliest bunch.',
  'Thanks so much, have a lovely weekend!',
  'She was patient, I will give her that, but it was a grilling.',
  'ok. breathe. get a coffee.',
  "I hope they're friendly.",
  'The receptionist was lovely but the interview itself was cold.',
  'It was not a friendly atmosphere at all.',
  'The office is dog friendly and the coffee is great.',
  'The pay is nice and the hours are flexible.',
  'I tried to stay relaxed but my hands were shaking.',
  'I wore something comfortable.',
  "She wasn't unfriendly exactly, just very businesslike.",
  'Kind regards, Sam',
  'The other candidate seemed friendly enough.',
];

describe('positive-atmosphere: more families', () => {
  for (const text of HAS_MORE) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS_MORE) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// holdout-a families (R4): how other people say it, and the look-alikes that are not it
const HAS_R4 = ['She made me feel comfortable straight away.', 'It was relaxed and comfortable.'];
const LACKS_R4 = [
  "First question: 'how comfortable are you with SQL?'",
  'She kept asking how comfortable I was with budgets.',
];
describe('positive-atmosphere: R4 families', () => {
  for (const text of HAS_R4) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS_R4) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// holdout-b families (R5): greetings, what would have happened, someone who is not the interviewer,
// and the workplace she describes are not this room; the warm room itself still counts
const HAS_R5 = [
  'He said it was nice to meet me, and honestly the whole hour was relaxed.',
  'The manager who met me at the door was lovely.',
  'The receptionist showed me in, then the manager made me a coffee.',
  "The panel couldn't have been more welcoming.",
  'They had been friendly on the phone and were friendly again in the room.',
  'The lady who interviewed me was warm and easy to talk to.',
];
const LACKS_R5 = [
  "At the door he said 'lovely to meet you' and that was the end of it.",
  'Pleasure meeting you, we will let you know.',
  "If she'd smiled even once I'd have relaxed a bit.",
  'If he had looked up once I would have been more relaxed.',
  "I'd have felt more comfortable with a glass of water.",
  'Had they been warmer it might have gone better.',
  'The security guard was really friendly and got me a coffee.',
  'The man who took me up in the lift was lovely, chatting away.',
  'She described a team that is kind and patient with new starters.',
  'He described the office as relaxed and friendly.',
  'The panel was professional and cordial, nothing beyond that.',
];
describe('positive-atmosphere: R5 families', () => {
  for (const text of HAS_R5) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS_R5) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// Q&A notes: the question is not the answer
const HAS_QA = ['Q: were they friendly?\nA: yes, very.', 'Was the room relaxed? Totally.'];
const LACKS_QA = [
  'Q: were they friendly?\nA: not really.',
  'Was it relaxed? No.',
  'Q: was the manager nice?\nA: meh.',
];
describe('positive-atmosphere: Q&A', () => {
  for (const text of HAS_QA) it(`finds it: ${JSON.stringify(text)}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS_QA)
    it(`does not find it: ${JSON.stringify(text)}`, () => expect(found(text)).toBe(false));
});

// real-story families (R4, round 2): rapport told plainly ("we got along", easy small talk, time flew) counts;
// warmth words that are not about the room do not: at ease with the work, an offer made "if you'd feel more
// comfortable", a letter after, the candidate's own friendliness, a "nice that they replied", an "informal"
// that the next clause takes back
const HAS_RAPPORT_WARM = [
  'The two of us got along brilliantly.',
  'We made easy small talk about the drive over.',
  'The hour flew by and I was surprised when she wrapped up.',
  'She was friendly, and I felt comfortable with them straight away.',
  'From the door I was made to feel very welcome.',
];
const LACKS_WARMTH_ELSEWHERE = [
  'He checked I was comfortable around needles before anything else.',
  'She said to bring a friend along if I would feel more comfortable.',
  'The next week a letter arrived welcoming me to the company.',
  'My sister said I sounded warm and confident on the call.',
  'I was friendly and upbeat the whole way through.',
  'It was nice that they bothered to tell me, I suppose.',
  'He described it as relaxed but it was anything but.',
  'You and I would never get along, he said.',
  'The nurses on the ward all get along really well, she said.',
  'He told me the kitchen is relaxed and everyone mucks in.',
  'They have a relaxed dress code, jeans on Fridays.',
  'They sent a warm rejection email a week later.',
  'I felt comfortable explaining the budget side.',
];
describe('positive-atmosphere: rapport words and warmth elsewhere (real stories)', () => {
  for (const text of HAS_RAPPORT_WARM) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS_WARMTH_ELSEWHERE)
    it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// holdout-c families: kindness in other voices (patient and kind, down to earth, lovley, kindness itself, the
// kettle on, made to feel entirely at home, "sound out"); look-alikes: my own manner, the kettle at home, a
// team described as down to earth
const HAS_KIND = [
  'The engineer was very patient and kind about my English.',
  'Lady from the council was cool, real down to earth.',
  'the practice manager was lovley honestly',
  'She was kindness itself from start to finish.',
  'He put the kettle on before we even started.',
  'The curator made me feel entirely at home.',
  'The fella from the co-op was sound out, no airs at all.',
];
const LACKS_KIND = [
  'I tried to be patient and kind in my answers.',
  'I put the kettle on at home to calm my nerves after.',
];
describe('positive-atmosphere: kindness in other voices (holdout-c)', () => {
  for (const text of HAS_KIND) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS_KIND) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

describe('positive-atmosphere: an informal lunch is an event, not warmth (holdout-c)', () => {
  it('does not take the informal lunch for the room', () =>
    expect(
      found('After the panel there was an informal lunch with the juniors, who were candid about rotas.'),
    ).toBe(false));
  it('still takes an informal interview', () =>
    expect(found('It was very informal and she made me a tea.')).toBe(true));
});

describe('positive-atmosphere: getting on', () => {
  it.each(['We got on really well from the off.', 'She was sound, we got on.'])('finds it: %s', (text) =>
    expect(found(text)).toBe(true),
  );
  it('does not take getting on with the work', () =>
    expect(found('We just got on with the case study.')).toBe(false));
});

// Courtesy is not a warm room: "pleasant but...", faint, conditional, or the employer's
// own sales line in answer to a question (a brush-off). Warmth stays when the "but" turns to the candidate.
describe('positive-atmosphere: polite, not warm (train-e families)', () => {
  it.each([
    'The recruiter was pleasant but could not say what the team actually does.',
    'Both assessors were pleasant, but it all felt stiff and scripted.',
    'Head chef was perfectly nice and asked fair questions.',
    'The unit is next to the park, which would be lovely in the summer.',
    'I asked what the culture is like and she said "we\'re a tiny team, super friendly" and moved on.',
    'When I asked about the office she laughed, "it\'s really chilled here, we\'re all mates".',
    'Asked what the firm was like and got "oh we\'re very relaxed" and nothing else.',
    // the interviewer's filler word, a comment on what was said, the weather
    'As I left he said, "Lovely, thanks, we\'ll let you know."',
    'Her closing words: "Lovely. Someone will be in touch."',
    'She went through the benefits, which was nice, then asked for references.',
    'The weather was finally warm so I walked there.',
    'A manager like her would be lovely to work for, but who knows.',
  ])('does not find it: %s', (text) => expect(found(text)).toBe(false));
  it.each([
    'The panel were kind, but I still froze on the second question.',
    'The recruiter was really pleasant, but I was too nervous to enjoy it.',
    'She was lovely, but because I was so nervous I barely noticed.',
    'We were so relaxed by the end that we were swapping holiday stories.',
    'It was very relaxed and the manager made me a coffee.',
    'Honestly the assessor was warm and easy to talk to from the start.',
    'She said lovely things about my portfolio and was warm throughout.',
    'The room felt warm and welcoming from the first minute.',
  ])('finds it: %s', (text) => expect(found(text)).toBe(true));
});

// warmth that is not this room: a go-between's word before it, the employer's public face, a kind of employer in
// general, and a wish ("it'd be nice")
const HAS_HERE = [
  'My friend warned me they were strict, but the panel were lovely.',
  'The interview, which was relaxed, lasted an hour.',
  'The charity manager was so warm with me.',
];
const LACKS_HERE = [
  'The agency said the directors are "really friendly", so we will see.',
  'I watched their YouTube videos, which are very upbeat and warm.',
  'Small charities can be so welcoming; this one was not.',
  'Is everybody this friendly at start-ups?',
  "I've moved on, but it'd be nice to hear something.",
];
describe('positive-atmosphere: warmth that is not this room', () => {
  it.each(HAS_HERE)('finds it in %j', (text) => expect(found(text)).toBe(true));
  it.each(LACKS_HERE)('does not find it in %j', (text) => expect(found(text)).toBe(false));
});

// faint praise said bare counts half: it needs a second word for the room (a sign found from "nice" or
// "pleasant" alone was right 16 times in 72 over the read sets)
describe('positive-atmosphere: bare "nice" and "pleasant" count half', () => {
  it.each([
    'The interviewer was nice.',
    'The recruiter was pleasant, but I was too nervous to enjoy it.',
    'They were nice, asked about my experience, told me about the job.',
  ])('does not find it from the faint word alone: %s', (text) => expect(found(text)).toBe(false));
  it.each([
    'The interviewer was really nice.',
    'they were soooo nice omg',
    'The interviewer was nice and she made me a cup of tea.',
    'The manager was nice. The supervisor was nice too.',
    'She was nice and the whole thing felt relaxed.',
  ])('finds it with a strong word or a second cue: %s', (text) => expect(found(text)).toBe(true));
});

// "friendly but...": courtesy conceded before the real verdict (the job left vague, stock questions, a stiff room,
// a colder colleague) is not a warm room; a "but" that turns to the candidate or to a second virtue keeps it
describe('positive-atmosphere: warmth conceded before a "but"', () => {
  it.each([
    'The supervisor was lovely, but she kept doubting my lack of a degree.',
    'Store manager was friendly but gave me nothing on the hours.',
    'She was really nice but the questions came straight off a list.',
    'Both of them were kind but the room felt stiff the whole way through.',
    'The recruiter was warm but the director sat there stony-faced.',
    'Assessors were friendly tho but very strict on timing.',
    // the employer's sales line and the cold, not the room
    'When I asked about the team she said "we\'re all pretty chill here".',
    'There was a real chill in the room from the start.',
    // "kindly" doing something, and a meeting named by its format
    'He kindly ignored my typo on the slide.',
    'Then an informal chat with the area manager.',
    // the same format as a note's heading, with no article
    'Informal with the deputy head, then a tour.',
    '- Informal call w/ the hiring manager, 30 min.',
    // humour is the conversation's (engaging-conversation), not a warm room by itself
    'The head chef is a really funny guy.',
    // a thing or an act praised, and interviews in general
    'Lovely old building, shame about the panel.',
    'She asked a lovely question about my placement and wrote it down.',
    'Had a lovely call from the agency this morning about a second round.',
    'Remember that a friendly interview is not the same as an offer.',
    'Tell them you get nervous; most are kind about it.',
    // a reply on its own line
    'Mum: Lovely x',
    'Lovely!',
    'Sounds lovely to be honest.',
  ])('does not find it: %s', (text) => expect(found(text)).toBe(false));
  it.each([
    'The panel were lovely, but I talked far too fast.',
    'The head was friendly but thorough, and we laughed a lot.',
    'She was warm, but also sharp with her follow-ups.',
    'The owner was so chill, we chatted about bikes for ages.',
    'The whole thing was informal and relaxed.',
    'Very informal with lots of laughs.',
    'They were very kindly to me and I felt no stress.',
    'It was a friendly interview from start to finish.',
    'Lovely interview, they made me a coffee straight away.',
    'Lovely people, lovely room, no pressure at all.',
  ])('finds it: %s', (text) => expect(found(text)).toBe(true));
});

// the candidate's attempt at warmth is not a warm room
describe('positive-atmosphere: an attempt to warm the room', () => {
  it.each([
    ['I tried twice to warm the room up a little and the chair just said next question.', false],
    ['I tried to warm things up with a joke about the rain but nobody laughed.', false],
    ['She warmed things up with a joke and we both relaxed.', true],
  ] as [string, boolean][])('%j → %s', (text, expected) => {
    expect(hasSign(text, 'positive-atmosphere')).toBe(expected);
  });
});

// the candidate's own mood going in, or to come, is not the room
describe('positive-atmosphere: the candidate relaxed going in', () => {
  it.each([
    ['I had two offers on the table, so I went in pretty relaxed.', false],
    ["I'd be more relaxed if I knew what to wear.", false],
    ['I went in tense, but the two of them were so relaxed that I soon settled.', true],
  ] as [string, boolean][])('%j → %s', (text, expected) => {
    expect(found(text)).toBe(expected);
  });
});

// sarcasm: the promised warmth mocked, a warmer talk had with anything else
describe('positive-atmosphere: sarcasm', () => {
  it.each([
    ['Relaxed chat my foot: three of them and a stopwatch.', false],
    ["I've had friendlier conversations with the self-service till at the station.", false],
    ['We had a warm conversation with the whole team over lunch, and she was lovely.', true],
  ] as [string, boolean][])('%j → %s', (text, expected) => {
    expect(found(text)).toBe(expected);
  });
});
