import type { SignPatterns } from '../detect/types.js';

/** Low energy, monotone, unreactive. Notes only: tone can't be read from a transcript. */
export const flatInterviewer: SignPatterns = {
  id: 'flat-interviewer',
  cues: [
    { re: /\b(monotone|monotonous|robotic|lifeless|low[- ]energy|unenthusiastic|unenthused|emotionless|deadpan|like a robot|going through the motions|go through the motions|couldn'?t muster|could not muster)\b/, who: 'interviewer' },
    { re: /\bflat (voice|tone|affect)\b|\b(voice|tone|delivery) (be|was|sounded) (really |so |very |pretty )?flat\b|\b(so|really|very|pretty|completely|totally|dead) flat\b|\bflat (the whole|throughout|all the way)/, who: 'interviewer' },
    { re: /\b(same|even|low|bored|dull|dry) (\w+ )?(flat |low |even )?(tone|voice)\b/, who: 'interviewer' },
    { re: /\b(no|zero|any|little|without) (real )?(energy|enthusiasm|emotion|expression|reaction|spark|warmth|life)\b|\bnever (really )?react\w*|\b(not|n't) (really )?react\w*/, who: 'interviewer', neg: 'ignore' },
    { re: /\benergy (be|was|felt) (very |really |so |pretty )?(low|flat|dead)\b/ },
    { re: /\b(read|reading)\w* (off|from) a script\b/, who: 'interviewer' },
    { re: /\bmhm\b.{0,30}\b(tone|same)|\bsame\b.{0,10}\b(ok|okay|mhm)\b/, who: 'interviewer' },
  ],
};
