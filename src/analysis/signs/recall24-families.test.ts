import { describe, expect, it } from 'vitest';
import { hasSign } from './found.case.js';

// Session 24's recall families: our own sentences in wordings the cue modules missed (idiom, understatement, metaphor,
// numbers, the candidate's reaction), and near misses that must stay unread.
const CASES: [string, string, boolean][] = [
  // raised-concerns: jabs at the record, a hurdle or a step down, a long stay on why the candidate left
  ['raised-concerns', 'She had a dig at my short stints, then took a swipe at my grades.', true],
  ['raised-concerns', 'He had a go at my accent and then had another go about whether I could cope.', true],
  [
    'raised-concerns',
    "He wondered if I'd find it a step down, and said my lack of sales might be a bit of a hurdle.",
    true,
  ],
  [
    'raised-concerns',
    'He spent ten minutes on why I left my last two firms. Then he questioned whether audit was really for me.',
    true,
  ],
  ['raised-concerns', 'She had a dig at my short stints but loved the rest.', false],
  ['raised-concerns', 'I had a go at the coding task and then had a crack at the case study.', false],
  // detailed-role-info: the structure drawn, the first months gone through, a counted stretch, the job told in idiom
  ['detailed-role-info', 'She drew the org chart on the whiteboard.', true],
  ['detailed-role-info', 'He went through exactly what the first three months look like.', true],
  ['detailed-role-info', 'We talked for 40 minutes about the caseload.', true],
  ['detailed-role-info', 'Plenty on the job itself, the targets and territory.', true],
  ['detailed-role-info', 'He gave me the full lowdown on the job.', true],
  ['detailed-role-info', "By the end I knew exactly what I'd be walking into.", true],
  ['detailed-role-info', 'I asked what the first three months look like and got a shrug.', false],
  ['detailed-role-info', 'I talked for 20 minutes about my own projects.', false],
  ['detailed-role-info', "I'd like to know exactly what I'd be doing before I say yes.", false],
  // awkward-atmosphere: a silence felt as time, the wrong foot, watched like an exhibit
  [
    'awkward-atmosphere',
    'She asked about the gap and then just waited. Longest ten seconds of my life.',
    true,
  ],
  ['awkward-atmosphere', 'We got off on the wrong foot and it never really recovered.', true],
  ['awkward-atmosphere', 'I felt like a specimen under glass the whole time.', true],
  ['awkward-atmosphere', 'It was the longest interview I have done, three hours with breaks.', false],
  // engaging-conversation: a rally of ideas
  ['engaging-conversation', 'More of a ping-pong rally than an interview, honestly.', true],
  ['engaging-conversation', 'We bounced ideas off each other about the new menu.', true],
  ['engaging-conversation', 'There is a ping-pong table in the break room.', false],
  // future-growth-talk: a rank promised
  ['future-growth-talk', "He said they'd make me a team leader within the year.", true],
  ['future-growth-talk', 'She said she would make me a coffee while I waited.', false],
  ['future-growth-talk', 'They mentioned funding a part-time degree for staff.', true],
  ['future-growth-talk', 'They got funding for the project from the council.', false],
  ['achievements-praised', 'He picked my brain about the system I built.', true],
  [
    'raised-concerns',
    "She seemed unconvinced by my answer about the gap and then unsure whether I'd settle.",
    true,
  ],
  [
    'raised-concerns',
    "I was unconvinced by my own answer about the gap and unsure whether I'd settle.",
    false,
  ],
  // culture-discussion: gatherings, remote norms, burnout guarded against
  [
    'culture-discussion',
    'She said 70% of the company works remotely and they do offsites twice a year.',
    true,
  ],
  ['culture-discussion', 'She said they co-plan everything so nobody burns out.', true],
  ['culture-discussion', "I'm a bit burnt out at my current job, so I asked about hours.", false],
  // generic-questions: a form, a tick-box, anything you could google
  ['generic-questions', 'It was a total tick-box exercise.', true],
  ['generic-questions', 'The questions were the kind you could google.', true],
  ['generic-questions', "Could've been interviewing for any job on earth with those questions.", true],
  ['generic-questions', 'Honestly felt like I ticked all the boxes for them.', false],
  // no-next-steps: a goodbye in place of a step
  ['no-next-steps', "Not a word about timings, just a 'cheers for coming in' and the door.", true],
  ['no-next-steps', 'She said thanks for coming in and that I would hear by Friday.', false],
  // achievements-praised: a story dug into, interest that would not stop, results above the firm's
  ['achievements-praised', "He kept going 'and then what?' on my ICU story.", true],
  ['achievements-praised', "He couldn't get enough of my fundraising work.", true],
  [
    'achievements-praised',
    'He made a note of my sales figures and said they were well above their average.',
    true,
  ],
  ['achievements-praised', 'She said my salary expectation was well above their band.', false],
  // positive-atmosphere: the ease against every other
  ['positive-atmosphere', "Honestly the easiest hour I've had in ages.", true],
  ['positive-atmosphere', 'The easiest interview questions I have ever had, all basics.', false],
  // interviewer-disinterest: the candidate in the way of the interviewer's day
  ['interviewer-disinterest', 'Felt like I was interrupting her day.', true],
  ['interviewer-disinterest', 'Felt like I was interrupting them just by being there.', false],
  // vague-role-details: the advert told more
  ['vague-role-details', 'Honestly I knew more about the role from the advert than from her.', true],
  // little-company-info: nothing to tell of the firm afterwards
  [
    'little-company-info',
    "Asked afterwards to describe the firm I'd have drawn a blank, he said nothing about it.",
    true,
  ],
];

describe('session 24 recall families', () => {
  it.each(CASES)('%s: %s -> %s', (sign, text, want) => {
    expect(hasSign(text, sign)).toBe(want);
  });
});
