/**
 * The migration check: numbered files in a contiguous run, the registry in step with the
 * files, and every migration recorded in manifest.json byte-for-byte unchanged. Kept apart
 * from its test so the rules themselves can be tested on made-up inputs.
 */
import { createHash } from 'node:crypto';

export const MIGRATION_FILE = /^(\d{4})-[a-z0-9]+(?:-[a-z0-9]+)*\.ts$/;

export interface MigrationFile {
  name: string;
  content: string;
}

/** sha256 of the text with line endings normalised, so a CRLF checkout hashes the same. */
export function migrationHash(content: string): string {
  return createHash('sha256').update(content.replace(/\r\n/g, '\n')).digest('hex');
}

/** Problems found, as sentences; empty when all is well. New files not yet in the manifest are allowed only after every recorded one. */
export function migrationProblems(
  files: readonly MigrationFile[],
  manifest: Readonly<Record<string, string>>,
  registered: readonly string[],
): string[] {
  const problems: string[] = [];
  const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name));
  sorted.forEach((file, i) => {
    const expected = String(i + 1).padStart(4, '0');
    if (!file.name.startsWith(`${expected}-`))
      problems.push(
        `${file.name}: expected number ${expected}; migrations must be numbered 0001, 0002, … with no gaps or repeats`,
      );
  });

  const byName = new Map(sorted.map((f) => [f.name, f]));
  let lastRecorded = -1;
  for (const [name, hash] of Object.entries(manifest)) {
    const file = byName.get(name);
    if (!file) {
      problems.push(
        `${name}: listed in manifest.json but the file is gone; applied migrations must never be removed`,
      );
      continue;
    }
    lastRecorded = Math.max(lastRecorded, sorted.indexOf(file));
    const actual = migrationHash(file.content);
    if (actual !== hash)
      problems.push(
        `${name}: content changed since it was recorded (manifest ${hash.slice(0, 12)}…, now ${actual.slice(0, 12)}…); add a new migration instead of editing this one`,
      );
  }
  sorted.forEach((file, i) => {
    if (!(file.name in manifest) && i < lastRecorded)
      problems.push(`${file.name}: not in manifest.json but older than recorded migrations; record its hash`);
  });

  const names = sorted.map((f) => f.name.replace(/\.ts$/, ''));
  if (names.join() !== registered.join())
    problems.push(
      `migrations/index.ts lists [${registered.join(', ')}] but the folder holds [${names.join(', ')}]`,
    );
  return problems;
}
