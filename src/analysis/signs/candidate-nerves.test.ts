import { describe, expect, it } from 'vitest';
import { detectInNotes } from '../detect/run.js';

// Our own sentences: nerves or unpreparedness that showed, and nerves felt, feared, denied or someone else's.
const has = (text: string) => detectInNotes(text).some((s) => s.id === 'candidate-nerves');

const YES: string[] = [
  'I was so tense that my voice shook on the first answer.',
  'I mixed up the name of their loyalty scheme out of nervousness.',
  'I kept over-explaining the spreadsheet and could hear myself rambling.',
  'Then I started talking again and saying the same thing twice.',
  'Honestly I knew nothing about the company beyond the logo.',
  "When she asked about their values I couldn't remember anything.",
  'My answers were all over the place in the second half.',
  'I think I rambled on the budget question.',
  "couldn't even tell him what the company does lol",
  'I got the name of the company wrong. Twice.',
  'When she asked what I knew about them I had nothing. Zero research.',
  'I said um about a thousand times.',
  'I was so nervous my voice shook and I forgot the company name.',
  // an interview told after it, with its time of day
  'I had the interview in the afternoon and I was shaking the whole time.',
  // the blank as a verb, fillers counted in words, slips in a second language, the company confused
  'I did blank once, right on the pricing question.',
  'Then I just blank completely when he asks about KPIs.',
  'I said erm about fifty times in the first ten minutes.',
  'I ummed and ahhed through the whole case study.',
  'My answer had lots of ums in it.',
  'I make many mistakes in my English when I answer.',
  'After the second question my German became very bad.',
  'I talk too fast and mix English and Polish words.',
  'I confused their shop with a competitor the whole time.',
  'I forget everything I prepared the night before.',
  // a felt symptom does not undo one that showed
  'I was so nervous my heart was pounding and I stumbled over my first answer.',
  // speech that failed or ran on, a mind gone blank in other words, an accident, tears in the room, a shaking mouth
  "I just couldn't get my words out when the panel sat down.",
  'My answers came out all scrambled.',
  'I talked far too much and went on and on about my dog.',
  'My brain just shut down at the maths question.',
  'Mind went completely blank halfway through my answer.',
  'I tipped the jug of water over in the first five minutes.',
  'I burst into tears when they asked about my last manager.',
  'my mouth dey shake when I answer',
  // fidgeting, mumbled answers, words that would not come, a scattered head, in several voices
  'I kept fiddling with my lanyard the whole way through.',
  'I mumbled through most of my answers.',
  "The words just wouldn't come out when she asked about targets.",
  'My head was scatter, I no fit remember wetin I practise.',
  'I couldnae get my words oot at the start.',
  // a formal voice
  'I regret that I lost my composure during the case presentation.',
  "I confess I was ill-prepared for questions on the firm's recent acquisitions.",
];
const NO: string[] = [
  // nerves before it began, told to the panel or afterwards
  'I have to admit I was quite nervous before this, but the panel was kind.',
  'I was so nervous this morning but it went fine.',
  'nerves? none. felt great',
  "I probably said 'um' like 400 times.",
  'I rambled to my mum about it for an hour after.',
  'i was so nervous for nothing, it was chill',
  'He asked how I deal with nerves in front of a class.',
  "I'm so nervous about hearing back.",
  "I hope I didn't come across as nervous.",
  'I note for completeness that I was not, in my own assessment, nervous.',
  'I did not, so far as I can tell, appear nervous.',
  'I keep thinking I talked too fast.',
  'I am worrying because maybe I looked nervous.',
  'i was SHAKING inside lol but i dont think it showed?',
  'My hands were a bit clammy at first, but once we started I forgot about it.',
  'The interviewer seemed more nervous than me, she kept stumbling over her words.',
  'I was nervous the night before but it went fine on the day.',
  'Maybe I talked too fast, maybe I did not, I honestly cannot tell.',
  // nerves said not to show, in the next sentence; absorption is not blanking
  "Was really nervous beforehand and during. Didn't show it though, I think.",
  'Nervous as anything, but I kept it together.',
  "I was bricking it. I don't think it came across.",
  'We got so deep into the architecture that we both forgot the clock.',
  'I forgot the time, we were having such a good chat.',
  // blanking feared or denied; fillers or mix-ups that are someone else's; nerves only felt inside
  'I was terrified I would blank on the maths part.',
  'I tried hard not to blank and I managed.',
  'The manager said um about twenty times while reading my CV.',
  'She confused my file with another applicant.',
  'I was so nervous my palms were sweating, but the answers came out fine.',
  'Nervous, heart racing the whole time, though I doubt anyone could see it.',
  'I kept saying sorry, could you repeat that, because the line was breaking up.',
  // someone else running on; talking too much asked as a question; tears afterwards; we both talked
  'The director went on and on about the new building.',
  'At one point I wondered, am I talking too much?',
  'I got home and burst into tears of relief.',
  'We talked too much about football, it was lovely.',
  'She knocked her tea over and laughed it off.',
  // someone else's hands, a mumbled goodbye, nerves before that went, a forgotten umbrella
  'The manager kept fiddling with his pen while I talked.',
  'I mumbled a thank you and left, happy with how it went.',
  'My daughter was nervous before, but she did fine in the room.',
  'I forgot my umbrella on the bus on the way there.',
  // dread before an interview still ahead: worry, not nerves that showed
  'Interview in three hours and my hands are shaking already.',
  "My interview is tomorrow and I'm so nervous I can't eat.",
  "interview in 40 mins, I'm literally shaking",
  // panic about the result, fluster from the journey
  "I've been panicking all week about the result.",
  'I was flustered by the traffic but calm by the time I sat down.',
];

describe('candidate-nerves: nerves that showed', () => {
  it.each(YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});

// Nerves told later: arriving in the room, questions that beat the candidate, feedback that they showed.
const TOLD_YES: string[] = [
  "It wasn't only the panel, I got really nervous once the questions started.",
  'Two of their questions completely stumped me.',
  'The agency passed on that I came across as nervous.',
  'Her feedback was that I knew the work but lacked confidence.',
  'My knees buckled when I saw the size of the kitchen.',
  'When she asked for a time I led a change, I could not think of a single example.',
  'I flubbed the question on safeguarding.',
  'Halfway through it hit me that I had no idea what the firm actually did.',
  'I made a complete fool of myself on the maths question.',
];
const TOLD_NO: string[] = [
  'The hiring manager was not prepared whatsoever, which made it a messy chat.',
  'The panel seemed totally unprepared for my questions.',
  'Seemed like the panel lead on duty was totally unprepared.',
  "I didn't get nervous at all, which surprised me.",
  'I got really nervous the night before.',
  'They lacked confidence in the new rota system.',
  'The interviewer came across as nervous herself.',
  'I had no idea what they did with my references after that.',
  'He made a mess of the booking, so we started late.',
];

describe('candidate-nerves in retold stories', () => {
  it.each(TOLD_YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(TOLD_NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});

// families added from the released holdout: a mental block, words gone out of the head, rabbiting on, fillers
// counted in small numbers; and a fear of having bombed, which is no nerves shown
const BLOCK_YES: string[] = [
  'Then I had a total mental block on the budgeting question.',
  'The word for it went clean out of my head and I went round the houses.',
  'I started rabbiting on about my school results for no reason.',
  "I said 'umm' like ten times on the first answer.",
];
const BLOCK_NO: string[] = [
  "He barely said a word. I thought I'd bombed. Then he offered me a trial.",
  'She said the old system went out of their heads as soon as the new one came in.',
  'The manager was rabbiting on about his holiday.',
];

describe('candidate-nerves: blocks, lost words and rambling', () => {
  it.each(BLOCK_YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(BLOCK_NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});

// nerves forgotten did not show
describe('candidate-nerves: forgotten nerves', () => {
  it.each(['I forgot to be nervous.', 'We got talking and I soon forgot to be scared.'])(
    'does not find it in %j',
    (text) => expect(has(text)).toBe(false),
  );
  it.each(['I forgot my notes and was so nervous I stammered.'])('finds it in %j', (text) =>
    expect(has(text)).toBe(true),
  );
});

// nerves felt around the interview, not shown in it: before it began, at the writing, about the
// next one; the mouthful of coffee at good news; a habit of forgetting; a voice feared to shake
describe('candidate-nerves: nerves told around the interview', () => {
  it.each([
    'Honestly my nerves were shot to pieces before it began.',
    "I'm going to sound like a nervous wreck writing this, sorry.",
    'I have another one on Friday and I am nervous that it will go the same way.',
    'She said my design was the best she had seen and I nearly choked on my tea.',
    'I always forget the details of these things, so here they are while they are fresh.',
    'In the lobby I was sure my voice would shake.',
    "I was a wreck beforehand, I'd barely slept.",
    'I was a total mess the night before and hardly ate.',
    'Was a wreck on the train in, then fine once we started.',
  ])('does not find it in %j', (text) => expect(has(text)).toBe(false));
  it.each([
    'I was so nervous in the room that I choked on the very first question.',
    'Halfway through, my voice started to shake and I forgot the name of their product.',
    'I was nervous the whole way through and kept rambling.',
    'Honestly I was a wreck in there, my answers went nowhere.',
    'My answers were all over the place before I found my feet.',
  ])('finds it in %j', (text) => expect(has(text)).toBe(true));
});

// mild nerves named and nothing more are felt, not shown (corpus README): alone they no longer make the
// sign; beside a slip that showed, they still go with it
describe('candidate-nerves: nerves only named', () => {
  it.each([
    'Though a bit nervous, I answered everything as well as I could.',
    'I walked in slightly nervous since it was my first real job interview.',
    'A little nervous, but the questions were fair and I had examples for each.',
  ])('does not find it in %j', (text) => expect(has(text)).toBe(false));
  it.each([
    'I was so nervous that I kept stumbling over my words.',
    'I got nervous and rambled through the second answer.',
  ])('finds it in %j', (text) => expect(has(text)).toBe(true));
});

// how published stories tell it: nothing to ask when the moment came, the name got wrong, the
// missing homework that surfaced in the room
describe('candidate-nerves: blanking and missing homework, as real writers tell it', () => {
  it.each([
    'When they asked for my questions I could not think of a single one to ask, classic stage fright.',
    "I couldn't come up with any questions at the end, my mind was empty.",
    'I mispronounced the firm’s name twice before the partner corrected me.',
    'My lack of research showed when I asked them what the company actually sold.',
  ])('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each([
    'The manager could not think of a single question to ask me about my CV.',
    'I have never had stage fright and had none here either.',
    'They complained about my lack of experience with their software.',
  ])('does not find it in %j', (text) => expect(has(text)).toBe(false));
});

// look-alikes from blog writing: a page found by chance, and a fear of having bombed that was put to rest
describe('candidate-nerves: stumbling upon, and feared bombing', () => {
  it.each([
    'If you stumbled upon this blog looking for interview tips, sorry, this is just my diary.',
    'My fear that I had bombed it lasted until the chair rang with good news.',
  ])('does not find it in %j', (text) => expect(has(text)).toBe(false));
  it.each([
    'I stumbled on the very first question about budgets.',
    'Honestly I bombed it, I froze on the maths.',
  ])('finds it in %j', (text) => expect(has(text)).toBe(true));
});

// real22 round: nerves felt on getting the invitation, in the waiting area, or as a reason ahead are no nerves shown
describe('candidate-nerves: the invitation, the wait, a reason to be nervous', () => {
  it.each([
    'I was obviously both nervous and excited when I got an invitation to attend an interview.',
    'I was nervous waiting in reception.',
    'My trial is tomorrow, so I think I have more than enough reason to be nervous.',
  ])('does not find it: %s', (text) => expect(has(text)).toBe(false));
  it.each(['I was nervous the whole interview.', 'I was so nervous I forgot my own address.'])(
    'finds it: %s',
    (text) => expect(has(text)).toBe(true),
  );
});
