import { describe, expect, it } from 'vitest';
import type { DocumentAnalysis } from '../contract/responses.js';
import type { InterviewRecord } from '../core/record.js';
import { freshStart, handOverAnalysis, takeFreshAnalysis } from './fresh-analysis.js';

const analysis = { document: { id: 'd1' } } as DocumentAnalysis;

describe('fresh analysis hand-over', () => {
  it('is taken once, by the interview it was handed to', () => {
    handOverAnalysis('i1', analysis);
    expect(takeFreshAnalysis('i1')).toBe(analysis);
    expect(takeFreshAnalysis('i1')).toBeUndefined();
  });

  it('is dropped when another interview asks', () => {
    handOverAnalysis('i1', analysis);
    expect(takeFreshAnalysis('i2')).toBeUndefined();
    expect(takeFreshAnalysis('i1')).toBeUndefined();
  });
});

describe('freshStart', () => {
  const record = { stage: 'final', date: '2026-11-23' } as InterviewRecord;
  const doc = {
    document: { id: 'd1' },
    analysis: {
      signs: [
        { id: 'interviewer-smiling', confidence: 0.9, evidence: [{ quote: 'smiled', start: 0, end: 6 }] },
      ],
      promisedDates: [
        { date: '2026-11-20', evidence: { quote: 'x', start: 0, end: 1 } },
        { date: '2026-11-27', evidence: { quote: 'by Friday', start: 0, end: 9 } },
      ],
    },
  } as unknown as DocumentAnalysis;

  it('marks the found signs and chooses the first promised date after the interview', () => {
    const got = freshStart(doc, record, {})!;
    expect(got.decisionBy).toBe('2026-11-27');
    expect(got.answers['interviewer-smiling']).toMatchObject({ value: 'present', source: 'analyzer' });
    expect(got.answers['no-next-steps']).toMatchObject({ value: 'absent' });
  });

  it('keeps a decision date the record already has', () => {
    expect(freshStart(doc, { ...record, decisionBy: '2026-12-01' } as InterviewRecord, {})!.decisionBy).toBe(
      undefined,
    );
  });

  it('is nothing without a handed-over analysis', () => {
    expect(freshStart(undefined, record, {})).toBeUndefined();
  });
});
