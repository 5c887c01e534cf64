import { describe, expect, it } from 'vitest';
import { cueTagOffsets, hasCueMarkup, speechForDisplay } from './display.js';

describe('cue text as a person reads it', () => {
  it.each([
    ['That is <i>impressive</i>.', 'That is impressive.'],
    ['<c.yellow>Salary</c> &amp; benefits', 'Salary & benefits'],
    ['<v Dana>Hello <00:00:01.500>there</v>', 'Hello there'],
  ])('shows %j as %j', (quote, shown) => expect(speechForDisplay(quote, true)).toBe(shown));

  it('leaves notes alone: markup someone typed is what they wrote', () => {
    expect(speechForDisplay('I wrote <b>bold</b> &amp; all', false)).toBe('I wrote <b>bold</b> &amp; all');
  });

  it('strips markup only for the cue formats', () => {
    expect(['webvtt-voice', 'webvtt-prefix', 'srt'].every((f) => hasCueMarkup(f as 'srt'))).toBe(true);
    expect(hasCueMarkup('plain-speaker')).toBe(false);
    expect(hasCueMarkup('zoom-captions')).toBe(false);
    expect(hasCueMarkup(undefined)).toBe(false);
  });

  it('finds the offsets of the markup within a range of the original', () => {
    expect([...cueTagOffsets('ab<i>c</i>', 2, 10)]).toEqual([2, 3, 4, 6, 7, 8, 9]);
    expect([...cueTagOffsets('ab<i>c</i>', 6, 10)]).toEqual([6, 7, 8, 9]);
  });
});
