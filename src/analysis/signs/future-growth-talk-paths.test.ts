import { describe, expect, it } from 'vitest';
import { hasSign } from './found.case.js';

// Session 20: growth talk in wordings from a paraphrase corpus written off the spec (para20-recall20a.jsonl).
// Our own sentences, not copied from that corpus.
const has = (text: string) => hasSign(text, 'future-growth-talk');

const YES: string[] = [
  // the hire wanted in a bigger seat, with a distant time
  'She said in a couple of years they would like me to be a team leader.',
  '"Longer term we want you running the whole kitchen," the owner told me.',
  // a move across with a distant time
  'You could transfer into the audit team down the line, she said.',
  // the hire's later step as the topic
  'We spoke about me stepping up into the deputy role next spring.',
  // succession
  'The owner talked about succession planning for when he retires.',
  // grown into a bigger seat
  'The manager said they want to develop me into a shift supervisor.',
  'I would be trained on the lab side with a view to becoming an analyst.',
  // a course seen through
  'Food hygiene level 2 and first aid, they would put me through both.',
  'There is a teaching assistant course which the school funds.',
  // the path's own words
  "The partner said I wouldn't stay a trainee for long.",
  'He said there was room to become a senior in a year or two.',
  'They mentioned a bursary for staff who want to study part time.',
  'She said she would put me forward for the leadership programme once I pass probation.',
  // how the hire could grow; what people in the post go on to
  'He spent a while on how I could progress there over the next few years.',
  'She said most people here move up within eighteen months.',
  'The previous person who had this job before is now the area manager.',
  // a plan made for the hire
  'She said they would draw up a training plan for me in the first month.',
  // a move said to come later
  'She said I could switch to the night desk later if I wanted.',
  // growth as a standing offer, or a bigger seat lined up
  'He talked a lot about training opportunities on site.',
  'She said they really invest in staff development and like to promote internally.',
  'The company runs a supervisory academy for people who want to move on.',
  'She said if it goes well I would be first in line for a promotion.',
  'He said the next step would be a senior technician post.',
  'They said they would support me if I wanted to study for a degree part time.',
  'She said I could take on more responsibility as I settle in.',
  // the hire running something later; how people there grow, in the trade's words
  'The owner reckoned in a few years I could be running the paint shop.',
  'Supervisors are picked from the shop floor every spring, he said.',
  'She explained where people go after the junior buyer role.',
  'Several of the care assistants have gone on to train as nurses with them, she said.',
  'He told me about the management course they run every autumn.',
  'She said they would fund my CCNA in the first year.',
];

const NO: string[] = [
  // someone else's promotion
  'The last person in the role left for a promotion elsewhere.',
  'She had been promoted twice herself, she told me.',
  'He is leaving for a promotion at head office.',
  // shop promotions
  'There were promotion posters all over the shop floor.',
  // the writer's own plan
  'She wanted to know my training plan for the marathon.',
  // the first weeks of the job, not a career step
  'You will move onto the tills after a week of shadowing.',
  // candidate's own wish
  'I told them I want to become a manager one day.',
  // the post applied for, and the hiring round's next step
  'It was an interview for the retail management scheme at a supermarket.',
  'The next step is the senior manager interview next week.',
  // someone moving elsewhere; a month's onboarding
  'The last receptionist has gone on to another practice.',
  'Within a month you would be running the till on your own.',
];

describe('future-growth-talk: session 20 wordings', () => {
  it.each(YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});
