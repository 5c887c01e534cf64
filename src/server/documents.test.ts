import { describe, expect, it } from 'vitest';
import { useTestApp } from './app.case.js';

type ErrorBody = { error: { code: string; message: string } };
type Posted = {
  document: { id: string; kind: string; format: string; text: string; interviewId: string };
  analysis: {
    kind: string;
    signs: { id: string; evidence: { quote: string; start: number; end: number }[] }[];
    warnings: unknown[];
  };
  statedInterviewers?: { name: string }[];
};

const NOTES =
  'Interview with Priya at Acme. She smiled a lot and praised my dashboard project. ' +
  'She asked when I could start and said they would decide by Friday. We talked about the team culture.';

const TRANSCRIPT = `WEBVTT

1
00:00:01.000 --> 00:00:05.000
<v Priya Shah>Thanks for joining. Tell me about your last project.

2
00:00:05.500 --> 00:00:12.000
<v Sam Lee>I built a dashboard that cut reporting time in half for our team.

3
00:00:12.500 --> 00:00:16.000
<v Priya Shah>That is impressive. When could you start?
`;

const t = useTestApp({ interview: true });

const documentsOf = async () =>
  ((await t.app.inject({ url: `/api/interviews/${t.id}/documents` })).json() as { documents: unknown[] })
    .documents;
const observationsOf = async () =>
  ((await t.app.inject({ url: `/api/interviews/${t.id}/observations` })).json() as { observations: object })
    .observations;

describe('POST documents', () => {
  it('analyzes JSON notes, stores them, and leaves observations alone', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/interviews/${t.id}/documents`,
      payload: { kind: 'notes', text: NOTES },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json() as Posted;
    expect(body.document).toMatchObject({ interviewId: t.id, kind: 'notes', text: NOTES });
    for (const sign of body.analysis.signs) {
      for (const e of sign.evidence) expect(NOTES.slice(e.start, e.end)).toBe(e.quote);
    }
    expect(await documentsOf()).toHaveLength(1);
    expect(await observationsOf()).toEqual({});
  });

  it('takes a dropped file as raw bytes and detects a transcript', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/interviews/${t.id}/documents?candidate=Sam%20Lee`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.from(TRANSCRIPT, 'utf8'),
    });
    expect(res.statusCode).toBe(201);
    const body = res.json() as Posted;
    expect(body.document.kind).toBe('transcript');
    expect(body.document.format).toBe(body.analysis.kind);
    expect(body.analysis.kind).not.toBe('notes');
    // the other speaker is who interviewed, offered for the record
    expect(body.statedInterviewers?.map((p) => p.name)).toEqual(['Priya Shah']);
    expect(body.document.text).toBe(TRANSCRIPT);
  });

  it.each([
    [
      'binary bytes',
      'application/octet-stream',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]),
      'binary',
    ],
    // no UTF-8, and 0x81 is no Windows-1252 either
    ['invalid UTF-8', 'text/plain', Buffer.from([0x48, 0x69, 0x20, 0x81, 0x28, 0x21]), 'invalid-utf8'],
    ['an empty text', 'text/plain', Buffer.from('   \n  '), 'empty'],
  ])('refuses %s with a 400 and stores nothing', async (_label, type, payload, code) => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/interviews/${t.id}/documents`,
      headers: { 'content-type': type },
      payload,
    });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).error.code).toBe(code);
    expect(await documentsOf()).toEqual([]);
  });

  it("reads a file saved as Windows-1252 (Notepad's ANSI), saying so", async () => {
    const payload = Buffer.from('The manager smiled a lot and said \x93we\x92ll be in touch\x94.', 'latin1');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/interviews/${t.id}/documents`,
      headers: { 'content-type': 'application/octet-stream' },
      payload,
    });
    expect(res.statusCode).toBe(201);
    const body = res.json() as Posted;
    expect(body.document.text).toBe('The manager smiled a lot and said “we’ll be in touch”.');
    expect(body.analysis.warnings[0]).toMatchObject({
      code: 'encoding',
      message: expect.stringContaining('Windows-1252'),
    });
  });

  it('refuses a malformed transcript with a 400 and stores nothing', async () => {
    const text = 'WEBVTT\n\n1\n00:00:01.000 --> garbage\n';
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/interviews/${t.id}/documents`,
      payload: { kind: 'transcript', text },
    });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).error.code).toBe('malformed-transcript');
    expect(await documentsOf()).toEqual([]);
  });

  it('refuses a JSON body without text, naming it', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/interviews/${t.id}/documents`,
      payload: { kind: 'notes' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { fields: [{ path: 'text' }] } });
  });

  it('answers 413 with a clear JSON message beyond 2 MB, storing nothing', async () => {
    const text = 'a'.repeat(2 * 1024 * 1024 + 10);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/interviews/${t.id}/documents`,
      payload: { kind: 'notes', text },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({
      error: { code: 'payload-too-large', message: expect.stringContaining('2 MB') },
    });
    expect(await documentsOf()).toEqual([]);
  });

  it('answers 413 for text over the analyzer limit that fits the body limit', async () => {
    const text = 'word '.repeat(300_000);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/interviews/${t.id}/documents`,
      payload: { kind: 'notes', text },
    });
    expect(res.statusCode).toBe(413);
    expect((res.json() as ErrorBody).error.code).toBe('too-large');
    expect(await documentsOf()).toEqual([]);
  });

  it('answers 404 for an unknown interview', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/interviews/nope/documents',
      payload: { kind: 'notes', text: NOTES },
    });
    expect(res.statusCode).toBe(404);
  });
});
