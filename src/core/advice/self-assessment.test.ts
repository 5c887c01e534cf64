import { describe, expect, it } from 'vitest';
import { SELF_ASSESSMENT_QUESTIONS, selfAssessmentVerdict } from './self-assessment.js';
import type { SelfAssessmentAnswers, SelfAssessmentVerdict } from './types.js';

const allYes: SelfAssessmentAnswers = {
  interest: 'yes',
  goals: 'yes',
  pay: 'yes',
  growth: 'yes',
  people: 'yes',
};

describe('self-assessment questions', () => {
  it('asks the five questions, each a plain question', () => {
    expect(SELF_ASSESSMENT_QUESTIONS.map((q) => q.id)).toEqual([
      'interest',
      'goals',
      'pay',
      'growth',
      'people',
    ]);
    for (const q of SELF_ASSESSMENT_QUESTIONS) expect(q.question).toMatch(/^[A-Z].*\?$/);
  });
});

describe('selfAssessmentVerdict', () => {
  it.each<[string, SelfAssessmentAnswers, SelfAssessmentVerdict['code']]>([
    ['all yes', allYes, 'wants-it'],
    ['one unsure', { ...allYes, pay: 'unsure' }, 'wants-it'],
    ['two unsure', { ...allYes, pay: 'unsure', growth: 'unsure' }, 'mixed'],
    ['one no', { ...allYes, people: 'no' }, 'mixed'],
    ['two no', { ...allYes, pay: 'no', goals: 'no' }, 'doubts'],
    ['all no', { interest: 'no', goals: 'no', pay: 'no', growth: 'no', people: 'no' }, 'doubts'],
    ['nothing answered', {}, 'mixed'],
    ['one answer missing', { interest: 'yes', goals: 'yes', pay: 'yes', growth: 'yes' }, 'wants-it'],
  ])('%s gives %s', (_label, answers, code) => {
    const verdict = selfAssessmentVerdict(answers);
    expect(verdict.code).toBe(code);
    expect(verdict.advice.length).toBeGreaterThan(20);
  });

  it('gives different advice for each verdict', () => {
    const advice = new Set(
      [allYes, { ...allYes, pay: 'no' as const }, {}, { pay: 'no' as const, goals: 'no' as const }].map(
        (a) => selfAssessmentVerdict(a).advice,
      ),
    );
    expect(advice.size).toBe(3);
  });
});
