/**
 * `npm start`: read the config, open the store, listen, and close both cleanly on
 * SIGINT/SIGTERM. The only place the server touches process state.
 */
import { readFileSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { openStore } from '../store/index.js';
import { buildApp } from './app.js';

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch (error) {
    process.stderr.write(`debrief: could not read the version from package.json (${String(error)})\n`);
    return '0.0.0';
  }
}

/** localhost reads better, and works, for the loopback and wildcard addresses. */
function browserHost(host: string): string {
  return ['127.0.0.1', '0.0.0.0', '::', '::1'].includes(host) ? 'localhost' : host;
}

async function main(): Promise<void> {
  const loaded = loadConfig();
  if (!loaded.ok) {
    process.stderr.write(`debrief: ${loaded.error.message}\n`);
    process.exit(2);
  }
  const config = loaded.value;
  const store = await openStore({
    sqlitePath: config.sqlitePath,
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
  });
  const app = await buildApp({ store, config, now: () => new Date(), version: packageVersion() });

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    app
      .close()
      .then(() => store.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`debrief: could not shut down cleanly: ${String(error)}\n`);
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));

  const address = await app.listen({ port: config.port, host: config.host });
  const port = new URL(address).port || String(config.port);
  process.stdout.write(`Debrief is running at http://${browserHost(config.host)}:${port}\n`);
  if (config.databaseUrl) process.stdout.write('Data: PostgreSQL (DATABASE_URL)\n');
  else process.stdout.write(`Data: ${config.sqlitePath}\n`);
}

main().catch((error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  const message =
    code === 'EADDRINUSE'
      ? 'that port is already in use (is Debrief already running?). Choose another with PORT, e.g. PORT=3001 npm start'
      : error instanceof Error
        ? error.message
        : String(error);
  process.stderr.write(`debrief: the server could not start: ${message}\n`);
  process.exit(1);
});
