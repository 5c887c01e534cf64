import { describe, it, expect } from 'vitest';
import type { InterviewItem } from '../contract/responses.js';
import {
  answersFromView,
  answersWith,
  answersWithFound,
  bodyOf,
  observationsOf,
  recordOf,
} from './answers.js';

describe('answers', () => {
  const found = [{ id: 'achievements-praised', evidence: [{ quote: 'loved my work', start: 4, end: 17 }] }];

  it('turns found signs into analyzer suggestions with evidence', () => {
    const a = answersWithFound({}, found, 'doc1');
    expect(a['achievements-praised']).toEqual({
      value: 'present',
      source: 'analyzer',
      evidence: { quote: 'loved my work', start: 4, end: 17, documentId: 'doc1' },
    });
  });

  it('never overrules the user', () => {
    const a = answersWithFound(
      { 'achievements-praised': { value: 'absent', source: 'user' } },
      found,
      'doc1',
    );
    expect(a['achievements-praised']?.value).toBe('absent');
  });

  it('ignores ids that are not signs', () => {
    expect(answersWithFound({}, [{ id: 'smiling', evidence: [] }], 'd')).toEqual({});
  });

  it('a changed answer becomes the user’s and drops evidence unless present', () => {
    const a = answersWithFound({}, found, 'doc1');
    const changed = answersWith(a, 'achievements-praised', 'unsure');
    expect(changed['achievements-praised']).toEqual({ value: 'unsure', source: 'user' });
    expect(answersWith(a, 'achievements-praised', 'present')['achievements-praised']?.source).toBe(
      'analyzer',
    );
    expect(answersWith(a, 'achievements-praised', undefined)).toEqual({});
  });

  it('builds observations and the PUT body', () => {
    const a = answersWith(answersWithFound({}, found, 'doc1'), 'raised-concerns', 'absent');
    expect(observationsOf(a)['achievements-praised']).toEqual({
      value: 'present',
      source: 'analyzer',
      evidence: 'loved my work',
    });
    expect(bodyOf(a).observations['raised-concerns']).toEqual({ value: 'absent', source: 'user' });
  });

  it('reads the stored view, skipping unknown ids', () => {
    const a = answersFromView({
      observations: {
        'raised-concerns': { value: 'present', source: 'user' },
        nope: { value: 'absent', source: 'user' },
      },
    });
    expect(Object.keys(a)).toEqual(['raised-concerns']);
  });

  it('recordOf folds a recorded outcome into the record', () => {
    const item = {
      record: { stage: 'first', date: '2026-03-02' },
      outcome: { outcome: 'offer', on: '2026-03-10', recordedAt: 'x' },
    } as unknown as InterviewItem;
    expect(recordOf(item).heardBack).toEqual({ kind: 'outcome', outcome: 'offer', on: '2026-03-10' });
    expect(recordOf({ ...item, outcome: null }).heardBack).toBeUndefined();
  });
});
