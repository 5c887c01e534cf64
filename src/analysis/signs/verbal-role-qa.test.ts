import { describe, expect, it } from 'vitest';
import { detectInNotes } from '../detect/run.js';
import type { SignId } from '../../core/signs/ids.js';
import { notesSigns } from './found.case.js';

// Families of phrasing for the job and company signs: a question and its answer read together,
// short replies, left-not-knowing, placing the candidate in the work. Our own sentences.
const found = notesSigns;

const HAS: [SignId, string][] = [
  // the reply in the next sentence or line
  ['little-company-info', "I asked about the culture. 'Standard corporate,' she said."],
  ['little-company-info', 'Culture? He shrugged.'],
  ['little-company-info', "What's the company like to work at? 'Great, obviously.'"],
  ['little-company-info', "Q: did you ask about culture?\nA: yeah, she said 'it's a nice place'."],
  ['vague-role-details', "What will I do? 'Bit of everything.'"],
  ['vague-role-details', "I asked which shifts I'd be on. 'We'll see,' she said."],
  ['vague-role-details', "Role scope: 'evolving'."],
  // a few plain words quoted back to the candidate's own question
  ['vague-role-details', "When I asked about the team, he said 'it is not important now'."],
  ['vague-role-details', "Asked what the team actually works on: 'various projects.'"],
  ['vague-role-details', "I ask what product I will test, he say 'many product'."],
  ['vague-role-details', "and what would I actually be doing, and he said 'wherever we need you'."],
  ['little-company-info', "When I asked what the culture is like he said 'we just do our work'."],
  ['little-company-info', "When I asked about the team's culture I was told 'we're all adults here'."],
  [
    'little-company-info',
    "I asked how people get on there and he just went 'yeah it's alright' and that was it.",
  ],
  // left not knowing
  ['vague-role-details', "never found out who I'd report to"],
  ['vague-role-details', 'Nobody seemed to know what the job is.'],
  ['vague-role-details', "I couldn't tell you what the shifts are or who I'd report to."],
  ['vague-role-details', 'Neither of them could say what the team actually does.'],
  ['vague-role-details', "HM round: 'we're still defining the team's scope'."],
  ['vague-role-details', "the job she explain also not clear, she say 'admin and some other things'."],
  ['little-company-info', 'Honestly the website told me more than he did.'],
  ['little-company-info', 'I knew more about the company than she did.'],
  ['little-company-info', 'The recruiter knew less about the company than I did.'],
  ['little-company-info', 'I learned more from their LinkedIn than from the interview.'],
  ['little-company-info', 'She just read the mission statement off the website.'],
  ['little-company-info', "The recruiter didn't seem to know anything about the company."],
  ['little-company-info', "I asked how the teams work together and he said he'd have to check."],
  ['vague-role-details', 'I never did find out what the role actually involves.'],
  ['vague-role-details', "To this day I don't know who I'd report to."],
  ['vague-role-details', 'I left not knowing what the job actually was.'],
  ['vague-role-details', "She didn't seem to know much about the role herself."],
  ['vague-role-details', "When I asked who I'd be reporting to, she just said 'we're restructuring'."],
  ['vague-role-details', "I asked who I'd be working with. 'Whoever's in that day.'"],
  ['vague-role-details', "I asked about the structure and she said 'it's all changing'."],
  [
    'vague-role-details',
    'Last week I asked a hiring manager, "What does a great day look like on this team?"\nAnswer: "Uh... busy."',
  ],
  // culture talked about
  ['culture-discussion', 'He talked a fair bit about the place itself, everyone has smoko together.'],
  ['culture-discussion', 'She spoke about the gallery the way some people speak about a garden.'],
  ['culture-discussion', 'He was open about what working there is like: salaries are public.'],
  ['culture-discussion', 'I asked how is the ambiance in the team and the manager answered very openly.'],
  ['culture-discussion', 'She tell mi bout how di staff dem work together.'],
  ['culture-discussion', 'He was really open about the hours and the pressure in the department.'],
  [
    'culture-discussion',
    'Asked about culture: she talked for ten minutes about flexible hours and their mentoring scheme.',
  ],
  // the candidate placed in the work
  ['detailed-role-info', "She said they'll put me in charge of setting up the Tuesday clinic."],
  ['detailed-role-info', 'He said the beach bar will be mine, 22 staff.'],
  ['detailed-role-info', "She spent most of it talking about how I'd run the legacy giving programme."],
  ['detailed-role-info', 'The winemaker went through the whole vintage plan with me.'],
];

const LACKS: [SignId, string][] = [
  // the interviewer asking, not the candidate
  ['vague-role-details', "She asked about my hours and said they'd ring in a week."],
  ['vague-role-details', "He asked me why I want this job and I said 'the people'."],
  ['little-company-info', "The chair asked what I thought the values were and I said 'excellence'."],
  // short but real answers
  ['vague-role-details', 'I asked about the team and she said there are six of us.'],
  ['vague-role-details', "I asked about hours and she said 'nights mostly'."],
  ['little-company-info', 'I asked about the culture and she answered really openly.'],
  ['little-company-info', "I asked about the culture. 'Very collaborative, we pair a lot,' she said."],
  ['little-company-info', 'He talked about the place itself, no one is too flash to help when it is busy.'],
  ['little-company-info', 'She explained how teachers work together: share materials, observe each other.'],
  ['vague-role-details', 'I asked what I would be doing. She walked me through the whole week.'],
  ['vague-role-details', "When I asked about the shifts she said 'earlies and lates'."],
  ['vague-role-details', 'I asked about the role. "Mostly admin," she said.'],
  ['vague-role-details', 'I asked what the role involves. She went through it all: rota, targets, the lot.'],
  // the candidate's own answer, or not knowing only before the interview
  ['vague-role-details', 'They asked about my last team and I said it varies.'],
  ['vague-role-details', "My friend asked me what the job was and I said 'not sure yet'."],
  [
    'vague-role-details',
    "I didn't know what the job involved before I went in, but she explained it all really clearly.",
  ],
  // a culture question brushed off is not a role question
  ['vague-role-details', "When I asked what the culture in the team is, he said 'we just do our work'."],
  ['culture-discussion', "I asked about the culture and he said 'standard corporate'."],
  // not role detail
  ['detailed-role-info', "The other two staff weren't speaking to each other."],
  ['detailed-role-info', 'She told me the team is really close and they walk together on Wednesdays.'],
  ['detailed-role-info', 'I would like you to know I have managed two staff before.'],
];

describe('job and company signs: families of phrasing', () => {
  for (const [id, text] of HAS) it(`finds ${id}: ${text}`, () => expect(found(text).has(id)).toBe(true));
  for (const [id, text] of LACKS)
    it(`does not find ${id}: ${text}`, () => expect(found(text).has(id)).toBe(false));

  it('quotes a linked question and answer at exact offsets', () => {
    const text = "Quick notes.\nI asked about the culture. 'Standard corporate,' she said.\nDecision Friday.";
    const lci = detectInNotes(text).find((s) => s.id === 'little-company-info');
    expect(lci).toBeDefined();
    for (const q of lci!.evidence) expect(text.slice(q.start, q.end)).toBe(q.quote);
  });
});
