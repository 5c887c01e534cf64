/**
 * What the notes say about the interview itself (its day, round and format) where the record says
 * otherwise, and the employer and job they name where the record has none, worded for a quiet
 * offer beside the analysis. The server reads the notes; this only compares, and the page changes
 * the record only when the person clicks.
 */
import type { DocumentAnalysis } from '../contract/responses.js';
import { isoDateFrom, type IsoDate } from '../core/dates.js';
import type { Format, InterviewRecord, Stage } from '../core/record.js';
import { dateWords, FORMAT_WORDS, STAGE_WORDS } from './format.js';
import { checkInKept } from './interview-fields.js';

export type SuggestionField = 'company' | 'role' | 'date' | 'stage' | 'format' | 'interviewers';

/** Each field as the dismiss button names it. */
export const FIELD_WORDS: Readonly<Record<SuggestionField, string>> = {
  company: 'employer',
  role: 'job title',
  date: 'date',
  stage: 'round',
  format: 'format',
  interviewers: 'interviewers',
};

export interface RecordSuggestion {
  field: SuggestionField;
  /** The notes' value for the field ("2026-11-23", "final", "panel"): what a dismissal remembers. */
  value: string;
  /** What the notes say, as a sentence part: "this was the final round". */
  says: string;
  /** The notes' words, shown beside `says` unless they are the value itself (a name). */
  quote: string;
  /** What the record says now: "First interview". */
  recorded: string;
  /** The button's words: "Use final round". */
  action: string;
  /** The record with the notes' value in this one field. */
  apply: (record: InterviewRecord) => InterviewRecord;
}

// "this was …": an article that reads right for each stage ("a later round", not "the later round")
const STAGE_SAYS: Readonly<Record<Stage, string>> = {
  screen: 'a screening call',
  first: 'the first interview',
  later: 'a later round',
  final: 'the final round',
  other: 'another kind of round',
};

const FORMAT_SAYS: Readonly<Record<Format, string>> = {
  phone: 'by phone',
  video: 'by video call',
  onsite: 'in person',
  panel: 'with a panel',
};

/** The analysis fields the suggestions come from. */
export type StatedOfDocument = Pick<
  DocumentAnalysis,
  | 'statedInterviewDate'
  | 'statedStage'
  | 'statedFormat'
  | 'statedCompany'
  | 'statedRole'
  | 'statedInterviewers'
>;

/** Each field's value as the record holds it. */
interface StatedValues {
  company: string;
  role: string;
  date: IsoDate;
  stage: Stage;
  format: Format;
  /** Names as the form holds them: separated by commas. */
  interviewers: string;
}
export interface Stated<T> {
  value: T;
  /** The notes' words it came from. */
  quote: string;
}

const named = (name: string | undefined, quote: string | undefined): Stated<string> | undefined => {
  const value = name?.trim();
  return value && quote !== undefined ? { value, quote } : undefined;
};

const READERS: { [K in SuggestionField]: (doc: StatedOfDocument) => Stated<StatedValues[K]> | undefined } = {
  company: (d) => named(d.statedCompany?.name, d.statedCompany?.evidence.quote),
  role: (d) => named(d.statedRole?.title, d.statedRole?.evidence.quote),
  date: (d) => {
    const date = d.statedInterviewDate && isoDateFrom(d.statedInterviewDate.date);
    return date ? { value: date, quote: d.statedInterviewDate!.evidence.quote } : undefined;
  },
  stage: (d) => d.statedStage && { value: d.statedStage.stage, quote: d.statedStage.evidence.quote },
  format: (d) => d.statedFormat && { value: d.statedFormat.format, quote: d.statedFormat.evidence.quote },
  interviewers: (d) => {
    const people = d.statedInterviewers ?? [];
    return people.length
      ? { value: people.map((p) => p.name).join(', '), quote: people.map((p) => p.evidence.quote).join(', ') }
      : undefined;
  },
};

/**
 * What the notes give for one field, with its words: a name trimmed, a day only if it is one. The
 * suggestions here and the new-interview page's filling (notes-fill.ts) read the notes alike.
 */
export function statedValueOf<K extends SuggestionField>(
  doc: StatedOfDocument,
  field: K,
): Stated<StatedValues[K]> | undefined {
  return READERS[field](doc);
}

/** A name in a button: long ones cut, so the button stays on one line on a phone. */
const buttonName = (name: string): string => (name.length <= 28 ? name : `${name.slice(0, 27).trimEnd()}…`);

/** "Ana", "Ana and Joe", "Ana, Joe and Ruth". */
const listOfNames = (names: readonly string[]): string =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

const NAMED: ReadonlyArray<{ field: 'company' | 'role'; what: string; none: string }> = [
  { field: 'company', what: 'the employer', none: 'no employer' },
  { field: 'role', what: 'the job', none: 'no job title' },
];

/**
 * One suggestion per field the notes state and the record gives differently, in record order.
 * The employer and job are offered only to fill a blank: a name the person typed is theirs.
 */
export function recordSuggestionsOf(doc: StatedOfDocument, record: InterviewRecord): RecordSuggestion[] {
  const out: RecordSuggestion[] = [];
  for (const { field, what, none } of NAMED) {
    const name = statedValueOf(doc, field);
    if (!name || record[field]?.trim()) continue;
    out.push({
      field,
      ...name,
      says: `${what} was ${name.value}`,
      recorded: none,
      action: `Use ${buttonName(name.value)}`,
      apply: (r) => ({ ...r, [field]: name.value }),
    });
  }
  const people = statedValueOf(doc, 'interviewers');
  if (people && !record.interviewers?.length) {
    const names = (doc.statedInterviewers ?? []).map((p) => p.name);
    out.push({
      field: 'interviewers',
      ...people,
      says: `you were interviewed by ${listOfNames(names)}`,
      recorded: 'no interviewers',
      action: `Use ${buttonName(listOfNames(names))}`,
      apply: (r) => ({ ...r, interviewers: names }),
    });
  }
  const date = statedValueOf(doc, 'date');
  if (date && date.value !== record.date)
    out.push({
      field: 'date',
      ...date,
      says: `the interview was on ${dateWords(date.value)}`,
      recorded: dateWords(record.date),
      action: `Use ${dateWords(date.value)}`,
      // a check-in sent before the day the notes give was about something else: it goes
      apply: ({ checkedInOn, ...r }) => {
        const kept = checkInKept(checkedInOn, date.value);
        return { ...r, date: date.value, ...(kept ? { checkedInOn: kept } : {}) };
      },
    });
  const stage = statedValueOf(doc, 'stage');
  if (stage && stage.value !== record.stage)
    out.push({
      field: 'stage',
      ...stage,
      says: `this was ${STAGE_SAYS[stage.value]}`,
      recorded: STAGE_WORDS[record.stage],
      action: `Use ${STAGE_WORDS[stage.value].toLowerCase()}`,
      apply: (r) => ({ ...r, stage: stage.value }),
    });
  const format = statedValueOf(doc, 'format');
  if (format && format.value !== record.format)
    out.push({
      field: 'format',
      ...format,
      says: `it was held ${FORMAT_SAYS[format.value]}`,
      recorded: record.format ? FORMAT_WORDS[record.format] : 'no format',
      action: `Use ${FORMAT_WORDS[format.value].toLowerCase()}`,
      apply: (r) => ({ ...r, format: format.value }),
    });
  return out;
}
