import { describe, expect, it } from 'vitest';
import type { Turn } from '../types.js';
import { candidateCues } from './candidate-cues.js';
import { guessCandidate, matchSpeaker } from './candidate.js';

const turns = (lines: [string, string][]): Turn[] =>
  lines.map(([speaker, text]) => ({ speaker, text, spans: [] }));
const speakersOf = (ts: Turn[]): string[] => [...new Set(ts.map((t) => t.speaker))];
const guess = (lines: [string, string][]) => {
  const ts = turns(lines);
  return guessCandidate(ts, speakersOf(ts));
};
const cue = (lines: [string, string][], name: string) => {
  const ts = turns(lines);
  return candidateCues(ts, speakersOf(ts)).find((c) => c.name === name)?.bySpeaker;
};

// No question marks and no stock interview phrases: only who talks about "you" and "we" tells them apart.
const FLAT_CALL: [string, string][] = [
  ['Ann Lee', 'So we run the platform team here and we look after your first weeks closely.'],
  ['Bo Kim', 'Right. I built a scheduling system in my last job and I led a small group.'],
  ['Ann Lee', 'We would want you to own your services and we pair a lot, so you would be busy.'],
  ['Bo Kim', 'That suits me. I like pairing and I learned most of what I know that way.'],
];

describe('guessCandidate', () => {
  it('finds the candidate by who talks about "you" and speaks for the firm', () => {
    expect(guess(FLAT_CALL)?.name).toBe('Bo Kim');
  });

  it('reads questions without a question mark as questions', () => {
    const asks = cue(
      [
        ['Ann Lee', 'Tell me about your last project. What went wrong.'],
        ['Bo Kim', 'It shipped late. The vendor was slow.'],
      ],
      'asks',
    );
    expect(asks?.get('Ann Lee')).toBeGreaterThan(asks?.get('Bo Kim') ?? 0);
  });

  it('a statement that starts like a question word mid-sentence is not one', () => {
    const asks = cue(
      [
        ['Ann Lee', 'That is what we do here.'],
        ['Bo Kim', 'I see how it works.'],
      ],
      'asks',
    );
    expect(asks?.get('Ann Lee')).toBe(asks?.get('Bo Kim'));
  });

  it('takes a Teams "(Guest)" label as the outside person', () => {
    const g = cue(
      [
        ['Ann Lee', 'Hello.'],
        ['Bo Kim (Guest)', 'Hello.'],
      ],
      'guest label',
    );
    expect(g?.get('Bo Kim (Guest)')).toBeLessThan(g?.get('Ann Lee') ?? 0);
    expect(
      guess([
        ['Ann Lee', 'Hello.'],
        ['Bo Kim (Guest)', 'Hello.'],
      ])?.name,
    ).toBe('Bo Kim (Guest)');
  });

  it("a quiet speaker's few words do not outweigh a long talker's rate", () => {
    const you = cue(
      [
        ['Ann Lee', 'You.'],
        ['Bo Kim', 'So we would like you to tell us about your work and your team and how you run it.'],
        ['Cy Park', 'I ran a team of six at my last firm and I hired most of them myself.'],
      ],
      'you per word',
    );
    expect(you?.get('Bo Kim')).toBeGreaterThan(0);
    expect(Math.abs(you?.get('Ann Lee') ?? 0)).toBeLessThan(1);
  });

  it('is surer when the cues agree than when they disagree', () => {
    const agreeing = guess([
      ['Ann Lee', 'Welcome! Tell me about your work. What do you do in your team?'],
      [
        'Bo Kim',
        'Thanks for having me. I run the data work at my firm and I built most of our tools myself, over about four years.',
      ],
      ['Ann Lee', 'How would you handle a late vendor on your project?'],
      ['Bo Kim', 'I would call them early, and I would write down what I need from them and by when.'],
    ]);
    // Bo asks the questions early, but Ann talks about "you" and speaks for the firm.
    const disagreeing = guess([
      ['Bo Kim', 'Can I ask what the team does? How big is it? Who would I work with?'],
      [
        'Ann Lee',
        'We are six, and we would want you to own your services. You would pair with me and you would be on call.',
      ],
      ['Bo Kim', 'I see. I did on call at my last job for two years and I liked it.'],
      ['Ann Lee', 'Good, we like that. Your manager would be me.'],
    ]);
    expect(agreeing?.name).toBe('Bo Kim');
    expect(disagreeing?.name).toBe('Bo Kim');
    expect(agreeing?.confidence).toBeGreaterThan(disagreeing?.confidence ?? 1);
    expect(agreeing?.confidence).toBeLessThan(1);
  });

  it('names no one with a single speaker', () => {
    expect(
      guess([
        ['Ann Lee', 'Hello.'],
        ['Ann Lee', 'Anyone there?'],
      ]),
    ).toBeUndefined();
  });
});

describe('matchSpeaker: the name the user gives, as the call tool wrote it', () => {
  const cases: [string, string[], string | undefined][] = [
    ['Sam Patel', ['Dana Reyes', 'Sam Patel'], 'Sam Patel'],
    ['sam patel', ['Dana Reyes', 'SAM PATEL'], 'SAM PATEL'],
    ['José', ['Dana Reyes', 'Jose Ortega'], 'Jose Ortega'],
    ['Sam Patel', ['Dana Reyes', 'sam.patel@outlook.com'], 'sam.patel@outlook.com'],
    ['Sam Patel', ['Dana Reyes', 'Patel, Sam'], 'Patel, Sam'],
    ['Sam Patel', ['Dana Reyes', "Sam Patel's iPhone"], "Sam Patel's iPhone"],
    ['Sam Patel', ['Sam Okafor', 'Sam Patel (Guest)'], 'Sam Patel (Guest)'],
    ['Samantha Patel', ['Dana Reyes', 'S. Patel'], 'S. Patel'],
    ['Samantha Patel', ['Dana Reyes', 'Patel'], 'Patel'],
    ['Sam', ['Dana Reyes', 'Dr Sam Lee'], 'Dr Sam Lee'],
    ['me', ['Dana Reyes', 'Me'], 'Me'],
    // a surname shared with someone else, without the initial, is not them
    ['Samantha Patel', ['Dana Reyes', 'Raj Patel'], undefined],
    // two speakers fit: no match, so the guess decides and says so
    ['Sam', ['Sam Okafor', 'Sam Patel'], undefined],
    ['Priya', ['Dana Reyes', 'Sam Patel'], undefined],
    ['', ['Dana Reyes', 'Sam Patel'], undefined],
  ];
  it.each(cases)('%j among %j is %j', (given, speakers, want) =>
    expect(matchSpeaker(given, speakers)).toBe(want),
  );
});
