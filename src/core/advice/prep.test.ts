import { describe, expect, it } from 'vitest';
import type { Estimate, Factor, Probability } from '../model/types.js';
import type { Observations } from '../observation.js';
import { MOOT_TIPS, signById } from '../signs/catalogue.js';
import { SIGN_IDS, SIGN_META } from '../signs/ids.js';
import type { SignId } from '../signs/ids.js';
import { prepFrom } from './prep.js';

function estimate(contributions: Partial<Record<SignId, number>> = {}): Estimate {
  const factors: Factor[] = Object.entries(contributions).map(([id, contribution]) => ({
    id: id as SignId,
    channel: SIGN_META[id as SignId].channel,
    contribution: contribution ?? 0,
    reasoning: 'test',
  }));
  return {
    probability: 0.4 as Probability,
    range: [0.3, 0.5],
    band: 'toss-up',
    prior: { probability: 0.4, source: 'test' },
    factors,
    channels: [],
    silence: { phase: 'too-early' },
  };
}

const allPresent: Observations = Object.fromEntries(SIGN_IDS.map((id) => [id, { value: 'present' }]));

describe('prepFrom', () => {
  it('gives advice for every present negative sign and no positive one', () => {
    const ids = prepFrom(allPresent, estimate()).map((p) => p.signId);
    expect([...ids].sort()).toEqual(SIGN_IDS.filter((id) => SIGN_META[id].polarity === 'negative').sort());
  });

  it.each(['absent', 'unsure'] as const)('skips signs marked %s', (value) => {
    expect(prepFrom({ 'candidate-nerves': { value } }, estimate())).toEqual([]);
  });

  it('leaves out a tip the interview made moot: no "ask when you will hear" after they said', () => {
    const silent: Observations = { 'no-follow-up': { value: 'present' } };
    const asks = (o: Observations) =>
      prepFrom(o, estimate())[0]!.tips.some((t) => /ask at the end of the interview when/i.test(t));
    expect(asks(silent)).toBe(true);
    expect(asks({ ...silent, 'timeline-given': { value: 'present' } })).toBe(false);
    expect(asks({ ...silent, 'timeline-given': { value: 'unsure' } })).toBe(true);
    for (const m of MOOT_TIPS) expect(signById(m.sign).nextTime).toContain(m.tip);
  });

  it('takes its tips from the catalogue', () => {
    const [advice] = prepFrom({ 'vague-role-details': { value: 'present' } }, estimate());
    expect(advice?.tips).toEqual(signById('vague-role-details').nextTime);
    expect(advice?.title).toBe(signById('vague-role-details').prepTitle);
  });

  it('puts the most damaging factor first, then signs the model did not weigh', () => {
    const obs: Observations = {
      'awkward-atmosphere': { value: 'present' },
      'candidate-nerves': { value: 'present' },
      'raised-concerns': { value: 'present' },
      'cut-short': { value: 'present' },
    };
    const ids = prepFrom(
      obs,
      estimate({ 'awkward-atmosphere': -0.1, 'raised-concerns': -0.6, 'candidate-nerves': -0.3 }),
    ).map((p) => p.signId);
    expect(ids).toEqual(['raised-concerns', 'candidate-nerves', 'awkward-atmosphere', 'cut-short']);
  });

  it('orders unweighed signs by strength, then catalogue order', () => {
    const obs: Observations = {
      'awkward-atmosphere': { value: 'present', strength: 1 },
      'flat-interviewer': { value: 'present', strength: 3 },
      'generic-questions': { value: 'present' },
    };
    expect(prepFrom(obs, estimate()).map((p) => p.signId)).toEqual([
      'flat-interviewer',
      'generic-questions',
      'awkward-atmosphere',
    ]);
  });

  it('returns copies, so callers cannot change the catalogue', () => {
    const [advice] = prepFrom({ 'cut-short': { value: 'present' } }, estimate());
    advice?.tips.push('changed');
    expect(signById('cut-short').nextTime).not.toContain('changed');
  });
});
