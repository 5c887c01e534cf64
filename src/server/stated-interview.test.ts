import { describe, expect, it } from 'vitest';
import type { DocumentAnalysis, LatestAnalysis } from '../contract/responses.js';
import { useTestApp } from './app.case.js';

// The test app's today is Wednesday 2026-11-25; the sample record says a first interview, by video, on the 20th.
const STATED =
  'Had my final round on Monday 23 November. It was a panel of three people. ' +
  'They smiled a lot and said they would decide by Friday.';
const SILENT = 'They smiled a lot and asked when I could start. We talked about the team culture.';

const t = useTestApp({ interview: true });

const post = async (payload: object): Promise<DocumentAnalysis> => {
  const res = await t.app.inject({ method: 'POST', url: `/api/interviews/${t.id}/documents`, payload });
  expect(res.statusCode).toBe(201);
  return res.json() as DocumentAnalysis;
};

describe('what notes state about the interview itself', () => {
  it('comes back with the quote for the day, the round and the format, and the record is unchanged', async () => {
    const body = await post({ kind: 'notes', text: STATED });
    expect(body.statedInterviewDate?.date).toBe('2026-11-23');
    expect(body.statedStage?.stage).toBe('final');
    expect(body.statedFormat?.format).toBe('panel');
    for (const e of [body.statedInterviewDate!, body.statedStage!, body.statedFormat!].map((s) => s.evidence))
      expect(STATED.slice(e.start, e.end)).toBe(e.quote);
    expect(body.statedStage?.evidence.quote).toBe('final round');
    const record = (await t.app.inject({ url: `/api/interviews/${t.id}` })).json() as {
      record: { stage: string; date: string; format: string };
    };
    expect(record.record).toMatchObject({ stage: 'first', date: '2026-11-20', format: 'video' });
  });

  it('is the same on a later visit, read again from the stored notes', async () => {
    const posted = await post({ kind: 'notes', text: STATED });
    const res = await t.app.inject({ url: `/api/interviews/${t.id}/analysis` });
    expect((res.json() as LatestAnalysis).latest).toEqual(posted);
  });

  it('is absent when the notes state none of them', async () => {
    const body = await post({ kind: 'notes', text: SILENT });
    expect(body).not.toHaveProperty('statedInterviewDate');
    expect(body).not.toHaveProperty('statedStage');
    expect(body).not.toHaveProperty('statedFormat');
  });

  it('gives no day still to come', async () => {
    const body = await post({
      kind: 'notes',
      text: 'My final interview is on Friday 27 November, I am nervous.',
    });
    expect(body).not.toHaveProperty('statedInterviewDate');
  });

  it('is absent for a transcript, whose talk of rounds is mostly of other ones', async () => {
    const transcript = `WEBVTT

00:00:01.000 --> 00:00:05.000
<v Priya Shah>Thanks for coming to the final round on Monday.

00:00:05.500 --> 00:00:12.000
<v Sam Lee>Happy to be here, it is a panel of three people I think.
`;
    const body = await post({ kind: 'transcript', text: transcript, candidate: 'Sam Lee' });
    expect(body.analysis.kind).not.toBe('notes');
    expect(body).not.toHaveProperty('statedStage');
    expect(body).not.toHaveProperty('statedInterviewDate');
  });
});
