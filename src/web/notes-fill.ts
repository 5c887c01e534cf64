/**
 * Starting a new interview from notes: the form's blank fields filled with what the notes state
 * (the day, round, format, employer and job), each with the words it came from. A field the
 * person has typed in is theirs and is never changed; one filled from notes earlier may be again.
 */
import { isoDateFrom } from '../core/dates.js';
import type { Format, Stage } from '../core/record.js';
import type { NotesStated } from '../contract/responses.js';
import {
  FIELD_WORDS,
  statedValueOf,
  type StatedOfDocument,
  type SuggestionField,
} from './record-suggestions.js';

export type FillField = SuggestionField | 'decisionBy';

/** What the notes say, as the new-interview page reads it: the record's fields and the decision day. */
export type NotesFillSource = StatedOfDocument & Pick<NotesStated, 'statedDecisionBy' | 'decisionDaysDiffer'>;

const FILL_WORDS: Readonly<Record<FillField, string>> = { ...FIELD_WORDS, decisionBy: 'decision date' };

/** The form fields notes can speak to, as the form holds them. */
export interface FillableFields {
  company: string;
  role: string;
  stage: Stage;
  format: Format | '';
  date: string;
  interviewers: string;
  decisionBy: string;
}

/** The quote each filled field came from. */
export type FilledFrom = Partial<Record<FillField, string>>;

export interface Filled<F extends FillableFields> {
  fields: F;
  from: FilledFrom;
}

// Form order, so the status names them as the person reads down the form.
const ORDER: readonly FillField[] = [
  'company',
  'role',
  'stage',
  'format',
  'date',
  'interviewers',
  'decisionBy',
];

/**
 * The notes' value for a field. A promised day counts from the interview day it was read from, so
 * it fills the decision date only while the form's interview date (`date`, when known) is that day.
 */
function statedValue(
  stated: NotesFillSource,
  field: FillField,
  date?: string,
): { value: string; quote: string } | undefined {
  if (field !== 'decisionBy') return statedValueOf(stated, field);
  const d = stated.statedDecisionBy;
  return d && isoDateFrom(d.date) && (date === undefined || date === d.from)
    ? { value: d.date, quote: d.evidence.quote }
    : undefined;
}

/**
 * The fields a next round carries over from the last one and notes leave alone: the employer and
 * job the person gave then are theirs, as a typed name is (a blank one may still be filled). The
 * stage is only a guess at the round after, so notes that name the round correct it.
 */
export function carriedOver(fields: Pick<FillableFields, 'company' | 'role'>): ReadonlySet<FillField> {
  return new Set((['company', 'role'] as const).filter((f) => fields[f].trim() !== ''));
}

/**
 * `typed` names the fields the person has changed by hand (or carried over from the last round).
 * A typed field keeps its value even when the notes say otherwise; a typed field left blank is
 * still blank, so it may be filled.
 */
export function fillFromNotes<F extends FillableFields>(
  fields: F,
  stated: NotesFillSource,
  typed: ReadonlySet<string>,
): Filled<F> {
  const next: F = { ...fields };
  const from: FilledFrom = {};
  for (const field of ORDER) {
    const found = statedValue(stated, field, next.date);
    if (!found) continue;
    const current = String(fields[field]).trim();
    if (typed.has(field) && current !== '') continue;
    (next as FillableFields)[field] = found.value as never;
    from[field] = found.quote;
  }
  return { fields: next, from };
}

/**
 * The interview date was changed by hand. A decision date filled from the notes was counted from
 * the day it was read from ("within a week" of it), so it stays only while the form's date is
 * that day, and goes (blank, its mark with it) with any other.
 */
export function withDecisionFor<F extends FillableFields>(
  fields: F,
  from: FilledFrom,
  stated: NotesFillSource | undefined,
): Filled<F> {
  if (from.decisionBy === undefined) return { fields, from };
  const found = stated ? statedValue(stated, 'decisionBy', fields.date) : undefined;
  const { decisionBy: _dropped, ...rest } = from;
  return found
    ? { fields: { ...fields, decisionBy: found.value }, from: { ...rest, decisionBy: found.quote } }
    : { fields: { ...fields, decisionBy: '' }, from: rest };
}

/** "employer, round and date" */
function listWords(fields: readonly FillField[]): string {
  const words = fields.map((f) => FILL_WORDS[f]);
  return words.length < 2
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The status line after reading the notes: what was filled, or why nothing was. */
export function fillStatus(kind: string, stated: NotesFillSource, from: FilledFrom): string {
  const said = filledWords(kind, stated, from);
  // More than one day for a decision: none was filled, and the person should know why.
  if (!stated.decisionDaysDiffer || from.decisionBy !== undefined) return said;
  const source = kind === 'notes' ? 'Your notes give' : 'The transcript gives';
  return `${said} ${source} more than one day for their decision, so that date is yours to pick: the debrief page shows each day with its words.`;
}

function filledWords(kind: string, stated: NotesFillSource, from: FilledFrom): string {
  const filled = ORDER.filter((f) => from[f] !== undefined);
  if (filled.length > 0)
    return `Filled in from ${kind === 'notes' ? 'your notes' : 'the transcript'}: ${listWords(filled)}. Check them below; you can change any of them.`;
  if (kind !== 'notes')
    return 'That reads as a transcript, so there is nothing to fill in from it. It will still be kept with the interview when you save.';
  const stating = ORDER.some((f) => statedValue(stated, f) !== undefined);
  if (stating)
    return 'Nothing to fill in: the fields your notes speak of are already filled in, and what you gave is kept.';
  return 'Your notes do not say the date, round, format, employer or job, so fill those in below. The notes will still be kept with the interview.';
}
