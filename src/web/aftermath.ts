/**
 * What the record already says about the "Afterwards" questions. A decision date means
 * they did speak about next steps; the interview date starts the follow-up clock, which
 * the model uses instead of the "no follow-up" answer (see core/model/estimate.ts).
 */
import { isoDateFrom } from '../core/dates.js';
import type { InterviewRecord } from '../core/record.js';
import type { SignId } from '../core/signs/ids.js';
import type { Answers } from './answers.js';
import { dateWords } from './format.js';

export interface SignNote {
  hint: string;
  /** The question cannot be answered here: Debrief works it out. */
  locked?: boolean;
}

export type SignNotes = Partial<Record<SignId, SignNote>>;

/** With a decision date, "ended without word on next steps" starts as No; any answer already given stays. */
export function answersWithDecisionDate(answers: Answers, decisionBy: string | undefined): Answers {
  if (!decisionBy || !isoDateFrom(decisionBy) || answers['no-next-steps']) return answers;
  return { ...answers, 'no-next-steps': { value: 'absent', source: 'user' } };
}

/**
 * The dates the notes promised that are worth offering as the decision date: after the
 * interview (a date on or before it is a misreading), one offer per date, and not the one
 * already saved. The CLI offers the same list.
 */
export function offeredDecisionDates<T extends { date: string }>(
  promised: readonly T[],
  record: Pick<InterviewRecord, 'date' | 'decisionBy'>,
): T[] {
  return promised.filter(
    (d, i) =>
      d.date > record.date &&
      d.date !== record.decisionBy &&
      promised.findIndex((x) => x.date === d.date) === i,
  );
}

/**
 * The decision date chosen before the person picks one, as the CLI's Enter does: the first date
 * the notes promise that is offered, unless the record already has a date of its own (which stays
 * until changed).
 */
export function defaultDecisionDate(
  promised: readonly { date: string }[],
  record: Pick<InterviewRecord, 'date' | 'decisionBy'>,
): string | undefined {
  return record.decisionBy ? undefined : offeredDecisionDates(promised, record)[0]?.date;
}

export function aftermathNotes(
  record: Pick<InterviewRecord, 'date' | 'heardBack'>,
  decisionBy: string | undefined,
): SignNotes {
  const notes: SignNotes = {};
  if (decisionBy && isoDateFrom(decisionBy)) {
    notes['no-next-steps'] = {
      hint: `Debrief put No here because they said they would decide by ${dateWords(decisionBy)}. Change it if the interview really ended without any word on next steps.`,
    };
  }
  if (isoDateFrom(record.date) || record.heardBack?.kind === 'outcome') {
    notes['no-follow-up'] = {
      hint: 'Debrief works this out from the dates: the follow-up timeline counts the days since your interview.',
      locked: true,
    };
  }
  return notes;
}
