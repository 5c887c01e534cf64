import type { SignPatterns } from '../detect/types.js';

/** Warm, friendly, comfortable room. */
export const positiveAtmosphere: SignPatterns = {
  id: 'positive-atmosphere',
  cues: [
    { re: /\b(warm|warmly|friendly|welcoming|relaxed|relaxing|comfortable|at ease|easy to talk to|easygoing|easy-going|lovely|pleasant|chill|laid[- ]back|supportive|cosy|cozy|good vibes?|great vibes?|nice vibes?|great atmosphere|good atmosphere|felt welcome|made me feel (welcome|at home|comfortable))\b(?! up)/ },
    { re: /\b(made|make|bought|buy|got|offered) (me )?(a )?(tea|coffee|cuppa|drink|water)\b|\bput me at ease\b|\btake your time\b/, who: 'interviewer' },
    { re: /\bno (awkward|uncomfortable) (moments|silences|pauses)\b/, neg: 'ignore', conf: 0.6 },
    { re: /\b(so|really|very) relaxed\b|\bmaking this so relaxed\b|\bput me at ease\b|\bfriendly\b/, says: 'any' },
  ],
};
