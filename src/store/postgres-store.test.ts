/**
 * Runs the store contract on PostgreSQL when DEBRIEF_TEST_PG_URL is set and reachable.
 * Each store gets its own schema (via search_path in the URL), so parallel runs never collide.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { openStore } from './index.js';
import { MIGRATIONS } from './migrations/index.js';
import { runStoreContract } from './store.case.js';

const url = process.env.DEBRIEF_TEST_PG_URL;
const required = process.env.DEBRIEF_REQUIRE_PG === '1';
const runId = randomBytes(4).toString('hex');
const schemas: string[] = [];

async function whyUnavailable(): Promise<string | undefined> {
  if (!url) return 'DEBRIEF_TEST_PG_URL is not set';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return `cannot reach ${url} (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The test URL plus a search_path option, which pg passes to the server for every pooled connection. */
function urlWithSchema(schema: string): string {
  const u = new URL(url!);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

const unavailable = await whyUnavailable();

if (unavailable === undefined) {
  afterAll(async () => {
    await withClient(async (client) => {
      for (const schema of schemas) await client.query(`drop schema if exists ${schema} cascade`);
    });
  });

  const freshSchema = async (): Promise<string> => {
    const schema = `debrief_test_${runId}_${schemas.length + 1}`;
    schemas.push(schema);
    await withClient((client) => client.query(`create schema ${schema}`));
    return schema;
  };

  runStoreContract('postgres', async () =>
    openStore({ databaseUrl: urlWithSchema(await freshSchema()), sqlitePath: '/nonexistent/unused.db' }),
  );

  describe('PostgreSQL specifics', () => {
    it('migrates exactly once when two servers start together', async () => {
      const schema = await freshSchema();
      const open = () =>
        openStore({ databaseUrl: urlWithSchema(schema), sqlitePath: '/nonexistent/unused.db' });
      const stores = await Promise.all([open(), open(), open()]);
      await Promise.all(stores.map((s) => s.close()));
      const rows = await withClient(
        async (client) =>
          (await client.query(`select version, name from ${schema}.schema_migrations order by version`)).rows,
      );
      expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    });
  });
} else if (required) {
  describe('Store contract: postgres', () => {
    it('needs PostgreSQL (DEBRIEF_REQUIRE_PG=1)', () => {
      throw new Error(`PostgreSQL store suite required but unavailable: ${unavailable}`);
    });
  });
} else {
  console.warn(`PostgreSQL store suite skipped: ${unavailable}. Set DEBRIEF_TEST_PG_URL to run it.`);
  describe.skip('Store contract: postgres', () => {
    it('needs PostgreSQL', () => undefined);
  });
}
