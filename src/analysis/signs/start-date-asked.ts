import type { SignPatterns } from '../detect/types.js';

export const startDateAsked: SignPatterns = {
  id: 'start-date-asked',
  cues: [
    {
      re: /\b(how soon|when) (could|can|would) (you|i) start\b|\b(how soon|when) (you|i|u) (?:(?:could|can|would|might|will|'d) (?:be able to )?|(?:am|'m|be) able to )start\b(?! (hear|get|receiv|see|know|find)\w*)|\bstart date\b|\bnotice period\b|\bavailable to start\b/,
      says: 'any',
      notes: true,
    },
  ],
};
