import type { FastifyInstance } from 'fastify';
import { analyzeBatchLine } from '../../contract/analyze-batch.js';
import { assess, parseAssessRequest } from '../../contract/assess.js';
import { analyzeRequestSchema } from '../../contract/documents.js';
import { AppError, invalidRequest, isErrorCode, type ErrorCode } from '../app-error.js';
import { todayFrom } from '../assessment.js';
import { jsonBody, validated, type Deps } from '../validate.js';

/** Stateless endpoints with the CLI's exact JSON in and out. */
export function registerAssessRoutes(app: FastifyInstance, { now }: Deps): void {
  app.post('/assess', async (request) => {
    const today = todayFrom(now());
    const parsed = parseAssessRequest(jsonBody(request.body), today);
    if (!parsed.ok) throw invalidRequest(parsed.error);
    return assess(parsed.value, today);
  });

  app.post('/analyze', async (request) => {
    const body = validated(analyzeRequestSchema, request.body);
    // The batch contract needs an id; one request is one line.
    const line = analyzeBatchLine(JSON.stringify({ ...body, id: body.id ?? 'request' }), todayFrom(now()));
    if ('error' in line) {
      // The analyzer crashing is our bug, not the caller's input.
      if (line.error.code === 'analyzer-failed')
        throw new AppError('internal', 'The analyzer failed on this text.');
      const code: ErrorCode = isErrorCode(line.error.code) ? line.error.code : 'invalid-request';
      throw new AppError(code, line.error.message);
    }
    return body.id === undefined ? { ...line, id: null } : line;
  });
}
