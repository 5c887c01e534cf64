/**
 * The one place the web app talks to the server. Request types come from the contract's
 * zod schemas (type-only, so zod stays out of the bundle); failures are values, never throws.
 */
import type { ImportResult } from './api-types.js';
import type {
  InterviewListQuery,
  InterviewRecordInput,
  OutcomeBody,
  ReminderDoneBody,
} from '../contract/interview.js';
import type { ObservationsBody } from '../contract/observations.js';
import type {
  ApiErrorBody,
  AssessmentView,
  DocumentAnalysis,
  InterviewItem,
  InterviewList,
  LatestAnalysis,
  NotesStated,
  ObservationsView,
  RemindersView,
} from '../contract/responses.js';
import type { FieldError } from '../contract/fields.js';
import type { PersonalWeights } from '../core/model/personal.js';
import { loadFirstName, nameQuery } from './first-name.js';

export interface ApiError {
  code: string;
  message: string;
  fields?: FieldError[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

const NETWORK: ApiError = {
  code: 'network',
  message: 'Debrief could not reach its server. Check that it is still running, then try again.',
};

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const error = (value as { error?: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

async function request<T>(path: string, init: RequestInit = {}): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch {
    return { ok: false, error: NETWORK };
  }
  if (response.status === 204) return { ok: true, value: undefined as T };
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (response.ok && body !== undefined) return { ok: true, value: body as T };
  if (isErrorBody(body)) return { ok: false, error: body.error };
  return {
    ok: false,
    error: {
      code: 'unexpected',
      message: `The server answered in a way Debrief did not expect (status ${response.status}). Please try again.`,
    },
  };
}

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const enc = encodeURIComponent;

export function listInterviews(query: InterviewListQuery = {}): Promise<ApiResult<InterviewList>> {
  const params = new URLSearchParams();
  if (query.stage) params.set('stage', query.stage);
  if (query.status) params.set('status', query.status);
  if (query.q) params.set('q', query.q);
  const qs = params.toString();
  return request(`/api/interviews${qs ? `?${qs}` : ''}`);
}

export const getInterview = (id: string): Promise<ApiResult<InterviewItem>> =>
  request(`/api/interviews/${enc(id)}`);

export const createInterview = (record: InterviewRecordInput): Promise<ApiResult<InterviewItem>> =>
  request('/api/interviews', json('POST', record));

export const updateInterview = (
  id: string,
  record: InterviewRecordInput,
): Promise<ApiResult<InterviewItem>> => request(`/api/interviews/${enc(id)}`, json('PUT', record));

export const deleteInterview = (id: string): Promise<ApiResult<void>> =>
  request(`/api/interviews/${enc(id)}`, { method: 'DELETE' });

export const getObservations = (id: string): Promise<ApiResult<ObservationsView>> =>
  request(`/api/interviews/${enc(id)}/observations`);

export const putObservations = (id: string, body: ObservationsBody): Promise<ApiResult<ObservationsView>> =>
  request(`/api/interviews/${enc(id)}/observations`, json('PUT', body));

/**
 * Sends text or a dropped file as raw bytes: the server decodes strictly and works out
 * whether it is notes or a transcript, so binary or broken files are refused there, once.
 */
export function postDocument(
  id: string,
  content: string | Blob,
  candidate?: string,
): Promise<ApiResult<DocumentAnalysis>> {
  const params = new URLSearchParams();
  if (candidate) params.set('candidate', candidate);
  const qs = params.toString();
  const type = typeof content === 'string' ? 'text/plain; charset=utf-8' : 'application/octet-stream';
  return request(`/api/interviews/${enc(id)}/documents${qs ? `?${qs}` : ''}`, {
    method: 'POST',
    headers: { 'content-type': type },
    body: content,
  });
}

/** What notes (pasted, or a chosen file's bytes) say of their interview; the server keeps nothing. */
export const readNotes = (content: string | Blob): Promise<ApiResult<NotesStated>> =>
  request('/api/notes/stated', {
    method: 'POST',
    headers: {
      'content-type': typeof content === 'string' ? 'text/plain; charset=utf-8' : 'application/octet-stream',
    },
    body: content,
  });

/** The newest stored document, analyzed again, with delivery guidance; `latest` is null when none. */
export const getLatestAnalysis = (id: string): Promise<ApiResult<LatestAnalysis>> =>
  request(`/api/interviews/${enc(id)}/analysis`);

export const setReminderDone = (id: string, body: ReminderDoneBody): Promise<ApiResult<RemindersView>> =>
  request(`/api/interviews/${enc(id)}/reminders`, json('PUT', body));

/** `firstName` signs the drafts; it is kept in the browser and sent each time (first-name.ts). */
export const getAssessment = (id: string, firstName = loadFirstName()): Promise<ApiResult<AssessmentView>> =>
  request(`/api/interviews/${enc(id)}/assessment${nameQuery(firstName)}`);

/** The person's own weights, for an estimate worked out in the page (the debrief's live one). */
export const getPersonalWeights = (): Promise<ApiResult<PersonalWeights>> => request('/api/personal-weights');

export const postOutcome = (id: string, body: OutcomeBody): Promise<ApiResult<InterviewItem>> =>
  request(`/api/interviews/${enc(id)}/outcome`, json('POST', body));

export const deleteOutcome = (id: string): Promise<ApiResult<InterviewItem>> =>
  request(`/api/interviews/${enc(id)}/outcome`, { method: 'DELETE' });

export const calendarUrl = (id: string, firstName = loadFirstName()): string =>
  `/api/interviews/${enc(id)}/calendar.ics${nameQuery(firstName)}`;
export const EXPORT_JSON_URL = '/api/export';
export const EXPORT_CSV_URL = '/api/export.csv';

/** The bundle is sent as parsed JSON; the server checks every field before writing anything. */
export const importBundle = (bundle: unknown, mode: 'merge' | 'replace'): Promise<ApiResult<ImportResult>> =>
  request(`/api/import?mode=${mode}`, json('POST', bundle));
