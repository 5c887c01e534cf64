// The built server (dist/server/main.js) on a throwaway SQLite database, for the scripts that
// drive it over HTTP: the bench and the README screenshots.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** True once `url` answers with a 2xx, false if it has not after about a hundred tries. */
export async function answersOk(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      await new Promise((res) => setTimeout(res, 100));
    }
  }
  return false;
}

/** True if nothing listens on `port` here (machines run other services: epmd holds 4369). */
function isFree(port) {
  return new Promise((res) => {
    const probe = createServer();
    probe.once('error', () => res(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => res(true)));
  });
}

/** A free port drawn from [lowest, lowest + spread), or the last one drawn. */
async function freePortFrom(lowest, spread) {
  let port = lowest;
  for (let i = 0; i < 30; i++) {
    port = lowest + Math.floor(Math.random() * spread);
    if (await isFree(port)) return port;
  }
  return port;
}

/**
 * Starts the built server on a free port drawn from [port, port + spread), its database in a new
 * folder named for `name`, and waits for its health route. `stop` ends it and removes the folder.
 * `root` is the checkout whose build runs (this one by default).
 */
export async function startBuiltServer({ name, port: lowest, spread, stdio, root = '.' }) {
  const dir = mkdtempSync(join(tmpdir(), `debrief-${name}-`));
  const port = await freePortFrom(lowest, spread);
  const child = spawn(process.execPath, [join(root, 'dist/server/main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      DEBRIEF_DB: join(dir, `${name}.db`),
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio,
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  if (!(await answersOk(`${url}/api/health`))) {
    stop();
    throw new Error(`${name}: the server behind ${url} did not start`);
  }
  return { url, stop };
}
