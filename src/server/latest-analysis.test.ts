import { describe, expect, it } from 'vitest';
import { deliveryGuidance } from '../analysis/delivery/index.js';
import type { DocumentAnalysis, LatestAnalysis } from '../contract/responses.js';
import { localNoon, useTestApp } from './app.case.js';

const TRANSCRIPT = `WEBVTT

1
00:00:01.000 --> 00:00:05.000
<v Priya Shah>Thanks for joining. Tell me about your last project.

2
00:00:05.500 --> 00:00:30.000
<v Sam Lee>Um, I built a dashboard with my team that cut reporting time in half, and I wrote most of the data layer myself.

3
00:00:30.500 --> 00:00:36.000
<v Priya Shah>That is impressive. When could you start?

4
00:00:36.500 --> 00:00:44.000
<v Sam Lee>In a month. What would the first three months in this team look like for me?
`;

const NOTES = 'She smiled a lot and said they would decide by Friday.';

const t = useTestApp({ interview: true });

const post = async (payload: object) => {
  const res = await t.app.inject({ method: 'POST', url: `/api/interviews/${t.id}/documents`, payload });
  expect(res.statusCode).toBe(201);
  return res.json() as DocumentAnalysis;
};
const latest = async () => {
  const res = await t.app.inject({ url: `/api/interviews/${t.id}/analysis` });
  expect(res.statusCode).toBe(200);
  return (res.json() as LatestAnalysis).latest;
};

describe('delivery guidance on documents', () => {
  it('POST returns guidance built from the delivery figures it returns', async () => {
    const body = await post({ kind: 'transcript', text: TRANSCRIPT, candidate: 'Sam Lee' });
    expect(body.analysis.delivery).toBeDefined();
    expect(body.guidance.length).toBeGreaterThan(0);
    expect(body.guidance).toEqual(deliveryGuidance(body.analysis.delivery!));
  });

  it('POST returns no guidance for notes, which have no delivery figures', async () => {
    const body = await post({ kind: 'notes', text: NOTES });
    expect(body.analysis.delivery).toBeUndefined();
    expect(body.guidance).toEqual([]);
  });
});

describe('GET /api/interviews/:id/analysis', () => {
  it('is null before any document is stored', async () => {
    expect(await latest()).toBeNull();
  });

  it('re-analyzes the stored transcript to the same result as the upload, on a later visit', async () => {
    const posted = await post({ kind: 'transcript', text: TRANSCRIPT, candidate: 'Sam Lee' });
    const again = await latest();
    expect(again).toEqual(posted);
  });

  it('answers with the newest document', async () => {
    await post({ kind: 'transcript', text: TRANSCRIPT, candidate: 'Sam Lee' });
    t.setNow(new Date(localNoon(2026, 11, 25).getTime() + 60_000));
    const notes = await post({ kind: 'notes', text: NOTES });
    const got = await latest();
    expect(got?.document.id).toBe(notes.document.id);
    expect(got?.guidance).toEqual([]);
  });

  it('answers 404 for an unknown interview', async () => {
    const res = await t.app.inject({ url: '/api/interviews/nope/analysis' });
    expect(res.statusCode).toBe(404);
  });
});
