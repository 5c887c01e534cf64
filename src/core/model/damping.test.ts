import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNEL_DECAY, dampChannel, dampedTotals, type RawEffect } from './damping.js';

const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
const effectsArb = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    logOdds: fc.double({ min: -2, max: 2, noNaN: true }),
  }),
  { selector: (e) => e.id, maxLength: 8 },
);

describe('dampChannel', () => {
  it('counts the largest in full and decays the rest', () => {
    const out = dampChannel([
      { id: 'a', logOdds: 0.2 },
      { id: 'b', logOdds: 0.5 },
      { id: 'c', logOdds: 0.1 },
    ]);
    expect(out.get('b')).toBeCloseTo(0.5);
    expect(out.get('a')).toBeCloseTo(0.2 * CHANNEL_DECAY);
    expect(out.get('c')).toBeCloseTo(0.1 * CHANNEL_DECAY ** 2);
  });

  it('damps positives and negatives separately', () => {
    const out = dampChannel([
      { id: 'up', logOdds: 0.4 },
      { id: 'down', logOdds: -0.3 },
    ]);
    expect(out.get('up')).toBeCloseTo(0.4);
    expect(out.get('down')).toBeCloseTo(-0.3);
  });

  it('adding a positive effect never lowers the channel total; a negative never raises it', () => {
    fc.assert(
      fc.property(
        effectsArb,
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.boolean(),
        (effects, size, up) => {
          const extra: RawEffect<string> = { id: '__new', logOdds: up ? size : -size };
          const before = total(dampChannel(effects));
          const after = total(dampChannel([...effects, extra]));
          if (up) expect(after).toBeGreaterThanOrEqual(before);
          else expect(after).toBeLessThanOrEqual(before);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never amplifies and does not depend on input order', () => {
    fc.assert(
      fc.property(effectsArb, (effects) => {
        const out = dampChannel(effects);
        const reversed = dampChannel([...effects].reverse());
        for (const e of effects) {
          expect(Math.abs(out.get(e.id)!)).toBeLessThanOrEqual(Math.abs(e.logOdds));
          expect(out.get(e.id)! * e.logOdds).toBeGreaterThanOrEqual(0);
          expect(reversed.get(e.id)).toBe(out.get(e.id));
        }
      }),
    );
  });

  it('dampedTotals: what the contributions add up to, positives and negatives apart', () => {
    fc.assert(
      fc.property(effectsArb, (effects) => {
        const out = dampChannel(effects);
        const { up, down } = dampedTotals(effects);
        const part = (keep: (x: number) => boolean) =>
          [...out.values()].filter(keep).reduce((a, b) => a + b, 0);
        expect(up).toBeCloseTo(
          part((x) => x > 0),
          12,
        );
        expect(down).toBeCloseTo(
          part((x) => x < 0),
          12,
        );
      }),
    );
  });

  it('dampedTotals: an added or stronger effect moves its total its own way, rounding included', () => {
    // Exact comparisons: the estimate relies on this holding in floating point, not just on paper.
    fc.assert(
      fc.property(effectsArb, fc.double({ min: 0, max: 2, noNaN: true }), fc.nat(), (effects, size, pick) => {
        const grown = effects.map((e, i) =>
          i === pick % Math.max(1, effects.length)
            ? { ...e, logOdds: e.logOdds + Math.sign(e.logOdds) * size }
            : e,
        );
        const before = dampedTotals(effects);
        expect(dampedTotals([...effects, { id: '__up', logOdds: size }]).up).toBeGreaterThanOrEqual(
          before.up,
        );
        expect(dampedTotals([...effects, { id: '__down', logOdds: -size }]).down).toBeLessThanOrEqual(
          before.down,
        );
        expect(dampedTotals(grown).up).toBeGreaterThanOrEqual(before.up);
        expect(dampedTotals(grown).down).toBeLessThanOrEqual(before.down);
      }),
      { numRuns: 500 },
    );
  });
});
