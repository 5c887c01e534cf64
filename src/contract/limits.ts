/** Limits that callers outside the zod schemas check too; kept free of zod so `debrief --help` stays light. */

/** The first name that signs the message drafts. */
export const FIRST_NAME_MAX = 100;
