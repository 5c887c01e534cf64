import { describe, expect, it } from 'vitest';
import { signById } from '../core/signs/catalogue.js';
import { factorEffectWords, factorTitle, factorTitleLookingBack } from './factor-words.js';

describe('factorEffectWords', () => {
  it.each([
    [0.2, false, 'helps a little'],
    [-0.5, false, 'counts against somewhat'],
    [1.4, true, 'helped a lot'],
    [-0.5, true, 'counted against somewhat'],
    [-0.1, true, 'counted against a little'],
  ])('%s, looking back %s: %s', (contribution, lookingBack, words) =>
    expect(factorEffectWords(contribution, lookingBack)).toBe(words),
  );
});

describe('factorTitleLookingBack', () => {
  it('names the wait for how long it took once it is over, and leaves the signs their own titles', () => {
    expect(factorTitleLookingBack('silence')).toBe('How long the wait was');
    expect(factorTitleLookingBack('raised-concerns')).toBeUndefined();
  });
});

describe('factorTitle', () => {
  it('gives the wait and the field one title for the page and the CLI, and a sign its catalogue title', () => {
    expect(factorTitle('silence')).toBe('Time without word');
    expect(factorTitle('candidates')).toBe('Candidates in the round');
    expect(factorTitle('raised-concerns')).toBe(signById('raised-concerns').title);
  });
});
