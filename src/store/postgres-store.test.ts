/**
 * Runs the store contract on PostgreSQL when DEBRIEF_TEST_PG_URL is set and reachable.
 * Each store gets its own schema (via search_path in the URL), so parallel runs never collide.
 */
import { describe, expect, it } from 'vitest';
import { openStore } from './index.js';
import { MIGRATIONS } from './migrations/index.js';
import { runStoreContract } from './store.case.js';
import { pgSchemas, pgUnavailable, withPgClient } from './test-databases.case.js';

const url = process.env.DEBRIEF_TEST_PG_URL;
const required = process.env.DEBRIEF_REQUIRE_PG === '1';

const unavailable = await pgUnavailable(url);

if (unavailable === undefined) {
  const freshSchema = pgSchemas(url!, 'test');
  const openIn = (schemaUrl: string) =>
    openStore({ databaseUrl: schemaUrl, sqlitePath: '/nonexistent/unused.db' });

  runStoreContract('postgres', async () => openIn((await freshSchema()).url));

  describe('PostgreSQL specifics', () => {
    it('migrates exactly once when two servers start together', async () => {
      const { schema, url: schemaUrl } = await freshSchema();
      const stores = await Promise.all([openIn(schemaUrl), openIn(schemaUrl), openIn(schemaUrl)]);
      await Promise.all(stores.map((s) => s.close()));
      const rows = await withPgClient(
        url!,
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
