import { assess, parseAssessRequest } from '../../contract/assess.js';
import type { IsoDate } from '../../core/dates.js';
import { CliError } from '../errors.js';
import { jsonProblemWords } from '../json-problem.js';
import { readFirstName, settingsPath } from '../record/first-name.js';
import { readSource, write, type CliContext } from '../io.js';
import { saveToRecord } from './save.js';

/** JSON read from a file or stdin; `what` names it in the errors ("invalid request: …"). */
export function decodeJson(
  bytes: Uint8Array,
  source: string,
  what = 'invalid request',
  help = 'debrief assess --help',
): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    throw new CliError('bad-input', `${what}: ${source === '-' ? 'stdin' : source} is not UTF-8 text`, {
      cause: e,
    });
  }
  if (text.trim() === '') throw new CliError('bad-input', `${what}: the input is empty`);
  try {
    return JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new CliError('bad-input', `${what}: ${jsonProblemWords(source, text, why, help)}`, { cause: e });
  }
}

/** Validates everything before computing anything, so bad input leaves stdout empty. */
export async function runAssessJson(
  ctx: CliContext,
  source: string,
  today: IsoDate,
  save = false,
): Promise<number> {
  const json = decodeJson(await readSource(source, ctx.stdin), source);
  const request = parseAssessRequest(json, today);
  if (!request.ok) {
    const lines = request.error.map((f) => `${f.path}: ${f.message}`);
    throw new CliError('bad-input', `invalid request: ${lines.join('\ndebrief: invalid request: ')}`);
  }
  // the name kept by `assess` or `show --name` signs the drafts when the request gives none
  const kept = request.value.candidateName === undefined ? readFirstName(settingsPath()) : '';
  if (kept) request.value.candidateName = kept;
  const result = assess(request.value, today);
  // Saved first, so a failed save leaves stdout empty rather than half an answer.
  const saved = save ? await saveToRecord(request.value, today, ctx) : undefined;
  const out = saved ? { ...result, saved: { id: saved.id, where: saved.where } } : result;
  write(ctx.stdout, JSON.stringify(out, null, ctx.isStdoutTty ? 2 : undefined));
  return 0;
}
