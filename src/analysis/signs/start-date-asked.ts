import type { SignPatterns } from '../detect/types.js';

export const startDateAsked: SignPatterns = {
  id: 'start-date-asked',
  cues: [
    {
      re: /\b(how soon|when) (could|can|would) (you|i) start\b|\bstart date\b|\bnotice period\b|\bavailable to start\b/,
      says: 'any',
      notes: true,
    },
  ],
};
