import { describe, it, expect } from 'vitest';
import { analyze } from '../index.js';
import { call, found } from './call.case.js';

describe('transcript dialogue cues', () => {
  it.each([
    [
      'detailed-role-info',
      call(
        [
          'Dana',
          "So there are nine of us in the unit. You'd be looking after the night rota and the audits.",
        ],
        ['Priya', 'Got it.'],
      ),
    ],
    [
      'raised-concerns',
      call(
        ['Dana', "I'm slightly concerned that you've not managed budgets."],
        ['Priya', 'Fair.'],
        ['Dana', 'The other thing is the commute, honestly.'],
        ['Priya', 'Okay.'],
      ),
    ],
    [
      'achievements-praised',
      call(
        ['Priya', 'We cut waiting times by half.'],
        ['Dana', "That's a brilliant result, I love how you measured it."],
      ),
    ],
    [
      'candidate-nerves',
      call(
        ['Dana', 'Tell me about a project.'],
        ['Priya', 'Sorry, I have blanked, my mind has gone blank. Can I come back to that?'],
      ),
    ],
    [
      'engaging-conversation',
      call(
        ['Dana', 'Ha! And the printer jammed again?'],
        ['Priya', 'Haha, every single day.'],
        ['Dana', "Ha, honestly, I'm enjoying this."],
      ),
    ],
    [
      'culture-discussion',
      call(
        [
          'Dana',
          "We're pretty informal, we have lunch together on Fridays and the rule is nobody gets blamed.",
        ],
        ['Priya', 'Nice.'],
      ),
    ],
    [
      'future-growth-talk',
      call(
        ['Dana', 'A few people have moved up into senior roles, and we fund one certification a year.'],
        ['Priya', 'Great.'],
      ),
    ],
    [
      'interviewer-disinterest',
      call(
        ['Dana', "Sorry, I'm just replying to a message. I've only got ten minutes, so let's be quick."],
        ['Priya', 'Sure.'],
      ),
    ],
    [
      'little-company-info',
      call(['Priya', "What's the culture like here?"], ['Dana', "You'll find out. It's fine."]),
    ],
    [
      'vague-role-details',
      call(['Priya', 'What would the role involve day to day?'], ['Dana', 'Bit of everything, it varies.']),
    ],
    [
      'culture-discussion',
      call(
        ['Dana', 'We have a rule, nobody expects you to answer messages at the weekend.'],
        ['Priya', 'That is good to hear.'],
        ['Dana', 'And lunch is together on Thursdays, every other week there is a quiz.'],
        ['Priya', 'Nice.'],
      ),
    ],
    [
      'culture-discussion',
      call(
        ['Dana', 'When a delivery goes wrong we look at the process first, not the person.'],
        ['Priya', 'Okay.'],
      ),
    ],
    [
      'little-company-info',
      call(
        ['Priya', 'What is it like to work here?'],
        ['Dana', "Honestly it's all on the website. We're a good bunch."],
        ['Priya', 'Right.'],
      ),
    ],
  ])('%s', (id, text) => {
    expect(found(text)).toContain(id);
  });

  it.each([
    [
      'raised-concerns',
      call(['Priya', "I'm a bit worried that I haven't used Go."], ['Dana', 'No concerns from my side.']),
    ],
    [
      'candidate-nerves',
      call(['Dana', "Don't be nervous, my mind goes blank too sometimes."], ['Priya', 'Thanks.']),
    ],
    [
      'achievements-praised',
      call(['Priya', "That's a brilliant result for your team."], ['Dana', 'Thanks.']),
    ],
    [
      'positive-atmosphere',
      call(
        ['Dana', 'This is a bit awkward, I double booked.'],
        ['Priya', 'No problem. I really enjoyed this.'],
      ),
    ],
    [
      'future-growth-talk',
      call(
        ['Dana', 'The next step is a case study, of course, then we decide in due course.'],
        ['Priya', 'Okay.'],
      ),
    ],
    [
      'detailed-role-info',
      call(
        ['Dana', "We're a small team, you'll do whatever is needed."],
        ['Priya', 'Okay.'],
        ['Dana', 'How do you handle customers when the desk is busy?'],
        ['Priya', 'I prioritise.'],
      ),
    ],
    [
      'future-role-talk',
      call(['Priya', 'What is the team like?'], ['Dana', "You'll see when you're in."], ['Priya', 'Okay.']),
    ],
  ])('not %s when the wrong person says it or it is undone', (id, text) => {
    expect(found(text)).not.toContain(id);
  });
});

describe('laughter through a call', () => {
  const laughs = (n: number, bothSides = true) =>
    call(
      ...Array.from({ length: n }, (_, i): [string, string][] => [
        ['Dana', i === 0 ? 'Ha ha, we have the same problem.' : 'Ha, fair enough.'],
        ['Priya', bothSides ? 'Ha ha, yes.' : 'Yes.'],
      ]).flat(),
    );
  it('kept up on both sides is the chat itself, and a warm room', () => {
    expect(found(laughs(3))).toEqual(
      expect.arrayContaining(['engaging-conversation', 'positive-atmosphere']),
    );
  });
  it('once or twice is not enough on its own', () => {
    expect(found(laughs(1))).not.toContain('engaging-conversation');
    expect(found(laughs(1))).not.toContain('positive-atmosphere');
  });
  it('one side laughing alone is not shared', () => {
    expect(found(laughs(5, false))).not.toContain('engaging-conversation');
    expect(found(laughs(5, false))).not.toContain('positive-atmosphere');
  });
});

describe('more dialogue cues', () => {
  it.each([
    [
      'little-company-info',
      call(
        ['Priya', 'How would you describe the working environment?'],
        ['Dana', "It's a bank. It's busy. People work hard."],
      ),
    ],
    [
      'little-company-info',
      call(
        ['Priya', 'How does the team work together, is there much support?'],
        ['Dana', "You'll find all of that in the staff handbook, which is sent out with the contract."],
      ),
    ],
    [
      'awkward-atmosphere',
      call(['Priya', 'Sorry, it feels a bit like an exam, this.'], ['Dana', 'It is meant to.']),
    ],
    [
      'awkward-atmosphere',
      call(['Dana', 'Okay. Sorry, that was a bit of a grilling.'], ['Priya', 'That is fine.']),
    ],
    [
      'generic-questions',
      call(
        ['Dana', 'Tell me about a time you dealt with a difficult colleague.'],
        ['Priya', 'Well, once...'],
        ['Dana', 'Give me an example of when you went above and beyond.'],
        ['Priya', 'Sure.'],
        ['Dana', 'Where do you see yourself in five years?'],
        ['Priya', 'Leading a team.'],
        ['Dana', 'Tell me about a time you failed.'],
        ['Priya', 'Hmm.'],
      ),
    ],
    [
      'interviewer-disinterest',
      call(['Dana', "I've got about ten minutes, we've got a delivery coming."], ['Priya', 'Okay.']),
    ],
  ])('%s', (id, text) => {
    expect(found(text)).toContain(id);
  });

  it.each([
    ['awkward-atmosphere', call(['Dana', "I'm not going to grill you, I promise."], ['Priya', 'Phew.'])],
    ['awkward-atmosphere', call(['Priya', "It doesn't feel like an exam at all."], ['Dana', 'Good.'])],
    [
      'interviewer-disinterest',
      call(['Dana', "Good answer. We've got about ten minutes left."], ['Priya', 'Okay.']),
    ],
    [
      'generic-questions',
      call(['Dana', 'Tell me about a time you led a project.'], ['Priya', 'At Acme I led the move.']),
    ],
  ])('not %s', (id, text) => {
    expect(found(text)).not.toContain(id);
  });
});

describe("answers to the candidate's questions", () => {
  const longAnswer =
    'Honestly it is an open sort of place. Most of the team have been here years, there is a curry after the monthly numbers, and if someone is drowning the others jump in without being asked, which is how it has always been here.';
  it('a real answer about the culture is culture-discussion', () => {
    expect(
      found(call(['Priya', 'Can I ask about the culture in the team?'], ['Dana', longAnswer])),
    ).toContain('culture-discussion');
  });
  it('a real answer about the job is detailed-role-info', () => {
    const role =
      'Sure. Most mornings you would start with the overnight report, then a stand-up with the four planners at nine, then you own the weekly forecast for the two depots, which goes to the ops director on Thursdays, and the rest is working through exceptions with the drivers and the client.';
    expect(found(call(['Priya', 'What would I be doing day to day?'], ['Dana', role]))).toContain(
      'detailed-role-info',
    );
  });
  it('a long answer that dodges is not a real one', () => {
    const dodge =
      'Oh it varies, honestly, you know what it is like, bit of everything really, we are all busy, you will pick it up as you go along, there is no point me listing it all out now because it changes every week anyway.';
    expect(found(call(['Priya', 'What is the culture like?'], ['Dana', dodge]))).not.toContain(
      'culture-discussion',
    );
  });
});

describe('a terse interviewer', () => {
  const questions = Array.from({ length: 22 }, (_, i): [string, string][] => [
    ['Priya', `Well, at my last job I handled that by planning ahead, number ${i}.`],
    ['Dana', i % 3 === 0 ? 'Okay.' : `Next. Question ${i + 1}.`],
  ]).flat();
  it('is flat-interviewer: a long call of short turns, bare "Okay."s, nothing lively', () => {
    expect(found(call(...questions))).toContain('flat-interviewer');
  });
  it('but not when they laugh or exclaim', () => {
    expect(found(call(...questions, ['Dana', 'Ha, brilliant!'], ['Priya', 'Thanks.']))).not.toContain(
      'flat-interviewer',
    );
  });
  it('and not on a panel, where one flat voice is not the room', () => {
    const panel = questions.map(([who, text], i): [string, string] =>
      who === 'Dana' && i % 4 === 1 ? ['Sam', text] : [who, text],
    );
    expect(found(call(...panel))).not.toContain('flat-interviewer');
  });
});

describe('nerves before the call, said in it', () => {
  it('are not nerves that showed', () => {
    expect(
      found(
        call([
          'Priya',
          "I have to admit I was quite nervous before this, but it's nice to see friendly faces.",
        ]),
      ),
    ).not.toContain('candidate-nerves');
    expect(found(call(['Priya', "Sorry, I'm a bit nervous, I've lost my train of thought."]))).toContain(
      'candidate-nerves',
    );
  });
});

describe('the room named aloud, and words that only look like it', () => {
  it.each([
    call(['Priya', 'Sorry, is it me, or has this gone a bit awkward?'], ['Dana', 'No, no.']),
    call(['Dana', "I know this feels a bit stiff, it's the format."], ['Priya', 'That is fine.']),
  ])('awkward-atmosphere: %s', (text) => {
    expect(found(text)).toContain('awkward-atmosphere');
  });
  it.each([
    call(['Dana', 'The new valve has a dial, so you can set how stiff it is.'], ['Priya', 'Right.']),
    call(['Dana', 'Can I ask something slightly uncomfortable?'], ['Priya', 'Of course.']),
    call(['Priya', 'I would test for neural tension first.'], ['Dana', 'Good.']),
  ])('not awkward-atmosphere: %s', (text) => {
    expect(found(text)).not.toContain('awkward-atmosphere');
  });
});

describe('a question asked in words, without a question mark', () => {
  it('still gets its brush-off read', () => {
    expect(
      found(
        call(
          ['Priya', 'And I wanted to ask about the culture at the firm.'],
          ['Dana', "It's a bank. People work hard."],
        ),
      ),
    ).toContain('little-company-info');
  });
  it('but a statement is not a question', () => {
    expect(
      found(
        call(['Priya', 'I liked the culture at my last firm.'], ['Dana', "It's a bank. People work hard."]),
      ),
    ).not.toContain('little-company-info');
  });
});

describe('nerves said but not shown', () => {
  it.each([
    call(['Priya', "Honestly I'm a little bit nervous, but happy to get going."], ['Dana', 'No problem.']),
    call(['Priya', "I'm feeling a bit jittery, it's a big one for me."], ['Dana', 'Understandable.']),
    call(['Priya', 'I was so nervous walking in last time, but it went fine.'], ['Dana', 'Good.']),
    call(['Priya', "The error was mine, because I didn't check the handover sheet."], ['Dana', 'Right.']),
  ])('not candidate-nerves: %s', (text) => {
    expect(found(text)).not.toContain('candidate-nerves');
  });
  it.each([
    call(
      ['Priya', "Sorry, I'm quite nervous today."],
      ['Dana', "That's fine. Tell me about the audit."],
      ['Priya', 'So the audit was, sorry, can I start that again?'],
    ),
    call(
      ['Priya', "Sorry, I'm a bit nervous, and I've lost my, um, where was I."],
      ['Dana', 'Take your time.'],
    ),
    call(['Priya', "Oh, my mind's gone blank, sorry."], ['Dana', 'Take your time.']),
    call(
      ['Priya', 'We moved the audit forward. Sorry, let me start again, we moved it back.'],
      ['Dana', 'Okay.'],
    ),
    call(['Priya', "I didn't get a chance to look at the website properly, sorry."], ['Dana', 'Okay.']),
  ])('candidate-nerves: %s', (text) => {
    expect(found(text)).toContain('candidate-nerves');
  });
});

describe('a short call met with "Okay." and the next question', () => {
  const ANSWERS = [
    'At the depot I ran the early shift and sorted the rota for eight drivers.',
    'I would listen first, then check the account and tell them what happens next.',
    'Mostly because the role is closer to home and the hours suit my family.',
    'I once missed a delivery slot, so I rang the client and rebooked it the same day.',
  ];
  const short = (reply: (i: number) => string, answers = 17) =>
    Array.from({ length: answers }, (_, i): [string, string][] => [
      ['Priya', ANSWERS[i % ANSWERS.length]!],
      ['Dana', reply(i)],
    ]).flat();
  it('is flat-interviewer', () => {
    const flat = short((i) =>
      i % 5 === 0
        ? 'Okay.'
        : i % 2
          ? `Okay. Question ${i + 2}. What would you do next time?`
          : 'Right. Next one.',
    );
    expect(found(call(...flat))).toContain('flat-interviewer');
  });
  it('but not when the "okay" leads into a reply to the answer, or they laugh', () => {
    const warm = short((i) =>
      i % 2
        ? 'That makes sense, and how did the client take it?'
        : 'Okay. Interesting, tell me more about the rota.',
    );
    expect(found(call(...warm))).not.toContain('flat-interviewer');
    const laughing = short((i) => (i % 5 === 0 ? 'Okay.' : `Okay. Question ${i + 2}.`));
    expect(
      found(call(...laughing, ['Dana', 'Ha, we have all been there!'], ['Priya', 'Right?'])),
    ).not.toContain('flat-interviewer');
  });
  it('and not in a short call with only a handful of answers', () => {
    const few = short((i) => (i === 0 ? 'Okay.' : `Okay. Question ${i + 2}.`), 8);
    expect(found(call(...few))).not.toContain('flat-interviewer');
  });
  it('with the candidate filling the silence, is an awkward room too', () => {
    const flat = short((i) => (i % 4 === 0 ? 'Okay.' : `Okay. Question ${i + 2}.`));
    const text = call(
      ...flat,
      ['Priya', 'Sorry, did you want me to expand on that at all?'],
      ['Dana', 'No.'],
    );
    expect(found(text)).toEqual(expect.arrayContaining(['flat-interviewer', 'awkward-atmosphere']));
    expect(found(call(...flat))).not.toContain('awkward-atmosphere');
  });
  it('a candidate checking once is only manners', () => {
    const text = call(
      ['Priya', 'I led the audit and we passed it. Is that enough detail?'],
      ['Dana', 'Plenty, thank you, that was a great example.'],
    );
    expect(found(text)).not.toContain('awkward-atmosphere');
  });
});

describe('long silences after the answers, read from the timings', () => {
  const stamp = (s: number) =>
    `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${(s % 60).toFixed(3).padStart(6, '0')}`;
  const vtt = (gap: (i: number) => number) => {
    const cues: string[] = ['WEBVTT', ''];
    let t = 1;
    let n = 1;
    const add = (who: string, text: string, len: number) => {
      cues.push(String(n++), `${stamp(t)} --> ${stamp(t + len)}`, `${who}: ${text}`, '');
      t += len;
    };
    add('Dana', 'Hello, thanks for joining. Tell me about yourself.', 3);
    for (let i = 0; i < 16; i++) {
      add('Priya', `At my last job I looked after the stock and the rota, example ${i}.`, 5);
      t += gap(i);
      add(
        'Dana',
        i % 3 ? `Okay. And how did the handover go, part ${i}?` : 'Thanks, that helps. What came next?',
        3,
      );
    }
    add('Priya', 'Thank you for your time.', 2);
    return cues.join('\n');
  };
  const foundVtt = (text: string) => {
    const r = analyze(text, { candidate: 'Priya' });
    return r.ok ? r.value.signs.map((s) => s.id) : [];
  };
  it('are awkward-atmosphere when most answers meet several seconds of nothing', () => {
    expect(foundVtt(vtt((i) => (i % 2 ? 6 : 1)))).toContain('awkward-atmosphere');
  });
  it('but not a pause or two, nor ordinary turn-taking', () => {
    expect(foundVtt(vtt((i) => (i === 3 || i === 9 ? 7 : 0.8)))).not.toContain('awkward-atmosphere');
    expect(foundVtt(vtt(() => 1.5))).not.toContain('awkward-atmosphere');
  });
});

describe('brush-offs asked in other words, and answered with pointers elsewhere', () => {
  it.each([
    [
      'vague-role-details',
      call(
        ['Priya', 'What would a typical week look like for me?'],
        ['Dana', "Oh, the usual. It's all in the job description."],
      ),
    ],
    [
      'vague-role-details',
      call(
        ['Priya', "I'd love to know what the first few months would involve for a new starter."],
        ['Dana', 'Depends on the project. Hard to say.'],
      ),
    ],
    [
      'vague-role-details',
      call(
        ['Priya', 'Could you tell me what a day actually looks like in the team?'],
        [
          'Dana',
          "Yeah so it's, um, it's a bit of this and that, you know, clients, reports, meetings, it changes from week to week depending on who's off, so it's really hard to say.",
        ],
        ['Priya', 'And how many are in the team?'],
        ['Dana', 'A few of us.'],
      ),
    ],
    [
      'little-company-info',
      call(
        ['Priya', 'How do people work together here, what is the culture like?'],
        [
          'Dana',
          "Oh we're like a family, honestly, work hard play hard, and there's a wiki page about it all, the recruiter can send you that.",
        ],
      ),
    ],
    [
      'little-company-info',
      call(
        ['Priya', "What's the team like to work with?"],
        ['Dana', "It's pretty standard. People get on with it."],
      ),
    ],
  ])('%s', (id, text) => {
    expect(found(text)).toContain(id);
  });
  it.each([
    [
      'vague-role-details',
      call(
        ['Priya', 'What would a typical week look like for me?'],
        [
          'Dana',
          'Mondays you plan the loads with Sam, then three days on the floor running the pick teams, and Fridays are the stock count and the weekly report to the ops director. It depends a bit on the season, but that is the shape of it.',
        ],
      ),
    ],
    [
      'little-company-info',
      call(
        ['Priya', 'What is the culture like in the team?'],
        [
          'Dana',
          'We have lunch together on Thursdays, nobody is expected online after six, and the juniors review the seniors code as much as the other way round, which people like.',
        ],
      ),
    ],
    [
      'vague-role-details',
      call(['Priya', 'I was the one who ran the training at my last job.'], ['Dana', 'Hard to say, really.']),
    ],
  ])('not %s', (id, text) => {
    expect(found(text)).not.toContain(id);
  });
});
