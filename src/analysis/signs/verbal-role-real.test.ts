import { describe, expect, it } from 'vitest';
import type { SignId } from '../../core/signs/ids.js';
import { notesSigns } from './found.case.js';

// Our own one-liners for the role/company families seen in published interview stories (round 2):
// told days later, in the past tense, from the candidate's side. Each family has positives and look-alikes.
const found = notesSigns;

const HAS: [SignId, string][] = [
  // brush-offs told from the candidate's side: the question first, the failure after it
  [
    'vague-role-details',
    'I asked loads about what the job involved and he could not really answer any of it.',
  ],
  ['vague-role-details', "After all my questions about the duties, she couldn't explain them properly."],
  ['vague-role-details', 'My questions about the team got curt answers.'],
  ['vague-role-details', "Honestly it felt like they weren't sure what they wanted from the hire."],
  ['vague-role-details', 'The panel did not seem to know what they were looking for.'],
  ['vague-role-details', 'She had no idea what they actually needed, which worried me.'],
  ['little-company-info', 'They never began, as most places do, by telling me about the firm.'],
  ['little-company-info', 'When I asked about the company she gave one-word answers.'],
  // a presumed hire in loose words
  ['future-role-talk', 'They basically told me I had the job before I even left the building.'],
  ['future-role-talk', 'The two of them were practically telling me I was hired.'],
  ['future-role-talk', 'By the end it felt like I was already one of the team.'],
  ['future-role-talk', 'The way they talked, they acted like I was already part of the staff.'],
  // perks with their day, and the place described bluntly by its own people
  ['culture-discussion', 'They have pizza Fridays, which sounded fun.'],
  ['culture-discussion', 'Apparently there is a beer fridge and a ping pong table upstairs.'],
  ['culture-discussion', 'The manager admitted everyone is overworked and the unit is short-staffed.'],
  ['culture-discussion', 'He joked on the stairs that the office is a madhouse.'],
  ['vague-role-details', 'When I asked what a normal week looked like, she did not really have an answer.'],
  ['vague-role-details', 'She seemed to know very little about the position herself.'],
  ['vague-role-details', 'It was never clear what the job would actually involve.'],
  ['vague-role-details', 'Whenever I asked about the actual work, he went vague.'],
  ['little-company-info', "I asked about the company's plans and she got evasive."],
  ['little-company-info', 'Every question I asked about the firm got a one word reply.'],
  ['future-role-talk', 'It felt like they had already decided to hire me.'],
  ['culture-discussion', 'She was frank that the place is chaotic and people burn out fast.'],
  ['culture-discussion', 'He said the department can be very political.'],
  ['little-company-info', "Even now I still don't know anything about the company."],
  // the failure in the next sentence
  ['vague-role-details', "I asked who I'd be reporting to. He didn't know."],
  ['little-company-info', 'I asked what it was like to work there. She could not really say.'],
  // the ordinary cases still count
  ['detailed-role-info', 'She explained the schedule: two late shifts and a weekend a month.'],
  ['future-growth-talk', 'She said there is a step up to senior after a year.'],
];

const NOT: [SignId, string][] = [
  // the candidate failing, wondering, or being praised
  ['vague-role-details', 'I asked about the team but I could not answer her follow-up on budgets.'],
  ['vague-role-details', 'I asked about the role and she could not have been clearer.'],
  ['vague-role-details', "I wasn't sure what they wanted me to say."],
  ['vague-role-details', "They weren't sure what they wanted me to do next, so I waited."],
  ['little-company-info', 'She started by telling me about the company and its history.'],
  ['vague-role-details', 'I asked about the team and I was a bit vague in my own answer.'],
  ['vague-role-details', 'I knew very little about the role going in.'],
  ['little-company-info', 'She asked about my old company and I could not answer well.'],
  ['future-role-talk', "They had already made up their minds, and it wasn't me."],
  ['culture-discussion', 'She said I looked a bit burnt out after the drive.'],
  ['culture-discussion', 'We got free lunch on the assessment day.'],
  ['culture-discussion', 'We had pizza Friday night to celebrate.'],
  ['vague-role-details', "I asked about the team and she couldn't say enough good things about them."],
  ['vague-role-details', "She asked about my last role. I didn't know what to say."],
  // the hire not presumed, or presumed only once the job had started
  ['future-role-talk', 'She all but told me who I would be meeting next.'],
  ['future-role-talk', "I feel like I'm already part of the team now I've started."],
  ['future-role-talk', 'They never told me I was hired.'],
  ['detailed-role-info', 'He basically told me I had the job.'],
  // the candidate's own workplace, or a law quizzed on
  ['culture-discussion', 'I told them I was overworked in my current job.'],
  ['culture-discussion', 'I said my old department was a total dump.'],
  ['culture-discussion', 'They asked me a question about the equality and diversity act.'],
  // logistics: the next round's schedule, a leaving date, a negated opening
  ['detailed-role-info', 'She was setting out a schedule for the next round of interviews.'],
  ['detailed-role-info', 'They said the position is vacant from March 3, ideally with some overlap.'],
  ['detailed-role-info', "They didn't start off (like some do) by walking me through the team."],
  ['detailed-role-info', 'He told me the team was interviewing five people this week.'],
  ['detailed-role-info', 'She told me the position had been open for 3 months.'],
  ['detailed-role-info', "He told me about the hours I'd need to keep free for the second interview."],
  ['culture-discussion', 'The job ad said it was a fast-paced environment.'],
  ['little-company-info', "I didn't know much about the company so I read their website the night before."],
  ['future-growth-talk', 'In five years I see myself in management, I told them.'],
  // the candidate's own view of the job, and a contrast
  ['future-growth-talk', 'It was a huge step up for me, but I felt ready.'],
  ['future-growth-talk', 'As opposed to managers elsewhere, she was lovely.'],
];

describe('role/company families (real published stories)', () => {
  it.each(HAS)('%s ← %j', (id, text) => {
    expect(found(text).has(id)).toBe(true);
  });
  it.each(NOT)('not %s ← %j', (id, text) => {
    expect(found(text).has(id)).toBe(false);
  });
});
