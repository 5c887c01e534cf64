import { describe, expect, it } from 'vitest';
import { checkInKept, fieldsOf, recordFrom } from './interview-fields.js';

describe('recordFrom', () => {
  const fields = { ...fieldsOf(undefined), company: 'Acme', date: '2026-11-16' };

  it('carries the day a check-in was sent, which the form has no box for', () => {
    expect(recordFrom(fields, undefined, '2026-11-24')).toMatchObject({
      date: '2026-11-16',
      checkedInOn: '2026-11-24',
    });
    expect(recordFrom(fields)).not.toHaveProperty('checkedInOn');
  });

  it('drops the check-in day when the interview is moved to after it', () => {
    expect(checkInKept('2026-11-24', '2026-11-16')).toBe('2026-11-24');
    expect(checkInKept('2026-11-24', '2026-11-24')).toBe('2026-11-24');
    expect(checkInKept('2026-11-24', '2026-11-25')).toBeUndefined();
    expect(checkInKept(undefined, '2026-11-16')).toBeUndefined();
  });
});
