import { describe, expect, it } from 'vitest';
import { SELF_ASSESSMENT_QUESTIONS } from '../core/advice/self-assessment.js';
import { loadSelfAnswers, parseSelfAnswers, saveSelfAnswers, selfAnswersKey } from './self-answers.js';
import { memoryStorage } from './memory-storage.case.js';

const [q1, q2] = SELF_ASSESSMENT_QUESTIONS.map((q) => q.id);

describe('self-assessment answers in the browser', () => {
  it('round-trips per interview, keeping interviews apart', () => {
    const store = memoryStorage();
    expect(saveSelfAnswers('a', { [q1!]: 'no', [q2!]: 'yes' }, store)).toBe(true);
    expect(loadSelfAnswers('a', store)).toEqual({ [q1!]: 'no', [q2!]: 'yes' });
    expect(loadSelfAnswers('b', store)).toEqual({});
    expect([...store.map.keys()]).toEqual([selfAnswersKey('a')]);
  });

  it('drops unknown questions and answers, and survives junk', () => {
    expect(parseSelfAnswers(JSON.stringify({ [q1!]: 'maybe', [q2!]: 'unsure', other: 'yes' }))).toEqual({
      [q2!]: 'unsure',
    });
    expect(parseSelfAnswers('{not json')).toEqual({});
    expect(parseSelfAnswers('["yes"]')).toEqual({});
    expect(parseSelfAnswers(null)).toEqual({});
  });

  it('reports failure instead of throwing when storage refuses', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(saveSelfAnswers('a', { [q1!]: 'yes' }, full)).toBe(false);
    expect(saveSelfAnswers('a', { [q1!]: 'yes' }, undefined)).toBe(false);
  });
});
