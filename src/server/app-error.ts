import type { FieldError } from '../contract/fields.js';

/** Every code the API can answer with; error-handler.ts maps each to one HTTP status. */
export const ERROR_CODES = [
  'invalid-request',
  'invalid-json',
  'invalid-import',
  'not-found',
  'conflict',
  'payload-too-large',
  'unsupported-media-type',
  // The analyzer's own codes, passed through so clients can explain them.
  'empty',
  'binary',
  'invalid-utf8',
  'malformed-transcript',
  'too-large',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const codeSet: ReadonlySet<string> = new Set(ERROR_CODES);
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && codeSet.has(value);
}

/** The one error the server's own code throws; the handler turns it into JSON. */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function invalidRequest(fields: FieldError[]): AppError {
  const first = fields[0];
  const summary = first ? `${first.path || 'body'}: ${first.message}` : 'the request is not valid';
  const more = fields.length > 1 ? ` (and ${fields.length - 1} more)` : '';
  return new AppError('invalid-request', `Please check the request: ${summary}${more}.`, fields);
}

export function notFound(what: string): AppError {
  return new AppError('not-found', `${what} was not found. It may have been deleted.`);
}
