import { describe, expect, it } from 'vitest';
import type { StatedOfDocument } from './record-suggestions.js';
import {
  carriedOver,
  fillFromNotes,
  fillStatus,
  withDecisionFor,
  type FillableFields,
} from './notes-fill.js';

const quote = (q: string) => ({ quote: q, start: 0, end: q.length });
const blank: FillableFields & { time: string } = {
  company: '',
  role: '',
  stage: 'first',
  format: '',
  date: '2026-11-25',
  interviewers: '',
  decisionBy: '',
  time: '',
};
const stated: StatedOfDocument = {
  statedInterviewDate: { date: '2026-11-23', evidence: quote('final round on Monday') },
  statedStage: { stage: 'final', evidence: quote('final round') },
  statedFormat: { format: 'panel', evidence: quote('a panel of three') },
  statedCompany: { name: 'Acme', evidence: quote('Acme') },
  statedRole: { title: 'Data Analyst', evidence: quote('the data analyst role') },
  statedInterviewers: [
    { name: 'Priya Shah', evidence: quote('Priya Shah') },
    { name: 'Joe', evidence: quote('Joe') },
  ],
};

describe('fillFromNotes', () => {
  it('fills each field the notes state, with its quote, and leaves the others alone', () => {
    const { fields, from } = fillFromNotes(blank, stated, new Set());
    expect(fields).toEqual({
      company: 'Acme',
      role: 'Data Analyst',
      stage: 'final',
      format: 'panel',
      date: '2026-11-23',
      interviewers: 'Priya Shah, Joe',
      decisionBy: '',
      time: '',
    });
    expect(from).toEqual({
      company: 'Acme',
      role: 'the data analyst role',
      stage: 'final round',
      format: 'a panel of three',
      date: 'final round on Monday',
      interviewers: 'Priya Shah, Joe',
    });
  });

  it('never changes a field the person typed in, even the stage and date', () => {
    const typed = { ...blank, company: 'Globex', stage: 'screen' as const, date: '2026-11-20' };
    const { fields, from } = fillFromNotes(typed, stated, new Set(['company', 'stage', 'date']));
    expect(fields).toMatchObject({ company: 'Globex', stage: 'screen', date: '2026-11-20' });
    expect(fields).toMatchObject({ role: 'Data Analyst', format: 'panel' });
    expect(Object.keys(from).sort()).toEqual(['format', 'interviewers', 'role']);
  });

  it('leaves a next round the employer and job of the last one, but corrects its guessed round', () => {
    const next = { ...blank, company: 'Globex', role: 'Analyst', stage: 'later' as const };
    const held = carriedOver(next);
    expect([...held].sort()).toEqual(['company', 'role']);
    const { fields, from } = fillFromNotes(next, stated, held);
    expect(fields).toMatchObject({ company: 'Globex', role: 'Analyst', stage: 'final', format: 'panel' });
    expect(Object.keys(from).sort()).toEqual(['date', 'format', 'interviewers', 'stage']);
  });

  it('fills a next round the employer or job the last one left blank', () => {
    const held = carriedOver({ company: 'Globex', role: ' ' });
    expect([...held]).toEqual(['company']);
    expect(fillFromNotes({ ...blank, company: 'Globex' }, stated, held).fields.role).toBe('Data Analyst');
  });

  it('fills a typed field the person emptied again', () => {
    const { fields } = fillFromNotes({ ...blank, company: '  ' }, stated, new Set(['company']));
    expect(fields.company).toBe('Acme');
  });

  it('refills a field filled from earlier notes: it was not typed', () => {
    const first = fillFromNotes(blank, stated, new Set()).fields;
    const other: StatedOfDocument = { statedCompany: { name: 'Initech', evidence: quote('at Initech') } };
    const { fields, from } = fillFromNotes(first, other, new Set());
    expect(fields.company).toBe('Initech');
    expect(fields.role).toBe('Data Analyst');
    expect(from).toEqual({ company: 'at Initech' });
  });

  it('ignores a date it cannot read', () => {
    const bad: StatedOfDocument = { statedInterviewDate: { date: '2026-02-30', evidence: quote('x') } };
    expect(fillFromNotes(blank, bad, new Set())).toEqual({ fields: blank, from: {} });
  });
});

describe('fillFromNotes: the decision date', () => {
  const promised = {
    ...stated,
    statedDecisionBy: { date: '2026-11-30', from: '2026-11-23', evidence: quote('within a week') },
  };

  it('fills it from the day the notes promise, when the interview date is the one it was read from', () => {
    const { fields, from } = fillFromNotes(blank, promised, new Set());
    expect(fields).toMatchObject({ date: '2026-11-23', decisionBy: '2026-11-30' });
    expect(from.decisionBy).toBe('within a week');
  });

  it('leaves it when the person typed another interview date ("within a week" would move)', () => {
    const typed = { ...blank, date: '2026-11-20' };
    const { fields, from } = fillFromNotes(typed, promised, new Set(['date']));
    expect(fields.decisionBy).toBe('');
    expect(from.decisionBy).toBeUndefined();
  });

  it('never replaces a decision date the person typed', () => {
    const typed = { ...blank, decisionBy: '2026-12-04' };
    expect(fillFromNotes(typed, promised, new Set(['decisionBy'])).fields.decisionBy).toBe('2026-12-04');
  });

  it('takes it away when the interview date is then changed to another day', () => {
    const filled = fillFromNotes(blank, promised, new Set());
    const moved = withDecisionFor({ ...filled.fields, date: '2026-11-20' }, filled.from, promised);
    expect(moved.fields.decisionBy).toBe('');
    expect(moved.from.decisionBy).toBeUndefined();
    expect(moved.from.date).toBe(filled.from.date);
    // the same day chosen again changes nothing
    expect(withDecisionFor(filled.fields, filled.from, promised)).toEqual(filled);
  });

  it('leaves a decision date that did not come from the notes when the date changes', () => {
    const own = { ...blank, date: '2026-11-20', decisionBy: '2026-12-04' };
    expect(withDecisionFor(own, {}, promised)).toEqual({ fields: own, from: {} });
  });

  it('names it in the status', () => {
    expect(fillStatus('notes', promised, { date: 'x', decisionBy: 'y' })).toBe(
      'Filled in from your notes: date and decision date. Check them below; you can change any of them.',
    );
  });
});

describe('fillStatus', () => {
  it('names what was filled, in form order', () => {
    expect(fillStatus('notes', stated, { date: 'x', company: 'y', stage: 'z' })).toBe(
      'Filled in from your notes: employer, round and date. Check them below; you can change any of them.',
    );
  });

  it('says when the notes give more than one day for a decision, so none was filled', () => {
    const differ = { ...stated, decisionDaysDiffer: true as const };
    expect(fillStatus('notes', differ, { date: 'x' })).toBe(
      'Filled in from your notes: date. Check them below; you can change any of them. Your notes give more than one day for their decision, so that date is yours to pick: the debrief page shows each day with its words.',
    );
    expect(fillStatus('webvtt', { decisionDaysDiffer: true }, {})).toMatch(
      /^That reads as a transcript.* The transcript gives more than one day/,
    );
    expect(fillStatus('notes', stated, { date: 'x' })).not.toMatch(/more than one day/);
  });

  it('names a transcript as such when it filled something (a promised day)', () => {
    expect(fillStatus('webvtt', {}, { decisionBy: 'by next Friday' })).toBe(
      'Filled in from the transcript: decision date. Check them below; you can change any of them.',
    );
  });

  it('tells a transcript, notes that say nothing, and notes that met only typed fields apart', () => {
    expect(fillStatus('webvtt', {}, {})).toMatch(/^That reads as a transcript/);
    expect(fillStatus('notes', {}, {})).toMatch(/^Your notes do not say/);
    expect(fillStatus('notes', stated, {})).toMatch(/^Nothing to fill in/);
  });
});
