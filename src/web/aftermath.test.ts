import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../core/dates.js';
import { aftermathNotes, answersWithDecisionDate } from './aftermath.js';

const date = '2026-03-02' as IsoDate;

describe('answersWithDecisionDate', () => {
  it('pre-answers no-next-steps as absent when a decision date is known', () => {
    expect(answersWithDecisionDate({}, '2026-03-09')['no-next-steps']).toEqual({
      value: 'absent',
      source: 'user',
    });
  });

  it('leaves any answer already given alone', () => {
    const given = { 'no-next-steps': { value: 'present' as const, source: 'analyzer' as const } };
    expect(answersWithDecisionDate(given, '2026-03-09')).toBe(given);
  });

  it('does nothing without a real date', () => {
    expect(answersWithDecisionDate({}, undefined)).toEqual({});
    expect(answersWithDecisionDate({}, '2026-02-30')).toEqual({});
  });
});

describe('aftermathNotes', () => {
  it('explains the pre-answer, naming the date', () => {
    const notes = aftermathNotes({ date }, '2026-03-09');
    expect(notes['no-next-steps']?.hint).toContain('9 Mar');
    expect(notes['no-next-steps']?.locked).toBeFalsy();
  });

  it('has no note on no-next-steps without a decision date', () => {
    expect(aftermathNotes({ date }, undefined)['no-next-steps']).toBeUndefined();
  });

  it('locks no-follow-up when the record has a date, saying the dates decide', () => {
    const note = aftermathNotes({ date }, undefined)['no-follow-up'];
    expect(note?.locked).toBe(true);
    expect(note?.hint).toMatch(/^Debrief works this out from the dates/);
  });

  it('leaves no-follow-up open when there is neither a usable date nor an outcome', () => {
    expect(aftermathNotes({ date: 'someday' as IsoDate }, undefined)['no-follow-up']).toBeUndefined();
    const heard = aftermathNotes(
      { date: 'someday' as IsoDate, heardBack: { kind: 'outcome', outcome: 'rejected', on: date } },
      undefined,
    );
    expect(heard['no-follow-up']?.locked).toBe(true);
  });
});
