import { describe, expect, it } from 'vitest';
import { notesSigns } from './found.case.js';

// Session 20: doubts named in one sentence and listed in the next, as they are in one ("had her doubts: first ...").
// Our own sentences. The rules are read alone, as the learned layer weighs these notes too.
const has = (text: string) => notesSigns(text).has('raised-concerns');

describe('raised-concerns: doubts named, then listed in the next sentence', () => {
  it.each([
    'She had her doubts. First about my gap, then about my commute.',
    'He had a few concerns. Firstly my gap year, and then whether I could drive the van.',
    'The panel had reservations. Namely my lack of retail experience and the distance.',
    'She had her doubts: first about my gap, then about my commute.',
  ])('found: %s', (text) => expect(has(text)).toBe(true));

  it.each([
    // the writer's own doubts
    'I had my doubts. First about the commute, then about the pay.',
    // no list after the doubts
    'She had her doubts. Overall it went well though.',
    // a list with no doubts before it
    'We went through my CV. First my gap, then my last job.',
  ])('not found: %s', (text) => expect(has(text)).toBe(false));
});
