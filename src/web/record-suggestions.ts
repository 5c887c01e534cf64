/**
 * What the notes say about the interview itself (its day, round and format) where the record says
 * otherwise, and the employer and job they name where the record has none, worded for a quiet offer beside the analysis. The server reads the notes; this only
 * compares, and the page changes the record only when the person clicks.
 */
import type { DocumentAnalysis } from '../contract/responses.js';
import { isoDateFrom } from '../core/dates.js';
import type { Format, InterviewRecord, Stage } from '../core/record.js';
import { dateWords, FORMAT_WORDS, STAGE_WORDS } from './format.js';

export type SuggestionField = 'company' | 'role' | 'date' | 'stage' | 'format';

/** Each field as the dismiss button names it. */
export const FIELD_WORDS: Readonly<Record<SuggestionField, string>> = {
  company: 'employer',
  role: 'job title',
  date: 'date',
  stage: 'round',
  format: 'format',
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
  'statedInterviewDate' | 'statedStage' | 'statedFormat' | 'statedCompany' | 'statedRole'
>;

/** A name in a button: long ones cut, so the button stays on one line on a phone. */
const buttonName = (name: string): string => (name.length <= 28 ? name : `${name.slice(0, 27).trimEnd()}…`);

const NAMED: ReadonlyArray<{ field: 'company' | 'role'; what: string; none: string }> = [
  { field: 'company', what: 'the employer', none: 'no employer' },
  { field: 'role', what: 'the job', none: 'no job title' },
];

/** The employer or job the notes name, offered only to fill a blank: a name the person typed is theirs. */
function nameSuggestions(doc: StatedOfDocument, record: InterviewRecord): RecordSuggestion[] {
  return NAMED.flatMap(({ field, what, none }) => {
    const stated = field === 'company' ? doc.statedCompany : doc.statedRole;
    const value = (stated && ('name' in stated ? stated.name : stated.title))?.trim();
    if (!stated || !value || record[field]?.trim()) return [];
    return [
      {
        field,
        value,
        says: `${what} was ${value}`,
        quote: stated.evidence.quote,
        recorded: none,
        action: `Use ${buttonName(value)}`,
        apply: (r: InterviewRecord) => ({ ...r, [field]: value }),
      },
    ];
  });
}

/** One suggestion per field the notes state and the record gives differently, in record order. */
export function recordSuggestionsOf(doc: StatedOfDocument, record: InterviewRecord): RecordSuggestion[] {
  const out: RecordSuggestion[] = nameSuggestions(doc, record);
  const date = doc.statedInterviewDate ? isoDateFrom(doc.statedInterviewDate.date) : undefined;
  if (doc.statedInterviewDate && date && date !== record.date)
    out.push({
      field: 'date',
      value: date,
      says: `the interview was on ${dateWords(date)}`,
      quote: doc.statedInterviewDate.evidence.quote,
      recorded: dateWords(record.date),
      action: `Use ${dateWords(date)}`,
      apply: (r) => ({ ...r, date }),
    });
  const stage = doc.statedStage?.stage;
  if (doc.statedStage && stage && stage !== record.stage)
    out.push({
      field: 'stage',
      value: stage,
      says: `this was ${STAGE_SAYS[stage]}`,
      quote: doc.statedStage.evidence.quote,
      recorded: STAGE_WORDS[record.stage],
      action: `Use ${STAGE_WORDS[stage].toLowerCase()}`,
      apply: (r) => ({ ...r, stage }),
    });
  const format = doc.statedFormat?.format;
  if (doc.statedFormat && format && format !== record.format)
    out.push({
      field: 'format',
      value: format,
      says: `it was held ${FORMAT_SAYS[format]}`,
      quote: doc.statedFormat.evidence.quote,
      recorded: record.format ? FORMAT_WORDS[record.format] : 'no format',
      action: `Use ${FORMAT_WORDS[format].toLowerCase()}`,
      apply: (r) => ({ ...r, format }),
    });
  return out;
}
