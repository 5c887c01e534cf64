import { describe, it, expect, vi } from 'vitest';
import type { Analysis, AnalyzeOptions } from '../analysis/types.js';
import type { IsoDate } from '../core/dates.js';
import { estimateFrom } from '../core/model/estimate.js';
import { analyzeBatchLine } from './analyze-batch.js';

// The detector is another module's job; here a fixed analysis checks what this contract does with it.
const calls: { text: string; options: AnalyzeOptions }[] = [];
vi.mock('../analysis/index.js', () => ({
  analyze: (text: string, options: AnalyzeOptions) => {
    calls.push({ text, options });
    if (text === 'boom') throw new Error('kaboom');
    if (text === '') return { ok: false, error: { code: 'empty', message: 'the text is empty' } };
    if (text.startsWith('offer'))
      return {
        ok: true,
        value: {
          kind: 'notes',
          signs: [],
          promisedDates: [],
          warnings: [],
          reportedOutcome: { outcome: 'offer', evidence: { quote: 'offered me the job', start: 6, end: 24 } },
        },
      };
    if (text.startsWith('silence'))
      return {
        ok: true,
        value: {
          kind: 'notes',
          signs: [
            { id: 'no-follow-up', confidence: 0.9, evidence: [{ quote: 'silence', start: 0, end: 7 }] },
          ],
          promisedDates: [],
          warnings: [],
        },
      };
    const analysis: Analysis = {
      kind: 'notes',
      signs: [
        {
          id: 'achievements-praised',
          confidence: 0.87654,
          evidence: [{ quote: 'loved my work', start: 4, end: 17 }],
        },
        { id: 'salary-discussed', confidence: 0.6, evidence: [] },
      ],
      promisedDates: [],
      warnings: [],
    };
    return { ok: true, value: analysis };
  },
}));

const today = '2026-03-04' as IsoDate;
const line = (o: unknown): string => JSON.stringify(o);

describe('analyzeBatchLine', () => {
  it('answers with signs, rounded confidences and an assessment', () => {
    const out = analyzeBatchLine(line({ id: 'd1', text: 'She loved my work' }), today);
    expect('error' in out).toBe(false);
    if ('error' in out) return;
    expect(out.id).toBe('d1');
    expect(out.signs.map((s) => s.id)).toEqual(['achievements-praised', 'salary-discussed']);
    expect(out.signs[0]?.confidence).toBe(0.877);
    expect(out.signs[0]?.evidence).toEqual([{ quote: 'loved my work', start: 4, end: 17 }]);
    expect(out.assessment?.probability).toBeGreaterThan(0);
    expect(out.assessment?.probability).toBeLessThan(1);
  });

  it('passes on an answer the text tells, beside the estimate from the signs', () => {
    const out = analyzeBatchLine(line({ id: 'o1', text: 'offer they offered me the job' }), today);
    expect(out).toMatchObject({
      id: 'o1',
      reportedOutcome: { outcome: 'offer', quote: 'offered me the job', start: 6, end: 24 },
    });
    const plain = analyzeBatchLine(line({ id: 'p1', text: 'She loved my work' }), today);
    expect('reportedOutcome' in plain).toBe(false);
  });

  it('passes candidate, interview date and today to the analyzer', () => {
    analyzeBatchLine(line({ id: 't1', text: 'x', candidate: 'Sam', interviewDate: '2026-03-01' }), today);
    expect(calls.at(-1)?.options).toEqual({ candidate: 'Sam', interviewDate: '2026-03-01', today });
  });

  it('defaults the interview date to today', () => {
    analyzeBatchLine(line({ id: 't2', text: 'x' }), today);
    expect(calls.at(-1)?.options.interviewDate).toBe(today);
  });

  it("lets the text's own silence count when no interview date was given", () => {
    const probability = (o: object) => {
      const out = analyzeBatchLine(line(o), today);
      return 'error' in out ? NaN : (out.assessment?.probability ?? NaN);
    };
    const undated = probability({ id: 's1', text: 'silence for weeks' });
    const plain = probability({ id: 's2', text: 'x' });
    // the stand-in date must not make "three weeks and nothing" read as day one
    expect(undated).toBeLessThan(probability({ id: 's3', text: 'silence for weeks', interviewDate: today }));
    expect(undated).toBeLessThan(1);
    expect(plain).toBeGreaterThan(0);
  });

  it('weighs found signs as the web page does before the user confirms them: at full weight', () => {
    const out = analyzeBatchLine(line({ id: 'w1', text: 'She loved my work' }), today);
    const asOnTheWeb = estimateFrom({
      record: { stage: 'first', date: today },
      observations: { 'achievements-praised': { value: 'present', source: 'analyzer' } },
      today,
      dateKnown: false,
    });
    const asAHint = estimateFrom({
      record: { stage: 'first', date: today },
      observations: { 'achievements-praised': { value: 'present', source: 'analyzer', strength: 1 } },
      today,
      dateKnown: false,
    });
    expect(asOnTheWeb.probability).toBeGreaterThan(asAHint.probability);
    expect(out).toMatchObject({
      assessment: { probability: Math.round(asOnTheWeb.probability * 1000) / 1000 },
    });
  });

  const fails = (input: string, id: string | null, code: string, fragment?: string) => () => {
    const out = analyzeBatchLine(input, today);
    expect(out).toMatchObject({ id, error: { code } });
    if (fragment && 'error' in out) expect(out.error.message).toContain(fragment);
  };
  it(
    'invalid JSON, with the place and the slip',
    fails('{"id": "a", ', null, 'invalid-json', 'not valid JSON: at line 1, column 12, it ends too early'),
  );
  it('missing id', fails(line({ text: 'x' }), null, 'invalid-line', 'id'));
  it('missing text keeps the id', fails(line({ id: 'a' }), 'a', 'invalid-line', 'text'));
  it('text of the wrong type', fails(line({ id: 'a', text: 3 }), 'a', 'invalid-line', 'text'));
  it(
    'bad interview date',
    fails(line({ id: 'a', text: 'x', interviewDate: '2026-02-30' }), 'a', 'invalid-line', 'interviewDate'),
  );
  it('a JSON array', fails('[1,2]', null, 'invalid-line'));
  it('analyzer error code passes through', fails(line({ id: 'e', text: '' }), 'e', 'empty'));
  it(
    'analyzer crash becomes an error line',
    fails(line({ id: 'b', text: 'boom' }), 'b', 'analyzer-failed', 'kaboom'),
  );
  it('numeric id is kept as text in errors', fails(line({ id: 7 }), '7', 'invalid-line'));
});
