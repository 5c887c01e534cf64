/**
 * Saving and finding interviews from the CLI, through the same store calls and derived-data
 * refresh (estimate snapshot, reminders) that the HTTP routes make.
 */
import type { AssessRequest } from '../../contract/assess.js';
import type { ObservationEntry } from '../../contract/observations.js';
import { firstOfKinds, type StepKind } from '../../core/advice/types.js';
import type { IsoDate } from '../../core/dates.js';
import { interviewLabel } from '../../core/record.js';
import type { SignId } from '../../core/signs/ids.js';
import { refreshDerived, storedObservationsFrom } from '../../server/assessment.js';
import { saveInterview } from '../../server/outcomes.js';
import type { Store, StoredInterview } from '../../store/store.js';
import { CliError } from '../errors.js';
import { shortId } from './open.js';

/**
 * The moment the CLI acts at. With `--today` pinned to another day, noon of that day on this
 * machine's calendar, so every date derived from it (server's todayFrom) is that day.
 */
export function nowFor(today: IsoDate, realToday: string, realNow: Date): Date {
  if (today === realToday) return realNow;
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

/** Notes or a transcript the debrief started from; `format` is the analyzer's input kind. */
export interface SavedText {
  text: string;
  format: string;
}

/**
 * Stores an assessed interview as the web app would: record, the notes it was read from (so the
 * result page can show them), observations, then derived data.
 */
export async function saveRequest(
  store: Store,
  request: AssessRequest,
  now: Date,
  notes?: SavedText,
  /** Steps already taken (a thank-you sent, a check-in made): their reminders are saved ticked off. */
  sent: readonly StepKind[] = [],
): Promise<StoredInterview> {
  const at = now.toISOString();
  const created = await saveInterview(store, request.interview, now);
  if (!created) throw new Error('cli: a saved interview could not be read back');
  if (notes)
    await store.addDocument({
      interviewId: created.id,
      kind: notes.format === 'notes' ? 'notes' : 'transcript',
      format: notes.format,
      text: notes.text,
      createdAt: at,
    });
  const entries: Partial<Record<SignId, ObservationEntry>> = {};
  for (const [id, o] of Object.entries(request.observations) as [
    SignId,
    AssessRequest['observations'][SignId],
  ][]) {
    if (!o) continue;
    entries[id] = {
      value: o.value,
      ...(o.source ? { source: o.source } : {}),
      ...(o.strength !== undefined ? { strength: o.strength } : {}),
      ...(o.evidence ? { evidence: o.evidence } : {}),
    };
  }
  await store.putObservations(created.id, storedObservationsFrom(entries), at);
  await refreshDerived(store, created.id, now);
  if (sent.length) {
    // the first step of each kind: the check-in told is the first one, not the last
    const reminders = await store.listReminders(created.id);
    const ticked = new Set(firstOfKinds(reminders, sent));
    await store.replaceReminders(
      created.id,
      reminders.map((r) => (ticked.has(r) ? { ...r, done: true } : r)),
    );
  }
  return created;
}

/** An interview by its full id, an unambiguous start of it (the short id `list` prints), or failing those, by a word of its company or role. */
export async function findInterview(store: Store, id: string): Promise<StoredInterview> {
  const typed = id.trim().toLowerCase();
  const isIdLike = /^[a-z0-9_-]{4,64}$/.test(typed);
  if (isIdLike) {
    const exact = await store.getInterview(typed);
    if (exact) return exact;
  }
  const stored = await store.listInterviews();
  const byId = isIdLike ? stored.filter((s) => s.id.toLowerCase().startsWith(typed)) : [];
  if (byId.length === 1) return byId[0] as StoredInterview;
  if (byId.length > 1)
    throw new CliError(
      'bad-input',
      `${byId.length} interviews start with ${id} (${byId.map((s) => shortId(s.id)).join(', ')}): type more of the id`,
    );
  // People remember the company, not the id: "debrief show acme"
  const byName = typed.length >= 2 ? stored.filter((s) => labelWords(s).includes(typed)) : [];
  if (byName.length === 1) return byName[0] as StoredInterview;
  if (byName.length > 1)
    throw new CliError(
      'bad-input',
      `${byName.length} interviews match "${id}" (${byName.map((s) => `${shortId(s.id)} ${labelWords(s, false)}`).join('; ')}): use the id`,
    );
  // "globex" looks like an id too: say both were tried, not just the id
  const tried = `"${id}" is neither an interview id nor a word of a company or role in your record (see: debrief list)`;
  if (!isIdLike) throw new CliError('bad-input', tried);
  throw new CliError('not-found', tried);
}

/** Company and role, as `list` shows them (lower-cased for matching). */
function labelWords(s: StoredInterview, lower = true): string {
  const label = interviewLabel(s.record);
  return lower ? label.toLowerCase() : label;
}
