import type { SignPatterns } from '../detect/types.js';

export const salaryDiscussed: SignPatterns = {
  id: 'salary-discussed',
  cues: [
    {
      re: /\b(salary|salaries|pay band|pay range|compensation|package|day rate|hourly rate|expectations on pay|salary expectations)\b/,
      says: 'any',
      notes: true,
    },
  ],
};
