import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database as Schema } from './schema.js';

/** Opens (creating if needed) a SQLite file tuned for one local user with a server and a CLI side by side. */
export function openSqliteDb(path: string): Kysely<Schema> {
  if (path !== ':memory:' && !path.startsWith('file:')) mkdirSync(dirname(path), { recursive: true });
  const database = new Database(path);
  // WAL lets the CLI read while the server writes; the busy timeout waits out the other's brief locks.
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return new Kysely<Schema>({ dialect: new SqliteDialect({ database }) });
}
