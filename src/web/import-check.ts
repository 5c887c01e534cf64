/**
 * Checks on a file chosen for import, in words that say what to choose instead: the server
 * would only answer "invalid request" for a CSV, a transcript or someone else's JSON.
 */
import type { ApiError } from './api-client.js';

// The server takes up to 50 MB of import; a bigger file is surely not an export.
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const WHICH = 'Choose the .json file that "Export everything (JSON)" saved.';

interface FileFacts {
  name: string;
  type: string;
  size: number;
}

/** A problem known from the name, type or size alone, before reading the file. */
export function importFileProblem(file: FileFacts): ApiError | undefined {
  const { name, type, size } = file;
  if (/\.csv$/i.test(name) || type === 'text/csv')
    return {
      code: 'invalid-request',
      message: `That is a CSV table. The table export is for reading in a spreadsheet; it cannot be imported. ${WHICH}`,
    };
  const looksJson = /\.json$/i.test(name) || type === 'application/json';
  if (!looksJson)
    return {
      code: 'invalid-request',
      message: `"${name}" is not a Debrief export. ${WHICH} To add notes or a transcript, use the interview's Debrief page.`,
    };
  if (size === 0) return { code: 'empty', message: `That file is empty. ${WHICH}` };
  if (size > MAX_IMPORT_BYTES)
    return { code: 'too-large', message: `That file is too big to be a Debrief export. ${WHICH}` };
  return undefined;
}

export type ReadExport = { ok: true; bundle: unknown; interviews: number } | { ok: false; error: ApiError };

/** The file's text read as an export: valid JSON with Debrief's own marker. The server checks the rest. */
export function exportFromText(text: string): ReadExport {
  let bundle: unknown;
  try {
    bundle = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: {
        code: 'invalid-json',
        message: `That file is not a Debrief export: it is not valid JSON. ${WHICH}`,
      },
    };
  }
  const b = bundle as { format?: unknown; interviews?: unknown } | null;
  if (typeof b !== 'object' || b === null || b.format !== 'debrief-export' || !Array.isArray(b.interviews))
    return {
      ok: false,
      error: {
        code: 'invalid-request',
        message: `That is a JSON file, but not a Debrief export. ${WHICH}`,
      },
    };
  return { ok: true, bundle, interviews: b.interviews.length };
}
