/**
 * The browser's localStorage, where Debrief keeps what belongs to this browser only: unsaved
 * debrief drafts, self-assessment answers, the first name for the drafts.
 */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
export type ListableStore = Pick<Storage, 'length' | 'key' | 'removeItem'>;

/** localStorage, or undefined where the browser blocks storage for this page (reading it throws). */
export function browserStore(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
