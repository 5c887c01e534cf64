/**
 * Browser-test helper (not a test): the real server in-process on a free port over a temp
 * SQLite file, serving the built dist/web, and Debian's Chromium driven by playwright-core.
 *
 * Browser tests run in Node, not in the browser, so eslint.config.mjs leaves src/web/e2e out
 * of the web client's import fence (no node:*, no server, no store).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { buildApp } from '../../server/app.js';
import { openStore, type Store } from '../../store/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const WEB_ROOT = path.join(repoRoot, 'dist', 'web');
export const SHOTS = path.join(repoRoot, 'test-artifacts', 'screenshots');

export interface Harness {
  baseUrl: string;
  store: Store;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(path.join(WEB_ROOT, 'index.html'))) {
    throw new Error(
      `e2e: ${path.join(WEB_ROOT, 'index.html')} is missing. Run \`npm run build\` first (npm test does).`,
    );
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'debrief-e2e-'));
  const store = await openStore({ sqlitePath: path.join(dir, 'e2e.db') });
  // The browser reads its own clock for "today", so the server must use the real one too.
  const app = await buildApp({
    store,
    config: { logLevel: 'silent', webRoot: WEB_ROOT },
    now: () => new Date(),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    store,
    browser,
    context,
    page,
    close: async () => {
      await browser.close();
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
      if (errors.length) throw new Error(`e2e: the page threw: ${errors.join('; ')}`);
    },
  };
}

/** Full-page screenshots at phone and desktop widths: test-artifacts/screenshots/<name>-<width>.png. */
export async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const before = page.viewportSize() ?? { width: 1280, height: 900 };
  for (const [width, height] of [
    [375, 812],
    [1280, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(before);
}

/** Creates an interview straight through the API, for tests that start later in the journey. */
export async function createInterviewVia(baseUrl: string, record: object): Promise<string> {
  const res = await fetch(`${baseUrl}/api/interviews`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(record),
  });
  if (res.status !== 201)
    throw new Error(`e2e: could not create an interview: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

export const localToday = (): string => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

export function daysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The text of a finished download. */
export async function downloadedText(download: Download): Promise<string> {
  const file = await download.path();
  return readFileSync(file, 'utf8');
}
