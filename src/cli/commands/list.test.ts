import { describe, expect, it } from 'vitest';
import type { InterviewItem } from '../../contract/responses.js';
import type { IsoDate } from '../../core/dates.js';
import { styleFor } from '../style.js';
import { listLines } from './list.js';

const TODAY = '2026-11-20' as IsoDate;
const plain = styleFor(false);

const item = (id: string, date: string, company: string): InterviewItem => ({
  id,
  record: { stage: 'first', date: date as IsoDate, company },
  outcome: null,
  createdAt: '2026-11-01T12:00:00.000Z',
  updatedAt: '2026-11-01T12:00:00.000Z',
  estimate: { probability: 0.5, band: 'toss-up' },
  signsAnswered: 0,
  phase: 'too-early',
  nextAction: null,
});

describe('listLines', () => {
  const items = [
    item('aaaaaaaa-1', '2026-11-23', 'Northwind Regional Logistics Holdings, Platform'),
    item('bbbbbbbb-2', '2026-11-18', 'Acme'),
  ];
  it('reads an interview still to come as coming up, and one past as the clock says', () => {
    const [upcoming, past] = listLines(items, plain, TODAY);
    expect(upcoming).toMatch(/coming up, in 3 days$/);
    expect(past).toMatch(/Acme\s+not debriefed yet, early days$/);
  });
  it('gives no chance for an interview still to come, and says when the figure is only the usual rate', () => {
    const [upcoming, past] = listLines(items, plain, TODAY);
    expect(upcoming).not.toMatch(/%/);
    expect(past).toContain(' 50%  ');
    const debriefed = listLines([{ ...items[1]!, signsAnswered: 3 }], plain, TODAY)[0];
    expect(debriefed).toMatch(/Acme\s+early days$/);
    // answered early, an interview still to come keeps its figure
    expect(listLines([{ ...items[0]!, signsAnswered: 2 }], plain, TODAY)[0]).toContain(' 50%  ');
  });
  it('cuts long labels to fit the terminal, keeping the status column in line', () => {
    const lines = listLines(items, plain, TODAY, 80);
    for (const line of lines) expect([...line].length).toBeLessThan(80);
    expect(lines[0]).toContain('…');
    expect(lines[0]!.indexOf('coming up')).toBe(lines[1]!.indexOf('not debriefed'));
  });
  it('shows a decided interview by its answer, as the dashboard does, not by a chance of passing', () => {
    const decided = (outcome: 'rejected' | 'next-round', probability: number): InterviewItem => ({
      ...item('cccccccc-3', '2026-11-10', 'Globex'),
      outcome: { outcome, on: '2026-11-17', recordedAt: '2026-11-17T09:00:00.000Z' },
      estimate: { probability, band: probability > 0.5 ? 'likely-passed' : 'likely-not' },
      signsAnswered: 4,
    });
    const lines = listLines(
      [decided('rejected', 0.02), decided('next-round', 0.98), items[1]!],
      plain,
      TODAY,
    );
    expect(lines[0]).not.toMatch(/%/);
    expect(lines[0]).toMatch(/Globex\s+not moving forward$/);
    expect(lines[1]).not.toMatch(/%/);
    expect(lines[1]).toMatch(/next round$/);
    expect(lines[2]).toContain(' 50%  ');
    // the columns stay in line
    expect(lines[0]!.indexOf('first')).toBe(lines[2]!.indexOf('first'));
  });
  it('keeps labels whole for a pipe', () => {
    expect(listLines(items, plain, TODAY)[0]).toContain('Holdings, Platform');
  });
});
