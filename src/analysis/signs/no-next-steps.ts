import type { SignPatterns } from '../detect/types.js';

/**
 * A close with no timeline. `closing` cues only count near the end and when nothing in
 * the text gives a next step or date (see detect/aftermath.ts); `explicit` cues say so outright.
 */
export const noNextStepsClosing: SignPatterns = {
  id: 'no-next-steps',
  cues: [
    { re: /\b(we|they|she|he|hr|someone|recruiter)('ll| will|'d| would) (be in touch|let (you|me) know|get back to (you|me)|be in contact|contact (you|me)|reach out)\b/, says: 'interviewer', notes: true },
    { re: /\bin due course\b|\bdon'?t call us\b|\bthat'?s everything\b|\b(walked|showed) me out\b|\bthat was it\b|\bthat'?s it\.?$/, says: 'any', notes: true },
    { re: /\bstill (work|working) out the process\b|\bnot sure (what|about) the (process|next steps?)\b|\bi'?m not sure\.? we'?re still\b/, says: 'interviewer', notes: true },
  ],
};

export const noNextStepsExplicit: SignPatterns = {
  id: 'no-next-steps',
  cues: [
    { re: /\b(no|without( a| any)?|zero) (date|dates|timeline|timeframe|time frame|timescale|time scale|next steps?|mention of (next steps|a timeline|when)|word (on|about) (next steps|timing|when)|indication)\b/, neg: 'ignore' },
    { re: /\bno idea (if|when|whether|what)\b.{0,50}\b(stage|hear|next|step|round|decision|back)/, neg: 'ignore' },
    { re: /\b(nothing|not a word|never said|didn'?t say|didn'?t mention|did not mention|didn'?t tell|no one (said|mentioned)|nobody (said|mentioned|talked about))\b.{0,25}\b(next steps?|second (stage|round)|timeline|time ?frame|when (i'?d|i would|i'?ll|we'?d|they'?d) (hear|know)|decision|what happens next|the process)/, neg: 'ignore' },
  ],
};
