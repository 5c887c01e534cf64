import { describe, expect, it } from 'vitest';
import type { NotesStated } from '../contract/responses.js';
import type { IsoDate } from '../core/dates.js';
import {
  checkedInOnOf,
  deedLabel,
  deedsFromNotes,
  heardBackOf,
  stepsDoneOf,
  stepsToTick,
} from './notes-deeds.js';

const quote = (text: string) => ({ quote: text, start: 0, end: text.length });
const day = (iso: string) => iso as IsoDate;
const stated = (over: Partial<NotesStated>): NotesStated => ({ kind: 'notes', text: '', ...over });

const BOTH = stated({
  statedThankYou: { on: day('2026-11-18'), evidence: quote('Sent a thank you email that evening') },
  statedCheckIn: { on: day('2026-11-23'), reply: 'none', evidence: quote('emailed the recruiter on Monday') },
});

describe('what the notes say was sent since the interview', () => {
  it('offers the thank-you and the check-in, each with its words and day', () => {
    const deeds = deedsFromNotes(BOTH, '2026-11-18');
    expect(deeds.map((d) => [d.kind, d.on, d.quote])).toEqual([
      ['thank-you', '2026-11-18', 'Sent a thank you email that evening'],
      ['check-in', '2026-11-23', 'emailed the recruiter on Monday'],
    ]);
    expect(deeds.map(deedLabel)).toEqual([
      'I sent a thank-you note on Wed 18 Nov',
      'I have checked in with them on Mon 23 Nov',
    ]);
  });

  it('leaves out what is dated before the interview date the form holds', () => {
    expect(deedsFromNotes(BOTH, '2026-11-20').map((d) => d.kind)).toEqual(['check-in']);
  });

  it('records a check-in answered "still deciding" as the holding reply, not as a step done', () => {
    const deeds = deedsFromNotes(
      stated({
        statedCheckIn: { on: day('2026-11-24'), reply: 'holding', evidence: quote('called HR Tuesday') },
      }),
      '2026-11-18',
    );
    expect(deedLabel(deeds[0]!)).toBe('I checked in on Tue 24 Nov and they said they are still deciding');
    expect(heardBackOf(deeds, '2026-11-25')).toEqual({ kind: 'update', on: '2026-11-24' });
    expect(stepsDoneOf(deeds)).toEqual([]);
    expect(checkedInOnOf(deeds, '2026-11-25')).toBeUndefined();
  });

  it('keeps the day of a check-in with no reply, else today, for the rest to count from', () => {
    const deeds = deedsFromNotes(BOTH, '2026-11-18');
    expect(checkedInOnOf(deeds, '2026-11-25')).toBe('2026-11-23');
    expect(checkedInOnOf(deeds.slice(0, 1), '2026-11-25')).toBeUndefined();
    const undated = deedsFromNotes(
      stated({ statedCheckIn: { reply: 'none', evidence: quote('chased the recruiter, nothing yet') } }),
      '2026-11-18',
    );
    expect(checkedInOnOf(undated, '2026-11-25')).toBe('2026-11-25');
  });

  it('ticks the first open step of each kind confirmed, and nothing unconfirmed', () => {
    const deeds = deedsFromNotes(BOTH, '2026-11-18');
    expect(heardBackOf(deeds, '2026-11-25')).toBeUndefined();
    const steps = [
      { kind: 'thank-you', due: '2026-11-25', done: false },
      { kind: 'check-in', due: '2026-11-26', done: false },
      { kind: 'second-check-in', due: '2026-12-03', done: false },
    ];
    expect(stepsToTick(steps, stepsDoneOf(deeds)).map((s) => s.kind)).toEqual(['thank-you', 'check-in']);
    expect(stepsToTick(steps, stepsDoneOf(deeds.slice(1))).map((s) => s.kind)).toEqual(['check-in']);
  });
});
