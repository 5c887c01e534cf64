import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IsoDate } from '../core/dates.js';
import { detectInNotes } from './detect/run.js';
import { analyze, analyzeWithStated, statedFrom } from './index.js';
import { callInterviewers } from './call-interviewers.js';
import { ZOOM_VTT as CALL } from './transcript/fixtures/formats.js';

// Counts the rules' reading of notes, the bulk of an analysis: analyzeWithStated must read once.
vi.mock('./detect/run.js', async (original) => {
  const real = await original<typeof import('./detect/run.js')>();
  return { ...real, detectInNotes: vi.fn(real.detectInNotes) };
});

const today = '2026-11-25' as IsoDate;
const MONDAY = 'Interview on Monday 23 November. They said they would decide within a week. Nothing since.';
const UNDATED = 'Good interview. They said they would decide within a week.';

// (a block: a function returned from beforeEach would be called as its teardown)
beforeEach(() => {
  vi.mocked(detectInNotes).mockClear();
});

describe('analyzeWithStated', () => {
  it.each([
    ['notes that give the day', MONDAY, '2026-11-23'],
    ['notes that give none', UNDATED, today],
  ])('%s: analyze() from that day, read once', (_, text, day) => {
    const expected = analyze(text, { today, interviewDate: day });
    vi.mocked(detectInNotes).mockClear();
    const got = analyzeWithStated(text, { today });
    expect(detectInNotes).toHaveBeenCalledTimes(1);
    expect(got).toEqual({
      ok: true,
      value: { analysis: expected.ok && expected.value, stated: statedFrom(text, 'notes', today) },
    });
  });

  it('a day the caller gives wins over the one the notes give', () => {
    const got = analyzeWithStated(MONDAY, { today, interviewDate: '2026-11-20' });
    const expected = analyze(MONDAY, { today, interviewDate: '2026-11-20' });
    expect(got.ok && got.value.analysis).toEqual(expected.ok && expected.value);
    expect(got.ok && got.value.stated.date?.date).toBe('2026-11-23');
  });

  it('a transcript states only who interviewed (the other speakers), and is read as analyze() reads it', () => {
    const got = analyzeWithStated(CALL, { today });
    const expected = analyze(CALL, { today, interviewDate: today });
    if (!expected.ok || !expected.value.transcript) throw new Error('not read as a call');
    const interviewers = callInterviewers(CALL, expected.value.transcript);
    expect(got).toEqual({
      ok: true,
      value: { analysis: expected.value, stated: { round: {}, job: {}, interviewers, followUps: {} } },
    });
    // the fixture's interviewer, under the name the tool showed
    expect(interviewers.map((p) => p.name).length).toBeGreaterThan(0);
    expect(got.ok && got.value.analysis.kind).not.toBe('notes');
  });

  it('refuses what analyze() refuses', () => {
    expect(analyzeWithStated('   ', { today })).toEqual(analyze('   ', { today }));
  });
});

describe('notes written weeks after a bare weekday', () => {
  it('count the promise from the weekday the span places', () => {
    // 2026-11-25 is a Wednesday: "Tuesday" alone is the 24th, three weeks back the 3rd
    const text =
      "Had my interview on Tuesday. She said they'd let everyone know by the end of next week. That was three weeks ago.";
    const got = analyzeWithStated(text, { today });
    expect(got.ok && got.value.stated.date?.date).toBe('2026-11-03');
    expect(got.ok && got.value.analysis.promisedDates.map((p) => p.date)).toEqual(['2026-11-13']);
  });
});
