import { describe, it, expect } from 'vitest';
import { call, found } from './call.case.js';

// Session 13: families of sayings a blind call round (r-transcripts, odd ids) showed missed or misread.
// The cases are our own wordings of each family, not lines from those calls.

/** A set answer of some length, so the turns read as an interview. */
const ANSWER =
  'At the depot I ran the evening shift for two years, planned the loads with the transport office and trained the new pickers on the scanners.';

describe('doubts said in other words, pressed more than once', () => {
  it.each([
    [
      'the claim everyone makes, and a risk waiting to happen',
      call(
        ['Priya', 'Our complaint numbers halved in a year.'],
        ['Dana', 'Everyone says their numbers went down.'],
        ['Priya', 'We changed the rota so the phones were covered at lunch.'],
        ['Dana', 'Letting juniors close complaints sounds like a grievance waiting to happen.'],
      ),
    ],
    [
      'what worries them, and one more concern',
      call(
        ['Priya', ANSWER],
        ['Dana', 'What worries me is that you have only done evenings.'],
        ['Priya', 'I covered days in the summer.'],
        ['Dana', 'One more concern and then it is your turn: the notice period.'],
      ),
    ],
    [
      'not convinced with an adverb, and a thin record',
      call(
        ['Priya', ANSWER],
        ['Dana', "I'm not fully convinced you have led a team on your own."],
        ['Priya', 'I had six pickers on my shift.'],
        ['Dana', "Honestly, that's a thin track record for a lead role."],
      ),
    ],
  ])('raised-concerns: %s', (_, text) => {
    expect(found(text)).toContain('raised-concerns');
  });

  it('one doubt said once is not raised-concerns', () => {
    expect(
      found(call(['Priya', ANSWER], ['Dana', 'Everyone says their numbers went down.'], ['Priya', 'Fair.'])),
    ).not.toContain('raised-concerns');
  });
});

describe('praise in other words, and what only sounds like it', () => {
  it.each([
    [
      'others who get it wrong, with a good one',
      call(
        ['Priya', 'I found the fault in the earth bonding on my first try.'],
        ['Dana', "That's a good one to find. Lots of people get that wrong for years."],
      ),
    ],
    [
      'you should be proud, with a good one',
      call(
        ['Priya', 'I was quite proud of the distinction.'],
        ['Dana', "You should be proud of that. That's a good one to get."],
      ),
    ],
  ])('achievements-praised: %s', (_, text) => {
    expect(found(text)).toContain('achievements-praised');
  });

  it.each([
    [
      'a comparison that measures the candidate short',
      call(
        ['Priya', 'I cannot remember the name.'],
        ['Dana', 'Most candidates at this stage can name our last three clients.'],
      ),
    ],
    [
      'agreement, not praise',
      call(
        ['Priya', 'I say yes to everyone.'],
        ['Dana', "Ha, you're nodding, you know exactly what I mean."],
      ),
    ],
    [
      'delight at a face, said once',
      call(['Priya', 'Really? Thank you.'], ['Dana', "You're beaming, I love it."]),
    ],
  ])('not achievements-praised: %s', (_, text) => {
    expect(found(text)).not.toContain('achievements-praised');
  });
});

describe('the interviewer smiling or nodding, said in more words', () => {
  it.each([
    [
      'I am sitting here smiling',
      call(['Priya', ANSWER], ['Dana', "Sorry, I'm just sitting here smiling at that."]),
    ],
    [
      'a colleague named nodding',
      call(['Priya', ANSWER], ['Dana', "Sam's nodding along over there, he likes that."]),
    ],
  ])('interviewer-smiling: %s', (_, text) => {
    expect(found(text)).toContain('interviewer-smiling');
  });

  it("the candidate's smile, named by the interviewer, is not", () => {
    expect(found(call(['Priya', ANSWER], ['Dana', "You're smiling, that's nice to see."]))).not.toContain(
      'interviewer-smiling',
    );
  });
});

describe('cold faces named aloud', () => {
  it.each([
    [
      'the candidate: you do not look impressed',
      call(['Priya', ANSWER], ['Dana', 'Okay.'], ['Priya', "You don't look very impressed by that."]),
    ],
    [
      'the panel owns to straight faces',
      call(['Dana', "We're asked to keep straight faces, so don't read into it."], ['Priya', 'Okay.']),
    ],
  ])('negative-body-language: %s', (_, text) => {
    expect(found(text)).toContain('negative-body-language');
  });
});

describe('the room named as a test, and warmth said as "not a test"', () => {
  it('an interrogation atmosphere is awkward', () => {
    expect(
      found(call(['Priya', ANSWER], ['Dana', "Sorry, it's a bit of an interrogation atmosphere today."])),
    ).toContain('awkward-atmosphere');
  });
  it.each([
    ['not an exam', call(['Dana', "Don't worry, this isn't an exam."], ['Priya', 'Thank you.'])],
    ['fun chatting', call(['Priya', ANSWER], ['Dana', "It's been lovely chatting with you, Priya."])],
    ['nothing formal', call(['Dana', "It's a conversation today, nothing formal."], ['Priya', 'Great.'])],
  ])('positive-atmosphere: %s', (_, text) => {
    expect(found(text)).toContain('positive-atmosphere');
  });
  it.each([
    [
      'the candidate enjoyed a part of an old job',
      call(['Priya', "I've enjoyed the research side of the job most."], ['Dana', 'Okay.']),
    ],
    [
      'a friendly team is the culture, not the room',
      call(['Dana', 'It is a friendly team, honestly.'], ['Priya', 'Good.']),
    ],
  ])('not positive-atmosphere: %s', (_, text) => {
    expect(found(text)).not.toContain('positive-atmosphere');
  });
});

describe('a culture question brushed off with a family', () => {
  const text = call(
    ['Priya', 'Could you tell me what it is like to work there, how people work together?'],
    ['Dana', "Oh, we're one big happy family. I wouldn't worry about that side of things."],
  );
  it('is little-company-info, not culture-discussion', () => {
    expect(found(text)).toContain('little-company-info');
    expect(found(text)).not.toContain('culture-discussion');
  });
});

describe('the role told of whoever takes it', () => {
  it('trainees and rotations are detailed-role-info', () => {
    expect(
      found(
        call(
          ['Priya', 'What does the scheme look like?'],
          [
            'Dana',
            "So it's three rotations of eight months. Trainees sit with a senior engineer and go to site visits from the first month.",
          ],
        ),
      ),
    ).toContain('detailed-role-info');
  });
  it('"apprentices are paid from day one" is not future-role-talk', () => {
    expect(found(call(['Dana', 'Apprentices are paid from day one.'], ['Priya', 'Okay.']))).not.toContain(
      'future-role-talk',
    );
  });
  it('"shall we move on to your dissertation" is no growth', () => {
    expect(found(call(['Dana', 'Shall we move on to your dissertation?'], ['Priya', 'Sure.']))).not.toContain(
      'future-growth-talk',
    );
  });
  it('"going to go through the questions" is no hurry', () => {
    expect(
      found(call(['Dana', "I'm going to go through the questions we ask everyone."], ['Priya', 'Okay.'])),
    ).not.toContain('interviewer-disinterest');
  });
});

describe('questions put without a rise', () => {
  it('two from the panel in a call where nobody laughs are flat-interviewer', () => {
    expect(
      found(
        call(
          ['Dana', 'There are four questions. Is that clear.'],
          ['Priya', 'Yes.'],
          ['Dana', 'Question one. Describe your last job.'],
          ['Priya', ANSWER],
          ['Dana', 'Thank you. Do you have any questions for the panel.'],
          ['Priya', 'No, thank you.'],
        ),
      ),
    ).toContain('flat-interviewer');
  });
  it('one, or two in a lively call, are not', () => {
    expect(
      found(
        call(
          ['Dana', 'Is that clear.'],
          ['Priya', 'Yes.'],
          ['Dana', 'Describe your last job.'],
          ['Priya', ANSWER],
        ),
      ),
    ).not.toContain('flat-interviewer');
    expect(
      found(
        call(
          ['Dana', 'Is that clear.'],
          ['Priya', 'Yes.'],
          ['Dana', 'Ha! Good. Do you have any questions for me.'],
          ['Priya', ANSWER],
        ),
      ),
    ).not.toContain('flat-interviewer');
  });
});

describe('laughs at the goodbye', () => {
  // a whole call's length: in a short excerpt the last turns are no goodbye
  const asked: [string, string][] = Array.from({ length: 6 }, (_, i): [string, string][] => [
    ['Dana', `Question ${i + 1}. Tell me about a shift that went wrong.`],
    ['Priya', ANSWER],
  ]).flat();
  const middle: [string, string][] = [
    ...asked,
    ['Priya', ANSWER],
    ['Dana', 'Ha, we have all been there. What about weekends?'],
    ['Priya', 'Ha, weekends are fine.'],
    ['Dana', 'Good. And the driving test?'],
    ['Priya', 'I passed it last year, first time.'],
  ];
  it('do not make a chat of two laughs in the call', () => {
    expect(
      found(
        call(
          ...middle,
          ['Dana', "Ha, well done. We'll ring you on Friday."],
          ['Priya', 'Ha, thank you. Bye.'],
          ['Dana', 'Bye.'],
        ),
      ),
    ).not.toContain('engaging-conversation');
  });
  it('while the same laughs mid-call are one', () => {
    expect(
      found(
        call(
          ...middle,
          ['Dana', 'Ha, well done. And nights?'],
          ['Priya', 'Ha, I am a night owl anyway.'],
          ['Dana', "Good. We'll ring you on Friday."],
          ['Priya', 'Thank you. Bye.'],
          ['Dana', 'Bye.'],
        ),
      ),
    ).toContain('engaging-conversation');
  });
});

// Session 20: the weakest call signs' errors over the readable calls, by cause (our own wordings).
describe('a smile the interviewer tells of their own, or a panel of theirs', () => {
  it.each([
    [
      'sat here smiling',
      ['Dana', "I'm sat here smiling, because that is exactly what happened to us last winter."],
    ],
    [
      'smiled at what was just said',
      ['Dana', 'The bit about the rota, I actually smiled at that. Next one.'],
    ],
    ['a panel smiling', ['Dana', "Ha, we are smiling, you just can't see it on this camera."]],
    ['a panel nodding along', ['Dana', "We've been nodding along the whole time, honestly."]],
    ['an answer that made them smile', ['Dana', "Ha, that's made me smile. Right, question three."]],
  ])('interviewer-smiling: %s', (_, line) => {
    expect(found(call(['Priya', ANSWER], line as [string, string]))).toContain('interviewer-smiling');
  });
  it('interviewer-smiling: the candidate seeing both of them smile', () => {
    expect(
      found(call(['Priya', "Thanks. I can see you're both smiling, which helps."], ['Dana', 'Go on.'])),
    ).toContain('interviewer-smiling');
  });
  it.each([
    ['smiling as the job', ['Dana', 'We smile at every customer and we always greet them at the door.']],
    ['a smile in a story', ['Dana', 'I smiled when my manager told me the same thing years ago.']],
    ['the candidate smiling', ['Priya', "I'm sat here smiling, sorry, it's nerves."]],
    ['the candidate made to smile', ['Priya', 'That question made me smile, I get asked it a lot.']],
  ])('not interviewer-smiling: %s', (_, line) => {
    expect(found(call(['Priya', ANSWER], line as [string, string]))).not.toContain('interviewer-smiling');
  });
});

describe('doubts told as a concern counted, or as the job set against what was done', () => {
  it.each([
    [
      'a first real concern, then a second',
      call(
        ['Priya', ANSWER],
        ['Dana', "That's my first real concern with how you'd run the evenings."],
        ['Priya', 'I see.'],
        ['Dana', 'The second concern is the notice period.'],
      ),
    ],
    [
      'not what we need, and a long way from what we do',
      call(
        ['Priya', ANSWER],
        ['Dana', 'See, we pick by voice here, so the scanners are not really what we need.'],
        ['Priya', 'I can learn voice picking.'],
        ['Dana', "Maybe. Honestly, it's a long way from what we're doing."],
      ),
    ],
    [
      'the answer turned down, twice',
      call(
        ['Priya', 'I think the stock losses are mostly theft.'],
        ['Dana', "You're guessing."],
        ['Priya', 'I suppose I am. I ran the counts on my own shift, though.'],
        ['Dana', "That's not really what I asked."],
      ),
    ],
    [
      'a question mark, and not sold',
      call(
        ['Priya', ANSWER],
        ['Dana', "I've got a question mark over the forklift licence."],
        ['Priya', 'I can book the test.'],
        ['Dana', "Hm. And I'm not really sold on the nights, if I'm honest."],
      ),
    ],
    [
      'light on something, and an answer too thin',
      call(
        ['Priya', ANSWER],
        ['Dana', "You're a bit light on managing people."],
        ['Priya', 'I trained the new pickers.'],
        ['Dana', 'That answer was a bit thin. I need more than that.'],
      ),
    ],
  ])('raised-concerns: %s', (_, text) => {
    expect(found(text)).toContain('raised-concerns');
  });
  it.each([
    [
      'a stretch target and a red flag denied',
      call(
        ['Priya', ANSWER],
        ['Dana', "It's a stretch target, but the team usually hits it."],
        ['Priya', 'I moved jobs twice in a year, though.'],
        ['Dana', "That's not a red flag at all, lots of people move around."],
      ),
    ],
    [
      'the answer turned down once, and a plain "not the same team"',
      call(
        ['Priya', 'I think the stock losses are mostly theft.'],
        ['Dana', "You're guessing. But fine."],
        ['Priya', 'Is it the same team as the warehouse?'],
        ['Dana', "That's not the same team, no, they sit upstairs."],
      ),
    ],
    [
      'the answer wanted, and the job fitting',
      call(
        ['Priya', ANSWER],
        ['Dana', "Don't worry, a perfect answer isn't what we're after."],
        ['Priya', 'Okay.'],
        ['Dana', "That's exactly what we need on nights."],
      ),
    ],
  ])('not raised-concerns: %s', (_, text) => {
    expect(found(text)).not.toContain('raised-concerns');
  });
});

describe('the candidate filling a silence in other words (half of awkward-atmosphere)', () => {
  const quiet = (line: string): string =>
    call(
      ['Priya', ANSWER],
      ['Dana', 'Okay.'],
      ['Priya', line],
      ['Dana', 'Next question. What do you know about us?'],
      ['Priya', 'Sorry, should I say more about the depot first?'],
      ['Dana', 'No.'],
    );
  it.each(["Sorry, you've gone a bit quiet.", 'Sorry, is everything okay?', 'Did I say something wrong?'])(
    'awkward-atmosphere: %j with another check',
    (line) => {
      expect(found(quiet(line))).toContain('awkward-atmosphere');
    },
  );
  it.each([
    [
      'one of them alone',
      call(['Priya', ANSWER], ['Dana', 'Okay.'], ['Priya', "Sorry, you've gone a bit quiet."]),
    ],
    ['a question about the job', quiet('Is everything okay with the rota at the moment, then?')],
  ])('not awkward-atmosphere: %s', (_, text) => {
    expect(found(text)).not.toContain('awkward-atmosphere');
  });
});

describe('a panel that says it will not react (flat-interviewer)', () => {
  it.each([
    ['a neutral face kept', 'Just so you know, I keep a neutral face in these. Carry on.'],
    [
      'neutral expressions asked of the panel',
      "We've been asked to keep neutral expressions, so don't read into it.",
    ],
    ['no smiling on calls', "I don't really do smiling on calls. Go on."],
  ])('flat-interviewer: %s', (_, line) => {
    expect(
      found(call(['Priya', ANSWER], ['Dana', line], ['Priya', 'Okay. The rota was mine too.'])),
    ).toContain('flat-interviewer');
  });
  it.each([
    ['feedback withheld', "We can't give feedback during the interview, I'm afraid."],
    ['a straight face lost', "Ha, I couldn't keep a straight face when I read that."],
  ])('not flat-interviewer: %s', (_, line) => {
    expect(
      found(call(['Priya', ANSWER], ['Dana', line], ['Priya', 'Okay. The rota was mine too.'])),
    ).not.toContain('flat-interviewer');
  });
});
