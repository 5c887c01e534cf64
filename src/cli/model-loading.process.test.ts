/**
 * Which commands load the language model (wink-nlp, a few seconds at start): only those that
 * read text. A module-resolution hook logs every module the process loads, so this checks the
 * module graph itself, not a time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/debrief.js');
const dir = mkdtempSync(join(tmpdir(), 'debrief-model-'));

const HOOKS = `import { appendFileSync } from 'node:fs';
let log;
export function initialize(data) { log = data.log; }
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(log, resolved.url + '\\n');
  return resolved;
}
`;

/** The modules `debrief …args` loaded, one URL a line. */
function modulesLoadedBy(args: string[], name: string): { status: number | null; modules: string } {
  const log = join(dir, `${name}.log`);
  writeFileSync(log, '');
  const register = join(dir, `${name}-register.mjs`);
  writeFileSync(
    register,
    `import { register } from 'node:module';\nregister(${JSON.stringify(
      pathToFileURL(join(dir, 'hooks.mjs')).href,
    )}, { data: { log: ${JSON.stringify(log)} } });\n`,
  );
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, bin, ...args], {
    cwd: root,
    input: '',
    encoding: 'utf8',
    env: { ...process.env, DEBRIEF_DB: join(dir, 'record.db'), NO_COLOR: '1' },
  });
  return { status: r.status, modules: readFileSync(log, 'utf8') };
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist/cli/main.js')))
    throw new Error('dist/cli/main.js is missing: run `npm run build` before the CLI process tests.');
  writeFileSync(join(dir, 'hooks.mjs'), HOOKS);
  writeFileSync(join(dir, 'notes.txt'), 'They walked me through the team and the first project.\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the language model loads only when text is read', () => {
  it('analyze loads it (the probe sees it)', () => {
    const r = modulesLoadedBy(['analyze', join(dir, 'notes.txt')], 'analyze');
    expect(r.status).toBe(0);
    expect(r.modules).toMatch(/wink-nlp/);
    expect(r.modules).toMatch(/dist\/cli\/commands\/analyze\.js/);
  });

  it.each(
    [
      ['list'],
      ['list', '--json'],
      ['show', 'abcd1234'],
      ['outcome', 'abcd1234', 'offer'],
      ['--help'],
      ['signs'],
      // assess without notes: the questions need no model (here it stops at once, with no terminal)
      ['assess'],
    ].map((args) => [args.join(' '), args] as const),
  )('%s does not', (name, args) => {
    const r = modulesLoadedBy([...args], name.replace(/\W+/g, '-'));
    expect(r.modules).toMatch(/dist\/cli\/run\.js/);
    expect(r.modules).not.toMatch(/wink|dist\/analysis\/nlp\.js/);
  });

  it.each([['--help'], ['--version']])('%s loads neither zod nor the record', (arg) => {
    const r = modulesLoadedBy([arg], arg.slice(2));
    expect(r.status).toBe(0);
    expect(r.modules).toMatch(/dist\/cli\/run\.js/);
    expect(r.modules).not.toMatch(/\/zod\/|better-sqlite3|kysely/);
  });
});
