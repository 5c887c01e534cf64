import { describe, expect, it } from 'vitest';
import { interviewProblem, outcomeProblem } from './interview-checks.js';

const today = '2026-03-10';
const pathOf = (e: ReturnType<typeof interviewProblem>) => e?.fields?.[0]?.path;

describe('interviewProblem', () => {
  it('accepts an interview today or earlier with a later decision date', () => {
    expect(interviewProblem({ date: today, decisionBy: '' }, today)).toBeUndefined();
    expect(interviewProblem({ date: '2026-03-02', decisionBy: '2026-03-12' }, today)).toBeUndefined();
  });

  it('says a typed date that does not exist is not real, rather than missing', () => {
    const e = interviewProblem({ date: '', decisionBy: '', dateUnreadable: true }, today);
    expect(e?.message).toMatch(/does not exist/);
    expect(e?.message).not.toMatch(/Please give/);
    expect(pathOf(e)).toBe('date');
  });

  it('names an unreadable decision date', () => {
    const e = interviewProblem({ date: today, decisionBy: '', decisionByUnreadable: true }, today);
    expect(pathOf(e)).toBe('decisionBy');
  });

  it('asks for a missing date', () => {
    expect(interviewProblem({ date: '', decisionBy: '' }, today)?.message).toMatch(/Please give the date/);
  });

  it('refuses an interview in the future, as the CLI does', () => {
    const e = interviewProblem({ date: '2099-06-01', decisionBy: '' }, today);
    expect(e?.message).toMatch(/in the future/);
    expect(pathOf(e)).toBe('date');
    expect(interviewProblem({ date: '2026-03-11', decisionBy: '' }, today)).toBeDefined();
  });

  it('catches a decision date before the interview', () => {
    expect(pathOf(interviewProblem({ date: '2026-03-05', decisionBy: '2026-03-01' }, today))).toBe(
      'decisionBy',
    );
  });
});

describe('outcomeProblem', () => {
  const interview = '2026-03-01';
  it('accepts a day between the interview and today', () => {
    expect(outcomeProblem({ chosen: true, on: '2026-03-05' }, interview, today)).toBeUndefined();
    expect(outcomeProblem({ chosen: true, on: interview }, interview, today)).toBeUndefined();
    expect(outcomeProblem({ chosen: true, on: today }, interview, today)).toBeUndefined();
  });
  it('asks for a choice first', () => {
    expect(outcomeProblem({ chosen: false, on: today }, interview, today)?.message).toMatch(/choose/);
  });
  it('says an empty date is missing, not before the interview', () => {
    const e = outcomeProblem({ chosen: true, on: '' }, interview, today);
    expect(e?.message).toMatch(/Please give the day/);
    expect(e?.message).not.toMatch(/before the interview/);
  });
  it('says an unreadable date is not real', () => {
    expect(outcomeProblem({ chosen: true, on: '', onUnreadable: true }, interview, today)?.message).toMatch(
      /does not exist/,
    );
  });
  it('refuses a day before the interview or after today', () => {
    expect(outcomeProblem({ chosen: true, on: '2026-02-20' }, interview, today)?.message).toMatch(/before/);
    expect(outcomeProblem({ chosen: true, on: '2099-01-01' }, interview, today)?.message).toMatch(/future/);
  });
});
