// First-load JS of the production web bundle, gzipped: the entry script and what it preloads.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export function benchBundle() {
  const dir = new URL('../../dist/web/', import.meta.url).pathname;
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return { error: 'dist/web/index.html is missing: run npm run build' };
  const html = readFileSync(index, 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((m) => m[1].replace(/^\//, ''));
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g)].map((m) =>
    m[1].replace(/^\//, ''),
  );
  const gz = (files) => files.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f))).length, 0);
  return { files: refs, jsGzKb: +(gz(refs) / 1024).toFixed(1), cssGzKb: +(gz(css) / 1024).toFixed(1) };
}
