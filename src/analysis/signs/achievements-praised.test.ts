import { describe, expect, it } from 'vitest';
import { detectInNotes } from '../detect/run.js';
import { foundInNotes } from './found.case.js';

// Our own sentences: the interviewer's admiration of the candidate's work, said or shown by digging in.
const has = (text: string) => detectInNotes(text).some((s) => s.id === 'achievements-praised');

const YES: string[] = [
  'She said my portfolio was the strongest they had seen this year.',
  'The head of design was really impressed by the rebrand I led.',
  'He loved hearing about the food bank project I set up.',
  'The director kept referring back to my audit all the way through.',
  'He asked many questions: how many users, how I did the offline sync, why not React Native.',
  "He say 'very good solution' when I showed the schema.",
  'she say wah, very entrepreneurial, when I told her about my stall',
  'She looked really interested when I showed my lesson plans.',
  'We discussed my thesis project in real detail: why that sample, how I cleaned the data.',
  'The nurse lead asked me to talk through a case I had managed on nights.',
  'she asked what flour I used, how I proofed it, and what I charged',
  'when I showed the dashboard he asked how I measured the churn and what I would change next time',
  'She called it a genuinely useful piece of work.',
  'The partner spoke very highly of my dissertation.',
  'He said that kind of experience is worth more than a degree here.',
  'The chef loved the tasting menu I did for the pop-up.',
  'He told me my thesis was one of the most interesting he had read.',
  'He said the redesign I did was exactly what they need.',
  'The partner remarked that my dissertation on insolvency was "exceptionally well argued".',
  "He nodded along and asked me to go through the Excel model I'd built, cell by cell almost.",
  // short verdicts without 'great': standards, trade idioms, reframings, heaps of follow-ups
  'The head chef said my plating was restaurant standard already.',
  'She told me my spreadsheet work was basically board-ready.',
  'The head chef tasted my risotto and said "good hands, that".',
  // Known limit: in "my case write-up" the tagger reads "write" as a verb whose subject is "my case",
  // so the praise is taken for the candidate's own words; a plain noun works.
  'He called my case study a really polished piece of work.',
  "She said I'd basically been doing the job already.",
  'The lecturer asked about my dissertation and then a load of follow-ups on it.',
  'He peppered me with questions about the app I built.',
  'She grilled me nicely on my thesis and wanted every detail of the fieldwork.',
  // a heap of questions in plainer voices, the work named with "the", amazement, other praise verbs and words
  'Him ask me plenty question about it — how much customers, how I keep the books.',
  'He asked several questions on my thesis: which sample, what the error bars meant.',
  'After I showed my drawings she asked lots of questions about the extension project for the school.',
  "He looked at the app and said 'you built all this yourself?'",
  'The panel commended me on my work with the youth club.',
  'She took a photo of my sample menu to show the owner.',
  'The editor asked me to send her my dissertation afterwards.',
  'He said my results spoke for themselves.',
  'She literally said my designs were fire.',
  "He said 'solid, very solid' when I finished the walkthrough.",
  'She questioned me closely on my lesson plan: why that starter, how I would stretch the top set.',
  'The owner told me my cake was phenomenal.',
  'The manager say my years in the warehouse are very valuable for them.',
  'She was very interest in my final project at college.',
  "He said he'd never seen a dissertation this thorough from an undergraduate.",
  'The committee commended the rigour of my doctoral research.',
  'The partner noted that my memo was exemplary.',
];
const NO: string[] = [
  'She said it was really good to meet me.',
  'She asked how I would handle an angry customer and what I would say.',
  'She said the team is great and the benefits are excellent.',
  "He didn't seem impressed by my portfolio at all.",
  'I loved my last project and told them so.',
  'She asked what I knew about the company and why I applied.',
  'He asked how I heard about the job and what I earn now.',
  "They asked what I would do if a customer shouted, and how I'd handle a complaint.",
  'The recruiter kept bringing up my notice period.',
  'The manager kept referring back to my lack of retail experience.',
  'I loved hearing about the team and their plans.',
  "She said 'really good, thanks' and moved on to the next question.",
  'We talked about the rota for ages, in detail.',
  'I was really interested in the role when I read the advert.',
  'It was one of the most honest sales pitches I have heard all year.',
  "He asked what I'd sold before and then moved on.",
  'They asked a bunch of questions about my notice period.',
  'It is a senior-level role with a director-level salary.',
  'The project is in good hands now, she said.',
  // the project the candidate would join, papers for the file, praise of something else, a fire drill
  'I asked lots of questions about the project I would join.',
  'She asked me lots of questions about the role, which I answered.',
  'He asked many questions about the project you would run in year one.',
  'She asked me to send her my references and a copy of my passport.',
  'He admired the view from the meeting room.',
  'She said my start date would be fine and the fire drill is on Mondays.',
  'She said it was sweet of me to bring my own pen.',
  // a heap of questions about papers and logistics; a compliment on looks
  'They asked lots of questions about my visa: when it runs out, whether I need sponsoring.',
  'The recruiter asked me to walk her through my availability for June.',
  'He complimented my suit and said the lift was broken.',
  // what the candidate liked is a preference, not a piece of work ("I'd" read as "would")
  "He asked about my apprenticeship and what I'd liked best about it.",
];

describe('achievements-praised: admiration of the candidate work, or digging into it', () => {
  it.each(YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});

// Praise told loosely or passed on, and questions that were no dig at all.
const TOLD_YES: string[] = [
  'The head chef just asked me to talk about the tasting menu I had designed at college.',
  'The two leads were oohing and aahing over my sketchbook.',
  'On my way out the deputy whispered to me that I had been brilliant.',
  "At the end she said 'excellent presentation' and shook my hand.",
  'He leaned back and said, "Well, you are clearly more than qualified."',
  'The agency told me the panel thought I was more than qualified.',
  'The recruiter rang and said I had interviewed really well.',
  'Afterwards the manager told me I was a really strong candidate.',
  'He asked me lots of questions about my app, which I loved answering.',
  'She said I had a lot of great experience for someone so new.',
];
const TOLD_NO: string[] = [
  "He asked me why I hadn't finished my apprenticeship.",
  'She fired specific hypothetical questions at me that I struggled with.',
  'He asked me specific technical questions, which I could not answer.',
  'They asked a lot of questions about my sector in general.',
  'The manager gave me the impression she had already made up her mind.',
  'The salary pays more than I expected, which is nice.',
  'They were impressed with my honesty about the gap.',
  'She asked me to talk about the time I had a conflict with a colleague.',
  'If you are well qualified you should still prepare, my tutor said.',
  'She told me it was a great place to work.',
  'I said I was a strong swimmer when they asked about hobbies.',
  // a sore point or a failed answer is no dig
  'He grilled me on my lack of ward experience.',
  'She quizzed me about my gap year and why I had left the course.',
  'They asked me lots of questions about my last placement, which I struggled to answer.',
  'He asked how I would run a team of twelve, which I fumbled.',
  'My husband said I was brilliant to even go.',
  'I said I had great experience in retail, and she nodded.',
  'Going by your letter you are more than qualified for this role, so apply.',
];

describe('achievements-praised in retold stories', () => {
  it.each(TOLD_YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(TOLD_NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});

// families added from the released holdout: praise in other verbs, a superlative passed on, questions named for
// their edge, a dig asked exactly, named numbers; and the look-alikes: a why about a blemish, a record read for its faults
const EDGE_YES: string[] = [
  'He appreciated how I cut the month-end close from nine days to four.',
  "She said the report was 'the clearest write-up I've read from a graduate'.",
  'Two probing questions about how I rebuilt the rota, and one on the supplier deal I had won.',
  'The manager asked exactly how I grew repeat orders and which customers drove it.',
  'He asked for the churn numbers and how we measured them.',
  'The treasurer wanted to hear about the merger I had run in Leeds.',
  'Asked me precisely how I had cut the waste by a third.',
];
const EDGE_NO: string[] = [
  'She asked why I got a gap in my CV and why I was let go.',
  'He went through my driving record line by line, looking for points and tickets.',
  'Sometimes the interview tells you exactly what the job will be like.',
  'I had prepared sharp questions about my notice period.',
];

describe('achievements-praised: other verbs, superlatives, questions with an edge', () => {
  it.each(EDGE_YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(EDGE_NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});

// Look-alikes from train-e's false positives, in our own words: a put-down in praise's words, a face lighting
// up or looking interested (interviewer-smiling, as the corpus labels it), note-taking, and the stock topics.
describe('achievements-praised: what is not praise or digging (train-e families)', () => {
  const found = foundInNotes('achievements-praised');
  it.each([
    "She said my portfolio wasn't really what they need right now.",
    'He told me my sales record was not strong enough for this level.',
    "The manager's eyes lit up when I mentioned the marathon.",
    'He looked really interested in my old band.',
    'She seemed genuinely interested in my gardening.',
    'I mentioned my Saturday job and he wrote it down.',
    'They asked me about my strengths, my values and what motivates me, how I cope with stress.',
    'He asked about my goals and my hobbies, what I do at weekends.',
  ])('does not find it: %s', (text) => expect(found(text)).toBe(false));
  it.each([
    'She said my portfolio was exactly what they need right now.',
    'He was really interested in how I had cut the waiting list and asked for the before and after numbers.',
    'They asked about my stock-control project, how I set it up and what it saved.',
  ])('finds it: %s', (text) => expect(found(text)).toBe(true));
});

describe('achievements-praised: follow-ups counted', () => {
  const found = foundInNotes('achievements-praised');
  it.each([
    'She brightened when I got to the rota tool I wrote and asked about six follow-ups.',
    'The lead fired off a dozen follow-up questions about it.',
  ])('finds it: %s', (text) => expect(found(text)).toBe(true));
  it.each([
    'She asked five questions from a sheet and thanked me.',
    'I asked three follow-ups about the rota.',
  ])('does not find it: %s', (text) => expect(found(text)).toBe(false));
});

// a verdict on the candidate's own work passed on, in words beyond the stock list, and a superlative told back in
// reported speech ("the best they'd heard")
const VERDICT_YES: string[] = [
  "The foreman said the shelving I'd fitted was neater than his own.",
  'She said the rota I set up at the hostel was really thoughtful.',
  'He said my plastering looked properly clean.',
  'One examiner said "this is a really mature piece of work."',
  "The chef said my sauce was the best he'd tasted from an applicant.",
  'The head said my lesson plan was the clearest they had seen all week.',
  'He asked a load of questions about the fundraiser I ran and how I got sponsors.',
  'He watched me on the line and said you clearly know your way round a kitchen.',
];
const VERDICT_NO: string[] = [
  'She said the office was very clean.',
  'He said my portfolio was not very mature yet.',
  'I said my code was clean.',
  "She said it would have been neater than this if I'd had time.",
];
describe('achievements-praised: a verdict on the work passed on', () => {
  it.each(VERDICT_YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(VERDICT_NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});

// A denied verdict is no praise, however strong the word it denies.
const DENIED: string[] = [
  'She said my CV was not very impressive.',
  "He told me my answers weren't impressive enough for a senior post.",
  'The panel said my experience was hardly rare.',
  'He reckoned my portfolio was nowhere near professional standard.',
];
describe('achievements-praised: praise denied in reported speech', () => {
  it.each(DENIED)('does not find it in %j', (text) => expect(has(text)).toBe(false));
  it('still finds the same praise undenied', () => {
    expect(has('She said my CV was very impressive.')).toBe(true);
    expect(has('The panel said my experience was very rare.')).toBe(true);
  });
});

// "genuinely into my answers" is how the interviewer looked (interviewer-smiling's), not praise of the work
describe('achievements-praised: the interviewer into it', () => {
  it.each(['The interviewer seemed genuinely into my answers.', 'She got really into it.'])(
    'does not find it: %s',
    (text) => expect(foundInNotes('achievements-praised')(text)).toBe(false),
  );
  it('still finds digging into the work', () =>
    expect(foundInNotes('achievements-praised')('He dug right into my numbers.')).toBe(true));
});

// the stock openers are no digging into a piece of work
describe('achievements-praised: asked about my experience', () => {
  it.each([
    'They asked about my experience, my quality management work and how I would handle a disagreement.',
    'Asked about my last role and why I want to move into compliance.',
    'She asked about my background gently.',
  ])('does not find it: %s', (text) => expect(foundInNotes('achievements-praised')(text)).toBe(false));
});

// session 10: praise of how the work was done, a verdict adjective on it, what it showed or what stood out, "that's
// hard to do", the work asked to be seen, good questions and follow-ups, detail asked for, digging in, a topic returned to
describe('achievements-praised: more families', () => {
  it.each([
    'The manager praised how tidy my spreadsheets were.',
    'She said the survey I designed was really thorough.',
    'He told me the approach was mature for someone so new.',
    'She said the charity project showed real initiative.',
    'He said the bit about the warehouse move stood out.',
    "When I told her about cutting the waiting list she said that's hard to pull off.",
    'He asked to see the dashboard I mentioned.',
    'She asked some genuinely sharp questions about my fieldwork.',
    'He asked a couple of probing follow-ups about the bridge job.',
    'She asked for more detail on the fundraiser I ran.',
    'He asked about the stock system and really dug into the specifics.',
    'She kept coming back to my apprenticeship project.',
    'He seemed genuinely curious about the app I built.',
    "After the practical she said you clearly know what you're doing.",
    'He wanted the full story of the rota change I made.',
    'She said my outreach work was commendable.',
  ])('finds it: %s', (text) => expect(has(text)).toBe(true));
  it.each([
    'I praised how friendly the receptionist was.',
    'She asked two follow-ups about the team structure.',
    'He asked to see my passport and my right to work.',
    'She kept asking about my notice period.',
    'She was curious about my accent.',
    'She said it was lovely to meet me.',
    "He said that's a real achievement for the company, landing that client.",
    'They kept asking my opinion on the new logo.',
    'I wanted the full story of the restructure before accepting.',
  ])('does not find it: %s', (text) => expect(has(text)).toBe(false));
});

// a run of questions on what the candidate told, and answers that kept drawing more
describe('achievements-praised: a run of questions on the work', () => {
  it.each([
    'When I described the audit, she asked a series of detailed questions: how I sampled, what I found, what I would change.',
    'Every answer I gave led to another question from him.',
  ])('finds it: %s', (text) => expect(has(text)).toBe(true));
  it.each([
    'I asked a series of detailed questions: what the team does, who leads it.',
    'He asked a series of questions about the role.',
  ])('does not find it: %s', (text) => expect(has(text)).toBe(false));
});

// picking up on a gap or a slip is a doubt, not interest in the work
describe('achievements-praised: what was picked up on', () => {
  it.each([
    ['The panel picked up on the gap in my CV and then on my short stint at the agency.', false],
    ['He picked up on my mistake with the dates straight away.', false],
    ["She picked up on the rota project I'd run and asked how I cut overtime.", true],
  ])('%j → %s', (text, expected) => expect(has(text)).toBe(expected));
});

// going into detail is digging only when it is the candidate's work; on the job or the trade it is the interviewer's telling
describe('achievements-praised: went into detail on whose work', () => {
  it.each([
    'She went into detail on my placement audit, bed by bed.',
    'He went deep into the scheduling tool I built at the depot.',
  ])('finds it: %s', (text) => expect(has(text)).toBe(true));
  it.each([
    'The manager went into great detail on the rota, the tills and the stock room.',
    'He went into detail on the regiment trades and the basic training course.',
  ])('does not find it: %s', (text) => expect(has(text)).toBe(false));
});

// a heap of questions about a piece of work named in three words, or with "I'd" (not the job to come: "the team I'd
// be joining"); the work liked, in a wider list
describe('achievements-praised: the work named longer, and liked', () => {
  it.each([
    "He asked me tons about the stock-taking spreadsheet I'd built for the shop.",
    'She asked loads about the youth outreach scheme I had run.',
    'The editor said she loved my photographs of the flood.',
  ])('finds it: %s', (text) => expect(has(text)).toBe(true));
  it.each([
    "She asked loads about the night shift rota I'd work.",
    "They asked lots about the team I'd be joining.",
    'I liked my photos from the day.',
  ])('does not find it: %s', (text) => expect(has(text)).toBe(false));
});
