import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { analyze } from '../index.js';
import type { FoundSign } from '../types.js';
import { learnedPass, learnedProbabilities, learnedSigns, vetoed, type SignModelData } from './index.js';
import { SIGN_MODELS } from './weights.js';

const here = dirname(fileURLToPath(import.meta.url));

const smiling: SignModelData = {
  id: 'interviewer-smiling',
  bias: -2,
  tau: 0.5,
  nu: 0,
  w: { smiled: 3, 'she smiled': 1, NOT_smiled: -4 },
};
const concerns: SignModelData = {
  id: 'raised-concerns',
  bias: -3,
  tau: 0.5,
  nu: 0.2,
  w: { 'RULE_raised-concerns': 0.5, worried: 4 },
};
const rule = (id: FoundSign['id'], confidence = 0.8): FoundSign => ({ id, confidence, evidence: [] });

describe('learnedPass with given models', () => {
  it('adds a sign with the sentence that pushes hardest as exact evidence', () => {
    const text = 'We went through the role.\nThen she smiled at my answer, warmly. I left.';
    const { added } = learnedPass(text, [], [smiling]);
    expect(added).toHaveLength(1);
    const ev = added[0]!.evidence[0]!;
    expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
    expect(ev.quote).toBe('Then she smiled at my answer, warmly');
    expect(added[0]!.confidence).toBeCloseTo(1 / (1 + Math.exp(-2)), 2);
  });

  it('does not add a sign when the phrase is negated', () => {
    expect(learnedPass('She never smiled once.', [], [smiling]).added).toEqual([]);
  });

  it('never re-adds a sign the rules found, and vetoes a rule hit the model finds unlikely', () => {
    const text = 'She smiled. The manager asked about the gap.';
    const result = learnedPass(
      text,
      [rule('interviewer-smiling'), rule('raised-concerns')],
      [smiling, concerns],
    );
    expect(result.added).toEqual([]);
    expect(result.vetoed).toEqual(['raised-concerns']);
    // with the worry word the model agrees with the rule
    expect(
      learnedPass('He was worried about the gap.', [rule('raised-concerns')], [concerns]).vetoed,
    ).toEqual([]);
  });

  it('uses the rule confidence as a feature', () => {
    const low = learnedProbabilities('text', [rule('raised-concerns', 0.1)], [concerns]).get(
      'raised-concerns',
    )!;
    const high = learnedProbabilities('text', [rule('raised-concerns', 0.9)], [concerns]).get(
      'raised-concerns',
    )!;
    expect(high).toBeGreaterThan(low);
  });

  it('returns nothing for text with no words', () => {
    expect(learnedPass('... !!', [], [{ ...smiling, bias: 5 }]).added).toEqual([]);
  });
});

describe('shipped models', () => {
  const corpus = readFileSync(join(here, '../../../test/fixtures/corpus/fresh.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, 60)
    .map((l) => (JSON.parse(l) as { text: string }).text);

  it('give deterministic additions with exact offsets, never duplicating a rule sign', () => {
    for (const text of corpus) {
      const r = analyze(text);
      const rules = r.ok ? r.value.signs : [];
      const first = learnedSigns(text, rules);
      expect(learnedSigns(text, rules)).toEqual(first);
      for (const sign of first) {
        expect(rules.some((s) => s.id === sign.id)).toBe(false);
        expect(sign.confidence).toBeGreaterThan(0);
        expect(sign.confidence).toBeLessThanOrEqual(1);
        for (const ev of sign.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
      }
      for (const id of vetoed(text, rules)) expect(rules.some((s) => s.id === id)).toBe(true);
    }
  });

  it('cover only contract sign ids, each once, with thresholds in range', () => {
    const ids = SIGN_MODELS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of SIGN_MODELS) {
      expect(m.nu).toBeGreaterThanOrEqual(0);
      expect(m.nu).toBeLessThan(m.tau);
    }
  });
});

describe('purity', () => {
  it('imports no Node APIs in the shipped module', () => {
    const sources = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(sources.length).toBeGreaterThanOrEqual(4);
    for (const file of sources) {
      const src = readFileSync(join(here, file), 'utf8');
      expect(src).not.toMatch(/from ['"](node:|fs|path|os)['"/]/);
      expect(src).not.toMatch(/\bprocess\.\w|\brequire\(|\bimport\(/);
    }
  });
});
