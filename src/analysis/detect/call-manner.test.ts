import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';
import type { Turn } from '../types.js';
import {
  candidateMannerOf,
  crosstalkOf,
  mannerSigns,
  questionRepliesOf,
  silenceFillsOf,
} from './call-manner.js';

const turn = (speaker: string, text: string): Turn => ({ speaker, text, spans: [] });
const isPriya = (t: Turn) => t.speaker === 'Priya';
/** An answer of about `n` plain words, no apology and no hesitation in it. */
const answer = (n: number, lead = '') =>
  lead +
  Array.from({ length: n }, (_, k) => ['we', 'built', 'the', 'rota', 'for', 'six', 'people'][k % 7]).join(
    ' ',
  ) +
  '.';
const OPENING: Turn[] = [
  turn('Dana', 'Hello, can you hear me?'),
  turn('Priya', 'Yes, hi, thanks for having me.'),
  turn('Dana', 'Shall we start?'),
  turn('Priya', 'Yes, sure.'),
];
/** A question and an answer, `times` times over. */
const rounds = (times: number, reply: (k: number) => string) =>
  Array.from({ length: times }, (_, k) => [
    turn('Dana', `Question ${k + 1}, tell me about your work?`),
    turn('Priya', reply(k)),
  ]).flat();
const ids = (turns: Turn[]) => mannerSigns(turns, isPriya).map((s) => `${s.id}:${s.weight}`);

describe('apologies and hesitations (candidate-nerves)', () => {
  it('reads a candidate who keeps apologising as nervous, quoting their most stumbling turn after the opening', () => {
    const turns = [
      ...OPENING.slice(0, 3),
      turn('Priya', 'Sorry, my camera, sorry.'),
      ...rounds(4, (k) => answer(70, ['Sorry. ', 'Sorry, um, I, sorry. ', 'Sorry, I, sorry. ', ''][k])),
    ];
    const nerves = mannerSigns(turns, isPriya).find((s) => s.id === 'candidate-nerves');
    expect(nerves?.weight).toBe(1);
    expect(nerves?.turn).toBe(turns[7]);
  });
  it.each([
    ['two apologies are chance', rounds(4, (k) => answer(40, k < 2 ? 'Sorry. ' : ''))],
    ['four apologies in a long call are manners', rounds(8, (k) => answer(100, k < 4 ? 'Sorry. ' : ''))],
    [
      'sympathy is not an apology',
      rounds(4, () => answer(30, "I'm sorry to hear that. Sorry you had a bad day. ")),
    ],
    ['"Sorry?" asks to hear it again', rounds(4, () => answer(45, 'Sorry? '))],
    ['too few words to count', rounds(3, () => 'Sorry, sorry, yes.')],
  ])('does not read nerves when %s', (_, body) => {
    expect(ids([...OPENING, ...body]).some((s) => s.startsWith('candidate-nerves'))).toBe(false);
  });
  it.each([
    [
      'the line',
      [
        'Sorry, I was on mute. ',
        'Sorry, is there a delay? ',
        'Sorry, my video froze. ',
        'Sorry, can you hear me? ',
      ],
    ],
    [
      'talking over each other',
      ['Sorry, no, you go. ', 'Sorry, go ahead. ', 'Oh sorry, after you. ', 'Sorry, you first. '],
    ],
  ])('does not count apologies for %s as nerves', (_, leads) => {
    const turns = [...OPENING, ...rounds(4, (k) => answer(40, leads[k]))];
    expect(ids(turns).some((s) => s.startsWith('candidate-nerves'))).toBe(false);
    expect(candidateMannerOf(turns, isPriya).lineSorries).toBe(4);
  });
  it("but counts the candidate's own apologies beside them", () => {
    const turns = [
      ...OPENING,
      ...rounds(4, (k) =>
        answer(
          40,
          [
            'Sorry, I was on mute. Sorry, I lost my thread. ',
            'Sorry, sorry. ',
            'Sorry, I mean the rota. ',
            '',
          ][k],
        ),
      ),
    ];
    expect(ids(turns)).toContain('candidate-nerves:1');
  });
  it.each([
    [
      'questions',
      [
        'Sorry, should I say more? ',
        'Sorry, one more thing. ',
        'Sorry, can I ask about the rota? ',
        'Sorry, is that okay? ',
      ],
    ],
    [
      'remarks on the interviewer',
      [
        'Sorry, you look a bit unconvinced. ',
        'Sorry, you sound tired. ',
        "Sorry, I can see you're busy. ",
        'Sorry, just one more. ',
      ],
    ],
  ])('does not take apologies turned to the interviewer (%s) for stumbles', (_, leads) => {
    const turns = [...OPENING, ...rounds(4, (k) => answer(40, leads[k]))];
    expect(ids(turns).some((s) => s.startsWith('candidate-nerves'))).toBe(false);
    expect(candidateMannerOf(turns, isPriya).sorriesToThem).toBe(4);
    // the same apologies over the candidate's own words are
    const own = [...OPENING, ...rounds(4, () => answer(40, "Sorry, I've lost my thread. "))];
    expect(ids(own)).toContain('candidate-nerves:1');
  });
  it('counts "um" and "er" as half a sign', () => {
    const turns = [...OPENING, ...rounds(4, () => answer(60, 'Um, so, er, well, um. '))];
    expect(ids(turns)).toContain('candidate-nerves:0.5');
    expect(candidateMannerOf(turns, isPriya).hesitations).toBe(12);
  });
  it('finds whole nerves in a call where the hesitant candidate also says they are nervous', () => {
    const lines = [
      ['Dana', 'Hello, thanks for coming.'],
      ['Priya', 'Hi, thanks for having me.'],
      ['Dana', 'Shall we start?'],
      ['Priya', "Yes. I'm a bit nervous, to be honest."],
      ...Array.from({ length: 4 }, (_, k) => [
        ['Dana', `Question ${k + 1}. Tell me about the project?`],
        ['Priya', answer(50, 'Um, so, er, um, the, er. ')],
      ]).flat(),
    ];
    const text = lines.map(([who, said]) => `${who}: ${said}`).join('\n');
    const r = analyze(text, { candidate: 'Priya' });
    const nerves = r.ok ? r.value.signs.find((s) => s.id === 'candidate-nerves') : undefined;
    expect(nerves).toBeDefined();
    for (const q of nerves!.evidence) expect(text.slice(q.start, q.end)).toBe(q.quote);
  });
});

describe('the candidate filling silences (flat-interviewer, awkward-atmosphere)', () => {
  /** Each answer met by a bare reply and the candidate going on. */
  const filled = (times: number, reply: string, goOn: string) =>
    Array.from({ length: times }, (_, k) => [
      turn('Dana', `Question ${k + 1}, your last project?`),
      turn('Priya', answer(30)),
      turn('Dana', reply),
      turn('Priya', goOn),
    ]).flat();
  it('reads three silences filled as a flat interviewer and half an awkward room', () => {
    const turns = [...OPENING, ...filled(3, 'Okay.', 'I could give another example if that helps.')];
    expect(ids(turns)).toEqual(['flat-interviewer:1', 'awkward-atmosphere:0.5']);
    expect(silenceFillsOf(turns, isPriya)).toHaveLength(3);
  });
  it('reads two silences filled by an apologising candidate as an awkward room, not a flat interviewer', () => {
    const turns = [
      ...OPENING,
      ...filled(2, 'Okay.', 'Sorry, I, sorry, should I go on?'),
      turn('Dana', 'Tell me about a hard week?'),
      turn('Priya', 'Sorry, yes.'),
    ];
    expect(ids(turns)).toEqual(['awkward-atmosphere:1']);
    expect(ids([...OPENING, ...filled(2, 'Okay.', 'Should I go on?')])).toEqual([]);
  });
  it('reads the room as awkward when the candidate also keeps apologising', () => {
    const turns = [...OPENING, ...filled(4, 'Right.', 'Sorry, was that what you were looking for?')];
    expect(ids(turns)).toContain('awkward-atmosphere:1');
  });
  it.each([
    ['twice', filled(2, 'Okay.', 'Shall I go on?')],
    // ("Okay. Next question." is no fill either, but reading on down the list is flat by itself: call-families-25)
    ['a prompt for more', filled(4, 'Okay. Go on.', 'Right, so the budget.')],
    ['warm replies', filled(4, 'Nice.', 'And the other part was the budget.')],
    ['an exclamation', filled(4, 'Okay!', 'And the other part was the budget.')],
    ['a question back', filled(4, 'Which team?', 'The night team.')],
    ['a longer reply', filled(4, 'Okay, that makes sense to me.', 'And the budget too.')],
    [
      'an interviewer who laughs once',
      [...filled(4, 'Right.', 'And the budget too.'), turn('Dana', 'Ha, yes.')],
    ],
    [
      'a panel where one of two is flat',
      filled(6, 'Okay.', 'And the budget too.').map((t, k) => (k % 4 === 0 ? { ...t, speaker: 'Sam' } : t)),
    ],
  ])('does not read a flat interviewer from %s', (_, body) => {
    expect(ids([...OPENING, ...body]).some((s) => s.startsWith('flat-interviewer'))).toBe(false);
  });
  it.each([
    ['a name', "Sorry, what's the group called again? I had it a minute ago.", 'Rivenhall.'],
    ['what happened', 'Can I ask what happened to the last person in the role?', 'Moved on.'],
    ['a yes or no', 'Shall I go on?', 'Yep.'],
    ['the team', "And what's the team like?", 'Four of us.'],
  ])('does not count a short answer to the candidate asking %s as a silence', (_, asked, reply) => {
    const turns = [
      ...OPENING,
      ...Array.from({ length: 3 }, () => [
        turn('Priya', asked),
        turn('Dana', reply),
        turn('Priya', 'Okay, thank you. And the rota itself is weekly.'),
      ]).flat(),
    ];
    expect(silenceFillsOf(turns, isPriya)).toHaveLength(0);
    // the same replies after a statement leave the candidate to fill the silence
    const told = turns.map((t) => (t.text === asked ? { ...t, text: answer(20) } : t));
    expect(silenceFillsOf(told, isPriya)).toHaveLength(3);
  });
  it('leaves the greetings out', () => {
    const turns = [
      turn('Priya', 'Hello?'),
      turn('Dana', 'Morning.'),
      turn('Priya', 'Morning, can you hear me?'),
      turn('Dana', 'Yes.'),
      turn('Priya', 'Great.'),
    ];
    expect(silenceFillsOf(turns, isPriya)).toHaveLength(0);
  });
  it('reads nothing with no candidate known', () => {
    const turns = [...OPENING, ...filled(5, 'Okay.', 'Sorry, sorry, um, shall I go on?')];
    expect(mannerSigns(turns, () => false)).toEqual([]);
  });
  it('quotes a real span of the call', () => {
    const lines = [
      ['Dana', 'Hello, thanks for coming.'],
      ['Priya', 'Hi, thanks for having me.'],
      ['Dana', 'Shall we start?'],
      ['Priya', 'Yes, sure.'],
      ...Array.from({ length: 4 }, (_, k) => [
        ['Dana', `Question ${k + 1}. Tell me about the project?`],
        ['Priya', answer(30)],
        ['Dana', 'Okay.'],
        ['Priya', 'Did you want me to expand on that?'],
      ]).flat(),
    ];
    const text = lines.map(([who, said]) => `${who}: ${said}`).join('\n');
    const r = analyze(text, { candidate: 'Priya' });
    const signs = r.ok ? r.value.signs : [];
    const flat = signs.find((s) => s.id === 'flat-interviewer');
    expect(flat).toBeDefined();
    for (const s of signs) for (const q of s.evidence) expect(text.slice(q.start, q.end)).toBe(q.quote);
    expect(flat!.evidence[0]!.quote).toBe('Okay.');
  });
});

describe('short replies to a candidate who apologises all through', () => {
  /** A call of four questions, each answer met by `reply` and the candidate going on with `goOn`. */
  const callOf = (answerLead: string, reply: string, goOn: string) =>
    [
      ['Dana', 'Hello, thanks for coming.'],
      ['Priya', 'Hi, thanks for having me.'],
      ['Dana', 'Shall we start?'],
      ['Priya', 'Yes, sure.'],
      ...Array.from({ length: 4 }, (_, k) => [
        ['Dana', `Question ${k + 1}. Tell me about the project?`],
        ['Priya', answer(40, answerLead)],
        ['Dana', reply],
        ['Priya', goOn],
      ]).flat(),
    ]
      .map(([who, said]) => `${who}: ${said}`)
      .join('\n');
  const foundIn = (text: string) => {
    const r = analyze(text, { candidate: 'Priya' });
    return r.ok ? r.value.signs.map((s) => s.id) : [];
  };
  it.each([
    ['"Mm-hm." and a restart', callOf('Sorry, um. ', 'Mm-hm.', 'Sorry, I mean the second one, sorry.')],
    ['talking over each other', callOf('Sorry. ', 'So', 'Sorry, no, you go. Sorry.')],
    ['"Right." and an apology for the answer', callOf('', 'Right.', 'Sorry, sorry, that was a bad answer.')],
  ])('are not a flat interviewer: %s', (_, text) => {
    expect(foundIn(text)).not.toContain('flat-interviewer');
  });
  it.each([
    ['no apology', callOf('', 'Okay.', 'Did you want me to expand on that?')],
    ['"Right." and more of the answer', callOf('', 'Right.', 'And the budget was the other part.')],
  ])('but are when the candidate does not: %s', (_, text) => {
    expect(foundIn(text)).toContain('flat-interviewer');
  });
});

describe("short replies to the candidate's questions (little-company-info)", () => {
  const asked = (replies: string[]) => [
    ...OPENING,
    ...rounds(2, () => answer(40)),
    ...replies.flatMap((r, k) => [
      turn('Priya', `Thanks. Could I ask about question ${k + 1} of mine?`),
      turn('Dana', r),
    ]),
  ];
  it('reads three questions met by a few words each as half a sign', () => {
    const turns = asked(['It varies.', 'Depends on the week really.', 'Same as anywhere.']);
    expect(ids(turns)).toContain('little-company-info:0.5');
    expect(mannerSigns(turns, isPriya).find((s) => s.id === 'little-company-info')?.turn.text).toBe(
      'It varies.',
    );
  });
  it.each([
    ['two questions', ['It varies.', 'Depends.']],
    ['real answers', [answer(30), answer(25), 'It varies.']],
  ])('reads nothing from %s', (_, replies) => {
    expect(ids(asked(replies)).some((s) => s.startsWith('little-company-info'))).toBe(false);
  });
  it('reads six questions and no long reply as the whole sign, though each reply says something', () => {
    const replies = Array.from({ length: 6 }, () => answer(20));
    expect(ids(asked(replies))).toContain('little-company-info:1');
  });
  it.each([
    ['five questions', Array.from({ length: 5 }, () => answer(20))],
    ['two long replies among six', [answer(60), answer(45), ...Array.from({ length: 4 }, () => answer(20))]],
  ])('does not read the whole sign from %s', (_, replies) => {
    expect(ids(asked(replies))).not.toContain('little-company-info:1');
  });
  it('counts a long turn the interviewer takes anywhere after the opening, not only in a reply', () => {
    const turns = [
      ...asked(Array.from({ length: 6 }, () => answer(20))),
      turn('Dana', answer(50)),
      turn('Dana', answer(50)),
    ];
    expect(ids(turns)).not.toContain('little-company-info:1');
  });
  it('does not count "is that okay?" as a question about the job', () => {
    const turns = [
      ...OPENING,
      turn('Priya', 'Is that okay, or should I say more about it?'),
      turn('Dana', 'Fine.'),
    ];
    expect(questionRepliesOf(turns, isPriya)).toHaveLength(0);
  });
  it.each([
    'Um, shall I go on?',
    'Okay. Um, can you see my screen now?',
    'So, should I carry on with the next slide?',
    "Is there — is there anything else you'd like me to tell you about?",
  ])('does not count a check after a filler, %j, as a question about the job', (asked) => {
    const turns = [...OPENING, turn('Priya', asked), turn('Dana', 'Yep.')];
    expect(questionRepliesOf(turns, isPriya)).toHaveLength(0);
  });
  it('still counts a real question after a filler', () => {
    const turns = [
      ...OPENING,
      turn('Priya', 'Um, so how big is the team I would join?'),
      turn('Dana', 'Six.'),
    ];
    expect(questionRepliesOf(turns, isPriya)).toHaveLength(1);
  });
});

describe('two people giving way after talking at once (awkward-atmosphere)', () => {
  it.each([
    'Sorry, go ahead.',
    'No, you go.',
    'Sorry. You first.',
    'No, sorry, carry on.',
    'Sorry, no, you go.',
    'No, go on.',
    'Oh, sorry, after you.',
  ])('%j is crosstalk', (said) => {
    expect(crosstalkOf([turn('Priya', said)])).toHaveLength(1);
  });
  it.each([
    ['a handover', 'Go ahead.'],
    ['a plain "go on"', 'Sorry, go on.'],
    ['a longer turn', 'No, sorry, you go, I was only going to say that the rota was mine from the start.'],
    ['a farewell', 'Thanks, and good luck before you go.'],
    ['an agreement', 'Please, go ahead.'],
  ])('%s is not', (_, said) => {
    expect(crosstalkOf([turn('Dana', said)])).toHaveLength(0);
  });
  it('reads the room as awkward, whole, from two such turns', () => {
    const turns = [
      ...OPENING,
      turn('Dana', 'So tell me about the'),
      turn('Priya', 'I have'),
      turn('Dana', 'Sorry, go ahead.'),
      turn('Priya', 'No, sorry, you go.'),
      turn('Dana', 'Tell me about the rota.'),
      turn('Priya', answer(40)),
    ];
    expect(ids(turns)).toContain('awkward-atmosphere:1');
  });
  it('not from one: it happens on any line', () => {
    const turns = [
      ...OPENING,
      turn('Dana', 'So tell me about the'),
      turn('Priya', 'I have'),
      turn('Dana', 'Sorry, go ahead.'),
      turn('Priya', answer(40)),
    ];
    expect(ids(turns)).not.toContain('awkward-atmosphere:1');
  });
  it('leaves warmth standing where the room warmed up', () => {
    const text = [
      'Dana: Hello Priya, I am Dana, head of',
      'Priya: Sorry, go ahead.',
      'Dana: No, you go.',
      'Priya: I was only going to say thank you for having me.',
      "Dana: Oh, lovely. Honestly, it's just a friendly chat, so please don't worry.",
      'Priya: Thank you, that helps.',
      'Dana: Tell me about the rota you built.',
      `Priya: ${answer(40)}`,
      'Dana: That is a great answer, I really enjoyed this.',
    ].join('\n');
    const r = analyze(text, { candidate: 'Priya' });
    const signs = r.ok ? r.value.signs.map((s) => s.id) : [];
    expect(signs).toContain('awkward-atmosphere');
    expect(signs).toContain('positive-atmosphere');
  });
});
