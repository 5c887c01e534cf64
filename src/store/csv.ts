import type { StoredInterview } from './store.js';

const COLUMNS = [
  'id',
  'company',
  'role',
  'stage',
  'format',
  'date',
  'decisionBy',
  'candidates',
  'outcome',
  'outcomeOn',
] as const;

/** RFC 4180: quote a field only when it holds a comma, a quote or a line break; double inner quotes. */
function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or return) as a formula, so a
 * company typed as =HYPERLINK(…) would become a live link. The user's own text gets a leading
 * apostrophe there, which spreadsheets show as plain text (OWASP's advice for CSV injection).
 */
function typedText(value: string | undefined): string | undefined {
  return value !== undefined && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One row per interview with a header row; lines end in CRLF as RFC 4180 asks. */
export function interviewsToCsv(interviews: StoredInterview[]): string {
  const lines = [COLUMNS.join(',')];
  for (const { id, record: r, outcome } of interviews) {
    const cells = [
      id,
      typedText(r.company),
      typedText(r.role),
      r.stage,
      r.format,
      r.date,
      r.decisionBy,
      r.candidates,
      outcome?.outcome,
      outcome?.on,
    ];
    lines.push(cells.map(csvField).join(','));
  }
  return lines.map((line) => `${line}\r\n`).join('');
}
