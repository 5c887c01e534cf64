import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDateAddDays, isoDateFrom } from '../dates.js';
import type { IsoDate } from '../dates.js';
import type { InterviewRecord } from '../record.js';
import {
  checkInDraft,
  feedbackDraft,
  offerReplyDraft,
  secondCheckInDraft,
  thankYouDraft,
  withdrawalDraft,
} from './drafts.js';
import type { Draft } from './types.js';

const d = (s: string): IsoDate => isoDateFrom(s)!;
const base: InterviewRecord = { stage: 'first', date: d('2026-11-16') };
const full: InterviewRecord = {
  ...base,
  role: 'Product Designer',
  company: 'Acme',
  interviewers: ['Ana Lima', 'Ben Okafor'],
  topics: ['the design system', 'onboarding research', 'hiring plans'],
  decisionBy: d('2026-11-27'),
};

const ALL = [
  thankYouDraft,
  checkInDraft,
  secondCheckInDraft,
  feedbackDraft,
  offerReplyDraft,
  withdrawalDraft,
];
const text = (draft: Draft): string => `${draft.subject}\n${draft.body}`;
const BAD = /undefined|null|NaN|\{|\}|\$|\[object/;

describe('drafts from a full record', () => {
  it.each(ALL.map((f) => [f.name, f]))('%s names the interviewers, role and company', (_name, make) => {
    const t = text(make(full, 'Sam Reyes'));
    expect(t).toContain('Hi Ana and Ben,');
    expect(t).toContain('Product Designer');
    expect(t).toContain('Acme');
    expect(t).toMatch(/Best regards,\nSam Reyes$/);
    expect(t).not.toMatch(BAD);
  });

  it('thank-you mentions at most two topics', () => {
    const body = thankYouDraft(full).body;
    expect(body).toContain('the design system and onboarding research');
    expect(body).not.toContain('hiring plans');
  });

  it('check-in refers to the promised date', () => {
    expect(checkInDraft(full).body).toContain('Friday 27 November');
    expect(checkInDraft(full).body).toContain('Monday 16 November');
  });

  it('check-in without a promise does not invent one', () => {
    const { decisionBy: _omit, ...noPromise } = full;
    expect(checkInDraft(noPromise).body).not.toMatch(/decide by/);
  });
});

describe('drafts from a bare record', () => {
  it.each(ALL.map((f) => [f.name, f]))('%s falls back to kind defaults', (_name, make) => {
    const draft = make(base);
    expect(draft.subject.trim()).not.toBe('');
    expect(draft.body).toMatch(/^(Dear hiring team,|Hi there,)/);
    expect(draft.body).toMatch(/Best regards,$/);
    expect(text(draft)).not.toMatch(BAD);
    expect(draft.body).not.toMatch(/ {2}|\s[,.]/);
  });

  it.each([
    [['Dr. Jane Smith'], 'Hi Dr. Smith,'],
    [['  maria   '], 'Hi maria,'],
    [['', '  '], 'Dear hiring team,'],
    [['A B', 'C D', 'E F', 'G H'], 'Hi everyone,'],
    [['Ana', 'Ben', 'Cy'], 'Hi Ana, Ben and Cy,'],
  ])('greets %j as %s', (interviewers, expected) => {
    expect(thankYouDraft({ ...base, interviewers }).body.split('\n')[0]).toBe(expected);
  });

  it('ignores a blank candidate name', () => {
    expect(thankYouDraft(base, '   ').body).toMatch(/Best regards,$/);
  });
});

describe('draft properties', () => {
  const word = fc.stringMatching(/^[A-Z][a-z]{1,9}$/).filter((w) => !/null|undefined/i.test(w));
  const recordArb = fc.record({
    date: fc.integer({ min: 0, max: 2000 }).map((n) => isoDateAddDays(d('2021-01-01'), n)),
    role: fc.option(word, { nil: undefined }),
    company: fc.option(word, { nil: undefined }),
    interviewers: fc.option(
      fc.array(
        fc.tuple(word, word).map(([a, b]) => `${a} ${b}`),
        { maxLength: 3 },
      ),
      { nil: undefined },
    ),
    topics: fc.option(fc.array(word, { maxLength: 4 }), { nil: undefined }),
    promise: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  });

  it('always fill what is given and never leak placeholders', () => {
    fc.assert(
      fc.property(recordArb, fc.option(word, { nil: undefined }), (r, candidate) => {
        const record: InterviewRecord = {
          stage: 'first',
          date: r.date,
          ...(r.role ? { role: r.role } : {}),
          ...(r.company ? { company: r.company } : {}),
          ...(r.interviewers ? { interviewers: r.interviewers } : {}),
          ...(r.topics ? { topics: r.topics } : {}),
          ...(r.promise !== undefined ? { decisionBy: isoDateAddDays(r.date, r.promise) } : {}),
        };
        for (const make of ALL) {
          const t = text(make(record, candidate));
          expect(t).not.toMatch(BAD);
          if (r.role) expect(t).toContain(r.role);
          if (r.company) expect(t).toContain(r.company);
          for (const name of r.interviewers ?? []) expect(t).toContain(name.split(' ')[0]);
          if (candidate) expect(t.endsWith(candidate)).toBe(true);
        }
      }),
    );
  });
});
