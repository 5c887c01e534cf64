/**
 * Checks on a file chosen for import, in words that say what to choose instead: the server
 * would only answer "invalid request" for a CSV, a transcript or someone else's JSON.
 */
import { EXPORT_FORMAT } from '../contract/export-format.js';
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
  if (size === 0) return { code: 'empty', message: `That file is empty. ${WHICH}` };
  if (size > MAX_IMPORT_BYTES)
    return { code: 'too-large', message: `That file is too big to be a Debrief export. ${WHICH}` };
  // Anything else is judged by what is in it: a saved export may have lost its .json on the way.
  return undefined;
}

export type ReadExport = { ok: true; bundle: unknown; interviews: number } | { ok: false; error: ApiError };

// Notes and transcripts belong on an interview's Debrief page, not here.
const DOCUMENT = /\.(txt|md|vtt|srt|docx?|odt|rtf|pdf)$/i;

/** The file's text read as an export: valid JSON with Debrief's own marker. The server checks the rest. */
export function exportFromText(text: string, name: string): ReadExport {
  const notExport = (why: string): ReadExport => ({
    ok: false,
    error: {
      code: why === 'not JSON' ? 'invalid-json' : 'invalid-request',
      message: `"${name}" is not a Debrief export${why === 'not JSON' ? '' : `: ${why}`}. ${WHICH}${
        DOCUMENT.test(name) ? " To add notes or a transcript, use the interview's Debrief page." : ''
      }`,
    },
  });
  let bundle: unknown;
  try {
    bundle = JSON.parse(text);
  } catch {
    return notExport('not JSON');
  }
  const b = bundle as { format?: unknown; interviews?: unknown } | null;
  if (typeof b !== 'object' || b === null || b.format !== EXPORT_FORMAT || !Array.isArray(b.interviews))
    return notExport('it is JSON, but not what Debrief saves');
  return { ok: true, bundle, interviews: b.interviews.length };
}
