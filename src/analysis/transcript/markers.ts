/**
 * The lines of an export that place speech rather than hold it, shared by the parsers that read
 * them and by `display.ts`, which drops them from quotes (and is bundled for the web page, so
 * this module stays small).
 */

/** A clock: `1:02`, `00:01:02`, `00:01:02.500`, `00:01:02,500`. */
export const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
/**
 * The speaker's name beside a time, as exports write it (a capture group): up to 48 characters and
 * one bracketed part of its own, pronouns, "(Guest)", "(External)".
 */
export const TIMED_NAME = String.raw`([^:()[\]]{1,48}?(?:\s*\([^:()[\]]{1,24}\))?)`;
/** A time on its own line, bare or in brackets: Meet's `00:05:00`, a hand-made `[00:01:23]`. */
export const BARE_MARKER = new RegExp(String.raw`^\s*[\[(]?${CLOCK}[\])]?\s*$`);
/** Zoom's saved captions: `[Name] 10:02:13` above the words. */
export const CAPTION_HEADER = new RegExp(String.raw`^\s*\[([^\]]{1,60})\]\s+(${CLOCK})\s*$`);
/**
 * Otter's and Teams' docx exports: the speaker and the time on a line of their own ("Jamal
 * Ibrahim  0:13", "Priya Shah (she/her)   0:04"). Two spaces (or non-breaking spaces) or a tab
 * before the time, as they write it, so "Interview at 10:30" is not one. A name may end in one
 * bracketed part: pronouns, "(Guest)", "(External)".
 */
export const NAME_TIME_LINE = new RegExp(String.raw`^\s*${TIMED_NAME}(?:[ \u00a0]{2,}|\t)\s*(${CLOCK})\s*$`);
