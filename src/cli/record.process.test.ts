/**
 * The record commands as a process, against the same SQLite file an in-process server uses:
 * what the terminal saves, the web API shows, and the other way round.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterview, makeTestApp, type TestApp } from '../server/app.case.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/debrief.js');
const TODAY = '2026-11-25'; // the test app's clock: local noon of this day

let t: TestApp;
let db: string;

function run(args: string[], input = '', env: Record<string, string> = {}): SpawnSyncReturns<string> {
  const base: Record<string, string | undefined> = { ...process.env, DEBRIEF_DB: db, NO_COLOR: '1' };
  delete base['DATABASE_URL'];
  return spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...base, ...env },
  });
}

const request = {
  interview: {
    stage: 'first',
    date: '2026-11-20',
    decisionBy: '2026-11-27',
    company: 'Routewise',
    role: 'Data engineer',
  },
  observations: { 'detailed-role-info': 'present', 'raised-concerns': 'absent' },
};

type Item = {
  id: string;
  record: { company?: string };
  outcome: { outcome: string; on: string } | null;
  estimate: { probability: number; band: string };
  signsAnswered: number;
  phase: string;
};

async function apiList(): Promise<Item[]> {
  const res = await t.app.inject({ url: '/api/interviews' });
  expect(res.statusCode).toBe(200);
  return (res.json() as { interviews: Item[] }).interviews;
}

beforeAll(async () => {
  if (!existsSync(join(root, 'dist/cli/main.js')))
    throw new Error('dist/cli/main.js is missing: run `npm run build` before the CLI process tests.');
  t = await makeTestApp();
  db = join(t.dir, 'test.db');
});
afterAll(async () => {
  await t.close();
});

describe('debrief record commands (as a process)', () => {
  let id = '';

  it('assess --json stays pure without --save', async () => {
    const r = run(['assess', '--json', '-', '--today', TODAY], JSON.stringify(request));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).not.toHaveProperty('saved');
    expect(await apiList()).toEqual([]);
  });

  it('assess --json --save stores the interview where the web app reads it', async () => {
    const r = run(['assess', '--json', '-', '--save', '--today', TODAY], JSON.stringify(request));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { saved: { id: string; where: string }; probability: number };
    expect(out.saved.where).toBe(db);
    id = out.saved.id;
    const [item] = await apiList();
    expect(item).toMatchObject({ id, record: { company: 'Routewise' }, signsAnswered: 2, outcome: null });
  });

  it('list --json gives the dashboard items, as of today', async () => {
    const r = run(['list', '--json', '--today', TODAY]);
    expect(r.status).toBe(0);
    const listed = JSON.parse(r.stdout) as { asOf: string; interviews: Item[] };
    expect(listed.asOf).toBe(TODAY);
    expect(listed.interviews).toEqual(await apiList());
  });

  it('list prints one line per interview with its short id', () => {
    const r = run(['list', '--today', TODAY]);
    expect(r.status).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.startsWith(id.slice(0, 8)));
    expect(line).toMatch(/2026-11-20\s+\d+%\s+first\s+Routewise, Data engineer\s+early days/);
    expect(r.stdout).toContain(db);
  });

  it('show prints the full result, as assess does', () => {
    const r = run(['show', id.slice(0, 8), '--today', TODAY]);
    expect(r.status).toBe(0);
    for (const heading of [
      'Routewise, Data engineer',
      'Estimate',
      'What moved it',
      'Follow-up window',
      'Next steps',
    ])
      expect(r.stdout).toContain(heading);
  });

  it('show signs the drafts with a name given once, and keeps it beside the record', () => {
    const before = run(['show', id.slice(0, 8), '--today', TODAY]);
    expect(before.stdout.replace(/\s+/g, ' ')).toContain('The drafts are unsigned');
    // wrapped for an 80-column terminal, as the rest of the report
    for (const line of before.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(before.stdout).not.toMatch(/Best regards,\n.*Sam/);
    const named = run(['show', id.slice(0, 8), '--name', ' Sam ', '--today', TODAY]);
    expect(named.status).toBe(0);
    expect(named.stdout).toMatch(/Best regards,\n.*Sam\n/);
    const after = run(['show', id.slice(0, 8), '--today', TODAY]);
    expect(after.stdout).toMatch(/Best regards,\n.*Sam\n/);
    expect(after.stdout).not.toContain('The drafts are unsigned');
    expect(JSON.parse(readFileSync(join(t.dir, 'test.settings.json'), 'utf8'))).toEqual({ firstName: 'Sam' });
  });

  it('assess --json signs the drafts with the kept name when the request gives none', () => {
    const drafts = (stdout: string): string =>
      (JSON.parse(stdout) as { nextSteps: { draft?: { body: string } }[] }).nextSteps
        .map((s) => s.draft?.body ?? '')
        .join('\n');
    const kept = run(['assess', '--json', '-', '--today', TODAY], JSON.stringify(request));
    expect(kept.status).toBe(0);
    expect(drafts(kept.stdout)).toMatch(/\nSam$/m);
    const given = run(
      ['assess', '--json', '-', '--today', TODAY],
      JSON.stringify({ ...request, candidateName: 'Alex' }),
    );
    expect(drafts(given.stdout)).toMatch(/\nAlex$/m);
    expect(drafts(given.stdout)).not.toContain('Sam');
  });

  it('outcome records the ending, and the web API sees it', async () => {
    const r = run(['outcome', id.slice(0, 8), 'offer', '--date', '2026-11-24', '--today', TODAY]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('offer');
    // the live figure would only restate the answer: what the signs pointed to is said instead
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(
      /Before you heard, the signs pointed to about an? \d+% chance/,
    );
    expect(r.stdout).not.toMatch(/estimate now reads/);
    const [item] = await apiList();
    expect(item?.outcome).toMatchObject({ outcome: 'offer', on: '2026-11-24' });
    expect(run(['list', '--today', TODAY]).stdout).toMatch(/Routewise, Data engineer\s+offer/);
  });

  it('show fits the next steps to the answer recorded with outcome', async () => {
    const ended = await createInterview(t.app, { stage: 'first', date: '2026-11-19', company: 'Turndown' });
    // one line of words: the draft is wrapped behind a bar
    const show = () =>
      run(['show', 'turndown', '--today', TODAY])
        .stdout.replace(/\s*│\s*/g, ' ')
        .replace(/\s+/g, ' ');
    const waiting = show();
    expect(waiting).toContain('Ask yourself, too');
    expect(waiting).toContain('Check in if you have not heard');

    expect(run(['outcome', 'turndown', 'rejected', '--date', '2026-11-24', '--today', TODAY]).status).toBe(0);
    const rejected = show();
    // the answer leads, and the estimate is what the signs pointed to, not a chance still open
    expect(rejected).toContain('How it ended This one was a no.');
    expect(rejected).toMatch(/Before you heard, the signs pointed to about an? \d+% chance/);
    expect(rejected).toContain('What the signs said');
    expect(rejected).not.toMatch(/chance you move forward/);
    expect(rejected).toContain('Ask for feedback, then close this one');
    expect(rejected).toContain('what would have made me a stronger');
    expect(rejected).toContain('Keep going with your other applications');
    expect(rejected).not.toContain('Ask yourself, too');
    expect(rejected).not.toContain('Check in');
    // a note written with the answer on the web is shown with it
    const noted = await t.app.inject({
      method: 'POST',
      url: `/api/interviews/${ended}/outcome`,
      payload: { outcome: 'rejected', on: '2026-11-24', note: 'They went with an internal candidate.' },
    });
    expect(noted.statusCode).toBeLessThan(300);
    expect(show()).toContain('Your note: “They went with an internal candidate.”');

    expect(run(['outcome', ended, 'offer', '--date', '2026-11-24', '--today', TODAY]).status).toBe(0);
    const offer = show();
    expect(offer).toContain('You got an offer.');
    expect(offer).toContain('Ask for the offer in writing');
    expect(offer).toContain('Tell the other employers');
    expect(offer).not.toContain('Keep other applications moving');
    expect(offer).toContain('Ask yourself, too');
  });

  it('an interview made on the web shows in list and show', async () => {
    const webId = await createInterview(t.app, { stage: 'final', date: '2026-11-23', company: 'Webbed' });
    const listed = run(['list', '--today', TODAY]);
    expect(listed.stdout).toContain(webId.slice(0, 8));
    expect(listed.stdout).toContain('Webbed');
    expect(run(['show', webId, '--today', TODAY]).stdout).toContain('Webbed');
  });

  it('show marks a step ticked off on the web as done', async () => {
    const tickedId = await createInterview(t.app, {
      stage: 'first',
      date: '2026-11-19',
      company: 'Tickwell',
    });
    const steps = (
      await t.app.inject({ method: 'GET', url: `/api/interviews/${tickedId}/assessment` })
    ).json() as { reminders: { kind: string; due: string }[] };
    const thanks = steps.reminders.find((r) => r.kind === 'thank-you')!;
    const ticked = await t.app.inject({
      method: 'PUT',
      url: `/api/interviews/${tickedId}/reminders`,
      payload: { kind: 'thank-you', due: thanks.due, done: true },
    });
    expect(ticked.statusCode).toBe(200);
    const shown = run(['show', 'tickwell', '--today', TODAY]).stdout;
    expect(shown).toMatch(/1\. Send a thank-you note: done {2}✓/);
    expect(shown).toMatch(/Check in if you have not heard {2}\w/);
  });

  it('an interview still to come reads as coming up, with no follow-up clock', () => {
    const listed = run(['list', '--today', '2026-11-20']);
    const line = listed.stdout.split('\n').find((l) => l.includes('Webbed'));
    expect(line).toMatch(/Webbed\s+coming up, in 3 days$/);
    expect(run(['show', 'webbed', '--today', '2026-11-22']).stdout).toContain('coming up, tomorrow');
  });

  it.each([
    [['outcome', 'abcd1234', 'offer'], '"abcd1234" is neither an interview id nor a word of a company'],
    [['show', 'globex'], '"globex" is neither an interview id nor a word of a company or role'],
    [['show', 'no!'], '"no!" is neither an interview id nor a word of a company or role'],
    [
      ['outcome', 'abcd1234', 'hired'],
      '"hired" is not an outcome: use one of next-round, offer, rejected, ghosted, withdrew',
    ],
    [['outcome', 'abcd1234', 'offer', '--date', '24/11/2026'], '--date: expected a date as YYYY-MM-DD'],
    [['show'], 'show needs an interview id'],
  ])('%j fails with exit 2 and a plain message', (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an outcome dated before the interview is refused', async () => {
    const r = run(['outcome', id, 'rejected', '--date', '2026-11-01', '--today', TODAY]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('before the interview');
    expect((await apiList()).find((i) => i.id === id)?.outcome?.outcome).toBe('offer');
  });

  it('outcome reads --date in words against today, and says so when it cannot', async () => {
    const r = run(['outcome', id, 'offer', '--date', 'yesterday', '--today', TODAY]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('on 2026-11-24');
    const bad = run(['outcome', id, 'offer', '--date', 'someday', '--today', TODAY]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--date: could not read "someday" as a date');
  });

  it('export saves the record to a new file, and import brings it back elsewhere', () => {
    const file = join(t.dir, 'backup.json');
    const saved = run(['export', file, '--today', TODAY]);
    expect(saved.stderr).toBe('');
    expect(saved.stdout.replace(/\s+/g, ' ')).toContain(`to ${file}`);
    const again = run(['export', file, '--today', TODAY]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already exists');
    // piped, it goes to stdout
    const piped = JSON.parse(run(['export', '--today', TODAY]).stdout) as { format: string };
    expect(piped.format).toBe('debrief-export');

    const other = { DEBRIEF_DB: join(t.dir, 'other.db') };
    const imported = run(['import', file, '--today', TODAY], '', other);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toMatch(/^Imported \d+ interviews into/);
    const listed = (env: Record<string, string>) =>
      (
        JSON.parse(run(['list', '--json', '--today', TODAY], '', env).stdout) as { interviews: Item[] }
      ).interviews
        .map((i) => i.id)
        .sort();
    expect(listed(other)).toEqual(listed({}));
  });

  it('import refuses a file that is not an export, naming what is wrong', () => {
    const r = run(['import', '-'], JSON.stringify({ interviews: [] }));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('invalid export file: format');
    expect(r.stderr).toContain('debrief export');
  });

  it('an unopenable database is an I/O failure, exit 1, with no stack trace', () => {
    const folder = join(t.dir, 'a-folder.db');
    mkdirSync(folder);
    const r = run(['list'], '', { DEBRIEF_DB: folder });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`could not open your interview record at ${folder}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([['list'], ['show'], ['outcome'], ['export'], ['import']])(
    'help %s prints its usage, and the main help lists it',
    (topic) => {
      const r = run(['help', topic]);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`debrief ${topic}`);
      expect(run(['--help']).stdout).toContain(`debrief ${topic} `);
    },
  );
});
