/**
 * @module store — persistence for Debrief: SQLite by default, PostgreSQL when a URL is given,
 * both behind the one `Store` port in store.ts.
 */
import { kyselyStoreFrom } from './kysely-store.js';
import { migrateToLatest } from './migrate.js';
import { openSqliteDb } from './open-sqlite.js';
import type { Store } from './store.js';

export interface StoreConfig {
  /** A postgres:// URL. When set, PostgreSQL is used and sqlitePath is ignored. */
  databaseUrl?: string;
  /** The SQLite file; its folder is created when missing. */
  sqlitePath: string;
}

/** Opens the store and brings its schema up to date before returning. */
export async function openStore(config: StoreConfig): Promise<Store> {
  const dialect = config.databaseUrl ? 'postgres' : 'sqlite';
  const db = config.databaseUrl
    ? await (await import('./open-postgres.js')).openPostgresDb(config.databaseUrl)
    : openSqliteDb(config.sqlitePath);
  try {
    await migrateToLatest(db, dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return kyselyStoreFrom(db, dialect);
}

export type * from './store.js';
export { StoreError, isStoreError, type StoreErrorCode, type StoreFieldIssue } from './errors.js';
export { exportBundleFrom } from './bundle.js';
export { interviewsToCsv } from './csv.js';
