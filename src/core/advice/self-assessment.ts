import type { SelfAssessmentAnswers, SelfAssessmentQuestion, SelfAssessmentVerdict } from './types.js';

// Passing is only half the question; whether the candidate wants the job changes what to do next.
export const SELF_ASSESSMENT_QUESTIONS: readonly SelfAssessmentQuestion[] = Object.freeze([
  { id: 'interest', question: 'Does the work itself interest you? Would you enjoy doing it most days?' },
  { id: 'goals', question: 'Does this job move you towards where you want to be in a few years?' },
  { id: 'pay', question: 'Would the pay and benefits work for you?' },
  { id: 'growth', question: 'Would you learn and grow there?' },
  { id: 'people', question: "Did the people you met seem like people you'd like to work with?" },
]);

const ADVICE: Record<SelfAssessmentVerdict['code'], string> = {
  'wants-it':
    'You want this job. Follow up as planned, and keep other applications moving anyway, so one decision does not hold everything else up.',
  mixed:
    'You have a doubt or two. If one of them is a deal-breaker, find out more before going further: you can ask about it in the next round or once an offer comes. If not, carry on as planned.',
  doubts:
    "Several answers are a no. Before spending more energy here, ask yourself whether you would accept an offer. If not, it's fine to let this one go, or withdraw politely, and put your time into roles that suit you better. A no from them would cost you less than it feels.",
};

/** Unanswered questions count as unsure: no answer is not a yes. */
export function selfAssessmentVerdict(answers: SelfAssessmentAnswers): SelfAssessmentVerdict {
  const values = SELF_ASSESSMENT_QUESTIONS.map((q) => answers[q.id] ?? 'unsure');
  const noes = values.filter((v) => v === 'no').length;
  const unsure = values.filter((v) => v === 'unsure').length;
  const code: SelfAssessmentVerdict['code'] =
    noes >= 2 ? 'doubts' : noes === 1 || unsure >= 2 ? 'mixed' : 'wants-it';
  return { code, advice: ADVICE[code] };
}
