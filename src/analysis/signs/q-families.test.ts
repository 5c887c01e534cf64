import { describe, expect, it } from 'vitest';
import type { SignId } from '../../core/signs/ids.js';
import { foundInNotes } from './found.case.js';

// Families of wording met in q-notes' odd ids (session 13), in our own words: for each, a few ways it is said
// and the look-alikes that must stay out. Read as notes, by the rules alone.
const cases: [SignId, string[], string[]][] = [
  [
    'timeline-given',
    [
      "Nice chat with the owner. They said they'd be in touch Friday.",
      'He sat with his arms folded the whole time. Decision Friday, apparently.',
      'Outcome Monday, she reckons.',
    ],
    [
      "She was nice. At the end she said we'll be in touch. Got the outcome Monday: a no.",
      "I made my decision Friday: I'm taking the other offer.",
    ],
  ],
  [
    'positive-atmosphere',
    ['The manager was the friendliest person I have met all month.'],
    [
      'The receptionist at the dental group was the friendliest person I have met all month.',
      'The other candidate in the waiting room was a lovely woman from Leeds.',
    ],
  ],
  [
    'interviewer-disinterest',
    [
      'Two of the panel were looking at other screens while I answered.',
      'He kept glancing at different tabs the whole time.',
      'She was typing the whole time I talked.',
      'Honestly her mind was elsewhere.',
    ],
    [
      'The rest was a typing test and a role play.',
      'Then it was a typing speed check in the back office.',
      'Using the time to apply elsewhere.',
      "I'm still looking elsewhere in case.",
      'We were all looking at other screens during the shared demo.',
    ],
  ],
  [
    'flat-interviewer',
    ['He was flat the whole time, no energy at all.', 'Her voice stayed flat from start to finish.'],
    [
      "She told me the company's culture is very flat and open.",
      'He said the structure is flat, no layers of management.',
      'After that there was a horrible flat tension in the room.',
    ],
  ],
  // another occasion, the job ad and a go-between's briefing are no evidence about this interview
  [
    'interviewer-disinterest',
    ['This time the manager was on his phone the entire time.'],
    [
      'Last time I interviewed (the Argos one in March) the manager was on his phone the entire time.',
      'The last time I had a phone interview the guy was clearly driving.',
    ],
  ],
  [
    'future-role-talk',
    ['He said that when I start I will own the monthly reporting pack.'],
    ['Read the job ad again on the train: "You will own the monthly reporting pack and lead the upgrade."'],
  ],
  [
    'negative-body-language',
    [
      'The recruiter called to prep me this morning. The interview was at 2. The manager was cold and never smiled.',
    ],
    [
      'The recruiter rang this afternoon to prep me for Thursday. She said the hiring manager can come across as cold.',
      'My agent phoned yesterday to brief me. He said the partner is a bit frosty. He also said not to worry.',
    ],
  ],
  [
    'little-company-info',
    ["I asked about the company and she said it's all on the website."],
    [
      "The first question was what did I know about the company, and I couldn't remember a thing from their website.",
      "When they asked about the school's approach, I realised I hadn't read the policy and had nothing to say.",
      'He asked me about the firm and I said something vague about their growth.',
    ],
  ],
  // two doubts in ways the rules had not met: what the work failed to do, a worry reported without "that", a
  // requirement the candidate lacks, the record picked at and the doubts listed, the writer's count, a verdict quoted
  [
    'raised-concerns',
    [
      "She said my model didn't add up, then pointed out my summary wasn't specific.",
      "He said my plan wasn't realistic and later said she was worried I'd never managed a budget.",
      'He kept questioning my background: the agency years, the gap, the short contract.',
      "The partner wasn't sure I'd cope with the hours, and the HR lead added that they needed someone who knew Xero.",
      'He said my answer was a bit dated, then said "hmm, that\'s a gap for us".',
      'She said my portfolio was thin. Honestly, two solid reasons not to hire me.',
    ],
    [
      "She said my model didn't add up. The rest went fine.",
      'He kept picking at my CV.',
      "She said, uh, she wasn't sure I'd done enough digital.",
      "He said my lack of Xero wasn't a problem at all.",
      "She said the gap wasn't an issue, and that I'd clearly kept busy.",
    ],
  ],
  [
    'engaging-conversation',
    [
      'The manager and I had a yarn about the footy before we even started.',
      'We had a proper natter about dogs.',
      'They asked about my old job, I asked about the ward, back and forth the whole time.',
      'Both of them were laughing and joking with me by the end.',
      'The two owners were chatting away with me about cars.',
    ],
    [
      'She was chatting to a colleague the whole time.',
      'I had a quick chat about the role with HR.',
      'The receptionist was laughing and chatting with a courier.',
    ],
  ],
  [
    'achievements-praised',
    [
      'He asked about the stocktake I ran and said "mate, that\'s exactly what I need on nights."',
      'She looked at my photos and said "that\'s proper work, that."',
      'He read my report and said "wow, that\'s brilliant."',
    ],
    [
      'He said "mate, that\'s not what we need."',
      'She said nice job finding the place, the car park is tricky.',
    ],
  ],
  [
    'positive-atmosphere',
    ['She was so lovely from the start.'],
    ["She asked about my reading club and she said that's wonderful, just what the school needs."],
  ],
  [
    'flat-interviewer',
    [
      'She sounded bored out of her mind.',
      'No change in his voice at all, start to finish.',
      'arms crossed and talking like a sat nav',
      'It was like talking to a speaking clock.',
    ],
    ['I sounded bored, I think, by the end.', 'She looked bored and kept checking her watch.'],
  ],
  // a job question passed on to someone else, or to the needs of the business
  [
    'vague-role-details',
    [
      'I asked how many rooms per shift and she said "the head of housekeeping decides that."',
      'When I asked about the team and the stores I would cover, she said "the area manager will go through that."',
      '- asked what desk I\'d sit on, what deals: "depends on the needs of the business"',
      'When I asked about work timings she said it will be explained at the time of joining.',
    ],
    [
      'I asked about the rota and she explained the head chef sets it each Friday, earlies and lates, four shifts a week.',
      'When I asked about timings she said "we\'ll let you know when we\'ve seen everyone."',
      'I asked which desk I would sit on and she showed me, next to the two analysts on the credit team.',
    ],
  ],
  // the wait counted from days of the month with their weekday, and "today is the 5th of November"
  [
    'no-follow-up',
    [
      'Interview was on Monday the 3rd. They promised a decision "by the end of that week". Today\'s Wednesday the 12th. Silence.',
      'I interviewed on the 4th of October. He said I would hear by the end of next week. Today is the 5th of November. Not a word.',
      'They said by the 10th. I am now five days past the promised date and nothing.',
    ],
    [
      'Interview was on Monday the 3rd. They said two weeks. Today is Wednesday the 12th. Nothing yet.',
      "I'm now five days past the retail interview and I haven't chased it.",
      'I interviewed on the 4th of October. He said I would hear within a month. Today is the 20th of October. Nothing yet.',
    ],
  ],
  [
    'detailed-role-info',
    ['She said the team is six nurses and two HCAs on each shift.'],
    [
      'The interview itself was about half an hour with two officers.',
      'The panel interview was with three managers.',
    ],
  ],
  // a step offered to "you" with its time, no saying verb before it
  [
    'future-growth-talk',
    [
      'Nights, four on four off, and after the probation you can do the forklift licence and go for shift lead.',
      "You could sit your level 3 once you're settled, she said.",
      'After a year you could go for supervisor.',
    ],
    [
      'After the interview you can do the online test.',
      "Once you're in, you'll take over the Leeds accounts.",
      "After a year you'll get the keys and do the cash-up.",
    ],
  ],
  [
    'candidate-nerves',
    ['I was so nervous I rambled through the first answer.'],
    ["I was smiling so much my face hurt, that's just what I do when I'm nervous."],
  ],
  [
    'no-next-steps',
    ['She finished with "we\'ll see how we go" and went back behind the counter.'],
    ['She said "we\'ll see how we go" with the rota and that I\'d hear by Friday.'],
  ],
  [
    'generic-questions',
    [
      'It was a generic competency interview: leadership, teamwork, a time you failed.',
      'Textbook behavioural interview, start to finish.',
    ],
    ['It was a competency-based interview with a panel of three.', 'A generic email came the next day.'],
  ],
  [
    'interviewer-smiling',
    ['She kept smiling at me while I talked.'],
    [
      'pretty sure he was texting under the desk, kept looking down and smiling at his lap',
      'She was smiling at her phone.',
    ],
  ],
];

describe('q-notes families (session 13)', () => {
  for (const [id, finds, misses] of cases) {
    it.each(finds)(`${id} in %j`, (text) => expect(foundInNotes(id)(text)).toBe(true));
    it.each(misses)(`no ${id} in %j`, (text) => expect(foundInNotes(id)(text)).toBe(false));
  }
});
