/**
 * The first name that signs the terminal's message drafts: given once (`assess` asks, or
 * `--name`), then used by `assess` and `show`. It lives in a small file beside the SQLite record,
 * not in the store: the store keeps no per-user settings, because on PostgreSQL it serves many
 * people (contract/interview.ts), and the web page keeps its own copy in the browser.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { loadStoreConfig } from '../../config.js';
import { firstNameFrom } from '../../contract/limits.js';
import { CliError } from '../errors.js';

/** `~/.debrief/debrief.db` keeps its settings in `~/.debrief/debrief.settings.json`. */
export function settingsPathFor(sqlitePath: string): string {
  const { dir, name } = path.parse(sqlitePath);
  return path.join(dir, `${name}.settings.json`);
}

/** Where this user's settings are (with DATABASE_URL too: the name is this machine's user's). */
export const settingsPath = (): string => settingsPathFor(loadStoreConfig().sqlitePath);

/** The kept name, or '' when none is kept; a settings file that cannot be read signs nothing. */
export function readFirstName(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw new CliError('io', `could not read your settings at ${file} (${(e as Error).message})`, {
      cause: e,
    });
  }
  try {
    return firstNameFrom((JSON.parse(text) as { firstName?: unknown } | null)?.firstName);
  } catch (e) {
    // A damaged file must not stop `show`; the next name given writes it afresh.
    if (e instanceof SyntaxError) return '';
    throw e;
  }
}

/**
 * The name to sign with: one given now (`--name`) is used and, unless `keep` is false (`--no-save`
 * keeps nothing), kept for next time; else the kept one.
 */
export function signerName(file: string, given: string | undefined, keep = true): string {
  if (given === undefined) return readFirstName(file);
  if (keep) writeFirstName(file, given);
  return firstNameFrom(given);
}

/** Keeps (or, with '', forgets) the name. */
export function writeFirstName(file: string, name: string): void {
  const firstName = firstNameFrom(name);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(firstName ? { firstName } : {}, null, 2)}\n`);
  } catch (e) {
    throw new CliError('io', `could not keep your name in ${file} (${(e as Error).message})`, { cause: e });
  }
}
