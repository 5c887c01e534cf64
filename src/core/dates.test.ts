import { describe, expect, it } from 'vitest';
import { isoDateAddBusinessDays, isoDateDiffDays, isoDateFrom } from './dates.js';

describe('dates', () => {
  it('rejects impossible dates', () => expect(isoDateFrom('2026-02-30')).toBeUndefined());
  it('accepts real dates', () => expect(isoDateFrom('2024-02-29')).toBe('2024-02-29'));
  it('counts days across a month end', () => {
    expect(isoDateDiffDays(isoDateFrom('2026-01-30')!, isoDateFrom('2026-02-02')!)).toBe(3);
  });
  it('skips weekends for business days', () => {
    // Friday + 1 business day = Monday
    expect(isoDateAddBusinessDays(isoDateFrom('2026-11-27')!, 1)).toBe('2026-11-30');
  });
});
