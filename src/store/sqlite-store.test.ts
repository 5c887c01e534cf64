import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openStore } from './index.js';
import { MIGRATIONS } from './migrations/index.js';
import { runStoreContract } from './store.case.js';
import { recordOf } from './store-fixtures.case.js';

const dir = mkdtempSync(join(tmpdir(), 'debrief-store-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

runStoreContract('sqlite', () => openStore({ sqlitePath: join(dir, `contract-${++n}.db`) }));

describe('SQLite specifics', () => {
  it('creates the folder, uses WAL and foreign keys, and migrates once', async () => {
    const path = join(dir, 'nested', 'deeper', 'debrief.db');
    const first = await openStore({ sqlitePath: path });
    const { id } = await first.createInterview(
      recordOf({ company: 'Persisted' }),
      '2026-11-20T10:00:00.000Z',
    );
    await first.close();

    const second = await openStore({ sqlitePath: path });
    expect((await second.getInterview(id))?.record.company).toBe('Persisted');
    await second.close();

    const raw = new Database(path, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      const applied = raw.prepare('select version, name from schema_migrations order by version').all();
      expect(applied).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
      const fks = raw.prepare('select "table", on_delete from pragma_foreign_key_list(\'documents\')').all();
      expect(fks).toEqual([{ table: 'interviews', on_delete: 'CASCADE' }]);
    } finally {
      raw.close();
    }
  });
});
