import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../core/dates.js';
import { decisionDateErrors, latestPastDate, outcomeDateErrors, recordDateErrors } from './date-rules.js';

const TODAY = '2026-11-25' as IsoDate;

describe('the date rule for things that have happened', () => {
  it('accepts up to tomorrow, for users a time zone ahead', () => {
    expect(latestPastDate(TODAY)).toBe('2026-11-26');
    expect(recordDateErrors({ date: '2026-11-26' }, TODAY)).toEqual([]);
    expect(recordDateErrors({ date: '2026-11-25' }, TODAY)).toEqual([]);
  });

  it('refuses an interview after tomorrow, naming the field and the limit', () => {
    const errors = recordDateErrors({ date: '2026-11-27' }, TODAY, 'interview.');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('interview.date');
    expect(errors[0]?.message).toContain('2026-11-26');
  });

  it('checks the reply recorded in heardBack too', () => {
    const record = { date: '2026-11-20', heardBack: { kind: 'outcome', on: '2026-12-01' } };
    expect(recordDateErrors(record, TODAY)[0]?.path).toBe('heardBack.on');
    const early = { date: '2026-11-20', heardBack: { kind: 'update', on: '2026-11-19' } };
    expect(recordDateErrors(early, TODAY)[0]?.message).toContain('before the interview');
    expect(recordDateErrors({ date: '2026-11-20', heardBack: { kind: 'none' } }, TODAY)).toEqual([]);
  });

  it.each([
    ['2026-11-27', 'in the future'],
    ['2026-11-19', 'before the interview'],
  ])('refuses an outcome on %s (%s)', (on, words) => {
    expect(outcomeDateErrors(on, '2026-11-20', TODAY)[0]?.message).toContain(words);
  });

  it('accepts an outcome between the interview and tomorrow', () => {
    expect(outcomeDateErrors('2026-11-20', '2026-11-20', TODAY)).toEqual([]);
    expect(outcomeDateErrors('2026-11-26', '2026-11-20', TODAY)).toEqual([]);
  });

  it('refuses a decision date before the interview, as the web form does; the day itself and later are fine', () => {
    expect(decisionDateErrors({ date: '2026-11-20', decisionBy: '2026-11-01' }, 'interview.')).toEqual([
      { path: 'interview.decisionBy', message: expect.stringContaining('before the interview') },
    ]);
    expect(decisionDateErrors({ date: '2026-11-20', decisionBy: '2026-11-20' })).toEqual([]);
    expect(decisionDateErrors({ date: '2026-11-20' })).toEqual([]);
  });
});
