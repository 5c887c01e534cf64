import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { detectInNotes } from '../../analysis/detect/run.js';
import { analyze, statedFrom } from '../../analysis/index.js';
import type { IsoDate } from '../../core/dates.js';
import type { CliContext } from '../io.js';
import { loadAnalysis } from './analyze.js';

// Counts the rules' reading of the notes, the bulk of an analysis: loadAnalysis reads once.
vi.mock('../../analysis/detect/run.js', async (original) => {
  const real = await original<typeof import('../../analysis/detect/run.js')>();
  return { ...real, detectInNotes: vi.fn(real.detectInNotes) };
});

const today = '2026-11-25' as IsoDate;
const dir = mkdtempSync(join(tmpdir(), 'debrief-load-analysis-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// reads a file, so only the context's streams are ever touched
const ctx: CliContext = {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  isStdinTty: false,
  isStdoutTty: false,
  color: false,
  today,
};

function fileWith(text: string): string {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(path, text);
  return path;
}

describe('loadAnalysis', () => {
  it('analyses notes once, from the day they give for the interview', async () => {
    const text = 'Interview on Monday 23 November. They said they would decide within a week. Nothing since.';
    const source = fileWith(text);
    const expected = analyze(text, { today, interviewDate: '2026-11-23' });
    const { date, round, job, interviewers, followUps } = statedFrom(text, 'notes', today);
    vi.mocked(detectInNotes).mockClear();
    const read = await loadAnalysis(ctx, { source }, today);
    expect(detectInNotes).toHaveBeenCalledTimes(1);
    expect(read).toEqual({
      text,
      analysis: expected.ok && expected.value,
      stated: date,
      round,
      job,
      interviewers,
      followUps,
    });
    expect(read.stated?.date).toBe('2026-11-23');
  });

  it('with an interview date given, counts from it and offers no stated day', async () => {
    const text = 'Interview on Monday 23 November. They said they would decide within a week.';
    const read = await loadAnalysis(
      ctx,
      { source: fileWith(text), interviewDate: '2026-11-20' as IsoDate },
      today,
    );
    const expected = analyze(text, { today, interviewDate: '2026-11-20' });
    expect(read.analysis).toEqual(expected.ok && expected.value);
    expect(read).not.toHaveProperty('stated');
  });

  it('without a stated day, counts from today', async () => {
    const text = 'Good interview. They said they would decide within a week.';
    const read = await loadAnalysis(ctx, { source: fileWith(text) }, today);
    const expected = analyze(text, { today, interviewDate: today });
    expect(read.analysis).toEqual(expected.ok && expected.value);
    expect(read).not.toHaveProperty('stated');
  });
});
