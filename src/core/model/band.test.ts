import { describe, expect, it } from 'vitest';
import { bandFrom, bandWords } from './band.js';
import type { Band } from './types.js';

describe('bandFrom', () => {
  it.each<[number, [number, number], Band]>([
    [0.85, [0.65, 0.95], 'likely-passed'],
    [0.85, [0.5, 0.95], 'leaning-passed'],
    [0.7, [0.3, 0.9], 'toss-up'],
    [0.5, [0.25, 0.75], 'toss-up'],
    [0.4, [0.2, 0.64], 'toss-up'],
    [0.3, [0.1, 0.55], 'leaning-not'],
    [0.3, [0.1, 0.7], 'toss-up'],
    [0.1, [0.03, 0.3], 'likely-not'],
  ])('p=%s range=%j -> %s', (p, range, band) => expect(bandFrom(p, range)).toBe(band));
});

describe('bandWords', () => {
  it.each<[Band, string]>([
    ['likely-passed', 'likely passed'],
    ['leaning-passed', 'leaning towards passed'],
    ['toss-up', 'too close to call'],
    ['leaning-not', 'leaning towards not'],
    ['likely-not', 'likely not'],
  ])('%s reads "%s"', (band, words) => expect(bandWords(band)).toBe(words));
});
