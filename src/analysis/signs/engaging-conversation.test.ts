import { describe, expect, it } from 'vitest';
import { foundInNotes } from './found.case.js';

// Two-way talk and shared laughter; a laugh that brushes off a culture question, my nervous laugh and a chat only promised do not count.
const found = foundInNotes('engaging-conversation');

const HAS = [
  'It developed into a genuinely enjoyable conversation about urban planning.',
  'There was good-humoured back and forth throughout.',
  'we was joking around the whole time fr',
  'We talk like friends, not like interview.',
  'We had a great chinwag about the old days.',
  'It was more of a natter than an interview.',
  'It felt more like a chat over coffee than an interview.',
  'We ended up talking about football for half the interview.',
  'There was loads of back and forth and we had a few laughs.',
  'we just clicked straight away',
  'The conversation flowed so naturally.',
  'We had a proper laugh about my old boss.',
  'It was a genuine two-way conversation, she asked and I asked.',
  'We went off on a tangent about hiking and lost track of time.',
  'Honestly it was fun, we were cracking jokes the whole time.',
  "It didn't feel like an interview at all.",
  'we got on like a house on fire',
  'We bantered about the football the whole way through.',
  'the hour flew by, we were chatting like old colleagues',
  'She laughed at my joke about spreadsheets and we kept riffing on it.',
  'They had me laughing within the first five minutes.',
  'more of a conversation than an interview really',
  'We swapped stories about terrible customers.',
  'It was easy back-and-forth, like talking to a colleague.',
];
const LACKS = [
  'There was no laughing, no small talk, nothing.',
  'I made a joke and nobody laughed.',
  "I was worried they'd laugh at me.",
  'It felt more like an interrogation than a conversation.',
  'There was no back and forth at all.',
  'Nobody laughed at my joke.',
  'I laughed nervously at the wrong moment.',
  "When I asked about the culture he just laughed and said it's fine.",
  'She said it would be a relaxed chat, but it was a grilling.',
  'It was a one-way conversation, he talked and I listened.',
  'lol I was so nervous',
  'The other candidates were laughing in the waiting room.',
  // a kind laugh over a slip, a laugh at none of the jokes, a half laugh, a laugh alone
  "I mixed up two dates and the manager laughed gently and said don't worry.",
  'He laughed at none of my attempts at humour.',
  'When I mentioned my old boss she half-laughed.',
  'At one point the director laughed alone at his own remark.',
];

describe('engaging-conversation in new voices', () => {
  for (const text of HAS) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// holdout-a families (R4): how other people say it, and the look-alikes that are not it
const HAS_R4 = [
  'Felt like a real technical conversation between peers.',
  'We got so into the conversation about accessibility that we went 15 min over.',
  'We ran 20 minutes over because we got talking about Kafka.',
  'A genuine technical discussion, not a quiz.',
];
const LACKS_R4 = [
  'It was not a conversation between peers.',
  'We went over because the video kept dropping.',
];
describe('engaging-conversation: R4 families', () => {
  for (const text of HAS_R4) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS_R4) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// holdout-b families (R5): two equals talking, mocking something together, laughing idioms, debating;
// look-alikes: a laugh with someone who is not the interviewer, a team described as laughing, upset "in bits"
const HAS_R5 = [
  'Halfway through it stopped feeling like an interview.',
  'It was just two teachers having a natter about marking.',
  'We talked like two old plumbers swapping tips.',
  'Felt more like talk between two welders than interview.',
  'We spent a while slagging off the local buses.',
  'We were moaning about the parking like old neighbours.',
  'She had me in hysterics with her tales of the old depot.',
  'He was in bits at my story about the runaway trolley.',
  'We ended up debating whether spreadsheets count as code.',
  'A really convivial conversation from start to finish.',
];
const LACKS_R5 = [
  'It never stopped feeling like a test.',
  'The porter who took me up was a laugh, we chatted about rugby in the lift.',
  'He described a team that laughs a lot.',
  'She was in bits after I mentioned my late father.',
  'She fitted me in between two other meetings.',
  "I'd like two references, please.",
];
describe('engaging-conversation: R5 families', () => {
  for (const text of HAS_R5) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS_R5) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// real-story families (R4, round 2): rapport words for a good room — fun, a buzz, ideas thrown about, good
// chemistry, a conversation that flowed, chatting for ages; look-alikes: a counterfactual quip, fun in the job,
// a phone that buzzed, cash flow, a talk that was only promised
const HAS_RAPPORT = [
  'Honestly the whole interview was great fun.',
  'We kept bouncing ideas off each other about the rota.',
  'By the second coffee there was a real buzz.',
  'The chemistry was instant and she said so.',
  'It had a really natural flow to it.',
  'After the formal bit we stayed chatting for ages about bikes.',
  'It was so refreshing to talk with someone who actually knew the kit.',
  'The conversation just flowed from there.',
  'Felt like chatting with an old mate over a pint.',
  'We both really enjoyed the conversation, I could tell.',
];
const LACKS_RAPPORT = [
  'I could have answered that with a clever joke, but I kept it straight.',
  'It was a lot of fun working on the old tills, I told her.',
  'It was fun to prepare the slides, less fun to present them.',
  'Her phone buzzed twice during my answer.',
  'The case study was all about cash flow.',
  'It would be great to chat with you again next week, she wrote.',
  'We talked for a good while about their pension scheme.',
  'It was like talking to a brick wall.',
  'I pictured them upstairs laughing at me for getting lost.',
];
describe('engaging-conversation: rapport words (real stories)', () => {
  for (const text of HAS_RAPPORT) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS_RAPPORT) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// holdout-c families: craic, yarning for an hour, talking with a colleague rather than being examined; look-alikes:
// "like two minutes" of my own rambling, a laugh that answers a question about how the team works
const HAS_CRAIC = [
  'We had great craic about the county final before we started.',
  'We yarned for like half an hour about sourdough.',
  'It felt like talking to a fellow engineer rather than being examined.',
];
const LACKS_CRAIC = [
  'I ended up rambling about my thesis for like two minutes.',
  'I asked what the team was like and she said "it is a bank" and laughed.',
  'I asked how decisions get made and he just laughed and said "we wing it".',
];
describe('engaging-conversation: craic, yarning, a colleague (holdout-c)', () => {
  for (const text of HAS_CRAIC) it(`finds it: ${text}`, () => expect(found(text)).toBe(true));
  for (const text of LACKS_CRAIC) it(`does not find it: ${text}`, () => expect(found(text)).toBe(false));
});

// getting on is getting along (positive-atmosphere's); like a house on fire, or famously, is more
describe('engaging-conversation: getting on is not yet a chat', () => {
  it.each(['We got on really well.', 'She was nice, really warm, we got on.'])(
    'does not find it: %s',
    (text) => expect(found(text)).toBe(false),
  );
  it.each(['we got on like a house on fire', 'At the time we got on famously.'])('finds it: %s', (text) =>
    expect(found(text)).toBe(true),
  );
});

// laughter that never happened in the room: a try that fell flat, sarcasm, the writer's own laugh
// after their own answer; shared laughter told the same ways still counts
describe('engaging-conversation: a laugh tried for, or meant sarcastically', () => {
  it.each([
    'I tried to raise a bit of a laugh about the weather and he just nodded.',
    'I was trying to get some laughs going early on, but nothing landed.',
    'So yes, the whole hour was a real barrel of laughs.',
    'I just answered that I had no idea and laughed.',
  ])('does not find it: %s', (text) => expect(found(text)).toBe(false));
  it.each([
    'She tried to put me at ease with a joke and we both laughed.',
    'I answered that I had no idea and we all laughed about it together.',
    'We had a bit of a laugh about the weather before starting.',
  ])('finds it: %s', (text) => expect(found(text)).toBe(true));
});

// real writers tell the rapport of themselves and of the interview (real22 round); someone else clicking, tears
// flowing and a click denied are not it
describe('engaging-conversation: clicked, flowed, a conversation with a mentor', () => {
  it.each([
    'I felt like I really clicked with the manager, the coordinator and the recruiter.',
    'She and I clicked straight away over our old jobs.',
    'The interview flowed.',
    'It felt like I was having a conversation with some sort of mentor.',
    'We discussed many things under the sun, from philosophy to sports.',
  ])('finds it: %s', (text) => expect(found(text)).toBe(true));
  it.each([
    'The receptionist and I clicked straight away.',
    'The tears just flowed out of me after I left.',
    "I didn't click with her at all.",
  ])('does not find it: %s', (text) => expect(found(text)).toBe(false));
});

// laughter after mockery is at the candidate, not shared (real22 round)
describe('engaging-conversation: laughter at the candidate', () => {
  it('does not find it after mockery', () =>
    expect(found('Every question was mocked and roaring laughter followed.')).toBe(false));
  it('still finds laughter after a mock interview told apart', () =>
    expect(found('After the mock interview last week, today we laughed a lot.')).toBe(true));
});
