import { describe, expect, it } from 'vitest';
import { detectInNotes } from '../detect/run.js';

// Our own sentences: stock questions named as such, or asked with nothing on the candidate's record.
const has = (text: string) => detectInNotes(text).some((s) => s.id === 'generic-questions');

const YES: string[] = [
  'Honestly they were stock questions, nothing I could not have guessed.',
  'She read them straight off a list and none of them touched on my placements.',
  'The whole thing could have been for any job in any office.',
  "could've been any candidate sitting there tbh",
  'Textbook questions from start to finish.',
  'Same questions they ask everyone, you could tell.',
  'Nothing about my CV at all.',
  'The behavioural round was all generic.',
  'HR ran through the usual behavioural set: teamwork, conflict, a mistake you made.',
  'Questions were from the internet: tell about yourself, weak sides.',
  'He was reading from some HR handbook: tell us about a time you led a team.',
  'About my years running the kitchen, zero questions.',
  'Ask mi di same old ting dem, tell me about yuhself, wha yuh weakness.',
  'The questions were the classic: why retail, your strengths.',
  'Did they ask about my placements? No, only "tell me about yourself".',
  'The questions were of the most general character.',
  'Nothing was tailored to me, it was interview bingo.',
  'Not one question about the six years I spent at the depot.',
  'Honestly the questions could have come from any interview prep website.',
  'The questions were so cliché, like where do you see yourself in 5 years.',
  'The whole interview was a script: describe a time you failed, describe a conflict.',
  'same old same old, greatest strength, greatest weakness, yawn',
  "Same list of questions I've been asked at every other interview.",
  // stock questions summed up, one named with a stock 'why <field>', or nothing about the person
  'One decent question about my last project. The rest was where do you see yourself in five years.',
  'The whole round was all LeetCode puzzles, nothing about what I had built.',
  "She asked 'tell me about yourself' and 'why nursing' and that was about it.",
  'The manager asked him no questions about himself, just whether he could lift boxes.',
  "Honestly the same questions you'd get anywhere.",
  // the record never came up; questions from a listicle; a stock question mocked; stuff that only means stock
  'My portfolio never came up, not once.',
  'He never once mentioned my eight years at the hospital.',
  "The questions came straight out of a '50 common interview questions' blog post.",
  'All the questions were ones anyone could have googled.',
  "She asked my biggest weakness like it's 1995.",
  'Then the obligatory five-year plan question, and the old strengths one.',
  'It was cookie-cutter stuff from start to end.',
  'She asked the usual stuff and moved on.',
  'He asked, so, why teaching? And no follow-up at all.',
  'She asked me to tell her about myself and why I wanted the job, nothing else.',
  'Dem ask mi di same question dem weh everybody get.',
  'Just the same questions everyone else got, you could tell.',
  // one stock list is the whole set
  'The panel worked through a standard question bank and never strayed from it.',
  'He clearly had a generic set he uses for everyone.',
];
const NO: string[] = [
  'The room had the standard set-up, a table and three chairs, and they asked all about my own projects.',
  'They asked great questions about my portfolio and the usual stuff about notice period.',
  'The questions were general at first, then she went deep on my thesis.',
  'I had prepared for the usual questions but they went straight into my projects.',
  'not your standard interview at all, we talked about my dissertation the whole time',
  'None of the usual stock questions, it was all about my own projects.',
  'She asked one question about my weaknesses and then we went through my portfolio.',
  'Q: why so short? A: they had another interview at three.',
  'Standard process: a phone screen, then the panel.',
  'I read the job advert word by word the night before.',
  'He asked detailed questions about my years at the depot.',
  'I could have been a bit clearer in my answers.',
  'Standard questions about my experience, then a long chat about the ward.',
  'I had no questions about the contract, it was all clear.',
  'The rest of the interview was about my portfolio.',
  'She explained why hospitality pays badly and what they do about it.',
  // a whole call summed up as standard; answers prepared for stock questions; a dreaded commute
  'Forty minutes, standard stuff, no red flags.',
  'I had prepared answers for the usual questions, but she went straight into my thesis.',
  'The dreaded commute was the worst part of the day.',
  'I never once mentioned my portfolio, which was silly of me.',
  // one stock "why" read by two cues is still one question
  'She asked why this company.',
  'He asked: why us?',
  'She asked me: why midwifery?',
  'The opening question was the classic tell me about yourself, then we went through my designs.',
  'Everyone gets the same lanyard on day one, she said.',
  // a single basic question is not a stock list
  'She opened with a basic question about my last job and went deep from there.',
];

describe('generic-questions: stock questions, not about the candidate', () => {
  it.each(YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});

// Real retellings name the stock questions by what they asked, or say they came off a list.
const TOLD_YES: string[] = [
  'They asked why I wanted to become a paramedic and how I would deal with an angry relative, and that was about it.',
  'First she asked why did I want to work at this bakery, then to recall a situation when I had to stay calm.',
  'The supervisor read the questions off a list and only asked me about four questions in total.',
  'They went over questions in a list and just asked me three questions.',
  'They were more bothered about ticking off the required questions than hearing my answers.',
  'It was mostly mandatory questions, the same for every applicant.',
  'They asked a lot of questions about the building trade in general.',
  'She asked what I knew about the charity and why I was leaving my current post.',
  'He asked me to talk a bit about myself, then how I would handle a customer who wanted a refund.',
  'Mostly situational questions, and where I saw myself in five years.',
  'She asked what my biggest weakness was and what I would do if a patient refused their medication.',
];
const TOLD_NO: string[] = [
  'I told them why I wanted to become a paramedic, and they seemed to like it.',
  'She asked how I would deal with an angry relative, then spent half an hour on my ward work.',
  'They only asked me three questions, all about the bridge survey I ran.',
  'She ticked off the paperwork I had brought and we started.',
  'I had a list of questions in my notebook for them.',
  'We chatted about the trade in general before she took me through my portfolio.',
  'I told her what I knew about the charity and she corrected one detail.',
  'She asked me to tell them about myself, then we spent the hour on my case notes.',
];

describe('generic-questions in retold stories', () => {
  it.each(TOLD_YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(TOLD_NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});

// families added from the released holdout: stock questions from a bank or listicle, a round "oddly generic",
// "introduce yourself", "best quality", conflict handling, bingo, the same script as the candidate before,
// and a record left alone ("nobody asked about my secondment")
const BANK_YES: string[] = [
  "The questions came straight out of the competency bank: 'tell me about a time you led', 'a time you failed'.",
  'The panel itself was weirdly generic, like nobody had read my file.',
  'Introduce yourself, then what is your best quality, then done.',
  'How would you handle a conflict with a colleague? Tell me about a time you went above and beyond.',
  'Second round was buzzword bingo from start to finish.',
  'She asked me the same four questions she had asked the girl before me, I could hear through the door.',
  'Nobody asked about my placement year, not one question about my research either.',
];
const BANK_NO: string[] = [
  'Nothing about what I would actually be doing day to day.',
  'The bank manager asked about my time at the branch and what I learned there.',
  'We played bingo at the staff party, she said, and asked about my dissertation.',
  'I had the same interviewer as the guy before me, and she dug into my thesis.',
  'Glad the questions were not from some question bank, they had read my CV.',
];

describe('generic-questions: banks, bingo and the same script', () => {
  it.each(BANK_YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(BANK_NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});

// session 8: stock "things", one script for every interview or every one of a group, questions read straight off
// the page, and a quoted "why <field>" beside another stock question
const SCRIPT_YES: string[] = [
  'She only asked me typical things, like my greatest weakness.',
  'He put to me the same questions from every other interview I have done.',
  'The assessor asked all of us the exact same four questions.',
  'Each question came straight off the sheet in front of her.',
  "The foreman asked 'why scaffolding' and 'what are your hobbies', then we were done.",
];
const SCRIPT_NO: string[] = [
  // things about the record, a group asked different things, a list with personal questions, a real why
  'She asked typical things about my experience on the ward and then about my audit project.',
  'They asked each of us different questions about our portfolios.',
  "He asked 'why scaffolding' and then spent twenty minutes on my tower crane tickets.",
  'I asked why the team was so small and she explained the restructure.',
];

describe('generic-questions: one script for everyone, read off the page', () => {
  it.each(SCRIPT_YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(SCRIPT_NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});

// two more stock questions, asked or reported, and the list they came from
const PRIORITISE: [string, boolean][] = [
  ['"How do you prioritise?" "What would your colleagues say about you?"', true],
  ['She asked how I prioritise and what my friends would say about me.', true],
  ['Every question felt like it came off a top 10 interview questions list.', true],
  // near misses: one stock question, priorities of the job told, a list of ten questions that were hers
  ['He asked how I prioritise, then spent half an hour on my dissertation.', false],
  ['She explained how they prioritise the referrals each morning.', false],
  ['She had ten questions about my thesis, each one sharper than the last.', false],
];

describe('generic-questions: prioritising, what others say, the top-ten list', () => {
  it.each(PRIORITISE)('%j → %s', (text, expected) => {
    expect(detectInNotes(text).some((s) => s.id === 'generic-questions')).toBe(expected);
  });
});

// a note's heading for the questions, summed up as stock
const HEADED: [string, boolean][] = [
  ['HR questions: standard motivation, notice period, salary.', true],
  ['Panel questions: competency, one per value on their poster.', true],
  // near misses: questions headed with what they were about, or standard "for" a level
  ['Questions: technical, all on my thesis.', false],
  ['Questions: standard for a senior role, then forty minutes on my migration work.', false],
];

describe('generic-questions: the questions headed and summed up as stock', () => {
  it.each(HEADED)('%j → %s', (text, expected) => {
    expect(detectInNotes(text).some((s) => s.id === 'generic-questions')).toBe(expected);
  });
});
