import { describe, expect, it } from 'vitest';
import { SIGN_IDS, SIGN_META, type SignId } from '../signs/ids.js';
import { SIGN_EVIDENCE, signLogLr } from './likelihoods.js';

const WARMTH: SignId[] = ['positive-atmosphere', 'interviewer-smiling', 'engaging-conversation'];
const PROCESS: SignId[] = [
  'future-role-talk',
  'start-date-asked',
  'salary-discussed',
  'references-asked',
  'timeline-given',
  'met-more-team',
];

describe('sign evidence', () => {
  it.each(SIGN_IDS)('%s points the way its polarity says, with a reason', (id) => {
    const { logLr, reasoning } = SIGN_EVIDENCE[id];
    expect(Math.sign(logLr)).toBe(SIGN_META[id].polarity === 'positive' ? 1 : -1);
    expect(reasoning).toMatch(/^[A-Z].*\.$/);
  });

  it('every warmth sign weighs less than every concrete process sign', () => {
    const warmest = Math.max(...WARMTH.map((id) => SIGN_EVIDENCE[id].logLr));
    const weakestProcess = Math.min(...PROCESS.map((id) => SIGN_EVIDENCE[id].logLr));
    expect(warmest).toBeLessThan(weakestProcess);
  });

  it('raised concerns, cut short and disinterest weigh more than nerves', () => {
    for (const id of ['raised-concerns', 'cut-short', 'interviewer-disinterest'] as const) {
      expect(SIGN_EVIDENCE[id].logLr).toBeLessThan(2 * SIGN_EVIDENCE['candidate-nerves'].logLr);
    }
  });

  it('no single sign is overwhelming on its own', () => {
    for (const id of SIGN_IDS) expect(Math.abs(SIGN_EVIDENCE[id].logLr)).toBeLessThanOrEqual(1);
  });
});

describe('signLogLr', () => {
  const id = 'future-role-talk';
  it('absent is not evidence', () => expect(signLogLr(id, { value: 'absent', strength: 3 })).toBe(0));
  it('strength scales the effect', () => {
    const s1 = signLogLr(id, { value: 'present', strength: 1 });
    const s2 = signLogLr(id, { value: 'present', strength: 2 });
    const s3 = signLogLr(id, { value: 'present', strength: 3 });
    expect(s1).toBeLessThan(s2);
    expect(s2).toBeLessThan(s3);
    expect(signLogLr(id, { value: 'present' })).toBe(s2);
  });
  it('unsure counts less than even a faint present sign', () => {
    const unsure = signLogLr(id, { value: 'unsure', strength: 3 });
    expect(unsure).toBeGreaterThan(0);
    expect(unsure).toBeLessThan(signLogLr(id, { value: 'present', strength: 1 }));
  });
});
