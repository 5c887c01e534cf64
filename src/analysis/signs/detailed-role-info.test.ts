import { describe, it, expect } from 'vitest';
import { hasSign } from './found.case.js';

// our own sentences for the role-fact families added from holdout-c, and the look-alikes
const CASES: [string, boolean][] = [
  ['She said when I join I would have three Year 9 sets and a sixth-form group.', true],
  ["He said I'd have two questions to answer in the next round.", false],
  // the hire pictured at the work, or handed its parts
  ['He said he could see you running the weekend markets from the start.', true],
  ["She said you'd have the two night crews and the yard budget.", true],
  // a to-do list of the candidate's own
  ['Stuff I will do tomorrow: cover the dog walk, ring Mum, apply for two more jobs.', false],
  // hours with their days, counts per week, times per day
  ['She said the job is 6-2 on weekdays at the front desk.', true],
  ["He said it's three lates a week on the pass.", true],
  ['Manager told me the van does the drops twice a day.', true],
  // the hire supposed, reported with its duties
  ['She told me if I start I will be running the returns desk with Tom.', true],
  // the job question answered properly
  ['Asked what the team actually does and got a straight answer: payroll for six schools.', true],
  // a walk-through with its list after a colon, terse bullets, the post's work with the teller set aside
  ['The owner walked me through it: opening at seven, the bread order, the till.', true],
  ['• Caseload = 40 families, two shared with the lead', true],
  ['The job, he said, would oversee the two summer camps.', true],
  [
    'She talked about what a normal week would look like: two school runs, one clinic, the Friday audit.',
    true,
  ],
  // the candidate's own work, a question, a calendar week, a seat next to someone
  ['She went into real detail on my thesis project and asked about the sample.', false],
  ['Tell me about a project you led, she said.', false],
  ["I asked which sites the role would look after, but she didn't know.", false],
  ['They said next week, but does next week mean Monday to Friday or seven days?', false],
  ["The panel wanted to hear about the audit I'd run at my last place.", false],
  ['They described a friendly if overstretched department and a lovely team.', false],
];

describe('detailed-role-info: families of role facts', () => {
  it.each(CASES)('%j → %s', (text, expected) => {
    expect(hasSign(text, 'detailed-role-info')).toBe(expected);
  });
});
