import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../core/dates.js';
import { personalWeightsOf } from '../../server/assessment.js';
import { openStore } from '../../store/index.js';
import { OLD_ROWS, seedVersion1 } from '../../store/migrations/version-1.case.js';
import { openSqliteDb } from '../../store/open-sqlite.js';
import type { Store } from '../../store/store.js';
import { CliError } from '../errors.js';
import { findInterview, nowFor, saveRequest } from './interviews.js';

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'debrief-cli-record-'));
  store = await openStore({ sqlitePath: path.join(dir, 'r.db') });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const request = {
  interview: { stage: 'first' as const, date: '2026-03-02' as IsoDate, company: 'Routewise' },
  observations: {
    'detailed-role-info': { value: 'present' as const, source: 'analyzer' as const, evidence: 'the team' },
    'raised-concerns': { value: 'unsure' as const },
  },
};
const noon = new Date(2026, 2, 4, 12);

describe('saveRequest', () => {
  it('keeps the record, the notes, the observations and the derived data, as the web does', async () => {
    const saved = await saveRequest(store, request, noon, {
      text: 'We talked about the team.',
      format: 'notes',
    });
    expect((await store.getInterview(saved.id))?.record).toEqual(request.interview);
    expect(await store.listDocuments(saved.id)).toMatchObject([{ kind: 'notes', format: 'notes' }]);
    expect(await store.getObservations(saved.id)).toEqual([
      {
        signId: 'detailed-role-info',
        value: 'present',
        source: 'analyzer',
        evidence: { quote: 'the team', start: 0, end: 8 },
      },
      { signId: 'raised-concerns', value: 'unsure', source: 'user' },
    ]);
    expect(await store.listEstimates(saved.id)).toHaveLength(1);
    expect((await store.listReminders(saved.id)).length).toBeGreaterThan(0);
  });

  it('ticks off the steps the person has already taken, the first of each kind, as the web page ticks them', async () => {
    const saved = await saveRequest(store, request, noon, undefined, ['thank-you', 'check-in']);
    const reminders = await store.listReminders(saved.id);
    const doneKinds = reminders.filter((r) => r.done).map((r) => r.kind);
    expect(doneKinds.sort()).toEqual(['check-in', 'thank-you']);
    expect(reminders.find((r) => r.kind === 'second-check-in')?.done).toBe(false);
  });

  it('keeps the day a confirmed check-in was sent: its reminder is done that day, the last one a week after', async () => {
    const interview = { ...request.interview, checkedInOn: '2026-03-04' as IsoDate };
    const saved = await saveRequest(store, { ...request, interview }, noon, undefined, ['check-in']);
    expect((await store.getInterview(saved.id))?.record.checkedInOn).toBe('2026-03-04');
    const reminders = await store.listReminders(saved.id);
    expect(reminders.find((r) => r.kind === 'check-in')).toMatchObject({ due: '2026-03-04', done: true });
    expect(reminders.find((r) => r.kind === 'second-check-in')).toMatchObject({
      due: '2026-03-11',
      done: false,
    });
  });

  it('an answer given in assess is stored as the outcome, as `debrief outcome` stores one', async () => {
    const heardBack = { kind: 'outcome' as const, outcome: 'offer' as const, on: '2026-03-04' as IsoDate };
    const saved = await saveRequest(
      store,
      { ...request, interview: { ...request.interview, heardBack } },
      noon,
    );
    const stored = await store.getInterview(saved.id);
    expect(stored?.outcome).toMatchObject({ outcome: 'offer', on: '2026-03-04' });
    expect(stored?.record.heardBack).toBeUndefined();
    expect((await store.listInterviews({ status: 'closed' })).map((s) => s.id)).toEqual([saved.id]);
  });

  it('an answer saved inside the record by an older version teaches the estimate once the file is opened', async () => {
    const file = path.join(dir, 'old.db');
    const db = openSqliteDb(file);
    await seedVersion1(db, 'sqlite');
    await db.destroy();
    const old = await openStore({ sqlitePath: file });
    try {
      const learnt = OLD_ROWS.filter((r) => r.expected && r.expected.outcome !== 'withdrew');
      expect((await personalWeightsOf(old)).interviews).toBe(learnt.length);
    } finally {
      await old.close();
    }
  });

  it('a transcript is kept as one', async () => {
    const saved = await saveRequest(store, request, noon, { text: 'WEBVTT\n', format: 'webvtt' });
    expect(await store.listDocuments(saved.id)).toMatchObject([{ kind: 'transcript', format: 'webvtt' }]);
  });
});

describe('findInterview', () => {
  it('finds by the full id, by its start, and in any case', async () => {
    const { id } = await saveRequest(store, request, noon);
    expect((await findInterview(store, id)).id).toBe(id);
    expect((await findInterview(store, id.slice(0, 8).toUpperCase())).id).toBe(id);
  });

  it('says when no interview matches, or several do', async () => {
    await expect(findInterview(store, 'ffffffff')).rejects.toMatchObject({ code: 'not-found' });
    const entry = (id: string) => ({
      interview: {
        id,
        record: request.interview,
        createdAt: noon.toISOString(),
        updatedAt: noon.toISOString(),
      },
      observations: [],
      documents: [],
      estimates: [],
      reminders: [],
    });
    const ids = ['abcd1111-0000-4000-8000-000000000000', 'abcd2222-0000-4000-8000-000000000000'];
    const bundle = { format: 'debrief-export' as const, version: 1 as const, exportedAt: noon.toISOString() };
    await store.importAll({ ...bundle, interviews: ids.map(entry) }, 'merge');
    const error = await findInterview(store, 'abcd').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect(error).toMatchObject({
      code: 'bad-input',
      message: expect.stringContaining('abcd1111, abcd2222'),
    });
    expect((await findInterview(store, 'abcd2')).id).toBe(ids[1]);
    await expect(findInterview(store, 'ab')).rejects.toMatchObject({ code: 'bad-input' });
  });
});

describe('findInterview by name', () => {
  it('finds by a word of the company or role when no id starts so, and says when several match', async () => {
    const { id } = await saveRequest(store, request, noon);
    expect((await findInterview(store, 'routewise')).id).toBe(id);
    expect((await findInterview(store, 'Route')).id).toBe(id);
    await saveRequest(
      store,
      { ...request, interview: { ...request.interview, role: 'Route planner' } },
      noon,
    );
    await expect(findInterview(store, 'route')).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringContaining('2 interviews match "route"'),
    });
    await expect(findInterview(store, 'Acme Tools')).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringContaining('neither an interview id nor a word of a company or role'),
    });
    await expect(findInterview(store, 'zzzz')).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('nowFor', () => {
  it('is the real moment on the real day, and local noon on a pinned one', () => {
    const real = new Date(2026, 2, 4, 9, 30);
    expect(nowFor('2026-03-04' as IsoDate, '2026-03-04', real)).toBe(real);
    expect(nowFor('2026-03-01' as IsoDate, '2026-03-04', real)).toEqual(new Date(2026, 2, 1, 12));
  });
});
