/**
 * Test helpers for calls written as plain `Name: text` lines: a few ordinary turns go first, so
 * the text reads as a transcript, and the signs found are listed by id.
 */
import { analyze } from '../index.js';

export type Line = [speaker: string, text: string];

export const OPENING: Line[] = [
  ['Dana', 'Hello, thanks for coming.'],
  ['Priya', 'Hi, thanks for having me.'],
  ['Dana', 'Shall we start?'],
  ['Priya', 'Yes, sure.'],
];

/** A call of `opening` then `turns`. */
export const callAfter =
  (opening: Line[]) =>
  (...turns: Line[]): string =>
    [...opening, ...turns].map(([who, text]) => `${who}: ${text}`).join('\n');

/** The ids of the signs found in `text` with `candidate` as the candidate. */
export const foundFor =
  (candidate: string) =>
  (text: string): string[] => {
    const r = analyze(text, { candidate });
    return r.ok ? r.value.signs.map((s) => s.id) : [];
  };

export const call = callAfter(OPENING);
export const found = foundFor('Priya');
