import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendNotFound } from './error-handler.js';

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Debrief</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
<h1>Debrief is running, but its pages are not built yet</h1>
<p>Run <code>npm run build</code> in the Debrief folder, then start the server again.</p>
<p>The JSON API works meanwhile: see <a href="/api/docs">/api/docs</a>.</p>
</body></html>`;

const isApi = (url: string) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

/** Serves the built web app with a single-page fallback; /api misses stay JSON 404s. */
export async function registerWeb(app: FastifyInstance, webRoot: string): Promise<void> {
  const hasWeb = existsSync(path.join(webRoot, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot });

  app.setNotFoundHandler((request, reply) => {
    if (isApi(request.url) || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return sendNotFound(reply, request.url);
    }
    if (!hasWeb) return reply.status(503).type('text/html; charset=utf-8').send(NOT_BUILT);
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}
