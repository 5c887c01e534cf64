/**
 * The HTTP app: JSON API under /api plus the built web pages. No process.env, no listen:
 * everything arrives as arguments, so tests drive it with app.inject().
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { Store } from '../store/store.js';
import { BODY_LIMIT_BYTES, registerErrorHandler } from './error-handler.js';
import { registerJsonBodyParser } from './json-body.js';
import { openApiDocument } from './openapi.js';
import { registerAssessRoutes } from './routes/assess.js';
import { registerAssessmentRoutes } from './routes/assessment.js';
import { registerDocumentRoutes } from './routes/documents.js';
import { registerExportRoutes } from './routes/export.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerInterviewRoutes } from './routes/interviews.js';
import { registerObservationRoutes } from './routes/observations.js';
import { registerOutcomeRoutes } from './routes/outcome.js';
import { registerReminderRoutes } from './routes/reminders.js';
import { registerSignRoutes } from './routes/signs.js';
import { registerStatedRoutes } from './routes/stated.js';
import type { Deps } from './validate.js';
import { registerWeb } from './web.js';

export interface AppOptions {
  store: Store;
  config: Pick<Config, 'logLevel' | 'webRoot'>;
  now: () => Date;
  /** Shown in /api/docs. */
  version?: string;
}

export async function buildApp({
  store,
  config,
  now,
  version = '0.0.0',
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: BODY_LIMIT_BYTES,
  });
  registerErrorHandler(app);
  registerJsonBodyParser(app);

  // Dropped files arrive as raw bytes: decoding is the analyzer's job (strict UTF-8, binary checks).
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(
    ['text/plain', 'application/octet-stream'],
    { parseAs: 'buffer' },
    (_request, body, done) => {
      done(null, body);
    },
  );

  const deps: Deps = { store, now };
  const docs = openApiDocument(version);
  await app.register(
    async (api) => {
      registerHealthRoutes(api);
      registerSignRoutes(api);
      registerInterviewRoutes(api, deps);
      registerObservationRoutes(api, deps);
      registerDocumentRoutes(api, deps);
      registerAssessmentRoutes(api, deps);
      registerOutcomeRoutes(api, deps);
      registerReminderRoutes(api, deps);
      registerExportRoutes(api, deps);
      registerAssessRoutes(api, deps);
      registerStatedRoutes(api, deps);
      api.get('/docs', async () => docs);
    },
    { prefix: '/api' },
  );
  await registerWeb(app, config.webRoot);
  return app;
}
