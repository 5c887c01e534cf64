import { describe, expect, it } from 'vitest';
import { importReportOf } from './import-report.js';

const bundle = {
  interviews: [
    { interview: { record: { company: 'Acme Tools', date: '2026-11-20' } } },
    { interview: { record: { company: 'Globex', date: '2027-01-04' } } },
    { interview: { record: { date: '2026-11-02' } } },
  ],
};

describe('the import report', () => {
  it('says how many came in', () => {
    expect(importReportOf({ imported: 1, mode: 'merge', skipped: [], ids: ['a'] }, bundle)).toEqual({
      done: 'Imported 1 interview.',
      skipped: [],
    });
    expect(importReportOf({ imported: 3, mode: 'replace', skipped: [], ids: [] }, bundle).done).toBe(
      'Imported 3 interviews, replacing what was here.',
    );
  });

  it('names each row left out by company and date, with the reason in words', () => {
    const report = importReportOf(
      {
        imported: 1,
        mode: 'merge',
        ids: ['a'],
        skipped: [
          {
            row: 1,
            id: 'b',
            fields: [
              {
                path: 'interviews[1].interview.record.date',
                message: 'is in the future (the latest accepted is 2026-11-26, tomorrow): Debrief is for …',
              },
            ],
          },
          {
            row: 2,
            id: 'c',
            fields: [
              { path: 'interviews[2].interview.outcome.on', message: 'is before the interview date: x' },
            ],
          },
        ],
      },
      bundle,
    );
    expect(report.skipped).toEqual([
      'Globex (2027-01-04): not imported, because the interview date is in the future (the latest accepted is 2026-11-26, tomorrow).',
      'The interview of 2026-11-02: not imported, because the outcome date is before the interview date.',
    ]);
  });
});
