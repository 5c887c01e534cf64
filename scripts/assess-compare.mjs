// Posts every body of assess-bodies.mjs to POST /api/assess on two built servers and compares
// the answers byte for byte (status, content type, body). For speed work on the route: build the
// starting commit somewhere (tsc -p tsconfig.build.json) and this one, then
//   node scripts/assess-compare.mjs /path/to/base [/path/to/this]
// Each folder needs dist/server/main.js; the second defaults to this checkout.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { answersOk } from './built-server.mjs';
import { assessBodies } from './assess-bodies.mjs';

async function startAt(root, port) {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-assess-compare-'));
  const child = spawn(process.execPath, [join(root, 'dist/server/main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      DEBRIEF_DB: join(dir, 'compare.db'),
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  if (!(await answersOk(`${url}/api/health`))) {
    stop();
    throw new Error(`assess-compare: the server in ${root} did not start`);
  }
  return { url, stop };
}

async function answer(url, text) {
  const res = await fetch(`${url}/api/assess`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: text,
  });
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
}

const [baseArg, oursArg = '.'] = process.argv.slice(2);
if (!baseArg) {
  process.stderr.write('usage: node scripts/assess-compare.mjs BASE_DIR [OURS_DIR]\n');
  process.exit(2);
}
const port = 5100 + Math.floor(Math.random() * 400);
const base = await startAt(resolve(baseArg), port);
const ours = await startAt(resolve(oursArg), port + 1);
const bodies = assessBodies();
const statuses = new Map();
let differ = 0;
try {
  for (const { name, text } of bodies) {
    const [a, b] = [await answer(base.url, text), await answer(ours.url, text)];
    statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
    if (a.status !== b.status || a.type !== b.type || a.body !== b.body) {
      differ++;
      process.stdout.write(
        `differs: ${name}\n  base ${a.status} ${a.body.slice(0, 300)}\n  ours ${b.status} ${b.body.slice(0, 300)}\n`,
      );
    }
  }
} finally {
  base.stop();
  ours.stop();
}
const byStatus = [...statuses].map(([s, n]) => `${n}× ${s}`).join(', ');
process.stdout.write(
  `${bodies.length} bodies (${byStatus}): ${differ === 0 ? 'identical' : `${differ} differ`}\n`,
);
process.exit(differ === 0 ? 0 : 1);
