import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detectInNotes } from '../analysis/detect/run.js';
import type { NotesStated } from '../contract/responses.js';
import { makeTestApp, type TestApp } from './app.case.js';

// Counts the rules' reading of the notes, the bulk of an analysis: one per request.
vi.mock('../analysis/detect/run.js', async (original) => {
  const real = await original<typeof import('../analysis/detect/run.js')>();
  return { ...real, detectInNotes: vi.fn(real.detectInNotes) };
});

// The test app's today is Wednesday 2026-11-25.
const NOTES =
  'Final round interview at Acme for the data analyst role on Monday 23 November. ' +
  'It was a panel of three people. Dana Reyes, the head of data, asked about my SQL. ' +
  'They smiled a lot and said they would decide by Friday.';

type ErrorBody = { error: { code: string; fields?: { path: string }[] } };

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp();
});
afterEach(async () => {
  await t.close();
});

const interviewCount = async (): Promise<number> =>
  ((await t.app.inject({ url: '/api/interviews' })).json() as { interviews: unknown[] }).interviews.length;

describe('POST /api/notes/stated', () => {
  it('gives the check-in and thank-you the notes tell, dated from the interview day and today', async () => {
    const text =
      'Interview at the county library on Monday 23 November. Sent a thank you email that evening. ' +
      'Called HR yesterday, they said still deciding.';
    const body = (
      await t.app.inject({ method: 'POST', url: '/api/notes/stated', payload: { text } })
    ).json() as NotesStated;
    expect(body.statedCompany?.name).toBe('the county library');
    expect(body.statedThankYou).toMatchObject({ on: '2026-11-23' });
    expect(body.statedCheckIn).toMatchObject({ on: '2026-11-24', reply: 'holding' });
    expect(body.statedCheckIn?.evidence.quote).toBe('Called HR yesterday, they said still deciding');
  });

  it('gives what the notes state of their interview, each with its quote, and stores nothing', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/notes/stated', payload: { text: NOTES } });
    expect(res.statusCode).toBe(200);
    const body = res.json() as NotesStated;
    expect(body.kind).toBe('notes');
    expect(body.text).toBe(NOTES);
    expect(body.statedInterviewDate?.date).toBe('2026-11-23');
    expect(body.statedStage?.stage).toBe('final');
    expect(body.statedFormat?.format).toBe('panel');
    expect(body.statedCompany?.name).toBe('Acme');
    expect(body.statedRole?.title.toLowerCase()).toBe('data analyst');
    expect(body.statedInterviewers?.map((p) => p.name)).toEqual(['Dana Reyes']);
    for (const s of [
      body.statedInterviewDate,
      body.statedStage,
      body.statedCompany,
      ...body.statedInterviewers!,
    ]) {
      const e = s!.evidence;
      expect(NOTES.slice(e.start, e.end)).toBe(e.quote);
    }
    expect(await interviewCount()).toBe(0);
    // "by Friday", read from the interview's Monday
    expect(body.statedDecisionBy).toMatchObject({ date: '2026-11-27', from: '2026-11-23' });
    expect(NOTES.slice(body.statedDecisionBy!.evidence.start, body.statedDecisionBy!.evidence.end)).toBe(
      body.statedDecisionBy!.evidence.quote,
    );
  });

  it('reads the notes once, even when the day they give is not today', async () => {
    vi.mocked(detectInNotes).mockClear();
    const res = await t.app.inject({ method: 'POST', url: '/api/notes/stated', payload: { text: NOTES } });
    expect((res.json() as NotesStated).statedInterviewDate?.date).not.toBe('2026-11-25');
    expect(detectInNotes).toHaveBeenCalledTimes(1);
  });

  it('reads a promised wait from the interview day the notes give, else from today', async () => {
    const post = async (text: string) =>
      (
        await t.app.inject({ method: 'POST', url: '/api/notes/stated', payload: { text } })
      ).json() as NotesStated;
    const monday = await post('Interview on Monday 23 November. They said they would decide within a week.');
    expect(monday.statedDecisionBy).toMatchObject({ date: '2026-11-30', from: '2026-11-23' });
    const undated = await post('Good interview. They said they would decide within a week.');
    expect(undated.statedDecisionBy).toMatchObject({ date: '2026-12-02', from: '2026-11-25' });
    const none = await post('Good interview. No idea when they will decide.');
    expect(none.statedDecisionBy).toBeUndefined();
    expect(none.decisionDaysDiffer).toBeUndefined();
  });

  it('gives no decision day when the notes name two different ones, and says they differ', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/notes/stated',
      payload: {
        text: 'Interview on Monday 23 November. They said they would decide by Friday, or within two weeks at the latest.',
      },
    });
    const body = res.json() as NotesStated;
    expect(body.statedDecisionBy).toBeUndefined();
    expect(body.decisionDaysDiffer).toBe(true);
    expect(body.statedInterviewDate?.date).toBe('2026-11-23');
  });

  it('reads a chosen file sent as raw bytes, and gives back its text', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/notes/stated',
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.from(NOTES, 'utf8'),
    });
    expect(res.statusCode).toBe(200);
    expect((res.json() as NotesStated).text).toBe(NOTES);
  });

  it('states nothing for notes that do not say', async () => {
    const text = 'They smiled a lot and asked when I could start.';
    const body = (
      await t.app.inject({ method: 'POST', url: '/api/notes/stated', payload: { text } })
    ).json() as NotesStated;
    expect(Object.keys(body).sort()).toEqual(['kind', 'text']);
  });

  it.each([
    ['empty', { text: '   ' }, 'empty'],
    ['binary', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02, 0x00, 0xff]), 'binary'],
  ])('refuses %s input with the same code a document gets', async (_name, payload, code) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/notes/stated',
      ...(Buffer.isBuffer(payload) ? { headers: { 'content-type': 'application/octet-stream' } } : {}),
      payload,
    });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).error.code).toBe(code);
  });

  it('refuses a missing text, naming it', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/notes/stated', payload: {} });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).error.fields?.map((f) => f.path)).toEqual(['text']);
  });

  it('refuses text over the 1 MB the analyzer reads', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/notes/stated',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      payload: 'a'.repeat(1_048_577),
    });
    expect(res.statusCode).toBe(413);
  });
});
