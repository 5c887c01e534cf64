import { describe, expect, it } from 'vitest';
import { assess } from '../../contract/assess.js';
import type { IsoDate } from '../../core/dates.js';
import { styleFor } from '../style.js';
import { renderReport } from './assessment.js';

const TODAY = '2026-03-10' as IsoDate;
const plain = styleFor(false);

describe('renderReport', () => {
  it('draws the follow-up window while waiting', () => {
    const r = assess(
      { interview: { stage: 'first', date: '2026-03-02' as IsoDate }, observations: {} },
      TODAY,
    );
    const out = renderReport(r, plain, false);
    expect(out).toContain('check in if you have heard nothing');
    expect(out).not.toContain('you have heard back');
  });
  it('once the answer is in, says so and asks for no check-in', () => {
    const r = assess(
      {
        interview: {
          stage: 'first',
          date: '2026-03-02' as IsoDate,
          heardBack: { kind: 'outcome', outcome: 'offer', on: '2026-03-09' as IsoDate },
        },
        observations: {},
      },
      TODAY,
    );
    const out = renderReport(r, plain, false);
    expect(out).toContain('The follow-up clock has stopped: you have heard back.');
    expect(out).toContain('You have heard back, so this figure');
    expect(out).toContain('What you heard back');
    expect(out).not.toContain('check in if you have heard nothing');
    expect(out).not.toContain('Time without word');
  });

  it('with the outcome given, leads with it and speaks of the estimate as what the signs pointed to', () => {
    const interview = { stage: 'first' as const, date: '2026-03-02' as IsoDate };
    const observations = { 'achievements-praised': { value: 'present' as const, source: 'user' as const } };
    const before = assess({ interview, observations }, '2026-03-09' as IsoDate);
    const heardBack = { kind: 'outcome' as const, outcome: 'rejected' as const, on: '2026-03-09' as IsoDate };
    const r = assess({ interview: { ...interview, heardBack }, observations }, TODAY);
    const out = renderReport(r, plain, false, {}, heardBack, before);
    expect(out).toContain('How it ended\n\n  This one was a no.');
    expect(out.replace(/\s+/g, ' ')).toContain(
      `Before you heard, the signs pointed to about a ${Math.round(before.probability * 100)}% chance`,
    );
    expect(out).toContain('What the signs said');
    expect(out).toContain('They dug into your achievements');
    expect(out).not.toMatch(/chance you move forward|What you heard back/);
  });
});

describe('renderReport once the wait is over', () => {
  it('tells how it went, in the past, with the answer on the timeline and no follow-up left', () => {
    // told they would decide by Tue 10 Nov; the no came on Tue 17 Nov
    const interview = {
      stage: 'first' as const,
      date: '2026-11-03' as IsoDate,
      decisionBy: '2026-11-10' as IsoDate,
    };
    const heardBack = { kind: 'outcome' as const, outcome: 'rejected' as const, on: '2026-11-17' as IsoDate };
    const before = assess({ interview, observations: {} }, heardBack.on);
    const r = assess({ interview: { ...interview, heardBack }, observations: {} }, '2026-11-27' as IsoDate);
    const out = renderReport(r, plain, true, {}, heardBack, before);
    expect(out).toContain('Timeline\n\n  They answered on Tue 17 Nov, 7 days after the day they gave.');
    expect(out).toMatch(/● Tue 17 Nov 2026\s+not moving forward/);
    expect(out).toMatch(/● Tue 10 Nov 2026\s+the date they said they would decide by/);
    // the wait's line, drawn as it stood the day the no came, is named for a wait that is over
    expect(out).toMatch(/The process\n\s+How long the wait was\s+-+│/);
    expect(out).not.toContain('Time without word');
    expect(out).not.toMatch(
      /Follow-up window|check in if you have heard nothing|close the loop|clock has stopped/,
    );
  });
});

describe('renderReport in an 80-column terminal', () => {
  it('keeps every line of the steps and their drafts within 80 columns', () => {
    const r = assess(
      {
        interview: {
          stage: 'first',
          date: '2026-03-09' as IsoDate,
          decisionBy: '2026-03-13' as IsoDate,
          company: 'Northwind Regional Logistics Holdings',
          role: 'Senior Platform Reliability Engineer',
          interviewers: ['Dana Whitfield', 'Priya Raman'],
        },
        observations: {},
        candidateName: 'Sam',
      },
      TODAY,
    );
    const out = renderReport(r, plain, true);
    expect(out).toContain('Subject:');
    expect(out.split('\n').filter((line) => [...line].length > 80)).toEqual([]);
  });
  it('an interview still to come has no wait to read yet', () => {
    const r = assess(
      { interview: { stage: 'first', date: '2026-03-13' as IsoDate }, observations: {} },
      TODAY,
    );
    const out = renderReport(r, plain, false);
    expect(out).toContain('The interview is in 3 days: the follow-up clock starts after it.');
    expect(out).not.toContain('silence means nothing so far');
  });
});
