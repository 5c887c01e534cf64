import { describe, expect, it } from 'vitest';
import {
  dismissalOf,
  dismissedKey,
  loadDismissed,
  parseDismissed,
  rememberDismissed,
} from './dismissed-suggestions.js';
import { memoryStorage } from './memory-storage.case.js';

describe('dismissed record suggestions', () => {
  it('are remembered per interview and per value', () => {
    const store = memoryStorage();
    expect(rememberDismissed('a', dismissalOf({ field: 'stage', value: 'final' }), store)).toBe(true);
    rememberDismissed('a', dismissalOf({ field: 'date', value: '2026-11-20' }), store);
    const a = loadDismissed('a', store);
    expect(a.has('stage:final')).toBe(true);
    expect(a.has('date:2026-11-20')).toBe(true);
    // another value for the same field is not dismissed, nor the same value for another interview
    expect(a.has('stage:later')).toBe(false);
    expect(loadDismissed('b', store).size).toBe(0);
  });

  it('keep one entry per dismissal, and only the latest few', () => {
    const store = memoryStorage();
    rememberDismissed('a', 'stage:final', store);
    rememberDismissed('a', 'stage:final', store);
    expect(parseDismissed(store.getItem(dismissedKey('a')))).toEqual(['stage:final']);
    for (let i = 0; i < 40; i++) rememberDismissed('a', `date:2026-10-${String(i).padStart(2, '0')}`, store);
    const kept = parseDismissed(store.getItem(dismissedKey('a')));
    expect(kept).toHaveLength(30);
    expect(kept.at(-1)).toBe('date:2026-10-39');
    expect(kept).not.toContain('stage:final');
  });

  it('read nothing from storage that is not theirs', () => {
    expect(parseDismissed('not json')).toEqual([]);
    expect(parseDismissed('{"stage":"final"}')).toEqual([]);
    expect(parseDismissed('["stage:final", 3, "colour:red", "format:panel"]')).toEqual([
      'stage:final',
      'format:panel',
    ]);
  });

  it('cannot be kept without storage, and are hidden for the visit only', () => {
    expect(rememberDismissed('a', 'stage:final', undefined)).toBe(false);
    expect(loadDismissed('a', undefined).size).toBe(0);
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(rememberDismissed('a', 'stage:final', full)).toBe(false);
  });
});
