import { describe, expect, it } from 'vitest';
import { draftKey, loadDraft, saveDraft } from './debrief-draft.js';
import { dismissedKey, rememberDismissed } from './dismissed-suggestions.js';
import { forgetDraftsExcept, forgetInterview } from './forget-drafts.js';
import { selfAnswersKey } from './self-answers.js';
import { memoryStorage } from './memory-storage.case.js';

describe('forgetting what was kept for interviews that are gone', () => {
  it('removes drafts, self answers and dismissals of every interview not kept, and nothing else', () => {
    const store = memoryStorage();
    saveDraft('old', { notes: 'stale notes', answers: {} }, store);
    saveDraft('kept', { notes: 'fresh notes', answers: {} }, store);
    store.setItem(selfAnswersKey('old'), '{"want-the-job":"yes"}');
    rememberDismissed('old', 'stage:final', store);
    rememberDismissed('kept', 'stage:final', store);
    store.setItem('theme', 'dark');
    expect(forgetDraftsExcept(['kept'], store)).toBe(3);
    expect(store.getItem(dismissedKey('old'))).toBeNull();
    expect(store.getItem(dismissedKey('kept'))).not.toBeNull();
    expect(loadDraft('old', store)).toBeUndefined();
    expect(store.getItem(selfAnswersKey('old'))).toBeNull();
    expect(loadDraft('kept', store)?.notes).toBe('fresh notes');
    expect(store.getItem('theme')).toBe('dark');
    expect(store.getItem(draftKey('kept'))).not.toBeNull();
  });

  it("forgets one deleted interview's draft, answers and dismissals, and survives blocked storage", () => {
    const store = memoryStorage();
    for (const id of ['a', 'b']) {
      saveDraft(id, { notes: `notes ${id}`, answers: {} }, store);
      store.setItem(selfAnswersKey(id), '{"want-the-job":"yes"}');
      rememberDismissed(id, 'format:panel', store);
    }
    forgetInterview('a', store);
    expect(loadDraft('a', store)).toBeUndefined();
    expect(store.getItem(selfAnswersKey('a'))).toBeNull();
    expect(store.getItem(dismissedKey('a'))).toBeNull();
    expect(loadDraft('b', store)?.notes).toBe('notes b');
    expect(store.getItem(selfAnswersKey('b'))).not.toBeNull();
    expect(store.getItem(dismissedKey('b'))).not.toBeNull();
    const blocked = {
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(() => forgetInterview('a', blocked)).not.toThrow();
    expect(() => forgetInterview('a', undefined)).not.toThrow();
  });

  it('does nothing without storage', () => {
    expect(forgetDraftsExcept([], undefined)).toBe(0);
  });
});
