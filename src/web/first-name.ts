/**
 * The user's first name, to sign the message drafts. Given once and kept in this browser, as
 * the drafts and self answers are: the server keeps no per-user settings (its store is not
 * scoped by user), so with many users on one PostgreSQL it would sign everyone's drafts alike.
 * It travels with each assessment request instead.
 */
import { firstNameFrom } from '../contract/limits.js';
import { browserStore, type KeyValueStore } from './browser-store.js';

// contract/limits.ts is free of zod, so the bundle takes the rule without the schemas.
export { FIRST_NAME_MAX, firstNameFrom } from '../contract/limits.js';
export const FIRST_NAME_KEY = 'debrief:first-name';

export function loadFirstName(store: KeyValueStore | undefined = browserStore()): string {
  try {
    return firstNameFrom(store?.getItem(FIRST_NAME_KEY));
  } catch {
    return '';
  }
}

/** Saves (or with '', forgets) the name; false when this browser would not keep it. */
export function saveFirstName(name: string, store: KeyValueStore | undefined = browserStore()): boolean {
  if (!store) return false;
  const clean = firstNameFrom(name);
  try {
    if (clean) store.setItem(FIRST_NAME_KEY, clean);
    else store.removeItem(FIRST_NAME_KEY);
    return true;
  } catch {
    return false;
  }
}

/** `?name=…` for the routes that write drafts, or '' without a name. */
export const nameQuery = (name: string): string => (name ? `?name=${encodeURIComponent(name)}` : '');
