import { describe, it, expect } from 'vitest';
import { foundFor } from './call.case.js';

// Session 15: silences after a bare reaction, read from a call's timings. Our own wordings.

type Timed = [speaker: string, text: string, gapBefore: number];

const stamp = (sec: number): string => {
  const ms = Math.round(sec * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
};

/** A WebVTT call: each turn starts `gapBefore` seconds after the last ends, and lasts a second per 2.5 words. */
function vtt(...turns: Timed[]): string {
  let at = 0;
  const cues = turns.map(([who, text, gap], i) => {
    const start = at + gap;
    const end = start + Math.max(0.5, text.split(' ').length / 2.5);
    at = end;
    return `${i + 1}\n${stamp(start)} --> ${stamp(end)}\n<v ${who}>${text}</v>`;
  });
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}

const found = foundFor('Priya');
const ANSWER = 'I ran the evening shift for two years and planned the loads with the transport office.';
const OPENING: Timed[] = [
  ['Dana', 'Hello, thanks for joining us today.', 0],
  ['Priya', 'Hi, thanks for having me.', 1],
  ['Dana', 'Shall we start with your current job?', 1],
  ['Priya', ANSWER, 1],
];
const CLOSING: Timed[] = [
  ['Sam', 'Thank you.', 8],
  ['Dana', 'That is all from us, thank you.', 1],
  ['Priya', 'Thank you, bye.', 1],
];

const QUESTIONS = [
  'How did you plan the loads with the transport office?',
  'What did you change on the evening shift?',
  'Who did you train on the scanners?',
];

/**
 * Three rounds of question, answer and reaction, each reaction followed by `pause` seconds of silence;
 * a panel of two takes turns to ask (one speaker's turns in a row would read as one turn).
 */
function rounds(reaction: string, pause: number): Timed[] {
  return QUESTIONS.flatMap((q, i): Timed[] => {
    const asks = i % 2 ? 'Sam' : 'Dana';
    return [
      [asks, q, i === 0 ? 1 : pause],
      ['Priya', ANSWER, 1],
      [asks, reaction, 1],
    ];
  });
}

describe('dead air after a bare reaction', () => {
  it('three long silences after "Hmm." make an awkward room', () => {
    expect(found(vtt(...OPENING, ...rounds('Hmm.', 8), ...CLOSING))).toContain('awkward-atmosphere');
  });

  it.each([
    ['short pauses', rounds('Hmm.', 1.5)],
    ['a prompt to go on', rounds('Go on.', 8)],
    ['a reaction that says something', rounds('Right, that makes sense, the loads were always late.', 8)],
    ['a break of minutes, not a pause', rounds('Okay.', 180)],
  ])('not awkward-atmosphere: %s', (_, middle) => {
    expect(found(vtt(...OPENING, ...middle, ...CLOSING))).not.toContain('awkward-atmosphere');
  });

  it('two silences are not enough', () => {
    const two = rounds('Hmm.', 8).slice(0, 6);
    expect(found(vtt(...OPENING, ...two, ...CLOSING))).not.toContain('awkward-atmosphere');
  });
});
