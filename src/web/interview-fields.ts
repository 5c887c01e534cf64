/**
 * The interview form's fields as typed (all text), read from a stored interview or carried to
 * its next round, and turned into the record the API takes.
 */
import type { InterviewRecordInput } from '../contract/interview.js';
import type { InterviewItem } from '../contract/responses.js';
import { stageAfter, type Format, type Stage } from '../core/record.js';
import { listFrom, todayLocal } from './format.js';

export interface Fields {
  company: string;
  role: string;
  stage: Stage;
  format: Format | '';
  date: string;
  time: string;
  interviewers: string;
  decisionBy: string;
  candidates: string;
  topics: string;
}

export function fieldsOf(item: InterviewItem | undefined): Fields {
  const r = item?.record;
  return {
    company: r?.company ?? '',
    role: r?.role ?? '',
    stage: r?.stage ?? 'first',
    format: r?.format ?? '',
    date: r?.date ?? todayLocal(),
    time: r?.time ?? '',
    interviewers: r?.interviewers?.join(', ') ?? '',
    decisionBy: r?.decisionBy ?? '',
    candidates: r?.candidates !== undefined ? String(r.candidates) : '',
    topics: r?.topics?.join(', ') ?? '',
  };
}

/** A next round's form: the same company and role, the stage moved on, everything else fresh. */
export function nextRoundFields(previous: InterviewItem): Fields {
  const r = previous.record;
  return {
    ...fieldsOf(undefined),
    company: r.company ?? '',
    role: r.role ?? '',
    stage: stageAfter(r.stage),
  };
}

/** An edit keeps the check-in's day, unless the interview was moved to after it (it was about something else then). */
export const checkInKept = <D extends string>(on: D | undefined, date: string): D | undefined =>
  on !== undefined && on >= date ? on : undefined;

/**
 * Blank fields are left out, so the server's checks see only what the user gave. `heardBack` and
 * `checkedInOn` are not fields of the form: an edit carries them over as they were.
 */
export function recordFrom(
  f: Fields,
  heardBack?: InterviewRecordInput['heardBack'],
  checkedInOn?: string,
): InterviewRecordInput {
  const interviewers = listFrom(f.interviewers);
  const topics = listFrom(f.topics);
  const candidates = f.candidates.trim() === '' ? undefined : Number(f.candidates);
  return {
    stage: f.stage,
    date: f.date,
    ...(f.company.trim() ? { company: f.company.trim() } : {}),
    ...(f.role.trim() ? { role: f.role.trim() } : {}),
    ...(f.format ? { format: f.format } : {}),
    ...(f.time ? { time: f.time } : {}),
    ...(interviewers.length ? { interviewers } : {}),
    ...(f.decisionBy ? { decisionBy: f.decisionBy } : {}),
    ...(candidates !== undefined ? { candidates } : {}),
    ...(topics.length ? { topics } : {}),
    ...(heardBack ? { heardBack } : {}),
    ...(checkedInOn ? { checkedInOn } : {}),
  };
}

export const FIELD_LABELS: Readonly<Record<string, string>> = {
  company: 'Company',
  role: 'Role',
  stage: 'Stage',
  format: 'Format',
  date: 'Date',
  time: 'Time',
  interviewers: 'Interviewers',
  decisionBy: 'Decision date',
  candidates: 'Candidates in this round',
  topics: 'Topics discussed',
};
