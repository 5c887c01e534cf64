/**
 * Test helper (not a test): fresh, empty databases for tests that work below the Store port
 * (migrations, import). SQLite always; PostgreSQL too when DEBRIEF_TEST_PG_URL reaches one, each
 * database a schema of its own that afterAll drops.
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

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function sqlite(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-migrate-'));
  let n = 0;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { dialect: 'sqlite', open: async () => openSqliteDb(join(dir, `db-${++n}.db`)) };
}

async function postgres(url: string | undefined): Promise<TestDatabase | undefined> {
  if (!url) return undefined;
  const reachable = await withClient(url, (c) => c.query('select 1')).then(
    () => true,
    () => false,
  );
  if (!reachable) {
    if (process.env.DEBRIEF_REQUIRE_PG === '1') throw new Error(`test: cannot reach PostgreSQL at ${url}`);
    return undefined;
  }
  const runId = randomBytes(4).toString('hex');
  const schemas: string[] = [];
  afterAll(async () => {
    await withClient(url, async (c) => {
      for (const schema of schemas) await c.query(`drop schema if exists ${schema} cascade`);
    });
  });
  return {
    dialect: 'postgres',
    open: async () => {
      const schema = `debrief_migrate_${runId}_${schemas.length + 1}`;
      schemas.push(schema);
      await withClient(url, (c) => c.query(`create schema ${schema}`));
      const u = new URL(url);
      u.searchParams.set('options', `-c search_path=${schema}`);
      return openPostgresDb(u.toString());
    },
  };
}

/** SQLite, and PostgreSQL when the test URL reaches one. */
export async function testDatabases(): Promise<TestDatabase[]> {
  const pgDb = await postgres(process.env.DEBRIEF_TEST_PG_URL);
  return pgDb ? [sqlite(), pgDb] : [sqlite()];
}
