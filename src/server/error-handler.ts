/**
 * The one place errors become HTTP responses. Clients get `{ error: { code, message,
 * fields? } }` and never a stack trace; unexpected errors are logged and answered with 500.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError } from '../contract/fields.js';
import { isStoreError } from '../store/errors.js';
import { AppError, type ErrorCode } from './app-error.js';

export const ERROR_STATUS = {
  'invalid-request': 400,
  'invalid-json': 400,
  'invalid-import': 400,
  'not-found': 404,
  conflict: 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  empty: 400,
  binary: 400,
  'invalid-utf8': 400,
  'malformed-transcript': 400,
  'too-large': 413,
  internal: 500,
} as const satisfies Record<ErrorCode, number>;

export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: FieldError[] };
}

export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/** Fastify's own error codes we expect from clients, in our words. */
const FASTIFY_ERRORS: Readonly<Record<string, { code: ErrorCode; message: string }>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'payload-too-large',
    message:
      'That is more than Debrief accepts in one request (2 MB). Please send a shorter text or split it.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported-media-type',
    message: 'Debrief accepts JSON, or plain text for notes and transcripts.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'invalid-json',
    message: 'The request body is empty; it should be JSON.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid-json', message: 'The request body is not valid JSON.' },
};

function bodyFor(error: unknown): { code: ErrorCode; message: string; fields?: FieldError[] } | undefined {
  if (error instanceof AppError) {
    return { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) };
  }
  if (isStoreError(error)) {
    return { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) };
  }
  const coded = error as Partial<FastifyError>;
  if (typeof coded.code === 'string' && coded.code in FASTIFY_ERRORS) return FASTIFY_ERRORS[coded.code];
  // The JSON parser throws a SyntaxError marked 400.
  if (coded.statusCode === 400 && error instanceof SyntaxError)
    return FASTIFY_ERRORS.FST_ERR_CTP_INVALID_JSON_BODY;
  return undefined;
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const known = bodyFor(error);
    if (known) {
      const status = ERROR_STATUS[known.code];
      if (status >= 500) request.log.error({ err: error }, 'request failed');
      return reply.status(status).send({ error: known } satisfies ErrorBody);
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send({
      error: { code: 'internal', message: 'Something went wrong on our side. Please try again in a moment.' },
    } satisfies ErrorBody);
  });
}

export function sendNotFound(reply: FastifyReply, url: string): FastifyReply {
  return reply.status(404).send({
    error: { code: 'not-found', message: `There is no API route ${url.split('?')[0]}.` },
  } satisfies ErrorBody);
}
