import { describe, expect, it } from 'vitest';
import { FIRST_NAME_KEY, firstNameFrom, loadFirstName, nameQuery, saveFirstName } from './first-name.js';
import { memoryStorage } from './memory-storage.case.js';

describe('the first name that signs the drafts', () => {
  it('is kept once and read back tidied; an empty one is forgotten', () => {
    const store = memoryStorage();
    expect(loadFirstName(store)).toBe('');
    expect(saveFirstName('  Ana   María ', store)).toBe(true);
    expect(loadFirstName(store)).toBe('Ana María');
    expect(saveFirstName('   ', store)).toBe(true);
    expect(store.map.has(FIRST_NAME_KEY)).toBe(false);
  });

  it('ignores what storage holds past the limit, and works without storage', () => {
    expect(firstNameFrom('x'.repeat(101))).toBe('');
    expect(saveFirstName('Sam', undefined)).toBe(false);
    expect(loadFirstName(undefined)).toBe('');
  });

  it('travels as a query only when given', () => {
    expect(nameQuery('')).toBe('');
    expect(nameQuery('Zoë & co')).toBe('?name=Zo%C3%AB%20%26%20co');
  });
});
