/**
 * `debrief export` and `debrief import`: the web page's Data page (GET /api/export, POST
 * /api/import) in the terminal, through the same store calls and the same dates rule.
 */
import { writeFileSync } from 'node:fs';
import { exportBundleSchema } from '../../contract/export-bundle.js';
import { parseWith } from '../../contract/fields.js';
import type { IsoDate } from '../../core/dates.js';
import { partitionByDates } from '../../server/import-rows.js';
import { interviewsToCsv } from '../../store/csv.js';
import type { ExportBundle } from '../../store/store.js';
import { CliError } from '../errors.js';
import { readSource, write, type CliContext } from '../io.js';
import { nowFor } from '../record/interviews.js';
import { withRecord } from '../record/open.js';
import { wrap } from '../render/text.js';
import { decodeJson } from './assess-json.js';

/** Writes a new file; an existing one is never overwritten, since it may be the only backup. */
function writeNew(file: string, text: string): void {
  try {
    writeFileSync(file, text, { flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new CliError('bad-input', `${file} already exists: give a new file name (nothing was written)`, {
        cause: e,
      });
    throw new CliError('io', `could not write ${file} (${code ?? (e as Error).message})`, { cause: e });
  }
}

/** A message for the person, wrapped for an 80-column terminal. */
const say = (ctx: CliContext, text: string): void => {
  for (const line of wrap(text, 78)) write(ctx.stdout, line);
};

export async function runExport(
  ctx: CliContext,
  today: IsoDate,
  file: string | undefined,
  csv: boolean,
): Promise<number> {
  // a whole record (every transcript) scrolling past is no use to anyone
  if (file === undefined && ctx.isStdoutTty)
    throw new CliError(
      'usage',
      `export writes your whole record: give a file (debrief export debrief-${today}.${csv ? 'csv' : 'json'}) or redirect it (> FILE)`,
    );
  const now = nowFor(today, ctx.today, new Date());
  const { text, count, where } = await withRecord(async ({ store, where }) => {
    if (csv) {
      const interviews = await store.listInterviews();
      return { text: interviewsToCsv(interviews), count: interviews.length, where };
    }
    const bundle = await store.exportAll(now.toISOString());
    return { text: `${JSON.stringify(bundle)}\n`, count: bundle.interviews.length, where };
  });
  if (file === undefined) {
    ctx.stdout.write(text);
    return 0;
  }
  writeNew(file, text);
  say(
    ctx,
    `Exported ${count} interview${count === 1 ? '' : 's'} from ${where} to ${file}.${csv ? '' : ` Bring them back with \`debrief import ${file}\`.`}`,
  );
  return 0;
}

export async function runImport(
  ctx: CliContext,
  today: IsoDate,
  source: string,
  replace: boolean,
): Promise<number> {
  const json = decodeJson(
    await readSource(source, ctx.stdin),
    source,
    'invalid export file',
    'debrief import --help',
  );
  const parsed = parseWith(exportBundleSchema, json);
  if (!parsed.ok) {
    const lines = parsed.error.slice(0, 5).map((f) => `${f.path}: ${f.message}`);
    const more = parsed.error.length > 5 ? ` (and ${parsed.error.length - 5} more)` : '';
    throw new CliError(
      'bad-input',
      `invalid export file: ${lines.join('; ')}${more}. It should be a file made by \`debrief export\` or the web page's Data page.`,
    );
  }
  // The store gets the entries as read: the schema checks them but must not strip newer fields.
  const bundle = json as ExportBundle;
  const { kept, skipped } = partitionByDates(bundle.interviews, today);
  const mode = replace ? 'replace' : 'merge';
  const { imported, where } = await withRecord(async ({ store, where }) => ({
    imported: (await store.importAll({ ...bundle, interviews: kept }, mode)).interviews,
    where,
  }));
  say(
    ctx,
    `Imported ${imported} interview${imported === 1 ? '' : 's'} into ${where} (${
      replace ? 'replacing what was there' : 'merged: ones with the same id were updated'
    }).`,
  );
  for (const row of skipped)
    say(
      ctx,
      `Left out row ${row.row} (${row.id.slice(0, 8)}): ${row.fields.map((f) => `${f.path} ${f.message}`).join('; ')}`,
    );
  return 0;
}
