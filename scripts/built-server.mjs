// The built server (dist/server/main.js) on a throwaway SQLite database, for the scripts that
// drive it over HTTP: the bench and the README screenshots.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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

/**
 * Starts the built server on a port drawn from [port, port + spread), its database in a new
 * folder named for `name`, and waits for its health route. `stop` ends it and removes the folder.
 * `root` is the checkout whose build runs (this one by default).
 */
export async function startBuiltServer({ name, port: lowest, spread, stdio, root = '.' }) {
  const dir = mkdtempSync(join(tmpdir(), `debrief-${name}-`));
  const port = lowest + Math.floor(Math.random() * spread);
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
