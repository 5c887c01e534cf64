import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, signById, signsByChannel } from './catalogue.js';
import { CHANNELS, CONTRACT_SIGN_IDS, EXTRA_SIGN_IDS, SIGN_META } from './ids.js';

const SPEC_PATH = process.env.DEBRIEF_SIGNS_SPEC ?? '/work/shared/spec/signs.md';

interface SpecRow {
  id: string;
  polarity: string;
  channel: string;
}

function specRows(markdown: string): SpecRow[] {
  return markdown
    .split('\n')
    .filter((line) => /^\|\s*[a-z]+(-[a-z]+)*\s*\|/.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .filter((cells) => cells[1] !== 'id')
    .map((cells) => ({ id: cells[1]!, polarity: cells[2]!, channel: cells[3]! }));
}

describe('catalogue against the contract file', () => {
  it.skipIf(!existsSync(SPEC_PATH))('has exactly the spec ids, polarities and channels', () => {
    const rows = specRows(readFileSync(SPEC_PATH, 'utf8'));
    expect(rows).toHaveLength(19);
    const contract = CATALOGUE.filter((s) => s.isContract).map((s) => ({
      id: s.id,
      polarity: s.polarity,
      channel: s.channel,
    }));
    expect(contract).toEqual(rows);
  });
});

describe('catalogue', () => {
  it('holds every contract and extra sign once', () => {
    const ids = CATALOGUE.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...CONTRACT_SIGN_IDS, ...EXTRA_SIGN_IDS].sort());
  });

  it('marks only the 19 contract signs as contract', () => {
    expect(CATALOGUE.filter((s) => s.isContract).map((s) => s.id)).toEqual([...CONTRACT_SIGN_IDS]);
  });

  it.each(CATALOGUE.map((s) => [s.id, s] as const))(
    '%s takes polarity and channel from SIGN_META',
    (id, sign) => {
      expect({ polarity: sign.polarity, channel: sign.channel }).toEqual(SIGN_META[id]);
    },
  );

  it.each(CATALOGUE.map((s) => [s.id, s] as const))(
    '%s has a title, an explanation and a yes-means-present question',
    (_id, sign) => {
      expect(sign.title.trim()).not.toBe('');
      expect(sign.explanation.trim().length).toBeGreaterThan(40);
      expect(sign.question.trim()).toMatch(/^(Did|Was|Were|Has|Is)\b.*\?$/);
    },
  );

  it.each(CATALOGUE.filter((s) => s.polarity === 'negative').map((s) => [s.id, s] as const))(
    '%s (negative) has 2 to 4 next-time tips and a prep title',
    (_id, sign) => {
      expect(sign.nextTime?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(sign.nextTime?.length ?? 0).toBeLessThanOrEqual(4);
      for (const tip of sign.nextTime ?? []) expect(tip.trim()).not.toBe('');
      expect(sign.prepTitle?.trim() ?? '').not.toBe('');
    },
  );

  it('gives next-time tips only to negative signs', () => {
    expect(CATALOGUE.filter((s) => s.polarity === 'positive' && s.nextTime !== undefined)).toEqual([]);
  });

  it('says honestly that warmth predicts offers only weakly', () => {
    expect(signById('positive-atmosphere').explanation).toMatch(/recruit/i);
    expect(signById('interviewer-smiling').explanation).toMatch(/weak/i);
  });

  // "Did they say little about X?" makes "No" mean "they said a lot", a double negative: every
  // question asks whether something happened, so "Yes" plainly means the sign was there.
  it.each(CATALOGUE.map((s) => [s.id, s.question] as const))(
    '%s asks its question without a negative',
    (_id, question) => {
      expect(question).not.toMatch(/\b(no|not|never|nothing|without|little|hardly|barely|lack)\b|n't\b/i);
    },
  );

  it('has no duplicate titles or questions', () => {
    expect(new Set(CATALOGUE.map((s) => s.title)).size).toBe(CATALOGUE.length);
    expect(new Set(CATALOGUE.map((s) => s.question)).size).toBe(CATALOGUE.length);
  });
});

describe('lookups', () => {
  it('finds a sign by id', () => expect(signById('cut-short').id).toBe('cut-short'));

  it.each(CHANNELS.map((c) => [c]))('signsByChannel(%s) returns exactly that channel', (channel) => {
    const signs = signsByChannel(channel);
    expect(signs.length).toBeGreaterThan(0);
    expect(signs.every((s) => s.channel === channel)).toBe(true);
  });

  it('splits the catalogue across channels without loss', () => {
    const total = CHANNELS.reduce((n, c) => n + signsByChannel(c).length, 0);
    expect(total).toBe(CATALOGUE.length);
  });
});
