// Requests/s of the JSON API, as ratios to the same server's trivial health route in the same run.
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { answersOk, startBuiltServer } from '../built-server.mjs';
import { noteOfWords } from './texts.mjs';
import { BENCH_BODY } from '../assess-bodies.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

const startServer = () =>
  startBuiltServer({ name: 'bench', port: 3900, spread: 500, stdio: ['ignore', 'pipe', 'inherit'] });

/** A bare Fastify app answering a fixed body of `bytes`: what HTTP alone costs for an answer that size. */
async function startBareServer(bytes) {
  const port = 4400 + Math.floor(Math.random() * 500);
  const child = spawn(process.execPath, ['scripts/bench/bare-server.mjs'], {
    env: { ...process.env, PORT: String(port), FIXED_BYTES: String(bytes) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  if (!(await answersOk(`${url}/health`))) {
    child.kill('SIGTERM');
    throw new Error(`bench: the bare server behind ${url} did not start`);
  }
  return { url, stop: () => child.kill('SIGTERM') };
}

function cannon(opts) {
  return new Promise((resolve, reject) =>
    autocannon({ connections: 10, duration: SECONDS, ...opts }, (err, res) =>
      err ? reject(err) : resolve(res),
    ),
  );
}

export async function benchServer() {
  const server = await startServer();
  try {
    const assessBody = JSON.stringify(BENCH_BODY);
    const analyzeBody = JSON.stringify({ id: 'bench', text: noteOfWords(1000) });
    const post = (path, body) => ({
      url: server.url + path,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const { method, headers } = post('/api/assess', assessBody);
    const answer = await fetch(server.url + '/api/assess', { method, headers, body: assessBody });
    const assessBytes = Buffer.byteLength(await answer.text());
    const health = await cannon({ url: `${server.url}/api/health` });
    const assess = await cannon(post('/api/assess', assessBody));
    const analyze = await cannon(post('/api/analyze', analyzeBody));
    const rps = (r) => Math.round(r.requests.average);
    const bad = [assess, analyze].filter((r) => r.non2xx > 0).length;
    server.stop();

    // The ceiling: the same request body, answered with the same number of bytes, by Fastify alone.
    const bare = await startBareServer(assessBytes);
    let bareHealth, bareFixed;
    try {
      bareHealth = await cannon({ url: `${bare.url}/health` });
      bareFixed = await cannon({ ...post('', assessBody), url: `${bare.url}/fixed` });
    } finally {
      bare.stop();
    }
    return {
      seconds: SECONDS,
      healthRps: rps(health),
      assessRps: rps(assess),
      analyzeRps: rps(analyze),
      assessRatio: +(rps(assess) / rps(health)).toFixed(2),
      // two significant digits: reading a 1,000-word note is ~1,000× slower than the health route
      analyzeRatio: +(rps(analyze) / rps(health)).toPrecision(2),
      assessBytes,
      ceilingRatio: +(rps(bareFixed) / rps(bareHealth)).toFixed(2),
      non2xxRuns: bad,
    };
  } catch (error) {
    server.stop();
    throw error;
  }
}
