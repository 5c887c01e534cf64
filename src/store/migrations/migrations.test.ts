import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './index.js';
import { MIGRATION_FILE, migrationHash, migrationProblems, type MigrationFile } from './manifest-check.js';

const dir = fileURLToPath(new URL('.', import.meta.url));
const manifest = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8')) as Record<
  string,
  string
>;
const files: MigrationFile[] = readdirSync(dir)
  .filter((name) => MIGRATION_FILE.test(name))
  .map((name) => ({ name, content: readFileSync(new URL(`./${name}`, import.meta.url), 'utf8') }));

describe('migrations in this repository', () => {
  it('are numbered without gaps, registered in order, and unchanged since recorded', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(
      migrationProblems(
        files,
        manifest,
        MIGRATIONS.map((m) => m.name),
      ),
    ).toEqual([]);
  });

  it('register versions that match their file numbers', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((m) => Number(m.name.slice(0, 4))));
  });
});

describe('the migration check itself', () => {
  const one = { name: '0001-init.ts', content: 'create a' };
  const two = { name: '0002-more.ts', content: 'create b' };
  const recorded = { '0001-init.ts': migrationHash(one.content) };

  it('accepts a new migration not yet in the manifest', () => {
    expect(migrationProblems([one, two], recorded, ['0001-init', '0002-more'])).toEqual([]);
  });
  it('catches an edited migration', () => {
    expect(migrationProblems([{ ...one, content: 'create a2' }], recorded, ['0001-init'])).toHaveLength(1);
  });
  it('ignores line-ending differences only', () => {
    expect(
      migrationProblems([{ ...one, content: 'create a' }], { '0001-init.ts': migrationHash('create a') }, [
        '0001-init',
      ]),
    ).toEqual([]);
    expect(migrationHash('a\r\nb')).toBe(migrationHash('a\nb'));
  });
  it('catches a gap, a removed migration and an unregistered file', () => {
    const three = { name: '0003-skip.ts', content: 'c' };
    expect(migrationProblems([one, three], recorded, ['0001-init', '0003-skip']).join('\n')).toMatch(
      /0003-skip\.ts: expected number 0002/,
    );
    expect(
      migrationProblems([two], { ...recorded, '0002-more.ts': migrationHash(two.content) }, [
        '0002-more',
      ]).join('\n'),
    ).toMatch(/0001-init\.ts: listed in manifest\.json but the file is gone/);
    expect(migrationProblems([one, two], recorded, ['0001-init']).join('\n')).toMatch(/index\.ts lists/);
  });
  it('catches an unrecorded migration older than recorded ones', () => {
    const m = { '0002-more.ts': migrationHash(two.content) };
    expect(migrationProblems([one, two], m, ['0001-init', '0002-more']).join('\n')).toMatch(
      /0001-init\.ts: not in manifest\.json/,
    );
  });
});
