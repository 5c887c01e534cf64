/**
 * The one reader of process.env. Everything else is handed a frozen Config.
 *
 * HOST defaults to 127.0.0.1, not 0.0.0.0: Debrief keeps private notes about someone's
 * job search, so it listens only on this machine unless the user opts in (HOST=0.0.0.0).
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { err, ok, type Result } from './core/result.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  readonly port: number;
  readonly host: string;
  /** SQLite file, used when databaseUrl is not set. */
  readonly sqlitePath: string;
  /** PostgreSQL connection string; when set, it wins over sqlitePath. */
  readonly databaseUrl?: string;
  readonly logLevel: LogLevel;
  /** The built web app (Vite output). */
  readonly webRoot: string;
}

export interface ConfigError {
  code: 'invalid-config';
  /** The environment variable at fault. */
  variable: string;
  message: string;
}

type Env = Readonly<Record<string, string | undefined>>;

// src/config.ts and dist/config.js both sit one level below the package root.
const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = '127.0.0.1';

export function defaultSqlitePath(homeDir: string = os.homedir()): string {
  return path.join(homeDir, '.debrief', 'debrief.db');
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * Just where the record lives, for the CLI: a bad PORT or LOG_LEVEL, meant for the server,
 * must not stop `debrief list`.
 */
export function loadStoreConfig(env: Env = process.env): Pick<Config, 'sqlitePath' | 'databaseUrl'> {
  const databaseUrl = nonEmpty(env.DATABASE_URL);
  return {
    sqlitePath: path.resolve(nonEmpty(env.DEBRIEF_DB) ?? defaultSqlitePath()),
    ...(databaseUrl ? { databaseUrl } : {}),
  };
}

export function loadConfig(env: Env = process.env): Result<Config, ConfigError> {
  const rawPort = nonEmpty(env.PORT);
  let port = DEFAULT_PORT;
  if (rawPort !== undefined) {
    port = /^\d+$/.test(rawPort) ? Number(rawPort) : NaN;
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      return err({
        code: 'invalid-config',
        variable: 'PORT',
        message: `PORT must be a whole number from 0 to 65535, but it is "${rawPort}".`,
      });
    }
  }

  const rawLevel = nonEmpty(env.LOG_LEVEL)?.toLowerCase() ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(rawLevel)) {
    return err({
      code: 'invalid-config',
      variable: 'LOG_LEVEL',
      message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, but it is "${env.LOG_LEVEL}".`,
    });
  }

  const config: Config = {
    port,
    host: nonEmpty(env.HOST) ?? DEFAULT_HOST,
    ...loadStoreConfig(env),
    logLevel: rawLevel as LogLevel,
    webRoot: path.join(packageRoot, 'dist', 'web'),
  };
  return ok(Object.freeze(config));
}
