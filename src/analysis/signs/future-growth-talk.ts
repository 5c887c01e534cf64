import type { SignPatterns } from '../detect/types.js';

/** The candidate's future at the company: growth, training, path, promotion. */
export const futureGrowthTalk: SignPatterns = {
  id: 'future-growth-talk',
  cues: [
    { re: /\b(promot\w*|progression|progress to|career (path|ladder|track|development|growth|progression)|levell?ing framework|leadership track|mentor\w*|learning budget|training budget|development budget|study days?|conference|upskill\w*|apprenticeship|sponsor\w* (my|your|a|the)|move up|moving up|step up|from within|grow\w* into|room to grow|development plan)\b/, who: 'interviewer' },
    { re: /(?<!of )\b(training|course|courses|qualification)\b(?! placement)/, who: 'interviewer', conf: 0.6 },
    { re: /\b(go|going|be going) for (senior|lead|manager)\b|\b(senior|lead) (within|in) (\d+|a year|two years|eighteen)\b|\bpay (for|towards) (one |a |your )?(conference|course|training|qualification|cert\w*)/, who: 'interviewer' },
    { re: /\b(levell?ing framework|progression|learning budget|staff engineer or management|promot\w*|career|training|mentor\w*|got there in|head towards)\b/, says: 'interviewer', weight: 0.5 },
  ],
};
