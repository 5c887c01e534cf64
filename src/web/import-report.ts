/**
 * What an import did, in words: how many came in, and each row left out with the reason, named
 * by its company and date rather than by its place in the file.
 */
import type { ImportResult } from './api-types.js';

const FIELD_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\.record\.date$/, 'the interview date'],
  [/\.record\.heardBack\.on$/, 'the date you heard back'],
  [/\.outcome\.on$/, 'the outcome date'],
];

const fieldWords = (path: string): string => FIELD_WORDS.find(([re]) => re.test(path))?.[1] ?? path;

interface RowLabel {
  interview?: { record?: { company?: unknown; stage?: unknown; date?: unknown } };
}

function rowName(bundle: unknown, row: number): string {
  const rows = (bundle as { interviews?: RowLabel[] } | null)?.interviews;
  const record = Array.isArray(rows) ? rows[row]?.interview?.record : undefined;
  const company = typeof record?.company === 'string' && record.company.trim() ? record.company.trim() : '';
  const date = typeof record?.date === 'string' ? record.date : '';
  if (company && date) return `${company} (${date})`;
  return company || (date ? `The interview of ${date}` : `Interview ${row + 1} in the file`);
}

export interface ImportReport {
  done: string;
  /** One line per row left out. */
  skipped: string[];
}

export function importReportOf(result: ImportResult, bundle: unknown): ImportReport {
  const n = result.imported;
  const done = `Imported ${n} ${n === 1 ? 'interview' : 'interviews'}${result.mode === 'replace' ? ', replacing what was here' : ''}.`;
  const skipped = (result.skipped ?? []).map((s) => {
    const reasons = s.fields.map((f) => `${fieldWords(f.path)} ${f.message.replace(/:.*$/, '')}`);
    return `${rowName(bundle, s.row)}: not imported, because ${reasons.join(' and ')}.`;
  });
  return { done, skipped };
}
