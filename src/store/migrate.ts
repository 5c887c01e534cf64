import { sql, type Kysely } from 'kysely';
import { MIGRATIONS, type Migration } from './migrations/index.js';
import type { Db } from './schema.js';

// Any fixed number works; it only has to be the same for every Debrief process.
const PG_MIGRATION_LOCK = 4_004_2026;

/**
 * Applies every migration not yet recorded in schema_migrations, each in its own
 * transaction together with its record, so a failed migration leaves no trace.
 * Returns the versions applied by this call.
 */
export async function migrateToLatest(
  db: Db,
  dialect: 'sqlite' | 'postgres',
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  if (dialect === 'sqlite') return applyPending(db, migrations);
  // Two servers starting at once against one PostgreSQL must not both migrate.
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${PG_MIGRATION_LOCK})`.execute(conn);
    try {
      return await applyPending(conn, migrations);
    } finally {
      await sql`select pg_advisory_unlock(${PG_MIGRATION_LOCK})`.execute(conn);
    }
  });
}

async function applyPending(db: Db, migrations: readonly Migration[]): Promise<number[]> {
  await db.schema
    .createTable('schema_migrations')
    .ifNotExists()
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    // The database's clock, not ours: this is bookkeeping for operators, never domain data.
    .addColumn('applied_at', 'text', (c) => c.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
    .execute();

  const applied = new Set(
    (await db.selectFrom('schema_migrations').select('version').execute()).map((r) => Number(r.version)),
  );
  const done: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    await db.transaction().execute(async (trx) => {
      await migration.up(trx as unknown as Kysely<unknown>);
      await trx
        .insertInto('schema_migrations')
        .values({ version: migration.version, name: migration.name })
        .execute();
    });
    done.push(migration.version);
  }
  return done;
}
