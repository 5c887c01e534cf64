/**
 * Test helper (not a test): fresh, empty databases for tests that work below the Store port
 * (migrations, import). SQLite always; PostgreSQL too when DEBRIEF_TEST_PG_URL reaches one, each
 * database a schema of its own that afterAll drops. The PostgreSQL store suite takes its schemas
 * from here too (pgSchemas).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll } from 'vitest';
import { openPostgresDb } from './open-postgres.js';
import { openSqliteDb } from './open-sqlite.js';
import type { Db } from './schema.js';

export interface TestDatabase {
  dialect: 'sqlite' | 'postgres';
  /** A new, empty database: no tables, not even schema_migrations. */
  open(): Promise<Db>;
}

/** Runs `work` with a client of the database at `url`, closed after. */
export async function withPgClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Why the tests cannot use PostgreSQL at `url`, or undefined when they can. */
export async function pgUnavailable(url: string | undefined): Promise<string | undefined> {
  if (!url) return 'DEBRIEF_TEST_PG_URL is not set';
  return withPgClient(url, (c) => c.query('select 1')).then(
    () => undefined,
    (error: unknown) => `cannot reach ${url} (${error instanceof Error ? error.message : String(error)})`,
  );
}

/**
 * New, empty schemas of the database at `url`, named `debrief_<label>_<run>_<n>` so parallel runs
 * never collide, all dropped after the file's tests. Each comes with a URL whose search_path
 * option, which pg passes to the server for every pooled connection, puts it first.
 */
export function pgSchemas(url: string, label: string): () => Promise<{ schema: string; url: string }> {
  const runId = randomBytes(4).toString('hex');
  const schemas: string[] = [];
  afterAll(async () => {
    await withPgClient(url, async (c) => {
      for (const schema of schemas) await c.query(`drop schema if exists ${schema} cascade`);
    });
  });
  return async () => {
    const schema = `debrief_${label}_${runId}_${schemas.length + 1}`;
    schemas.push(schema);
    await withPgClient(url, (c) => c.query(`create schema ${schema}`));
    const u = new URL(url);
    u.searchParams.set('options', `-c search_path=${schema}`);
    return { schema, url: u.toString() };
  };
}

function sqlite(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-migrate-'));
  let n = 0;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { dialect: 'sqlite', open: async () => openSqliteDb(join(dir, `db-${++n}.db`)) };
}

async function postgres(url: string | undefined): Promise<TestDatabase | undefined> {
  if (!url) return undefined;
  const unavailable = await pgUnavailable(url);
  if (unavailable) {
    if (process.env.DEBRIEF_REQUIRE_PG === '1') throw new Error(`test: cannot reach PostgreSQL at ${url}`);
    return undefined;
  }
  const fresh = pgSchemas(url, 'migrate');
  return { dialect: 'postgres', open: async () => openPostgresDb((await fresh()).url) };
}

/** SQLite, and PostgreSQL when the test URL reaches one. */
export async function testDatabases(): Promise<TestDatabase[]> {
  const pgDb = await postgres(process.env.DEBRIEF_TEST_PG_URL);
  return pgDb ? [sqlite(), pgDb] : [sqlite()];
}
