import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessBodies } from '../../scripts/assess-bodies.mjs';
import { assess, parseAssessRequest } from '../contract/assess.js';
import { localNoon, makeTestApp, type TestApp } from './app.case.js';
import { todayFrom } from './assessment.js';

// The varied bodies that scripts/assess-compare.mjs posts to two builds: here each answer must be
// the pure functions' JSON to the byte, so nothing on the way out (a serializer, a cache) may
// reorder, drop or reword anything; and each refusal must name what is wrong.
const NOW = localNoon(2026, 11, 28);
// One app for the file: the route stores nothing, and a hundred fresh apps took seconds.
let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp({ now: NOW });
});
afterAll(() => t.close());
const today = todayFrom(NOW);

const bodies = assessBodies().map(({ name, text }) => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = json === undefined ? undefined : parseAssessRequest(json, today);
  return { name, text, expected: parsed?.ok ? JSON.stringify(assess(parsed.value, today)) : undefined };
});

describe('POST /api/assess over varied bodies', () => {
  it('has at least 50 bodies, most of them answered', () => {
    expect(bodies.length).toBeGreaterThanOrEqual(50);
    expect(bodies.filter((b) => b.expected !== undefined).length).toBeGreaterThanOrEqual(50);
  });

  it.each(bodies.filter((b) => b.expected !== undefined))('answers $name as the contract does', async (b) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/assess',
      headers: { 'content-type': 'application/json' },
      payload: b.text,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.body).toBe(b.expected);
  });

  it.each(bodies.filter((b) => b.expected === undefined))('refuses $name with a 400', async (b) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/assess',
      headers: { 'content-type': 'application/json' },
      payload: b.text,
    });
    expect(res.statusCode).toBe(400);
    const { error } = res.json<{ error: { code: string; message: string; fields?: { path: string }[] } }>();
    // Bad JSON is named by place in the message; everything else by field.
    if (error.code === 'invalid-json') expect(error.message).toMatch(/line \d+, column \d+/);
    else expect(error.fields?.length).toBeGreaterThan(0);
  });
});
