/** Test helper (not a test): notes written out, and whether a sign is found in them. */
import { expect, it } from 'vitest';
import { detectInNotes } from './run.js';

/** The ids of the signs found in notes. */
export const signsIn = (text: string) => new Set<string>(detectInNotes(text).map((s) => s.id));

/** Notes, a sign id, and whether the sign is found in them. */
export type SignRow = readonly [string, string, boolean];

/** One test per row: the sign is found in the notes, or not, as the row says. */
export const signTable = (rows: readonly SignRow[]) =>
  it.each(rows)('%s → %s %s', (text, id, present) => expect(signsIn(text).has(id)).toBe(present));
