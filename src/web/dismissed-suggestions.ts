/**
 * The record suggestions the person dismissed, kept in this browser per interview, so that the
 * same word from the notes is not offered again at the next analysis. Each is remembered with its
 * value: notes that later state a different day or round are offered afresh.
 */
import { browserStore, type KeyValueStore } from './browser-store.js';
import type { SuggestionField } from './record-suggestions.js';

export const dismissedKey = (id: string): string => `debrief:dismissed:${id}`;

/** A handful per interview is all anyone dismisses; the oldest go past this. */
const MAX_KEPT = 30;
const FIELDS: readonly string[] = ['company', 'role', 'date', 'stage', 'format'] satisfies SuggestionField[];

/** "stage:final": one dismissal, as kept. */
export const dismissalOf = (s: { field: SuggestionField; value: string }): string => `${s.field}:${s.value}`;

/** Only well-formed entries survive: storage may hold anything. */
export function parseDismissed(raw: string | null): string[] {
  if (!raw) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(
    (v): v is string =>
      typeof v === 'string' && v.length <= 120 && FIELDS.includes(v.slice(0, v.indexOf(':'))),
  );
}

export function loadDismissed(
  id: string,
  store: Pick<Storage, 'getItem'> | undefined = browserStore(),
): ReadonlySet<string> {
  try {
    return new Set(parseDismissed(store?.getItem(dismissedKey(id)) ?? null));
  } catch {
    return new Set();
  }
}

/** False when it could not be kept (storage full or blocked): it is hidden for this visit only. */
export function rememberDismissed(
  id: string,
  dismissal: string,
  store: KeyValueStore | undefined = browserStore(),
): boolean {
  if (!store) return false;
  try {
    const kept = parseDismissed(store.getItem(dismissedKey(id))).filter((d) => d !== dismissal);
    store.setItem(dismissedKey(id), JSON.stringify([...kept, dismissal].slice(-MAX_KEPT)));
    return true;
  } catch {
    return false;
  }
}
