// Posts every body of assess-bodies.mjs to POST /api/assess on two built servers and compares
// the answers byte for byte (status, content type, body). For speed work on the route: build the
// starting commit somewhere (tsc -p tsconfig.build.json) and this one, then
//   node scripts/assess-compare.mjs /path/to/base [/path/to/this]
// Each folder needs dist/server/main.js; the second defaults to this checkout.
import { resolve } from 'node:path';
import { startBuiltServer } from './built-server.mjs';
import { assessBodies } from './assess-bodies.mjs';

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
const start = (root, at) =>
  startBuiltServer({
    name: 'assess-compare',
    port: at,
    spread: 1,
    stdio: ['ignore', 'ignore', 'inherit'],
    root,
  });
const base = await start(resolve(baseArg), port);
const ours = await start(resolve(oursArg), port + 1);
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
