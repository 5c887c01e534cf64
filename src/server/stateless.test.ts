import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { assess, parseAssessRequest } from '../contract/assess.js';
import { CONTRACT_SIGN_IDS } from '../core/signs/ids.js';
import { todayFrom } from './assessment.js';
import { localNoon, makeTestApp, type TestApp, useTestApp } from './app.case.js';

type ErrorBody = { error: { code: string; fields?: { path: string; message: string }[] } };

const t = useTestApp({ now: localNoon(2026, 11, 25) });

const request = {
  interview: { stage: 'final', date: '2026-11-18', decisionBy: '2026-11-27', candidates: 3, company: 'Acme' },
  observations: {
    'interviewer-smiling': 'present',
    'raised-concerns': { value: 'present', strength: 2 },
    'no-next-steps': 'absent',
  },
  candidateName: 'Sam',
};

describe('POST /api/assess', () => {
  it('gives exactly what the CLI contract gives for the same input', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/assess', payload: request });
    expect(res.statusCode).toBe(200);
    const parsed = parseAssessRequest(request, todayFrom(localNoon(2026, 11, 25)));
    if (!parsed.ok) throw new Error('the sample request should be valid');
    expect(res.json()).toEqual(
      JSON.parse(JSON.stringify(assess(parsed.value, todayFrom(localNoon(2026, 11, 25))))),
    );
  });

  it.each([
    [{ ...request, interview: { ...request.interview, date: '2026-02-30' } }, 'interview.date'],
    [{ ...request, observations: { smiling: 'present' } }, 'observations.smiling'],
    [{ ...request, interview: { date: '2026-11-18' } }, 'interview.stage'],
    [{ ...request, interview: { ...request.interview, candidates: 'many' } }, 'interview.candidates'],
  ])('refuses a bad request naming the field (%#)', async (payload, field) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/assess', payload });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).error.fields?.map((f) => f.path)).toContain(field);
  });
});

describe('POST /api/analyze', () => {
  it('refuses a missing text, naming it', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/analyze', payload: { id: 'x' } });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).error.fields?.map((f) => f.path)).toEqual(['text']);
  });

  it('refuses a bad interview date, naming it', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/analyze',
      payload: { text: 'hello', interviewDate: 'friday' },
    });
    expect((res.json() as ErrorBody).error.fields?.map((f) => f.path)).toEqual(['interviewDate']);
  });

  it('answers like one analyze --batch line', async () => {
    const text = 'She smiled a lot, praised my project and asked when I could start.';
    const res = await t.app.inject({ method: 'POST', url: '/api/analyze', payload: { id: 'n1', text } });
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      id: string;
      signs: { evidence: { quote: string; start: number; end: number }[] }[];
      assessment: { probability: number };
    };
    expect(body.id).toBe('n1');
    for (const e of body.signs.flatMap((s) => s.evidence)) expect(text.slice(e.start, e.end)).toBe(e.quote);
    expect(body.assessment.probability).toBeGreaterThan(0);
    expect(body.assessment.probability).toBeLessThan(1);
  });

  it('passes the analyzer refusal on as a 400', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/analyze', payload: { text: '   ' } });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).error.code).toBe('empty');
  });
});

describe('catalogue and docs', () => {
  it('lists every contract sign', async () => {
    const res = await t.app.inject({ url: '/api/signs' });
    const ids = (res.json() as { id: string }[]).map((s) => s.id);
    for (const id of CONTRACT_SIGN_IDS) expect(ids).toContain(id);
  });

  it('describes the API as OpenAPI 3.1 with schemas from the contracts', async () => {
    const doc = (await t.app.inject({ url: '/api/docs' })).json() as {
      openapi: string;
      paths: Record<string, object>;
      components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/interviews', '/api/interviews/{id}/calendar.ics', '/api/assess']),
    );
    expect(doc.components.schemas.InterviewRecord?.required).toEqual(
      expect.arrayContaining(['stage', 'date']),
    );
    expect(doc.components.schemas.Outcome?.properties).toHaveProperty('outcome');
    // the day the first check-in was sent: optional, so records without it still validate
    expect(doc.components.schemas.InterviewRecord?.properties).toHaveProperty('checkedInOn');
    expect(doc.components.schemas.InterviewRecord?.required).not.toContain('checkedInOn');
    expect(doc.components.schemas.ReminderDone?.properties).toHaveProperty('on');
    expect(JSON.stringify(doc)).not.toContain('"$schema"');
  });
});

describe('the web app', () => {
  let webT: TestApp;
  afterEach(async () => {
    await webT.close();
  });

  it('serves files and falls back to index.html for page routes, not for /api', async () => {
    const webRoot = mkdtempSync(path.join(os.tmpdir(), 'debrief-web-'));
    mkdirSync(path.join(webRoot, 'assets'));
    writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Debrief app</title>');
    writeFileSync(path.join(webRoot, 'assets', 'app.js'), 'console.log(1)');
    webT = await makeTestApp({ webRoot });
    onTestFinished(() => rmSync(webRoot, { recursive: true, force: true }));

    const page = await webT.app.inject({ url: '/interviews/123' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Debrief app');
    const asset = await webT.app.inject({ url: '/assets/app.js' });
    expect(asset.body).toBe('console.log(1)');
    const api = await webT.app.inject({ url: '/api/missing' });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/json');
  });
});
