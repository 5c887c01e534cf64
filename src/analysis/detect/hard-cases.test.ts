import { describe, expect, it } from 'vitest';
import { detectInNotes } from './run.js';

const ids = (text: string) => new Set(detectInNotes(text).map((s) => s.id));
const has = (text: string, id: string) => () => expect(ids(text).has(id as never)).toBe(true);
const lacks = (text: string, id: string) => () => expect(ids(text).has(id as never)).toBe(false);

describe('negation', () => {
  it(
    'not bored is not disinterest',
    lacks('Honestly the director did not seem bored in the slightest.', 'interviewer-disinterest'),
  );
  it(
    'never smiled is cold body language',
    has('the HM never smiled, not even once', 'negative-body-language'),
  );
  it('never smiled is not smiling', lacks('the HM never smiled, not even once', 'interviewer-smiling'));
  it(
    'no awkward moments is not awkward',
    lacks('There were no awkward moments whatsoever.', 'awkward-atmosphere'),
  );
  it(
    'no concerns raised is not raised-concerns',
    lacks("they didn't raise any concerns about my background", 'raised-concerns'),
  );
  it(
    'nobody mentioned next steps',
    has('we wrapped up and nobody mentioned next steps or a timeline', 'no-next-steps'),
  );
  it('wasnt nervous is not nerves', lacks("for once i wasn't nervous at all", 'candidate-nerves'));
});

describe('subject', () => {
  it(
    'my own smile is not the interviewer smiling',
    lacks('I smiled the whole way through like a lunatic', 'interviewer-smiling'),
  );
  it(
    'my own clock-watching is not disinterest',
    lacks('I kept looking at the clock because my parking was running out', 'interviewer-disinterest'),
  );
  it('I blanked is nerves', has('halfway through I totally blanked on the sql question', 'candidate-nerves'));
  it(
    'the candidate explaining is not role info',
    lacks('I walked her through the project I led at my old job', 'detailed-role-info'),
  );
});

describe('hedges and worry', () => {
  it(
    'a leaning hedge counts',
    has('pretty sure he was scrolling on his phone the whole time tbh', 'interviewer-disinterest'),
  );
  it('pure worry does not', lacks("I really hope I didn't come across as nervous", 'candidate-nerves'));
  it(
    'a fear that did not happen does not',
    lacks('I was scared she would be bored by my answers', 'interviewer-disinterest'),
  );
});

describe('change over time', () => {
  const text = 'super awkward for the first ten min but then we were laughing about our old bosses';
  it('counts the awkward start', has(text, 'awkward-atmosphere'));
  it('and the warm-up', has(text, 'engaging-conversation'));
});

describe('idioms and counts', () => {
  it(
    'kept glancing at the clock',
    has('she kept glancing at the clock on the wall', 'interviewer-disinterest'),
  );
  it('stone-faced', has('the whole panel was stone-faced', 'negative-body-language'));
  it(
    'we clicked',
    has('me and the onsite loop lead just clicked, we clicked straight away', 'engaging-conversation'),
  );
  it(
    'one doubt is not enough',
    lacks('He wondered if I had enough leadership experience, then moved on happily.', 'raised-concerns'),
  );
  it('pushing back twice is', has('the HM pushed back twice on my estimates', 'raised-concerns'));
  it(
    'a culture brush-off is little company info',
    has("asked about the culture and he just said 'you'll find out' lol", 'little-company-info'),
  );
  it(
    'a real culture answer is culture discussion',
    has(
      'she talked a lot about how the team works, no-blame postmortems and flexible hours',
      'culture-discussion',
    ),
  );
  it(
    'a role described is not future-role talk',
    lacks('The post includes two shifts a week on the ward.', 'future-role-talk'),
  );
  it(
    'when you join framing is',
    has("she said when you join you'll own the billing service", 'future-role-talk'),
  );
});

describe('time', () => {
  it(
    'past the promised day with nothing',
    has('They said I would hear next week. That was on the 2nd and it is the 20th. Nothing.', 'no-follow-up'),
  );
  it(
    'inside the promised window is not yet',
    lacks("they said two weeks, it's been 9 days and i haven't heard anything", 'no-follow-up'),
  );
  it('three weeks of silence', has("it's been three weeks and nothing, not even an email", 'no-follow-up'));
  it(
    'a decision date given is not no-next-steps',
    lacks("they'll let me know by Friday either way", 'no-next-steps'),
  );
});

describe('a verb joined by "and" or "then" shares the subject of the clause before', () => {
  it(
    'the person who made me do it is the one who pushed',
    has(
      'The lead had me present my research and then pushed on whether I would cope with the pace.',
      'raised-concerns',
    ),
  );
  it(
    'she let me finish, then she smiled',
    has('He let me finish my answer and then smiled warmly.', 'interviewer-smiling'),
  );
  it(
    'nodding after making me walk through',
    has('The head of ops made me walk through my rota and kept nodding along.', 'interviewer-smiling'),
  );
  it('my own smile after walking in', lacks('I walked in and smiled at everyone.', 'interviewer-smiling'));
  it(
    'my own question after letting her finish',
    lacks('I let her finish and then asked about the team.', 'raised-concerns'),
  );
  it(
    'my own stumble after telling them',
    has('I told them about my dissertation and stumbled over the dates.', 'candidate-nerves'),
  );
});
