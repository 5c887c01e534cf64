/**
 * The debrief form's state: one answer per sign, where it came from, and its evidence.
 * Converts to core observations (for the live estimate) and to the PUT body.
 */
import type { ObservationsBody } from '../contract/observations.js';
import type { ObservationsView } from '../contract/responses.js';
import type { Observations, ObservationValue } from '../core/observation.js';
import type { InterviewRecord } from '../core/record.js';
import { isSignId, type SignId } from '../core/signs/ids.js';
import type { InterviewItem } from '../contract/responses.js';
import { isoDateFrom } from '../core/dates.js';

export interface Evidence {
  quote: string;
  start: number;
  end: number;
  documentId?: string;
}

export interface Answer {
  value: ObservationValue;
  source: 'user' | 'analyzer';
  evidence?: Evidence;
}

export type Answers = Partial<Record<SignId, Answer>>;

export interface Found {
  id: SignId | string;
  evidence: { quote: string; start: number; end: number }[];
}

export function answersFromView(view: ObservationsView): Answers {
  const out: Answers = {};
  for (const [id, o] of Object.entries(view.observations)) {
    if (!isSignId(id)) continue;
    out[id] = { value: o.value, source: o.source, ...(o.evidence ? { evidence: o.evidence } : {}) };
  }
  return out;
}

/** Found signs become "present" suggestions, but never overrule what the user already said. */
export function answersWithFound(answers: Answers, found: readonly Found[], documentId: string): Answers {
  const out: Answers = { ...answers };
  for (const f of found) {
    if (!isSignId(f.id)) continue;
    const existing = out[f.id];
    if (existing && existing.source === 'user') continue;
    const first = f.evidence[0];
    out[f.id] = {
      value: 'present',
      source: 'analyzer',
      ...(first ? { evidence: { ...first, documentId } } : {}),
    };
  }
  return out;
}

/** Changing a suggestion makes it the user's own answer; evidence stays if it is still "present". */
export function answersWith(answers: Answers, id: SignId, value: ObservationValue | undefined): Answers {
  const out: Answers = { ...answers };
  if (value === undefined) {
    delete out[id];
    return out;
  }
  const before = out[id];
  const keep = before?.evidence && value === 'present' ? { evidence: before.evidence } : {};
  out[id] = { value, source: before?.value === value ? before.source : 'user', ...keep };
  return out;
}

export function observationsOf(answers: Answers): Observations {
  const out: Observations = {};
  for (const [id, a] of Object.entries(answers) as [SignId, Answer | undefined][]) {
    if (!a) continue;
    out[id] = { value: a.value, source: a.source, ...(a.evidence ? { evidence: a.evidence.quote } : {}) };
  }
  return out;
}

export function bodyOf(answers: Answers): ObservationsBody {
  const observations: ObservationsBody['observations'] = {};
  for (const [id, a] of Object.entries(answers) as [SignId, Answer | undefined][]) {
    if (!a) continue;
    observations[id] = { value: a.value, source: a.source, ...(a.evidence ? { evidence: a.evidence } : {}) };
  }
  return { observations };
}

/** What the server's model sees: a recorded outcome is the latest word, as on the server. */
export function recordOf(item: InterviewItem): InterviewRecord {
  const on = item.outcome ? isoDateFrom(item.outcome.on.slice(0, 10)) : undefined;
  if (!item.outcome || !on) return item.record;
  return { ...item.record, heardBack: { kind: 'outcome', outcome: item.outcome.outcome, on } };
}
