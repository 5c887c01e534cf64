/** Test helper (not a test): an app over a real SQLite file in a fresh temp folder. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach } from 'vitest';
import { openStore } from '../store/index.js';
import type { Store } from '../store/store.js';
import { buildApp } from './app.js';

export interface TestApp {
  app: FastifyInstance;
  store: Store;
  dir: string;
  /** Moves the app's clock. */
  setNow(date: Date): void;
  close(): Promise<void>;
}

/** Local noon, so the local calendar date is the one written. */
export const localNoon = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12, 0, 0);

export interface TestAppOptions {
  webRoot?: string;
  now?: Date;
  /** Writes the SQLite file before the app opens (and so migrates) it. */
  prepare?: (sqlitePath: string) => Promise<void>;
}

export async function makeTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'debrief-server-'));
  const sqlitePath = path.join(dir, 'test.db');
  await options.prepare?.(sqlitePath);
  const store = await openStore({ sqlitePath });
  let now = options.now ?? localNoon(2026, 11, 25);
  const app = await buildApp({
    store,
    config: { logLevel: 'silent', webRoot: options.webRoot ?? path.join(dir, 'no-web') },
    now: () => now,
  });
  return {
    app,
    store,
    dir,
    setNow: (date) => {
      now = date;
    },
    close: async () => {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const sampleRecord = {
  stage: 'first',
  date: '2026-11-20',
  company: 'Acme Tools',
  role: 'Data Analyst',
  format: 'video',
  interviewers: ['Priya Shah'],
};

export async function createInterview(app: FastifyInstance, record: object = sampleRecord): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/interviews', payload: record });
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: string }).id;
}

/** The test app of the running test, as `useTestApp` hands it over, with the interview made for it. */
export interface AppCase extends Omit<TestApp, 'close'> {
  /** The interview made before the test (only with `interview: true`). */
  readonly id: string;
}

/**
 * Registers the hooks a file of route tests shares: before each test a fresh app (and, with
 * `interview: true`, one interview of sampleRecord in it), after it the app closed and its folder
 * removed. Call it at the top of the file; what it returns reads the running test's app.
 */
export function useTestApp(options: TestAppOptions & { interview?: boolean } = {}): AppCase {
  const { interview, ...appOptions } = options;
  let current: TestApp | undefined;
  let interviewId: string | undefined;
  beforeEach(async () => {
    current = await makeTestApp(appOptions);
    interviewId = interview ? await createInterview(current.app) : undefined;
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  const live = (): TestApp => {
    if (!current) throw new Error('the test app is there only while a test runs');
    return current;
  };
  return {
    get app() {
      return live().app;
    },
    get store() {
      return live().store;
    },
    get dir() {
      return live().dir;
    },
    setNow: (date) => live().setNow(date),
    get id() {
      if (interviewId === undefined) throw new Error('no interview: call useTestApp({ interview: true })');
      return interviewId;
    },
  };
}
