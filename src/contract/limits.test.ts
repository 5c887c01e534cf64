import { describe, expect, it } from 'vitest';
import { FIRST_NAME_MAX, firstNameFrom } from './limits.js';

describe('the first name that signs the drafts (web and CLI alike)', () => {
  it('is tidied', () => expect(firstNameFrom('  Sam \n Lee ')).toBe('Sam Lee'));
  it('signs nothing when over the limit, and keeps one at it', () => {
    expect(firstNameFrom('x'.repeat(FIRST_NAME_MAX + 1))).toBe('');
    expect(firstNameFrom('x'.repeat(FIRST_NAME_MAX))).toHaveLength(FIRST_NAME_MAX);
  });
  it('signs nothing for what is not a string (a settings file or storage holding junk)', () => {
    for (const raw of [42, null, undefined, { name: 'Sam' }, ['Sam']]) expect(firstNameFrom(raw)).toBe('');
  });
  it('signs nothing for blank space', () => expect(firstNameFrom(' \t\n ')).toBe(''));
});
