import type { SignPatterns } from '../detect/types.js';

export const cutShort: SignPatterns = {
  id: 'cut-short',
  cues: [
    {
      re: /\b(wrap|wrapped|cut|end|ended|finish|finished|done)\w* (it |things |the interview |the call )?(up )?(short|early)\b|\b\d+ (min|mins|minutes) early\b|\bof a (scheduled|planned|booked) (hour|\d+)|\b(abruptly|suddenly) (stop|stopped|end|ended|cut|terminat\w*)\b|\bhave to stop there\b|\bgoing to have to stop\b/,
      says: 'any',
      notes: true,
    },
  ],
};
