import { describe, expect, it } from 'vitest';
import { draftKey, loadDraft, saveDraft } from './debrief-draft.js';
import { forgetDraftsExcept } from './forget-drafts.js';
import { selfAnswersKey } from './self-answers.js';
import { memoryStorage } from './memory-storage.case.js';

describe('forgetting what was kept for interviews that are gone', () => {
  it('removes drafts and self answers of every interview not kept, and nothing else', () => {
    const store = memoryStorage();
    saveDraft('old', { notes: 'stale notes', answers: {} }, store);
    saveDraft('kept', { notes: 'fresh notes', answers: {} }, store);
    store.setItem(selfAnswersKey('old'), '{"want-the-job":"yes"}');
    store.setItem('theme', 'dark');
    expect(forgetDraftsExcept(['kept'], store)).toBe(2);
    expect(loadDraft('old', store)).toBeUndefined();
    expect(store.getItem(selfAnswersKey('old'))).toBeNull();
    expect(loadDraft('kept', store)?.notes).toBe('fresh notes');
    expect(store.getItem('theme')).toBe('dark');
    expect(store.getItem(draftKey('kept'))).not.toBeNull();
  });

  it('does nothing without storage', () => {
    expect(forgetDraftsExcept([], undefined)).toBe(0);
  });
});
