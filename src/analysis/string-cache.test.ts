import { describe, expect, it } from 'vitest';
import { cachedByString } from './string-cache.js';

describe('cachedByString', () => {
  it('gives what the function gives, working once per distinct input', () => {
    const calls: string[] = [];
    const upper = cachedByString((s) => (calls.push(s), s.toUpperCase()));
    expect(['a', 'b', 'a', 'a', 'b'].map(upper)).toEqual(['A', 'B', 'A', 'A', 'B']);
    expect(calls).toEqual(['a', 'b']);
  });

  it('stays right after it clears itself for growing past its size', () => {
    let calls = 0;
    const rev = cachedByString((s) => (calls++, [...s].reverse().join('')), 2);
    expect(['ab', 'cd', 'ef', 'ab', 'ef'].map(rev)).toEqual(['ba', 'dc', 'fe', 'ba', 'fe']);
    // 'ef' cleared the two before it; 'ab' came back once, and then 'ef' was still held
    expect(calls).toBe(4);
  });
});
