import type { SignPatterns } from '../detect/types.js';

/** Smiles, nods, leaning in, visible interest from the interviewer. Negated, it is negative body language. */
export const interviewerSmiling: SignPatterns = {
  id: 'interviewer-smiling',
  cues: [
    { re: /\b(smile|smiled|smiles|smiling|smiley|grin|grinned|grinning|beam|beamed|beaming|nod|nodded|nodding|nods)\b|😊|🙂|😄/, who: 'interviewer', neg: 'negative-body-language' },
    { re: /\b(lean|leaned|leant|leaning) (in|forward)\b/, who: 'interviewer', neg: 'negative-body-language' },
    { re: /\blook\w* (me )?(in|into) (my|the) eyes?\b/, who: 'interviewer', neg: 'negative-body-language' },
    { re: /\b(good|great|lots of|a lot of|kept|keep|made|make|strong|steady|warm) eye[- ]contact\b/, who: 'interviewer', neg: 'negative-body-language' },
    { re: /\b(look|looked|looking|seem|seemed|seeming) (genuinely|really|very|super|so|properly) (interested|engaged|into it)\b|\b(face|eyes) lit up\b|\blit up\b/, who: 'interviewer' },
    { re: /\byou'?re (smiling|grinning|nodding)\b/, says: 'candidate' },
    { re: /\bi'?m (smiling|grinning)\b/, says: 'interviewer' },
  ],
};
