import type { SignPatterns } from '../detect/types.js';

export const referencesAsked: SignPatterns = {
  id: 'references-asked',
  cues: [{ re: /\breferees?\b|\breferences?\b/, says: 'any', notes: true }],
};
