import { outcomeDateErrors, recordDateErrors } from '../contract/date-rules.js';
import type { SkippedImportRow } from '../contract/export-bundle.js';
import type { IsoDate } from '../core/dates.js';
import type { ExportBundle } from '../store/store.js';

type Entry = ExportBundle['interviews'][number];

/**
 * The dates rule every write follows, row by row: a row with an interview or an outcome later
 * than tomorrow is left out and reported; the rest still import.
 */
export function partitionByDates(
  entries: readonly Entry[],
  today: IsoDate,
): { kept: Entry[]; skipped: SkippedImportRow[] } {
  const kept: Entry[] = [];
  const skipped: SkippedImportRow[] = [];
  entries.forEach((entry, row) => {
    const { id, record, outcome } = entry.interview;
    const prefix = `interviews[${row}].interview.`;
    const fields = recordDateErrors(record, today, `${prefix}record.`);
    if (fields.length === 0 && outcome)
      fields.push(...outcomeDateErrors(outcome.on, record.date, today, `${prefix}outcome.on`));
    if (fields.length > 0) skipped.push({ row, id, fields });
    else kept.push(entry);
  });
  return { kept, skipped };
}
