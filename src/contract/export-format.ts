/**
 * What an export file says it is, in its `format` field: the export schema requires it, the
 * store writes it and the web's import check looks for it. A module of its own, without zod, so
 * the web client takes the value and leaves the schema out of its bundle.
 */
export const EXPORT_FORMAT = 'debrief-export';
