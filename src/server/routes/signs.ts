import type { FastifyInstance } from 'fastify';
import { CATALOGUE } from '../../core/index.js';

export function registerSignRoutes(app: FastifyInstance): void {
  app.get('/signs', async () => CATALOGUE);
}
