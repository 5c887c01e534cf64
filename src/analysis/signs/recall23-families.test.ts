import { describe, expect, it } from 'vitest';
import { hasSign } from './found.case.js';

// Session 23's recall families for six signs: our own sentences in wordings the cue modules missed, and near misses.
const CASES: [string, string, boolean][] = [
  // awkward-atmosphere: plain words for the room, a talk that turned, a silence and a joke left hanging
  ['awkward-atmosphere', 'Pretty uncomfy interview tbh.', true],
  ['awkward-atmosphere', 'It started warm and then turned into an interrogation.', true],
  ['awkward-atmosphere', 'After that last exchange the room went quite quiet.', true],
  ['awkward-atmosphere', "I'd try a bit of humour and it would just hang there.", true],
  ['awkward-atmosphere', 'Not a friendly room, and nobody pretended otherwise.', true],
  ['awkward-atmosphere', 'The silence when I said my expected salary. Oh god.', true],
  ['awkward-atmosphere', 'He made a joke, I laughed too late, then we both just sat there.', true],
  ['awkward-atmosphere', 'The manager and I just did not gel at all.', true],
  ['awkward-atmosphere', 'Not exactly a warm welcome from the panel.', true],
  ['awkward-atmosphere', 'Zero awkward moments, felt like talking to an old colleague.', false],
  // raised-concerns: the same question in several ways, asked again and again, every answer to be justified
  [
    'raised-concerns',
    "Same question three different ways, 'and why exactly did you leave', 'but why really'.",
    true,
  ],
  ['raised-concerns', "Kept getting asked if I was 'sure' about my notice, my course, the travel.", true],
  ['raised-concerns', 'He made me justify everything, why that tool, why that price.', true],
  ['raised-concerns', 'He kept hinting that I might be too senior for it.', true],
  [
    'raised-concerns',
    'He questioned whether I had enough experience, then said my tickets might not be current enough.',
    true,
  ],
  [
    'raised-concerns',
    'She asked whether I had enough experience and said my CV was a bit all over the place.',
    true,
  ],
  ['raised-concerns', 'Kept getting asked about my research project, they loved it.', false],
  ['raised-concerns', 'She asked why I left my last job. I told her. Moved on.', false],
  // vague-role-details: the advert's words and no more, no picture of the job, generalities, an unanswered question
  ['vague-role-details', "They said the job was 'exactly as advertised' and didn't add anything.", true],
  ['vague-role-details', 'The job was described in one sentence, basically what the advert said.', true],
  ['vague-role-details', "Nobody said what I'd actually teach.", true],
  ['vague-role-details', 'Got no real sense of the day-to-day.', true],
  ['vague-role-details', "They talked in generalities about 'supporting the business'.", true],
  ['vague-role-details', 'Honestly I left knowing less about the job than when I went in.', true],
  ['vague-role-details', 'I asked three times what the KPIs would be and never got an answer.', true],
  [
    'vague-role-details',
    'She went through the rota, the two wards and the patient mix, exactly as advertised.',
    false,
  ],
  // future-growth-talk: funding, a path with its rungs, a door open to staff, plain words for growing there
  [
    'future-growth-talk',
    'She explained the shift pattern and told me about their NVQ level 3 funding.',
    true,
  ],
  [
    'future-growth-talk',
    "Reckons there's a cellar hand to assistant winemaker path if I stick around.",
    true,
  ],
  [
    'future-growth-talk',
    'She said their band 4 assistants can apply for the nursing degree apprenticeship after a year.',
    true,
  ],
  ['future-growth-talk', 'He said if I do well I could take on more responsibility next year.', true],
  ['future-growth-talk', 'He said they invest a lot in their people, courses, conferences, the lot.', true],
  ['future-growth-talk', 'She said I could shadow the senior nurse and work towards band 6.', true],
  ['future-growth-talk', 'They offer a study allowance and day release for the degree.', true],
  ['future-growth-talk', 'The director said she sees this as a stepping stone to a bigger role.', true],
  ['future-growth-talk', "She said they'd love for me to grow with them.", true],
  ['future-growth-talk', 'The company is growing fast, three new sites this year.', false],
  [
    'future-growth-talk',
    'Stuff he said about training: manual handling, fire safety, the induction week.',
    false,
  ],
  // culture-discussion: norms told in passing, how the people are with each other
  [
    'culture-discussion',
    "The manager was telling me there's no dress code and they don't care about tattoos.",
    true,
  ],
  ['culture-discussion', "She said the trust is small and informal, everyone's on first names.", true],
  [
    'culture-discussion',
    'He said nobody gets blamed if a wristband check goes wrong, you just flag it.',
    true,
  ],
  [
    'culture-discussion',
    "The ward sister said they're a supportive bunch and always have each other's backs.",
    true,
  ],
  ['culture-discussion', 'She said the office is quiet and heads-down most days.', true],
  [
    'culture-discussion',
    "She mentioned that people tend to stay for years because it's a nice place to work.",
    true,
  ],
  ['culture-discussion', 'I wore a suit, I had no idea what the dress code would be.', false],
];

describe('session 23 recall families', () => {
  it.each(CASES)('%s: %s → %s', (id, text, want) => {
    expect(hasSign(text, id)).toBe(want);
  });
});
