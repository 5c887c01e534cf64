import { describe, expect, it } from 'vitest';
import type { SignId } from '../../core/signs/ids.js';
import { foundInNotes } from './found.case.js';

// Look-alikes met in p-notes (session 12): pleasant words about other things, polite filler, a quiz, an
// interviewer who gives the reason for the clock. Each table keeps the real case beside its near miss.
const cases: [SignId, string[], string[]][] = [
  [
    'positive-atmosphere',
    [
      'The panel were warm from the first minute.',
      'Honestly the manager was so friendly, it felt like a catch-up.',
      'It was relaxed, she kept it informal and we laughed a lot.',
    ],
    [
      'He also said the firm is quite informal, no ties on Fridays.',
      'She told me the hospital is a very nice place to work.',
      'I grabbed a coffee in the lovely canteen before it started.',
      'The walk from the station was lovely, all blossom.',
      "- 'client's lovely, great culture' (the recruiter, of course)",
      'I got chatting to another applicant, a nice woman from Leeds.',
      'They have lunch together on Fridays which was nice to hear.',
    ],
  ],
  [
    'interviewer-disinterest',
    [
      'He kept looking at the clock the whole time I talked.',
      'She was typing the entire time I was answering.',
      'His phone rang twice and he answered it both times.',
      'She looked bored out of her mind.',
      'When I try to explain my project he stop me.',
      "He said 'okay okay next question'.",
      'He flipped through my portfolio in about 30 secs.',
    ],
    [
      'He glanced at the clock, but he explained the room was booked until three.',
      'She was typing throughout but said at the start she was taking notes on my answers.',
      'Her phone rang twice and she silenced it without looking.',
      "He said 'you'd probably be bored here' and laughed.",
      'When I tried to explain, he stopped me to ask a follow-up.',
      'I flicked through my portfolio in 30 seconds to show the range.',
    ],
  ],
  [
    'achievements-praised',
    [
      'He asked what the outage was, how I fixed it, what I changed afterwards.',
      'She was full of praise for the stock system I built.',
      "He said 'great answer' and asked how I'd measured the savings.",
    ],
    [
      "He asked what a subnet mask is, how I'd reset a locked account.",
      "She was full of praise for her current team, 'the best I've had'.",
      "The interviewer kept saying 'great answer' then moving on.",
      'He asked me to explain my job title.',
      'She asked about my A levels, why accountancy.',
    ],
  ],
  [
    'achievements-praised',
    [
      'She asked loads abt my thesis, what i found, why i picked that method.',
      "He said 'you clearly know your numbers'.",
      'She said my presentation is very clear.',
      'Deep dive on my caching project: eviction, why redis, failure modes.',
      "They asked about a safeguarding call I'd made and followed up with what I'd recorded and who I'd told.",
      'He asked follow ups: how I cost a dish, what my GP target was.',
    ],
    [
      'She asked loads abt parking and my start date.',
      'The job ad is very clear about the hours.',
      'I did a deep dive on their annual report before going in.',
    ],
  ],
  [
    'vague-role-details',
    [
      'The manager explained nothing really when I asked what a normal week is.',
      'When I asked about the lab she said the PI would tell me.',
      'She described the work in very general terms.',
      "But about my job he only say 'picking'.",
      'I still do not know what I will do exactly.',
    ],
    [
      'She explained the job in detail, then said nothing about pay.',
      'I told them nothing about my old job.',
      'I asked what makes the company different and he said "nothing really, it\'s a job".',
      'She walked me through the duties in detail and said the team lead would show me the till.',
    ],
  ],
  [
    'no-next-steps',
    [
      "Nice enough chat about the till. At the end she said she'd 'pass it on'.",
      'Group role play, then the recruiter said we would all get an email. "You\'ll get an email."',
      'Quick chat with the owner. He said HR would send something.',
    ],
    [
      "Nice enough chat. She said she'd pass it on and I'd hear by Friday.",
      'Quick chat. He said HR will send the contract on Monday.',
    ],
  ],
  [
    'detailed-role-info',
    ['He said you will manage the valuations on the £40m scheme, with two QSs under you.'],
    ["The job ad said 'you will manage subcontractor valuations on a £40m scheme'."],
  ],
  [
    'raised-concerns',
    [
      'She made it clear a couple of times that she thought I was overqualified.',
      "He asked whether I'd considered that the team is old school, and also whether I was worried about the pay cut.",
      'He raised my notice period at the start and raised it again at the end.',
      'She had three different worries about my availability.',
      "He said 'you'd probably be bored here', then 'you sure you don't want something more senior?'",
    ],
    [
      'She asked if I was worried about parking, which was kind.',
      "I wondered if I was worried about the commute, and whether I'd considered the pay.",
      "He said 'you'd probably be bored here' and laughed.",
    ],
  ],
  [
    'future-role-talk',
    ["She said 'when you start you'll be on the Tuesday clinic'."],
    ["He asked me only 'when you start?'."],
  ],
];

describe('near misses of the verbal signs (p-notes)', () => {
  for (const [id, has, lacks] of cases) {
    const found = foundInNotes(id);
    for (const text of has) it(`${id} found: ${text}`, () => expect(found(text)).toBe(true));
    for (const text of lacks) it(`${id} not found: ${text}`, () => expect(found(text)).toBe(false));
  }
});
