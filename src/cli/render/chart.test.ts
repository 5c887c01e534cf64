import { describe, it, expect } from 'vitest';
import type { AssessFactor } from '../../contract/assess.js';
import type { IsoDate } from '../../core/dates.js';
import { styleFor } from '../style.js';
import { barCells, renderFactorChart, UNSURE_FOOTNOTE } from './chart.js';
import { columnOf, renderTimeline } from './timeline.js';

const plain = styleFor(false);
const factor = (title: string, contribution: number, channel: AssessFactor['channel']): AssessFactor => ({
  id: 'achievements-praised',
  title,
  contribution,
  channel,
  reasoning: '',
});

describe('factor chart', () => {
  it.each([
    [1, 1, 12],
    [0.5, 1, 6],
    [-0.5, 1, 6],
    [0.01, 1, 1],
    [0, 1, 0],
  ])('barCells(%s, largest %s) = %s', (c, largest, want) => expect(barCells(c, largest, 12)).toBe(want));

  it('puts helping factors right of the line and hurting ones left, grouped by channel', () => {
    const out = renderFactorChart(
      [factor('Praise', 0.6, 'verbal'), factor('Concerns', -0.3, 'verbal'), factor('Smiles', 0.1, 'body')],
      plain,
    );
    const lines = out.split('\n');
    const praise = lines.find((l) => l.includes('Praise')) ?? '';
    const concerns = lines.find((l) => l.includes('Concerns')) ?? '';
    expect(praise.indexOf('+')).toBeGreaterThan(praise.indexOf('│'));
    expect(concerns.indexOf('-')).toBeLessThan(concerns.indexOf('│'));
    expect(out.indexOf('What was said')).toBeLessThan(out.indexOf('Body language'));
    expect(out).not.toContain('\u001b[');
  });

  it("says how much each factor moved the estimate in the web page's words, not as a bare number", () => {
    const out = renderFactorChart(
      [factor('Praise', 1.2, 'verbal'), factor('Concerns', -0.5, 'verbal'), factor('Smiles', 0.1, 'body')],
      plain,
    );
    const line = (t: string) => out.split('\n').find((l) => l.includes(t)) ?? '';
    expect(line('Praise')).toMatch(/a lot$/);
    expect(line('Concerns')).toMatch(/somewhat$/);
    expect(line('Smiles')).toMatch(/a little$/);
    expect(out).not.toMatch(/\d\.\d\d/);
  });

  it('leaves out factors that round to nothing, and says so', () => {
    const out = renderFactorChart(
      [factor('Praise', 0.6, 'verbal'), factor('Silence', 0.001, 'process')],
      plain,
    );
    expect(out).not.toContain('Silence');
    expect(out).toContain('1 more factor');
  });

  it('marks a sign answered "Not sure" and says in one line why it still moved the estimate', () => {
    const plainOut = renderFactorChart([factor('Praise', 0.1, 'verbal')], plain);
    expect(plainOut).not.toContain(UNSURE_FOOTNOTE);
    const out = renderFactorChart(
      [factor('Praise', 0.1, 'verbal')],
      plain,
      new Set(['achievements-praised']),
    );
    expect(out.split('\n').find((l) => l.includes('Praise'))).toMatch(/a little \?$/);
    expect(out.split('\n').filter((l) => l.includes(UNSURE_FOOTNOTE))).toHaveLength(1);
    expect(`  ${UNSURE_FOOTNOTE}`.length).toBeLessThanOrEqual(78);
  });
});

describe('timeline', () => {
  it('places dates proportionally', () => {
    const d = (s: string) => s as IsoDate;
    expect(columnOf(d('2026-03-01'), d('2026-03-01'), d('2026-03-11'), 11)).toBe(0);
    expect(columnOf(d('2026-03-06'), d('2026-03-01'), d('2026-03-11'), 11)).toBe(5);
    expect(columnOf(d('2026-03-11'), d('2026-03-01'), d('2026-03-11'), 11)).toBe(10);
  });

  it('lists the dates in order with today among them', () => {
    const window = {
      interview: '2026-03-02' as IsoDate,
      expectedBy: '2026-03-09' as IsoDate,
      checkIn: '2026-03-11' as IsoDate,
      closeAfter: '2026-03-25' as IsoDate,
    };
    const out = renderTimeline({ window, today: '2026-03-10' as IsoDate, promised: true }, plain);
    // Today's legend line is found by its date; the word "today" also labels the pointer above the axis.
    const legend = [
      'the interview',
      'they said they would decide',
      'Tue 10 Mar 2026',
      'check in',
      'close the loop',
    ];
    const order = legend.map((s) => out.indexOf(s));
    expect(order.every((pos) => pos >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(out).toMatch(/Tue 10 Mar 2026 +today/);
  });
});
