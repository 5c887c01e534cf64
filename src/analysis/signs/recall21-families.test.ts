import { describe, expect, it } from 'vitest';
import { hasSign } from './found.case.js';

// Session 21's recall families: our own sentences in the wordings the cue modules missed, and their near misses.
const CASES: [string, string, boolean][] = [
  // no-next-steps: the next stage missing, light on what comes next, not laid out, hedged, left not knowing
  ['no-next-steps', 'Nice enough chat. It ended with no word about a second round.', true],
  ['no-next-steps', 'In the end there was no information about the further process.', true],
  ['no-next-steps', 'The close was pretty light on details about what comes next.', true],
  ['no-next-steps', "The recruiter didn't outline the stages or any timeline.", true],
  ['no-next-steps', "I don't think they mentioned anything about next steps.", true],
  ['no-next-steps', "Dunno what happens next, they didn't say.", true],
  ['no-next-steps', "I walked out not knowing if I'm through to the next round.", true],
  ['no-next-steps', 'no nxt steps mentioned, guess i wait', true],
  ['no-next-steps', 'She said the second round is on the 14th and I would hear by Friday.', false],
  ['no-next-steps', 'He walked me through the next steps: a test this week, then a final.', false],
  // generic-questions: broad, untailored, the same as everywhere
  ['generic-questions', 'Questions were super broad, nothing specific to what I have done.', true],
  ['generic-questions', "The questions weren't exactly tailored.", true],
  ['generic-questions', 'Chef asked the same stuff as every kitchen, can you do weekends.', true],
  ['generic-questions', 'Same five questions they give everyone, apparently.', true],
  ['generic-questions', 'The questions were very tailored to my background.', false],
  ['generic-questions', 'I practised answering common questions in the mirror the night before.', false],
  // engaging-conversation: the format set aside for talk, talk called two-way, joking back
  ['engaging-conversation', 'Less Q&A, more of a discussion about how I would approach it.', true],
  ['engaging-conversation', 'Half interview, half chinwag.', true],
  ['engaging-conversation', 'The discussion was genuinely two-way.', true],
  ['engaging-conversation', 'She cracked a joke, I cracked one back, and off we went.', true],
  ['engaging-conversation', "We were finishing each other's sentences by the end.", true],
  ['engaging-conversation', 'She said the team is very collaborative.', false],
  ['engaging-conversation', 'It was a straight Q&A the whole way through.', false],
  // positive-atmosphere: the room's feel, the candidate made welcome
  ['positive-atmosphere', 'The panel created a supportive environment throughout.', true],
  ['positive-atmosphere', 'Good energy in the room from the start.', true],
  ['positive-atmosphere', 'I felt genuinely welcome.', true],
  ['positive-atmosphere', 'Honestly it felt like they were on my side.', true],
  ['positive-atmosphere', 'Their careers page says the team is supportive.', false],
  ['positive-atmosphere', 'It would have felt welcome if anyone had said hello.', false],
  // awkward-atmosphere: what fell flat, a room of dread, understated, the room that never eased
  ['awkward-atmosphere', 'Every joke landed like a brick.', true],
  ['awkward-atmosphere', "I kept trying to lighten the mood and it just didn't take.", true],
  ['awkward-atmosphere', "Felt like I was in the headmaster's office.", true],
  ['awkward-atmosphere', "It wasn't the most relaxed room I've been in.", true],
  ['awkward-atmosphere', "I tried to keep it light but the panel didn't warm up at all.", true],
  ['awkward-atmosphere', 'Everything felt forced, the small talk, the questions, the goodbye.', true],
  ['awkward-atmosphere', 'We did a warm up exercise first and it was fine.', false],
  ['awkward-atmosphere', 'The panel was the most relaxed I have ever met.', false],
  // culture-discussion: open about what it is like, the real picture, a culture question answered
  [
    'culture-discussion',
    "They were really open with me about what it's like to work there, good and bad.",
    true,
  ],
  ['culture-discussion', "She gave me the lowdown on what it's really like there.", true],
  [
    'culture-discussion',
    'I asked what they value in people and he gave a proper answer, not a slogan.',
    true,
  ],
  ['culture-discussion', 'We touched on how the place runs: flexible hours, no clock-watching.', true],
  ['culture-discussion', 'She gave a real picture of the team: nine designers and a researcher.', false],
  // little-company-info: the company side thin, nothing said, the culture question dodged
  ['little-company-info', 'The company side of things was a bit thin.', true],
  ['little-company-info', 'they told me literally 0 about the company', true],
  ['little-company-info', "I don't think she mentioned anything about the company at all.", true],
  ['little-company-info', 'Pretty sure she avoided the culture question on purpose.', true],
  ['little-company-info', 'When I asked why people leave, she changed the subject.', true],
  ['little-company-info', "Couldn't get a straight answer about what the company's actually like.", true],
  ['little-company-info', 'They avoided the small talk and went straight to the technical part.', false],
  // candidate-nerves: the mind gone, nerves shown, basics not known
  ['candidate-nerves', 'Mind went a bit blank on the STAR question.', true],
  ['candidate-nerves', 'My mind is empty when he ask about my last project.', true],
  ['candidate-nerves', 'Hands were visibly shaking when I handed over my portfolio.', true],
  ['candidate-nerves', 'Bottled it when he asked about regs.', true],
  ['candidate-nerves', "Couldn't stop fidgeting and I could tell they noticed.", true],
  ['candidate-nerves', "Didn't even know who their main competitor was.", true],
  ['candidate-nerves', 'The interviewer kept repeating the same question, oddly.', false],
  ['candidate-nerves', 'I hope my mind does not go blank tomorrow.', false],
  // second round: made for nobody, the company question answered with a slogan, a culture question answered at length,
  // preparation missing and shown
  ['generic-questions', 'A job centre list of questions, not one tailored to me.', true],
  ['generic-questions', 'They could have asked those questions to a plank of wood.', true],
  ['generic-questions', 'Normal questions about my retail background, nothing odd.', false],
  ['little-company-info', "When I asked about the culture she said 'it's all on the website'.", true],
  [
    'culture-discussion',
    'I asked what they are like as a firm - family owned for sixty years, drivers set their own breaks, nobody tracked like robots.',
    true,
  ],
  ['culture-discussion', 'He said they have a culture of Monday safety huddles.', true],
  ['candidate-nerves', "I hadn't prepped, and it showed when they asked what the exhibition was.", true],
  ['candidate-nerves', "Couldn't remember the name of their CEO when they asked.", true],
  ['candidate-nerves', "I didn't prep much but it flowed fine.", false],
];

describe('session 21 recall families', () => {
  it.each(CASES)('%s: %s → %s', (id, text, want) => {
    expect(hasSign(text, id)).toBe(want);
  });
});
