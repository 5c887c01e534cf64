import { describe, expect, it } from 'vitest';
import { cueTagOffsets, hasCueMarkup, speechForDisplay } from './display.js';

describe('cue text as a person reads it', () => {
  it.each([
    ['That is <i>impressive</i>.', 'That is impressive.'],
    ['<c.yellow>Salary</c> &amp; benefits', 'Salary & benefits'],
    ['<v Dana>Hello <00:00:01.500>there</v>', 'Hello there'],
  ])('shows %j as %j', (quote, shown) => expect(speechForDisplay(quote, true)).toBe(shown));

  it.each([
    [
      'srt cues of one turn',
      "Sure. It's a grown up place.\n\n89\n00:07:51,087 --> 00:07:57,362\nPriya Menon: We work three days in the office.\n\n90\n00:07:57,419 --> 00:08:01,005\nPriya Menon: Nobody stays late to be seen.",
      "Sure. It's a grown up place. We work three days in the office. Nobody stays late to be seen.",
    ],
    [
      'Teams cues with ids',
      "We're a busy\nward, but a kind one.\n\n9aace282-ddb0-c7c5-cb2b-61e7913ac2d1/25-1\n00:05:37.436 --> 00:05:46.949\n<v Ann Lee>We do a proper handover.</v>",
      "We're a busy ward, but a kind one. We do a proper handover.",
    ],
    [
      'saved captions',
      'It is a small team.\n\n[Dana Wu] 10:02:13\nFour of us, and a lot of tea.',
      'It is a small team. Four of us, and a lot of tea.',
    ],
    [
      'Meet markers',
      'We use Jira.\n00:05:00\nAnd a lot of whiteboards.',
      'We use Jira. And a lot of whiteboards.',
    ],
  ])('shows a turn merged from %s as one run of speech', (_name, quote, shown) =>
    expect(speechForDisplay(quote, true)).toBe(shown),
  );

  it('keeps the line breaks of a single cue, and a colon in speech', () => {
    expect(speechForDisplay('One thing: we ship weekly.\nEvery Friday.', true)).toBe(
      'One thing: we ship weekly.\nEvery Friday.',
    );
  });

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
