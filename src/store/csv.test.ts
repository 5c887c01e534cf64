import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../core/dates.js';
import { interviewsToCsv } from './csv.js';
import type { StoredInterview } from './store.js';

const at = '2026-11-20T10:00:00.000Z';

/** A minimal RFC 4180 reader, so the test checks what a spreadsheet would see, not our own string layout. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  return rows;
}

describe('interviewsToCsv', () => {
  const tricky: StoredInterview = {
    id: 'a1',
    record: {
      stage: 'final',
      date: '2026-11-18' as IsoDate,
      company: 'Smith, Jones & "Co"',
      role: 'Lead\nengineer',
      format: 'panel',
      decisionBy: '2026-11-28' as IsoDate,
      candidates: 4,
    },
    outcome: { outcome: 'offer', on: '2026-11-26', recordedAt: at },
    createdAt: at,
    updatedAt: at,
  };
  const bare: StoredInterview = {
    id: 'b2',
    record: { stage: 'screen', date: '2026-11-01' as IsoDate },
    createdAt: at,
    updatedAt: at,
  };

  it('writes the header and one row per interview, round-tripping through an RFC 4180 reader', () => {
    const rows = parseCsv(interviewsToCsv([tricky, bare]));
    expect(rows).toEqual([
      [
        'id',
        'company',
        'role',
        'stage',
        'format',
        'date',
        'decisionBy',
        'candidates',
        'outcome',
        'outcomeOn',
      ],
      [
        'a1',
        'Smith, Jones & "Co"',
        'Lead\nengineer',
        'final',
        'panel',
        '2026-11-18',
        '2026-11-28',
        '4',
        'offer',
        '2026-11-26',
      ],
      ['b2', '', '', 'screen', '', '2026-11-01', '', '', '', ''],
    ]);
  });

  it('quotes only fields that need it and ends every line with CRLF', () => {
    const csv = interviewsToCsv([tricky, bare]);
    expect(csv).toContain('"Smith, Jones & ""Co"""');
    expect(csv).toContain('\r\nb2,,,screen,,2026-11-01,,,,\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('keeps typed names from running as spreadsheet formulas', () => {
    const risky: StoredInterview = {
      ...bare,
      id: 'c3',
      record: { ...bare.record, company: '=HYPERLINK("http://x","hi")', role: '@SUM(A1)' },
    };
    const [, row] = parseCsv(interviewsToCsv([risky]));
    expect(row?.slice(0, 3)).toEqual(['c3', `'=HYPERLINK("http://x","hi")`, `'@SUM(A1)`]);
    // Dates and ids are ours, never typed, and stay as they are.
    expect(row?.[5]).toBe('2026-11-01');
    const [, plain] = parseCsv(
      interviewsToCsv([{ ...bare, record: { ...bare.record, company: 'A-1 Ltd' } }]),
    );
    expect(plain?.[1]).toBe('A-1 Ltd');
  });

  it('gives just the header for no interviews', () => {
    expect(parseCsv(interviewsToCsv([]))).toHaveLength(1);
  });
});
