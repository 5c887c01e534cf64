import { describe, it, expect } from 'vitest';
import { evidenceLines, highlightText, piecesFrom, spansWithin } from './highlight.js';

const plain = { enabled: false, mark: (t: string) => t, label: (t: string) => t };

describe('highlight', () => {
  it('wraps evidence in [[ ]] with its sign number when there is no colour', () => {
    expect(highlightText('she smiled a lot', [{ start: 4, end: 10, tag: 1 }], plain)).toBe(
      'she [[smiled]](1) a lot',
    );
  });

  it('splits overlapping spans into pieces tagged with every sign covering them', () => {
    const pieces = piecesFrom('abcdef', [
      { start: 0, end: 4, tag: 1 },
      { start: 2, end: 6, tag: 2 },
    ]);
    expect(pieces).toEqual([
      { text: 'ab', tags: [1] },
      { text: 'cd', tags: [1, 2] },
      { text: 'ef', tags: [2] },
    ]);
  });

  it('ignores spans outside the text', () => {
    expect(highlightText('abc', [{ start: 2, end: 9, tag: 1 }], plain)).toBe('abc');
  });

  it('uses the paint functions when colour is on', () => {
    const paint = { enabled: true, mark: (t: string) => `<${t}>`, label: (t: string) => `{${t}}` };
    expect(highlightText('a b', [{ start: 2, end: 3, tag: 3 }], paint)).toBe('a <b>{(3)}');
  });

  it('finds only the lines holding evidence', () => {
    const text = 'one\ntwo\nthree\nfour';
    expect(
      evidenceLines(text, [
        { start: 5, end: 6, tag: 1 },
        { start: 15, end: 17, tag: 2 },
      ]),
    ).toEqual([
      { start: 4, end: 7 },
      { start: 14, end: 18 },
    ]);
  });

  it('moves spans into a line and cuts them to it', () => {
    expect(spansWithin([{ start: 2, end: 12, tag: 1 }], 4, 8)).toEqual([{ start: 0, end: 4, tag: 1 }]);
  });
});
