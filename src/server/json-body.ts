/**
 * Fastify's JSON parser (kept for its __proto__ / constructor guards), with one change: a body
 * that is not JSON is answered with the place and the slip, as the CLI says it for a file.
 */
import type { FastifyInstance } from 'fastify';
import { jsonProblemPhrase } from '../contract/json-problem.js';
import { AppError } from './app-error.js';

/** The 400 message for a request body that does not parse, naming where and what. */
export function invalidJsonMessage(text: string, parserMessage: string): string {
  return `The request body is not valid JSON: ${jsonProblemPhrase(text, parserMessage)}. Please fix it there and send it again.`;
}

function parserMessageOf(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

export function registerJsonBodyParser(app: FastifyInstance): void {
  const { onProtoPoisoning, onConstructorPoisoning } = app.initialConfig;
  const fastifyJson = app.getDefaultJsonParser(
    onProtoPoisoning ?? 'error',
    onConstructorPoisoning ?? 'error',
  );
  app.removeContentTypeParser('application/json');
  // application/merge-patch+json (RFC 7396) is JSON too, and what a PATCH client may send
  app.addContentTypeParser(
    ['application/json', 'application/merge-patch+json'],
    { parseAs: 'string' },
    (request, raw, done) => {
      const body = typeof raw === 'string' ? raw : raw.toString('utf8');
      fastifyJson(request, body, (error, value) => {
        // Valid JSON that Fastify still refused (a __proto__ key) keeps Fastify's own answer.
        const why = error && body.length > 0 ? parserMessageOf(body) : undefined;
        if (why !== undefined)
          done(new AppError('invalid-json', invalidJsonMessage(body, why), undefined, { cause: error }));
        else if (error) done(error);
        else done(null, value);
      });
    },
  );
}
