/**
 * What this browser kept for an interview (unsaved debrief drafts, self-assessment answers,
 * dismissed suggestions) goes with it: when it is deleted, and after a replace import for every
 * interview not in the file, so none of it comes back even if an id ever does.
 */
import { browserStore, type ListableStore } from './browser-store.js';
import { draftKey } from './debrief-draft.js';
import { dismissedKey } from './dismissed-suggestions.js';
import { selfAnswersKey } from './self-answers.js';

const PREFIXES = [draftKey(''), selfAnswersKey(''), dismissedKey('')];

/** Deleting an interview takes all this browser kept for it: a draft, answers, dismissals. */
export function forgetInterview(
  id: string,
  store: Pick<Storage, 'removeItem'> | undefined = browserStore(),
): void {
  try {
    for (const prefix of PREFIXES) store?.removeItem(prefix + id);
  } catch {
    // Storage blocked: nothing was kept, so nothing is left behind.
  }
}

/** Removes what is kept for every interview not in `keep`; returns how many entries went. */
export function forgetDraftsExcept(
  keep: Iterable<string>,
  store: ListableStore | undefined = browserStore(),
): number {
  if (!store) return 0;
  const kept = new Set(keep);
  const stale: string[] = [];
  try {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      const prefix = key === null ? undefined : PREFIXES.find((p) => key.startsWith(p));
      if (key !== null && prefix !== undefined && !kept.has(key.slice(prefix.length))) stale.push(key);
    }
    for (const key of stale) store.removeItem(key);
  } catch {
    // Blocked storage holds nothing of ours to forget.
    return 0;
  }
  return stale.length;
}
