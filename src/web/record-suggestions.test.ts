import { describe, expect, it } from 'vitest';
import type { DocumentAnalysis } from '../contract/responses.js';
import type { IsoDate } from '../core/dates.js';
import type { InterviewRecord } from '../core/record.js';
import { recordSuggestionsOf } from './record-suggestions.js';

const quote = (q: string) => ({ quote: q, start: 0, end: q.length });
const record: InterviewRecord = {
  stage: 'first',
  date: '2026-11-20' as IsoDate,
  format: 'video',
  company: 'Acme',
  decisionBy: '2026-12-01' as IsoDate,
};
const stated: Pick<DocumentAnalysis, 'statedInterviewDate' | 'statedStage' | 'statedFormat'> = {
  statedInterviewDate: { date: '2026-11-23', evidence: quote('final round on Monday') },
  statedStage: { stage: 'final', evidence: quote('final round') },
  statedFormat: { format: 'panel', evidence: quote('a panel of three people') },
};

describe('recordSuggestionsOf', () => {
  it('offers each field the notes state differently, with its quote and what the record says', () => {
    const got = recordSuggestionsOf(stated, record);
    expect(got.map((s) => s.field)).toEqual(['date', 'stage', 'format']);
    expect(got.map((s) => s.value)).toEqual(['2026-11-23', 'final', 'panel']);
    expect(got[1]).toMatchObject({
      says: 'this was the final round',
      quote: 'final round',
      recorded: 'First interview',
      action: 'Use final round',
    });
    expect(got[0]!.action).toBe('Use Mon 23 Nov 2026');
    expect(got[2]!.recorded).toBe('Video call');
  });

  it('changes only its own field and keeps the rest of the record', () => {
    const [date, stage, format] = recordSuggestionsOf(stated, record);
    expect(date!.apply(record)).toEqual({ ...record, date: '2026-11-23' });
    expect(stage!.apply(record)).toEqual({ ...record, stage: 'final' });
    expect(format!.apply(record)).toEqual({ ...record, format: 'panel' });
    // the day a check-in was sent stays, unless the interview moves to after it
    const sent = (on: string) => ({ ...record, checkedInOn: on as IsoDate });
    expect(date!.apply(sent('2026-11-25'))).toEqual({ ...sent('2026-11-25'), date: '2026-11-23' });
    expect(date!.apply(sent('2026-11-21'))).toEqual({ ...record, date: '2026-11-23' });
  });

  it('offers nothing the record already says, nor anything the notes do not state', () => {
    expect(
      recordSuggestionsOf(stated, {
        ...record,
        date: '2026-11-23' as IsoDate,
        stage: 'final',
        format: 'panel',
      }),
    ).toEqual([]);
    expect(recordSuggestionsOf({}, record)).toEqual([]);
  });

  it('offers a format to a record that has none', () => {
    const { format: _none, ...bare } = record;
    expect(recordSuggestionsOf({ statedFormat: stated.statedFormat! }, bare)[0]).toMatchObject({
      field: 'format',
      recorded: 'no format',
      action: 'Use panel',
    });
  });
});

describe('recordSuggestionsOf: the employer and job', () => {
  const named = {
    statedCompany: { name: 'Harbour Logistics', evidence: quote('Harbour Logistics') },
    statedRole: { title: 'ops planner', evidence: quote('ops planner') },
  };
  const blank: InterviewRecord = { stage: 'first', date: '2026-11-20' as IsoDate };

  it('fills a blank employer and job, first, and changes nothing else', () => {
    const got = recordSuggestionsOf({ ...stated, ...named }, blank);
    expect(got.map((s) => s.field)).toEqual(['company', 'role', 'date', 'stage', 'format']);
    expect(got[0]).toMatchObject({
      value: 'Harbour Logistics',
      action: 'Use Harbour Logistics',
      recorded: 'no employer',
    });
    expect(got[0]!.apply(blank)).toEqual({ ...blank, company: 'Harbour Logistics' });
    expect(got[1]!.apply(blank)).toEqual({ ...blank, role: 'ops planner' });
  });

  it('never offers to replace a name the person typed', () => {
    const got = recordSuggestionsOf(named, { ...blank, company: 'Harbour', role: 'Planner' });
    expect(got).toEqual([]);
  });

  it('keeps a long name whole in the record but short on its button', () => {
    const name = 'The Northern Regional Logistics Partnership Group';
    const [s] = recordSuggestionsOf({ statedCompany: { name, evidence: quote(name) } }, blank);
    expect(s!.apply(blank).company).toBe(name);
    expect(s!.action.length).toBeLessThanOrEqual(33);
    expect(s!.action.endsWith('…')).toBe(true);
  });
});

describe('recordSuggestionsOf: the people the notes say interviewed', () => {
  const people = {
    statedInterviewers: [
      { name: 'Ana Silva', evidence: quote('Ana Silva') },
      { name: 'Joe', evidence: quote('Joe') },
    ],
  };

  it('offers them when the record names no one, and fills the record with each name', () => {
    const [s, ...rest] = recordSuggestionsOf(people, record);
    expect(rest).toEqual([]);
    expect(s).toMatchObject({
      field: 'interviewers',
      value: 'Ana Silva, Joe',
      says: 'you were interviewed by Ana Silva and Joe',
      recorded: 'no interviewers',
      action: 'Use Ana Silva and Joe',
    });
    expect(s!.apply(record)).toEqual({ ...record, interviewers: ['Ana Silva', 'Joe'] });
  });

  it('names one person on the button', () => {
    const one = { statedInterviewers: [{ name: 'Priya', evidence: quote('Priya') }] };
    expect(recordSuggestionsOf(one, record)[0]?.action).toBe('Use Priya');
  });

  it('leaves the names the person gave alone', () => {
    expect(recordSuggestionsOf(people, { ...record, interviewers: ['Dana'] })).toEqual([]);
  });
});
