import { describe, it, expect } from 'vitest';
import type { IsoDate } from '../core/dates.js';
import {
  stepWhenWords,
  undebriefedWords,
  dateWords,
  interviewTitle,
  listFrom,
  momentWords,
  percent,
  textDirection,
  todayLocal,
} from './format.js';

describe('format', () => {
  it('dateWords reads the calendar date', () => {
    expect(dateWords('2026-03-02')).toBe('Mon 2 Mar 2026');
    expect(dateWords('2026-03-02T23:59:00Z', false)).toBe('Mon 2 Mar');
    expect(dateWords('nonsense')).toBe('nonsense');
  });
  it('percent rounds', () => expect(percent(0.456)).toBe('46%'));
  it('todayLocal uses local fields', () =>
    expect(todayLocal(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05'));
  it('interviewTitle falls back', () => {
    expect(interviewTitle({ company: 'Acme', role: 'Analyst' })).toBe('Acme · Analyst');
    expect(interviewTitle({ company: ' ' })).toBe('Untitled interview');
    expect(interviewTitle({ company: 'the county library', role: 'Library assistant' })).toBe(
      'The county library · Library assistant',
    );
    expect(interviewTitle({ company: 'eBay' })).toBe('eBay');
  });
  it('listFrom splits commas and lines', () =>
    expect(listFrom('Ann, Bo\n\nCy ,')).toEqual(['Ann', 'Bo', 'Cy']));
});

describe('momentWords', () => {
  it('reads a timestamp in local time', () => {
    const at = new Date(2026, 2, 2, 9, 5).toISOString();
    expect(momentWords(at)).toBe('Mon 2 Mar, 09:05');
  });
  it('passes through what it cannot read', () => expect(momentWords('soon')).toBe('soon'));
  it('textDirection follows the first letter, as dir=auto does', () => {
    expect(textDirection('سألوني متى يمكنني البدء. They asked.')).toBe('rtl');
    expect(textDirection('  « שאלו מתי אוכל להתחיל')).toBe('rtl');
    expect(textDirection('They asked. سألوني متى')).toBe('ltr');
    expect(textDirection('12:30 — ')).toBe('ltr');
    expect(textDirection('')).toBe('ltr');
  });
});

describe('undebriefedWords', () => {
  it('calls the stage rate the starting point only while the wait has not lowered it', () => {
    expect(undebriefedWords(0.4, 'too-early').sub).toBe('starts at 40%');
    expect(undebriefedWords(0.4, 'waiting').sub).toBe('starts at 40%');
    expect(undebriefedWords(0.09, 'overdue').sub).toBe('9% after the wait');
    expect(undebriefedWords(0.08, 'likely-ghosted').title).toContain('lowered by the time without word');
  });
});

describe('stepWhenWords', () => {
  const today = '2026-11-26' as IsoDate;
  const checkIn = { kind: 'check-in', due: '2026-11-24' };

  it('says a past step not ticked off is still to do while waiting', () => {
    expect(stepWhenWords(checkIn, today, { isDone: false, isWaiting: true })).toEqual({
      words: 'Tue 24 Nov 2026 · 2 days ago · still to do',
      isOverdue: true,
    });
  });

  it('says nothing more once it is ticked off, once the answer is in, or for a step still ahead', () => {
    expect(stepWhenWords(checkIn, today, { isDone: true, isWaiting: true }).isOverdue).toBe(false);
    expect(stepWhenWords(checkIn, today, { isDone: false, isWaiting: false }).words).toBe(
      'Tue 24 Nov 2026 · 2 days ago',
    );
    expect(
      stepWhenWords({ kind: 'check-in', due: '2026-11-30' }, today, { isDone: false, isWaiting: true }).words,
    ).toBe('Mon 30 Nov 2026 · in 4 days');
  });
});
