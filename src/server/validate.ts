import type { z } from 'zod';
import { decisionDateErrors, recordDateErrors } from '../contract/date-rules.js';
import { parseWith } from '../contract/fields.js';
import { interviewRecordSchema } from '../contract/interview.js';
import type { IsoDate } from '../core/dates.js';
import type { InterviewRecord } from '../core/record.js';
import type { Store, StoredInterview } from '../store/store.js';
import { AppError, invalidRequest, notFound } from './app-error.js';

/**
 * Plain text and raw bytes are parsed as a Buffer (for dropped files); on a JSON route that
 * Buffer would be checked field by field and answered with a hundred "unknown field" lines.
 */
export function jsonBody(body: unknown): unknown {
  if (Buffer.isBuffer(body))
    throw new AppError(
      'unsupported-media-type',
      'This takes a JSON body: send it with the header content-type: application/json.',
    );
  return body;
}

/** The validated value, or a 400 that names every bad field. */
export function validated<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  jsonBody(value);
  const parsed = parseWith(schema, value ?? {});
  if (!parsed.ok) throw invalidRequest(parsed.error);
  return parsed.value;
}

/** A record as POST and PUT take it: the schema, then no interview or reply later than tomorrow. */
export function validatedRecord(value: unknown, today: IsoDate): InterviewRecord {
  // The schema has checked every date, so the IsoDate brand is earned.
  const record = validated(interviewRecordSchema, value) as InterviewRecord;
  const errors = [...recordDateErrors(record, today), ...decisionDateErrors(record)];
  if (errors.length > 0) throw invalidRequest(errors);
  return record;
}

// Ids are made by the store (UUIDs); anything else cannot exist, so don't ask the database.
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export async function requireInterview(store: Store, id: string): Promise<StoredInterview> {
  const found = ID_PATTERN.test(id) ? await store.getInterview(id) : undefined;
  if (!found) throw notFound('That interview');
  return found;
}

export interface Deps {
  store: Store;
  now: () => Date;
}
