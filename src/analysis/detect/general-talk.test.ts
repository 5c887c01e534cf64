import { describe, expect, it } from 'vitest';
import { tokensFrom } from '../nlp.js';
import { elsewhereRanges } from './elsewhere.js';
import { detectInNotes } from './run.js';

const ids = (text: string) => new Set<string>(detectInNotes(text).map((s) => s.id));
type Row = readonly [string, string, boolean];
const table = (rows: readonly Row[]) =>
  it.each(rows)('%s → %s %s', (text, id, present) => expect(ids(text).has(id)).toBe(present));

describe('habits, general experience and advice to the reader are no evidence', () => {
  table([
    ['Normally I go to pieces and ramble when I am asked about myself.', 'candidate-nerves', false],
    ['Usually the recruiter says "we will be in touch" and that is all you get.', 'no-next-steps', false],
    ['I tend to warm up and relax after the first ten minutes.', 'positive-atmosphere', false],
    [
      "I've had panels where the chair never smiled and kept her arms folded.",
      'negative-body-language',
      false,
    ],
    ["I've sat through a dozen interviews where the manager yawned at me.", 'interviewer-disinterest', false],
    ["I've had one interviewer who was on his phone the entire hour.", 'interviewer-disinterest', false],
    ["I've interviewed in three countries and the mood was always relaxed.", 'positive-atmosphere', false],
    [
      'If you notice the manager checking his phone the whole time, just keep going.',
      'interviewer-disinterest',
      false,
    ],
    ["If you land the post, you'll be running the evening rota from week one.", 'future-role-talk', false],
    [
      'Make sure you look the firm up properly or you will end up stammering like I once did.',
      'candidate-nerves',
      false,
    ],
    ['Remember, a panel that smiles and nods at you has not hired you yet.', 'interviewer-smiling', false],
    [
      'Everyone says the bosses there are warm and easy to talk to, a lovely place.',
      'positive-atmosphere',
      false,
    ],
    [
      'A mate who works in their warehouse told me they pay for your forklift licence in the first year.',
      'future-growth-talk',
      false,
    ],
  ]);
});

describe('this interview, told beside a habit or a general word, stays evidence', () => {
  table([
    ['Normally I keep calm, but today I stammered and went completely blank.', 'candidate-nerves', true],
    [
      'Usually I hate these things, but this time she smiled and nodded all the way through.',
      'interviewer-smiling',
      true,
    ],
    [
      "If you'd seen his face, he never smiled once and sat with his arms folded.",
      'negative-body-language',
      true,
    ],
    [
      'My friend told me to relax, and the manager smiled and nodded the whole time.',
      'interviewer-smiling',
      true,
    ],
    ['I have an interview where the panel were lovely and we laughed a lot.', 'engaging-conversation', true],
    // "if you" that is no advice: a turn of phrase, or the interviewer's conditional about this job
    ['If you ask me, the interviewer looked bored the whole time.', 'interviewer-disinterest', true],
    ["If you join us, you'll own the whole pipeline, she said.", 'future-role-talk', true],
    ["If you get the job you'll be leading the migration in your first month.", 'future-role-talk', true],
  ]);
});

describe('a time before the story is another occasion', () => {
  table([
    [
      'The week before, I had a phone screen with a removals firm. The man was on his phone the whole call.',
      'interviewer-disinterest',
      false,
    ],
    [
      'A month earlier I interviewed at a garden centre and they were so warm and welcoming.',
      'positive-atmosphere',
      false,
    ],
    [
      'Earlier that month a bakery interviewed me and the owner never smiled once.',
      'negative-body-language',
      false,
    ],
    [
      'The day before, I ironed my shirt. On the day the supervisor was friendly and smiled a lot.',
      'interviewer-smiling',
      true,
    ],
  ]);
});

describe('practice runs, the writer as interviewer, wishes, other times of life and other calls', () => {
  table([
    [
      'In the mock interview my tutor frowned and folded his arms to rattle me.',
      'negative-body-language',
      false,
    ],
    [
      'We did a practice run at the kitchen table and I stammered through every answer.',
      'candidate-nerves',
      false,
    ],
    [
      'As a hiring manager myself, I always smile and keep it a relaxed chat.',
      'engaging-conversation',
      false,
    ],
    [
      'What I would love is a panel that laughs along and tells me about the training.',
      'engaging-conversation',
      false,
    ],
    [
      'When I was a student, an interviewer yawned at me and kept looking at the clock.',
      'interviewer-disinterest',
      false,
    ],
    [
      'Looking back on my old job, my boss used to praise every report I wrote.',
      'achievements-praised',
      false,
    ],
    [
      'At work this morning my supervisor sat there stone-faced and never smiled.',
      'negative-body-language',
      false,
    ],
    [
      'I also had a phone screen with a staffing agency that afternoon. The recruiter was lovely and so warm.',
      'positive-atmosphere',
      false,
    ],
    [
      'Compare that with the agency, where the woman was on her laptop the whole time.',
      'interviewer-disinterest',
      false,
    ],
    [
      'Unlike the council, where two men sat there stone-faced, this panel smiled and nodded a lot.',
      'negative-body-language',
      false,
    ],
    [
      'Unlike the council, where two men sat there stone-faced, this panel smiled and nodded a lot.',
      'interviewer-smiling',
      true,
    ],
    [
      'I had a second interview there and the manager smiled and nodded all the way through.',
      'interviewer-smiling',
      true,
    ],
    [
      'After two mock interviews I still froze and went blank on the first question.',
      'candidate-nerves',
      true,
    ],
  ]);
});

describe('preparation, briefings, sayings and earlier jobs are not this interview', () => {
  table([
    [
      'I looked up their culture and values, how the teams work together and their training and promotion path.',
      'future-growth-talk',
      false,
    ],
    ['To prepare, I looked up their promotion path and the training they fund.', 'future-growth-talk', false],
    [
      'I rehearsed with my brother, who pretended to be a grumpy manager, frowning with his arms folded.',
      'negative-body-language',
      false,
    ],
    [
      'Before this interview I had been to two others, one where the owner never smiled and one full of stock questions.',
      'negative-body-language',
      false,
    ],
    [
      "I'd been warned the director can come across as frosty and never smiles.",
      'negative-body-language',
      false,
    ],
    [
      "I've learned that a chatty interviewer who smiles a lot is not always going to hire you.",
      'interviewer-smiling',
      false,
    ],
    ['When I got my current job, the manager smiled from start to finish.', 'interviewer-smiling', false],
    ['For my last job, the interview was a relaxed chat over coffee.', 'engaging-conversation', false],
    ['At the previous interview they never said when I would hear back.', 'no-next-steps', false],
    [
      'The job ad talked a lot about a friendly, supportive culture and team lunches.',
      'culture-discussion',
      false,
    ],
    [
      'I prepared a short deck on the rota system and the manager said it was the best she had seen.',
      'achievements-praised',
      true,
    ],
    [
      'I read up on their new clinic and when I brought it up she lit up and smiled.',
      'interviewer-smiling',
      true,
    ],
    ['I read the question wrong and panicked, my mind went completely blank.', 'candidate-nerves', true],
    [
      '- I read up on their sectors the night before\n- She questioned whether I would manage nights after only working days, and later came back to it, asking if I would burn out.',
      'raised-concerns',
      true,
    ],
  ]);
});

describe("other candidates, the writer's people afterwards and other interviews that week", () => {
  table([
    [
      'The lad before me came out and said the manager never smiled and sat with her arms folded.',
      'negative-body-language',
      false,
    ],
    [
      'The other candidate in the corridor said the manager had been frosty and cold with her.',
      'negative-body-language',
      false,
    ],
    [
      'Afterwards I met my sister for lunch and we laughed about the whole thing for ages.',
      'engaging-conversation',
      false,
    ],
    ['On the bus home I rang my dad, who was lovely and warm about it all.', 'positive-atmosphere', false],
    [
      'That same week I also interviewed at a care home, which was friendly and relaxed.',
      'positive-atmosphere',
      false,
    ],
    ['When I went for a bar job years ago, the manager was warm and friendly.', 'positive-atmosphere', false],
    [
      'Afterwards the manager walked me out, smiling, and said she had really enjoyed it.',
      'interviewer-smiling',
      true,
    ],
  ]);
});

describe('the job once started and bosses of other days are not the interview', () => {
  table([
    [
      "I'm really hoping that if it goes well they'll put me on the management track.",
      'future-growth-talk',
      false,
    ],
    [
      'The manager was so friendly and relaxed, and I hope the team is the same.',
      'positive-atmosphere',
      true,
    ],
    ['My new manager is lovely and the whole team has been so welcoming.', 'positive-atmosphere', false],
    [
      'The induction day was really relaxed, everyone was laughing and chatting.',
      'engaging-conversation',
      false,
    ],
    [
      'At the offer meeting, the director smiled and told me about the promotion track.',
      'interviewer-smiling',
      false,
    ],
    ['I once had a boss who would check his phone every time I spoke.', 'interviewer-disinterest', false],
    [
      'In my twenties a bank interviewed me and the two men never smiled once.',
      'negative-body-language',
      false,
    ],
  ]);
});

it("keeps the interviewer's forecast of the first day", () => {
  const ranges = (text: string) => elsewhereRanges(tokensFrom(text));
  expect(ranges('My first week, she said, I will shadow Tom on the tills.')).toHaveLength(0);
  expect(ranges('My first week was a blur of lunches and smiling faces.')).toHaveLength(1);
});

describe("the writer's people, the recruiter's forecast and the writer's own life are no evidence", () => {
  table([
    [
      'My housemate says she was probably just tired and it was nothing to do with me.',
      'flat-interviewer',
      false,
    ],
    // a relative telling their own interview is the story itself
    [
      'My housemate says the interview she had there was fun, they laughed the whole way through.',
      'engaging-conversation',
      true,
    ],
    [
      'The recruiter who set it up said the panel were super friendly and very relaxed.',
      'positive-atmosphere',
      false,
    ],
    [
      'The recruiter rang afterwards and said the team found me so friendly and relaxed.',
      'positive-atmosphere',
      true,
    ],
    // what everyone knows of interviews
    [
      'Everyone knows the managers there talk a lot about culture, and nobody believes it.',
      'culture-discussion',
      false,
    ],
    // an earlier interview, and what its panel did in the next sentence
    [
      'I had one interview earlier, at a college in Leeds, which went well. The head there asked me in detail about my thesis work and praised it.',
      'achievements-praised',
      false,
    ],
    [
      'I had an interview earlier today and the manager praised my thesis work in detail.',
      'achievements-praised',
      true,
    ],
    // the candidate's terse preparation, with the "I" dropped
    [
      'Looked at their annual report and their careers page, had my examples for the usual stuff ready.',
      'vague-role-details',
      false,
    ],
  ]);
});

describe("the candidate telling their own job is not the job on offer; the interviewer's answer still is", () => {
  table([
    [
      'Told them all about my current job — I run the returns desk, about 200 cases a week, Zendesk, two juniors.',
      'detailed-role-info',
      false,
    ],
    [
      'I told them about my current job: I run the returns desk, about 200 cases a week, on Zendesk, with two juniors.',
      'detailed-role-info',
      false,
    ],
    [
      'I told them about my current role and she explained the team: six nurses, 12-hour shifts, four on four off.',
      'detailed-role-info',
      true,
    ],
    [
      'I walked them through my last job, and she said that was exactly what they need and asked how I cut the backlog.',
      'achievements-praised',
      true,
    ],
  ]);
});

describe("the go-between's word before the interview is not the interview", () => {
  table([
    [
      'The recruiter had told me beforehand that the team is five people and uses Salesforce.',
      'detailed-role-info',
      false,
    ],
    ['The recruiter had said the manager was lovely and very relaxed.', 'positive-atmosphere', false],
    // what came after, in the room, still counts
    [
      'The recruiter had told me the manager can seem cold. In the room she was lovely and relaxed.',
      'positive-atmosphere',
      true,
    ],
    // the recruiter's promise about hearing back is the wait's anchor
    [
      "The recruiter had said I'd hear by Friday. It's now Wednesday the week after, and nothing.",
      'no-follow-up',
      true,
    ],
  ]);
});
