import { describe, expect, it } from 'vitest';
import { tokensFrom } from '../nlp.js';
import { elsewhereRanges } from './elsewhere.js';
import { signsIn, signTable } from './notes-table.case.js';

describe('another interview told in passing is no evidence about this one', () => {
  signTable([
    [
      'Another place told me on a call that the interviewer had been on his phone the whole time.',
      'interviewer-disinterest',
      false,
    ],
    [
      'One association interviewed me and the panel was so hostile I left shaking.',
      'awkward-atmosphere',
      false,
    ],
    ['Some companies said "we will call you" and nobody called for a month.', 'no-follow-up', false],
    ['One surf brand interviewed me and said my portfolio was great.', 'achievements-praised', false],
    ['In my last job the manager never smiled, not once in two years.', 'negative-body-language', false],
    // session 25: another employer's silence, named without "my"
    ['Previous place ghosted me for weeks. This lot emailed within two days.', 'no-follow-up', false],
    ['The old employer took two months to answer. This interview was on Monday.', 'no-follow-up', false],
    [
      'Last company never rang me back after three weeks. Interview here was yesterday.',
      'no-follow-up',
      false,
    ],
    ['My old boss was stone-faced in every meeting.', 'negative-body-language', false],
    ['Advice for anyone: if the interviewer yawns, keep going.', 'interviewer-disinterest', false],
    ['Interviewers who check their phones mid-answer are just rude.', 'interviewer-disinterest', false],
    ['A good interviewer will smile and put you at ease.', 'interviewer-smiling', false],
    ['Most interviewers seemed distracted and rushed this year.', 'interviewer-disinterest', false],
    ['Many hiring managers send warm notes to every finalist.', 'positive-atmosphere', false],
  ]);
});

describe('this interview stays evidence', () => {
  signTable([
    [
      'Another interviewer joined halfway and she barely looked up from her phone.',
      'interviewer-disinterest',
      true,
    ],
    [
      'One interview question stumped me and the manager frowned and folded her arms.',
      'negative-body-language',
      true,
    ],
    ['Another interview, another bunch of nothing: three weeks and no word since.', 'no-follow-up', true],
    ["'When you join, you'll run the Monday stock walk with me,' she said.", 'future-role-talk', true],
    ['She asked how my last job went and smiled at the story about the flood.', 'interviewer-smiling', true],
    ['Then the panel chair smiled and said they loved my portfolio.', 'achievements-praised', true],
  ]);
});

it('drops only the framed sentence', () => {
  const text = 'One firm ghosted me for weeks. This interview was warm and we laughed a lot.';
  const toks = tokensFrom(text);
  const ranges = elsewhereRanges(toks);
  expect(ranges).toHaveLength(1);
  const [a, b] = ranges[0]!;
  expect(text.slice(toks[a]!.start, toks[b - 1]!.end)).toBe('One firm ghosted me for weeks.');
  expect(signsIn(text).has('engaging-conversation')).toBe(true);
});

describe('an earlier interview, the poster background and imagined interviews are no evidence', () => {
  signTable([
    [
      'Context matters here: my previous interview, at a bigger dental group, was a disaster, the manager stared at her laptop the entire time.',
      'interviewer-disinterest',
      false,
    ],
    [
      'At another place, a man frowned throughout and offered me the job on the spot.',
      'negative-body-language',
      false,
    ],
    ['Years ago, at a bank, an interviewer smiled warmly all the way through.', 'interviewer-smiling', false],
    ['I keep imagining the panel being cold and frowning at me.', 'negative-body-language', false],
    [
      'For context, I have been a nurse for five years and my current manager never smiles at anyone.',
      'negative-body-language',
      false,
    ],
  ]);
});

describe('a friend telling their own interview is no evidence about this one', () => {
  signTable([
    [
      'It was fine, normal questions. My friend said her interviewer was on his phone the whole time and she still got the job.',
      'interviewer-disinterest',
      false,
    ],
    [
      'It was fine. My sister told me that when she interviewed there, the manager never smiled and barely looked at her.',
      'negative-body-language',
      false,
    ],
    // a friend's or relative's own interview set beside this one: same day, same firm, there, last year
    [
      'Mine was fine. My mate had his interview the same morning and said the director was on her laptop throughout.',
      'interviewer-disinterest',
      false,
    ],
    [
      'It went well, I think. My aunt had a rough interview there years ago and the boss kept checking his watch.',
      'interviewer-disinterest',
      false,
    ],
    [
      "Felt okay. I keep thinking of my brother's interview last spring where the panel yawned all the way through.",
      'interviewer-disinterest',
      false,
    ],
    [
      'It was fine. One lad in the waiting room said his interviewer spent the whole slot texting.',
      'interviewer-disinterest',
      false,
    ],
    [
      'Mine was okay. My cousin had her real interview at the depot on Monday and the manager never looked up from his phone.',
      'interviewer-disinterest',
      false,
    ],
    // a friend or relative who went for the same job or place, told as a deed
    [
      'My sister interviewed at the same hotel last spring and said the manager yawned all the way through.',
      'interviewer-disinterest',
      false,
    ],
    [
      'Went fine. My cousin went for the same warehouse job and said the supervisor never once smiled.',
      'negative-body-language',
      false,
    ],
    [
      'My mate Dev applied there too and reckons the panel was stiff and awkward the whole time.',
      'awkward-atmosphere',
      false,
    ],
    // advice headed by whom it is for
    [
      'For nurses wanting to move up: ask them about promotion before they ask you.',
      'future-growth-talk',
      false,
    ],
    // a relative's interview told as the story itself stays evidence
    [
      'My girlfriend had her interview this morning. The manager was on his phone the whole time.',
      'interviewer-disinterest',
      true,
    ],
    // a relative who went for another job, told as the story itself, stays evidence
    [
      'My brother went for a job at the depot. He said the manager was on his phone the whole time.',
      'interviewer-disinterest',
      true,
    ],
    // the friend reading this interview stays evidence of what the writer told
    [
      'He kept glancing at his phone. My friend said the interviewer was probably on his phone because he was bored.',
      'interviewer-disinterest',
      true,
    ],
  ]);
});

describe('a story of another employer goes on over the next sentences of its line', () => {
  signTable([
    [
      'At my last job, the manager was cold. He never smiled and kept checking his phone.',
      'interviewer-disinterest',
      false,
    ],
    [
      'Another company interviewed me last month. The manager was on his phone the whole time.',
      'interviewer-disinterest',
      false,
    ],
    // the story comes back: a contrast, or a new line
    [
      'Another company interviewed me last month. The manager was cold. This one was different: she smiled a lot.',
      'interviewer-smiling',
      true,
    ],
    [
      'Another company interviewed me last month and it was dire.\nThe manager here was on his phone the whole time.',
      'interviewer-disinterest',
      true,
    ],
    // a count of interviews introduces the one being told
    [
      'Two interviews so far. The second was with the head of equities, who never smiled once.',
      'negative-body-language',
      true,
    ],
  ]);
});

describe('earlier interviews counted off and employers listed one per line are no evidence', () => {
  signTable([
    // an earlier interview named by its place in the count, at an employer told indefinitely
    [
      'The first one, at a clinic in Leeds, was awful: the manager sat with her arms folded and never smiled.',
      'negative-body-language',
      false,
    ],
    // this process's own first round, named by who ran it
    [
      'The first one, with the head of nursing, was lovely and she smiled the whole time.',
      'interviewer-smiling',
      true,
    ],
    // the applications counted off
    [
      'I applied to four firms. One never replied. One rang me for a chat and the partner was on his phone the whole time.',
      'interviewer-disinterest',
      false,
    ],
    ['One of them kept checking his phone while I talked.', 'interviewer-disinterest', true],
    // another employer's round, placed in another season
    [
      'I had a panel round at a software company in the autumn that went brilliantly: they walked me through the whole team, the tools and the roadmap.',
      'detailed-role-info',
      false,
    ],
    [
      'I had a panel round this morning and they walked me through the whole team, the tools and the roadmap.',
      'detailed-role-info',
      true,
    ],
    // a list after a colon is one sentence: each line that names an employer is its own frame
    [
      'My list so far:\n- A logistics firm: the director yawned through my answers and checked his watch twice.\n- A bakery chain: never heard back.',
      'interviewer-disinterest',
      false,
    ],
    [
      'How it went:\n- The director yawned through my answers and checked his watch twice.',
      'interviewer-disinterest',
      true,
    ],
    // a frame that took the whole sentence still takes its later lines
    ['Tips:\n- Wear something you feel comfortable in.\n- Smile.', 'positive-atmosphere', false],
    // a job ad line set against the interview on the next line takes nothing with it
    [
      "- site engineer, civils firm\n- the job ad said 'you will run the drainage package on a big road scheme'\n- in the interview, the project lead said nothing about the scheme\n- stock questions read off a sheet",
      'generic-questions',
      true,
    ],
    // a question put to the reader about the writer's own search
    ['Do you keep applying elsewhere at full speed?', 'interviewer-disinterest', false],
    // another employer's round named by its place and time
    [
      'The bakery one back in the spring was lovely, the manager smiled the whole time.',
      'interviewer-smiling',
      false,
    ],
    ['The other finals I did not get: one ghosted me after a take-home.', 'no-follow-up', false],
  ]);
});

describe("a post's quoted headline is no evidence; the post's body still is", () => {
  signTable([
    [
      'Blog excerpt — "Leaving the job with the cold boss"\nI applied to a bakery. The owner chatted about bread with me.',
      'negative-body-language',
      false,
    ],
    [
      'Forum: "I was the one who was cold — did I blow it?"\nI barely smiled and gave short answers. They said Friday.',
      'negative-body-language',
      false,
    ],
    // the body tells it, so it counts, headline or not
    [
      'Blog excerpt — "Warm smile, cold questions"\nThe manager sat with her arms folded and never smiled.',
      'negative-body-language',
      true,
    ],
    // a headline that tells the wait is the writer's own word on it
    [
      'Forum update: "Three weeks and still nothing from the museum"\nThey said I would hear within a week.',
      'no-follow-up',
      true,
    ],
    // a quote said in the interview is not a headline
    [
      'The manager said: "the team is four people, you would run the Leeds accounts and the Sage ledger."',
      'detailed-role-info',
      true,
    ],
  ]);
});

it('drops only the quoted title, not the line after it', () => {
  const toks = tokensFrom('Blog: "Cold boss" and then the manager never smiled.');
  const words = elsewhereRanges(toks).map(([a, b]) =>
    toks
      .slice(a, b)
      .map((t) => t.lower)
      .join(' '),
  );
  expect(words).toEqual(['blog : " cold boss "']);
});

describe("someone else's interview set against the writer's own is another interview", () => {
  signTable([
    [
      "My flatmate's interviewer spent the whole thing on his phone, she told me last night. Mine, on Tuesday, was nothing like that.",
      'interviewer-disinterest',
      false,
    ],
    [
      "my friend's interviewer was on his phone the whole time. mine was great, totally focused on me",
      'interviewer-disinterest',
      false,
    ],
    // the writer's own, after "mine", stays evidence
    [
      "My flatmate's interviewer was on his phone the whole time, but mine was lovely and relaxed.",
      'positive-atmosphere',
      true,
    ],
    // with no "mine" beside it, a relative's interview is the story being told
    [
      "My flatmate's interviewer barely made eye contact and kept checking his phone, she said.",
      'interviewer-disinterest',
      true,
    ],
  ]);
});

describe('another employer placed before the story in time is another occasion', () => {
  signTable([
    [
      'Last month a logistics firm walked me through the whole job: nights, 12-hour shifts, two juniors. This one told me nothing.',
      'detailed-role-info',
      false,
    ],
    [
      'My first interview of the year, at a bakery, was lovely and relaxed. This one, at the council, was a grilling.',
      'positive-atmosphere',
      false,
    ],
    [
      'Earlier this week I had another interview, and the manager smiled the whole time. Today nobody did.',
      'interviewer-smiling',
      false,
    ],
    // a recruiter opening the story is this story
    [
      'Two weeks ago a recruiter rang me about the role. The manager was lovely and relaxed when we met.',
      'positive-atmosphere',
      true,
    ],
    // this interview, placed in time
    [
      'Last week I had my interview at the bank and the manager smiled the whole time.',
      'interviewer-smiling',
      true,
    ],
  ]);
});

describe('a job got since, told with its own interview, is another occasion', () => {
  signTable([
    [
      "The panel barely looked up. I've since been offered a post at a library where the interview was warm and relaxed.",
      'positive-atmosphere',
      false,
    ],
    [
      'Nobody smiled. In May I got a job at a garden centre where the owner was lovely.',
      'positive-atmosphere',
      false,
    ],
    // the job this story is about
    [
      'The owner was lovely and relaxed. In May I got the job and started on the tills.',
      'positive-atmosphere',
      true,
    ],
  ]);
});

describe('another occasion set against this one as its opposite, or a last interview told', () => {
  signTable([
    [
      'Honestly my other interview last month (a bank) was the opposite: the engineer walked me through their whole codebase and the team.',
      'detailed-role-info',
      false,
    ],
    [
      'The next day I got a PPI from a smaller company which was the opposite experience, the interviewer talked about their growth path for trainees.',
      'future-growth-talk',
      false,
    ],
    [
      'Side note: my interview last week with a big German insurer was the opposite, the interviewer did not smile once.',
      'negative-body-language',
      false,
    ],
    [
      'In my last interview at another company, the interviewer kept checking his phone the whole time.',
      'interviewer-disinterest',
      false,
    ],
    // this interview, set against what was feared or the last one, stays evidence
    [
      'I interviewed at a bank today and it was the opposite of what I feared: she smiled the whole time.',
      'interviewer-smiling',
      true,
    ],
    [
      'Unlike my last one, this interview was the complete opposite: she smiled and nodded the whole time.',
      'interviewer-smiling',
      true,
    ],
  ]);
});
