import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../core/dates.js';
import {
  aftermathNotes,
  answersWithDecisionDate,
  defaultDecisionDate,
  offeredDecisionDates,
} from './aftermath.js';

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

describe('the decision date offered from the notes', () => {
  const promised = [
    { date: '2026-03-02', quote: 'today at 2pm' },
    { date: '2026-03-06', quote: 'by Friday' },
    { date: '2026-03-06', quote: 'Friday' },
    { date: '2026-03-13', quote: 'next Friday at the latest' },
  ];

  it('offers dates after the interview, once each', () => {
    expect(offeredDecisionDates(promised, { date }).map((d) => d.quote)).toEqual([
      'by Friday',
      'next Friday at the latest',
    ]);
  });

  it('does not offer the date already saved again', () => {
    const offered = offeredDecisionDates(promised, { date, decisionBy: '2026-03-06' as IsoDate });
    expect(offered.map((d) => d.date)).toEqual(['2026-03-13']);
  });

  it('chooses the first offered date when the record has none, as the CLI does on Enter', () => {
    expect(defaultDecisionDate(promised, { date })).toBe('2026-03-06');
  });

  it("keeps the person's own date, and chooses nothing when nothing is offered", () => {
    expect(defaultDecisionDate(promised, { date, decisionBy: '2026-03-20' as IsoDate })).toBe(undefined);
    expect(defaultDecisionDate([], { date })).toBe(undefined);
  });
});
