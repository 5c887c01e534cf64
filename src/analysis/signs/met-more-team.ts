import type { SignPatterns } from '../detect/types.js';

export const metMoreTeam: SignPatterns = {
  id: 'met-more-team',
  cues: [
    {
      re: /\b(introduc\w* me to|met (the|some of the|a few of the) team|meet the team|showed me around|gave me a tour|tour of the)\b/,
    },
  ],
};
