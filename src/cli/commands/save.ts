import type { AssessRequest } from '../../contract/assess.js';
import type { StepKind } from '../../core/advice/types.js';
import type { IsoDate } from '../../core/dates.js';
import type { CliContext } from '../io.js';
import { nowFor, saveRequest, type SavedText } from '../record/interviews.js';
import { withRecord } from '../record/open.js';

export interface Saved {
  id: string;
  where: string;
}

/** Saves an assessed interview into the record the web app reads. */
export async function saveToRecord(
  request: AssessRequest,
  today: IsoDate,
  ctx: CliContext,
  notes?: SavedText,
  /** Steps the person said are done: ticked off in the record, as the web page ticks them. */
  sent: readonly StepKind[] = [],
): Promise<Saved> {
  const now = nowFor(today, ctx.today, new Date());
  return withRecord(async ({ store, where }) => {
    const stored = await saveRequest(store, request, now, notes, sent);
    return { id: stored.id, where };
  });
}
