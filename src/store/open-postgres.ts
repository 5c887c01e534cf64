import { Kysely, PostgresDialect } from 'kysely';
import type { Database as Schema } from './schema.js';

/** Loaded only when a database URL is configured, so SQLite users never load pg. */
export async function openPostgresDb(connectionString: string): Promise<Kysely<Schema>> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle connection dropped by the server (a restart, a failover) is discarded by the pool and
  // the next query opens a fresh one; unlistened, the event would crash the process instead.
  pool.on('error', () => undefined);
  return new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
}
