import { describe, expect, it } from 'vitest';
import { analyze } from './index.js';
import { callInterviewers } from './call-interviewers.js';

const CALL = `WEBVTT

00:00:01.000 --> 00:00:05.000
<v Dana Reyes (Guest)>Hi Sam, thanks for joining. Tell me about your last role.

00:00:05.000 --> 00:00:12.000
<v Sam Okafor>Sure. I ran the night shift planning at a warehouse for two years.

00:00:12.000 --> 00:00:16.000
<v Boardroom 3 (Acme)>And what would you change about how you planned it?

00:00:16.000 --> 00:00:24.000
<v Sam Okafor>I would plan the rota a week further ahead, so overtime drops.

00:00:24.000 --> 00:00:28.000
<v Tom Baird>Great. We'll be in touch by Friday.
`;

const people = (text: string, candidate?: string) => {
  const r = analyze(text, candidate ? { candidate } : {});
  if (!r.ok || !r.value.transcript) throw new Error('not read as a call');
  return callInterviewers(text, r.value.transcript);
};

describe('callInterviewers', () => {
  it('names the other speakers who are people, without the labels tools add', () => {
    const found = people(CALL, 'Sam Okafor');
    expect(found.map((p) => p.name)).toEqual(['Dana Reyes', 'Tom Baird']);
    for (const p of found) expect(CALL.slice(p.evidence.start, p.evidence.end)).toBe(p.name);
  });

  it('offers no one when the candidate is not known well enough', () => {
    const r = analyze(CALL);
    if (!r.ok || !r.value.transcript) throw new Error('not read as a call');
    const weak = {
      ...r.value.transcript,
      candidate: { name: 'Sam Okafor', how: 'guessed' as const, confidence: 0.4 },
    };
    expect(callInterviewers(CALL, weak)).toEqual([]);
    expect(callInterviewers(CALL, { ...r.value.transcript, candidate: undefined })).toEqual([]);
  });

  it('leaves devices and stand-ins out', () => {
    const text = CALL.replaceAll('Tom Baird', 'iPhone (2)').replaceAll('Dana Reyes (Guest)', 'Guest 1');
    expect(people(text, 'Sam Okafor')).toEqual([]);
  });
});
