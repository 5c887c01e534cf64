/**
 * Notes saved with a new interview, analysed, handed to the debrief page it opens: that page then
 * treats them as just read (found signs marked "Yes", a promised date chosen), not as an earlier
 * visit's text. Kept in memory for one navigation only, like a flash.
 */
import type { DocumentAnalysis } from '../contract/responses.js';
import type { InterviewRecord } from '../core/record.js';
import { answersWithDecisionDate, defaultDecisionDate } from './aftermath.js';
import { answersWithFound, type Answers } from './answers.js';

let pending: { id: string; analysis: DocumentAnalysis } | undefined;

export function handOverAnalysis(id: string, analysis: DocumentAnalysis): void {
  pending = { id, analysis };
}

/** The analysis handed over for this interview, once; anything for another one is dropped. */
export function takeFreshAnalysis(id: string): DocumentAnalysis | undefined {
  const out = pending?.id === id ? pending.analysis : undefined;
  pending = undefined;
  return out;
}

export interface FreshStart {
  doc: DocumentAnalysis;
  answers: Answers;
  decisionBy: string | undefined;
}

/** The debrief page's start from a handed-over analysis: as if the notes had just been read there. */
export function freshStart(
  doc: DocumentAnalysis | undefined,
  record: InterviewRecord,
  saved: Answers,
): FreshStart | undefined {
  if (!doc) return undefined;
  // A date the notes promise is chosen at once, as on the debrief page; the person can change it.
  const decisionBy = defaultDecisionDate(doc.analysis.promisedDates, record);
  const answers = answersWithDecisionDate(
    answersWithFound(saved, doc.analysis.signs, doc.document.id),
    decisionBy,
  );
  return { doc, answers, decisionBy };
}
