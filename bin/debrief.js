#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm install` (the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(main)) {
  process.stderr.write(
    'debrief: the CLI is not built yet. Run `npm install` (or `npm run build`) in the Debrief folder.\n',
  );
  process.exit(1);
}
await import(main);
