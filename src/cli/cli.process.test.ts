import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTRACT_SIGN_IDS } from '../core/signs/ids.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/debrief.js');
const dir = mkdtempSync(join(tmpdir(), 'debrief-cli-'));

function run(args: string[], input?: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

const request = {
  interview: { stage: 'first', date: '2026-03-02', decisionBy: '2026-03-09', company: 'Routewise' },
  observations: { 'detailed-role-info': 'present', 'raised-concerns': { value: 'absent' } },
};

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist/cli/main.js'))) {
    throw new Error(
      'dist/cli/main.js is missing: run `npm run build` (npm test does it) before the CLI process tests.',
    );
  }
});

describe('debrief (as a process)', () => {
  it('--version prints the package version', () => {
    const r = run(['--version']);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it.each([
    ['--help'],
    ['help'],
    ['assess', '--help'],
    ['analyze', '--help'],
    ['signs', '--help'],
    ['help', 'assess'],
  ])('%s %s prints usage', (...args) => {
    const r = run(args.filter(Boolean));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage');
  });

  it('an unknown command is a usage error', () => {
    const r = run(['asess']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown command "asess"');
    expect(r.stdout).toBe('');
  });

  it('signs --json lists the 19 contract sign ids', () => {
    const r = run(['signs', '--json']);
    expect(r.status).toBe(0);
    const ids = (JSON.parse(r.stdout) as { id: string }[]).map((s) => s.id);
    for (const id of CONTRACT_SIGN_IDS) expect(ids).toContain(id);
  });

  it('assess --json FILE prints a probability in (0, 1)', () => {
    const r = run(['assess', '--json', file('ok.json', JSON.stringify(request)), '--today', '2026-03-04']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { probability: number; asOf: string; nextSteps: unknown[] };
    expect(out.probability).toBeGreaterThan(0);
    expect(out.probability).toBeLessThan(1);
    expect(out.asOf).toBe('2026-03-04');
    expect(out.nextSteps.length).toBeGreaterThan(0);
  });

  it('assess --json - reads stdin', () => {
    const r = run(['assess', '--json', '-'], JSON.stringify(request));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { probability: number };
    expect(out.probability).toBeGreaterThan(0);
    expect(out.probability).toBeLessThan(1);
  });

  const bad = (name: string, input: string, field: string) =>
    it(`assess --json rejects ${name}, naming ${field}`, () => {
      const r = run(['assess', '--json', '-'], input);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('debrief: invalid request:');
      expect(r.stderr).toContain(field);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  bad(
    'an unknown sign id',
    JSON.stringify({ ...request, observations: { smiling: 'present' } }),
    'observations.smiling',
  );
  bad(
    'a bad date',
    JSON.stringify({ ...request, interview: { stage: 'first', date: '02/03/2026' } }),
    'interview.date: expected a date as YYYY-MM-DD',
  );
  bad(
    'an impossible date',
    JSON.stringify({ ...request, interview: { stage: 'first', date: '2026-02-30' } }),
    'interview.date',
  );
  bad(
    'a wrong type',
    JSON.stringify({ ...request, interview: { ...request.interview, candidates: 'four' } }),
    'interview.candidates',
  );
  bad(
    'a missing stage',
    JSON.stringify({ ...request, interview: { date: '2026-03-02' } }),
    'interview.stage',
  );
  bad(
    'an interview date in the future',
    JSON.stringify({ ...request, interview: { stage: 'first', date: '2999-01-01' } }),
    'interview.date: is in the future',
  );
  bad('invalid JSON', '{"interview": ', 'the input on stdin is not valid JSON: at line 1, column 14');

  it('assess --json FILE with broken JSON names the file and the place, in one line, without parser jargon', () => {
    const path = file('broken.json', '{\n  "interview": {"stage": "first", "date": "2026-03-02",}\n}\n');
    const r = run(['assess', '--json', path]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${path} is not valid JSON: at line 2, column 56, a comma comes right before`);
    expect(r.stderr).toContain('Please fix it there');
    expect(r.stderr).not.toMatch(/in JSON at position|\n\s+at /);
  });

  it('assess --json with a missing file exits 2 with one line', () => {
    const r = run(['assess', '--json', join(dir, 'nope.json')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no such file');
  });

  it('assess without --json and without a terminal explains what to do', () => {
    const r = run(['assess']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--json');
    expect(r.stderr).toContain('terminal');
  });

  it('analyze --batch answers every line, in order, past a bad one', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'The manager walked me through the team.' }),
      'this is not json',
      JSON.stringify({ id: 'c', text: 'It was fine.' }),
    ];
    const r = run(['analyze', '--batch'], `${lines.join('\n')}\n`);
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string | null; error?: { code: string } });
    expect(out).toHaveLength(3);
    expect(out.map((o) => o.id)).toEqual(['a', null, 'c']);
    expect(out[1]?.error?.code).toBe('invalid-json');
  });

  it('analyze counts promised dates from the day the notes give for the interview', () => {
    const r = run(
      ['analyze', '-', '--today', '2026-03-04'],
      'Had my interview Monday. They said they would decide by Friday.\n',
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('When the interview was\n  "interview Monday" → Mon 2 Mar 2026');
    expect(r.stdout).toContain('→ Fri 6 Mar 2026');
    const json = run(
      ['analyze', '-', '--json', '--today', '2026-03-04'],
      'Had my interview Monday. They said they would decide by Friday.\n',
    );
    expect(JSON.parse(json.stdout)).toMatchObject({
      statedInterviewDate: { date: '2026-03-02', evidence: { quote: 'interview Monday' } },
      promisedDates: [{ date: '2026-03-06' }],
    });
  });

  it('analyze shows the round and format the notes give for this interview', () => {
    const notes = 'Final round today, a panel of three. The next round would be with the CEO.\n';
    const r = run(['analyze', '-', '--today', '2026-03-04'], notes);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'Which interview it was\n  "Final round" → The final round\n  "a panel of three" → A panel',
    );
    const json = JSON.parse(run(['analyze', '-', '--json', '--today', '2026-03-04'], notes).stdout);
    expect(json).toMatchObject({
      statedStage: { stage: 'final', evidence: { quote: 'Final round' } },
      statedFormat: { format: 'panel' },
    });
  });

  it('analyze shows the employer and job the notes name', () => {
    const notes = 'Second interview at Harbour Logistics today for the ops planner job.\n';
    const r = run(['analyze', '-', '--today', '2026-03-04'], notes);
    expect(r.stdout).toContain('  "Harbour Logistics" → the employer\n  "ops planner" → the job');
    const json = JSON.parse(run(['analyze', '-', '--json', '--today', '2026-03-04'], notes).stdout);
    expect(json).toMatchObject({
      statedCompany: { name: 'Harbour Logistics', evidence: { quote: 'Harbour Logistics' } },
      statedRole: { title: 'ops planner' },
    });
  });

  it.each([
    ['a missing file', () => join(dir, 'missing.txt'), 'no such file'],
    ['an empty file', () => file('empty.txt', ''), 'empty'],
    [
      'a binary file',
      () => file('bin.dat', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0])),
      'binary',
    ],
    [
      // no UTF-8, and 0x8d is no Windows-1252 either
      'invalid UTF-8',
      () => file('broken.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x8d, 0x20, 0x6f, 0x6b])),
      'UTF-8',
    ],
  ])('analyze rejects %s with exit 2 and one line', (_name, path, fragment) => {
    const r = run(['analyze', path()]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(fragment);
  });

  it("analyze reads a file saved as Windows-1252 (Notepad's ANSI) and says so", () => {
    const path = file(
      'ansi.txt',
      Buffer.from('The caf\xe9 manager smiled a lot \x96 really warm.', 'latin1'),
    );
    const r = run(['analyze', path]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('café manager smiled');
    expect(r.stdout).toContain('read as Windows-1252');
  });
});

// Colour only ever appears on a terminal, so these run the CLI under `script`, which provides one.
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
describe.skipIf(!hasScript)('colour on a terminal', () => {
  const inTerminal = (env: string): string =>
    spawnSync('script', ['-qec', `env ${env} ${process.execPath} ${bin} signs`, '/dev/null'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, TERM: 'xterm' },
    }).stdout;

  it('uses colour on a terminal by default', () => {
    expect(inTerminal('-u NO_COLOR')).toContain('\u001b[');
  });

  it('uses no ANSI codes at all under NO_COLOR', () => {
    const out = inTerminal('NO_COLOR=1');
    expect(out).toContain('What was said');
    expect(out).not.toContain('\u001b[');
  });

  it('uses no colour when piped', () => {
    const r = run(['signs'], undefined, { NO_COLOR: '' });
    expect(r.stdout).toContain('What was said');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('signs fits an 80-column terminal', () => {
    const r = run(['signs']);
    expect(r.stdout.split('\n').filter((line) => [...line].length > 80)).toEqual([]);
  });
});
