/** Limits that callers outside the zod schemas check too; kept free of zod so `debrief --help` stays light. */

/** The first name that signs the message drafts. */
export const FIRST_NAME_MAX = 100;

/** The name as it will sign the drafts: spaces tidied, or '' for none (or one over the limit). */
export function firstNameFrom(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  const name = raw.replace(/\s+/g, ' ').trim();
  return name.length <= FIRST_NAME_MAX ? name : '';
}
