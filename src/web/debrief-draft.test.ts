import { describe, expect, it } from 'vitest';
import {
  clearDraft,
  draftKey,
  loadDraft,
  MAX_DRAFT_NOTES,
  parseDraft,
  saveDraft,
  type Draft,
} from './debrief-draft.js';
import { memoryStorage } from './memory-storage.case.js';

const draft: Draft = {
  notes: 'They asked when I could start.',
  answers: {
    'start-date-asked': { value: 'present', source: 'user' },
    'achievements-praised': {
      value: 'present',
      source: 'analyzer',
      evidence: { quote: 'dug into my work', start: 4, end: 20, documentId: 'd1' },
    },
  },
  decisionBy: '2026-12-04',
};

describe('the unsaved debrief kept in the browser', () => {
  it('round-trips per interview and clears', () => {
    const store = memoryStorage();
    expect(saveDraft('a', draft, store)).toBe(true);
    expect(loadDraft('a', store)).toEqual(draft);
    expect(loadDraft('b', store)).toBeUndefined();
    clearDraft('a', store);
    expect(store.map.has(draftKey('a'))).toBe(false);
  });

  it('keeps only known signs and answers, and survives junk', () => {
    const raw = JSON.stringify({
      notes: 7,
      answers: {
        'salary-discussed': { value: 'absent', source: 'user' },
        'made-up': { value: 'present', source: 'user' },
        'ran-over-time': { value: 'maybe', source: 'user' },
      },
      decisionBy: '2026-02-30',
    });
    expect(parseDraft(raw)).toEqual({
      notes: '',
      answers: { 'salary-discussed': { value: 'absent', source: 'user' } },
    });
    expect(parseDraft('{not json')).toBeUndefined();
    expect(parseDraft('[]')).toBeUndefined();
    expect(parseDraft(JSON.stringify({ notes: '  ', answers: {} }))).toBeUndefined();
  });

  it('keeps the answers but not notes too long to be read', () => {
    const store = memoryStorage();
    saveDraft('a', { ...draft, notes: 'x'.repeat(MAX_DRAFT_NOTES + 1) }, store);
    expect(store.map.get(draftKey('a'))!.length).toBeLessThan(1000);
    expect(loadDraft('a', store)).toEqual({ ...draft, notes: '' });
    expect(
      parseDraft(JSON.stringify({ notes: 'x'.repeat(MAX_DRAFT_NOTES + 1), answers: {} })),
    ).toBeUndefined();
  });

  it('reports failure instead of throwing when storage refuses', () => {
    const full = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(saveDraft('a', draft, full)).toBe(false);
    expect(loadDraft('a', full)).toBeUndefined();
    expect(() => clearDraft('a', full)).not.toThrow();
  });
});
