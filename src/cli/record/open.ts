/**
 * The CLI's way into the interview record: the same store, in the same place, as the web app
 * (DEBRIEF_DB or ~/.debrief/debrief.db; PostgreSQL when DATABASE_URL is set).
 */
import { loadStoreConfig } from '../../config.js';
import { openStore } from '../../store/index.js';
import type { Store } from '../../store/store.js';
import { CliError } from '../errors.js';

export interface OpenRecord {
  store: Store;
  /** Where the record lives, in words for the user (never the PostgreSQL password). */
  where: string;
}

function postgresWhere(url: string): string {
  try {
    const u = new URL(url);
    return `PostgreSQL at ${u.hostname}${u.pathname} (DATABASE_URL)`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}

export async function openRecord(): Promise<OpenRecord> {
  const { databaseUrl, sqlitePath } = loadStoreConfig();
  const where = databaseUrl ? postgresWhere(databaseUrl) : sqlitePath;
  try {
    const store = await openStore(databaseUrl ? { databaseUrl, sqlitePath } : { sqlitePath });
    return { store, where };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new CliError(
      'io',
      `could not open your interview record at ${where} (${detail}). Set DEBRIEF_DB to another file, or check DATABASE_URL.`,
      { cause: e },
    );
  }
}

/** Opens the record, runs `work`, and always closes it, so the process can exit. */
export async function withRecord<T>(work: (record: OpenRecord) => Promise<T>): Promise<T> {
  const record = await openRecord();
  try {
    return await work(record);
  } finally {
    await record.store.close();
  }
}

/** The first 8 characters of the id: enough to tell a person's interviews apart. */
export const shortId = (id: string): string => id.slice(0, 8);
