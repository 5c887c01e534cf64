/**
 * A debrief not yet saved, kept in this browser per interview: the back button, a closed tab or
 * a click on another page must not lose the notes typed or the signs confirmed. It goes once the
 * answers are saved, or when the user chooses their saved answers instead.
 */
import { MAX_INPUT_BYTES } from '../analysis/input.js';
import { isoDateFrom } from '../core/dates.js';
import type { ObservationValue } from '../core/observation.js';
import { isSignId } from '../core/signs/ids.js';
import type { Answer, Answers } from './answers.js';
import { browserStore, type KeyValueStore } from './browser-store.js';

export interface Draft {
  notes: string;
  answers: Answers;
  /** A decision date picked from the text but not saved yet. */
  decisionBy?: string;
}

export const draftKey = (id: string): string => `debrief:draft:${id}`;

/**
 * Notes longer than Debrief reads (1 MB; counted here in characters, a cheap bound) are refused
 * when sent, and stay in the box for this visit; keeping megabytes in storage would only slow
 * every later visit to the page.
 */
export const MAX_DRAFT_NOTES = MAX_INPUT_BYTES;

const VALUES: readonly string[] = ['present', 'absent', 'unsure'] satisfies ObservationValue[];
const SOURCES: readonly string[] = ['user', 'analyzer'] satisfies Answer['source'][];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function answerFrom(v: unknown): Answer | undefined {
  if (!isObject(v) || typeof v.value !== 'string' || !VALUES.includes(v.value)) return undefined;
  if (typeof v.source !== 'string' || !SOURCES.includes(v.source)) return undefined;
  const answer: Answer = { value: v.value as ObservationValue, source: v.source as Answer['source'] };
  const e = v.evidence;
  if (isObject(e) && typeof e.quote === 'string' && typeof e.start === 'number' && typeof e.end === 'number')
    answer.evidence = {
      quote: e.quote,
      start: e.start,
      end: e.end,
      ...(typeof e.documentId === 'string' ? { documentId: e.documentId } : {}),
    };
  return answer;
}

/** Only known signs with known answers survive: storage may hold anything. */
export function parseDraft(raw: string | null): Draft | undefined {
  if (!raw) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isObject(parsed)) return undefined;
  const answers: Answers = {};
  if (isObject(parsed.answers))
    for (const [id, v] of Object.entries(parsed.answers)) {
      const a = answerFrom(v);
      if (isSignId(id) && a) answers[id] = a;
    }
  const notes =
    typeof parsed.notes === 'string' && parsed.notes.length <= MAX_DRAFT_NOTES ? parsed.notes : '';
  const decisionBy =
    typeof parsed.decisionBy === 'string' && isoDateFrom(parsed.decisionBy) ? parsed.decisionBy : undefined;
  if (notes.trim() === '' && Object.keys(answers).length === 0 && !decisionBy) return undefined;
  return { notes, answers, ...(decisionBy ? { decisionBy } : {}) };
}

export function loadDraft(id: string, store: KeyValueStore | undefined = browserStore()): Draft | undefined {
  try {
    return parseDraft(store?.getItem(draftKey(id)) ?? null);
  } catch {
    return undefined;
  }
}

/** False when the draft could not be kept (storage full or blocked); the page still works. */
export function saveDraft(
  id: string,
  draft: Draft,
  store: KeyValueStore | undefined = browserStore(),
): boolean {
  if (!store) return false;
  const kept = draft.notes.length > MAX_DRAFT_NOTES ? { ...draft, notes: '' } : draft;
  try {
    store.setItem(draftKey(id), JSON.stringify(kept));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(id: string, store: KeyValueStore | undefined = browserStore()): void {
  try {
    store?.removeItem(draftKey(id));
  } catch {
    // Nothing to do: a draft that cannot be removed is offered again, and can be dismissed then.
  }
}
