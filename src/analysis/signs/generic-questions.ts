import type { SignPatterns } from '../detect/types.js';

/** Stock questions, not about the candidate's own record. One stock question is normal; the sign needs a pattern. */
export const genericQuestions: SignPatterns = {
  id: 'generic-questions',
  minWeight: 2,
  cues: [
    { re: /\btell me about yourself\b/ },
    { re: /\b(greatest|biggest|main) (strength|weakness)\w*|\bstrengths and weakness\w*|\byour (strength|weakness)\w*/ },
    { re: /\bwhere (do )?you see yourself\b|\bin (five|5) years\b/ },
    { re: /\bwhy (do you want to|should we|us\b|this (company|job|role)|nursing|sales|teaching|here|retail|you want)/ },
    { re: /\btell me about a (time|challenge|difficult|conflict)|\bchallenge you overcame\b|\bhow do you (handle|deal with|manage) (pressure|stress|conflict)/ },
    { re: /\bwhat (does|do) (good )?customer service mean\b|\bwhat'?s your availability\b|\bdescribe yourself in\b|\bwhat motivates you\b/ },
    { re: /\b(standard|stock|generic|textbook|cookie[- ]cutter|boilerplate|canned|typical|usual|cliche\w*|bog[- ]standard|basic|scripted|hr)\b.{0,12}\b(question|questions|stuff|ones|list)\b/, weight: 2 },
    { re: /\b(off|from) (a|the) (printed |standard |generic )?(list|sheet|script)\b/, weight: 1 },
    { re: /\bon any list\b|\b(could|would) (have )?ask(ed)? any(one|body)\b|\bany (candidate|applicant)\b/, weight: 2 },
    { re: /\b(nothing|not one|not a single|no question|never asked|didn't ask)\b.{0,25}\b(about|on) (my|the \w+ (work|experience|project)|anything (i|on my))/, neg: 'ignore' },
    { re: /\btell me about yourself|\bgreatest (strength|weakness)|\bwhere do you see yourself|\bwhy do you want to work|\btell me about a time|\bhow do you handle (pressure|stress)|\bwhat do you know about (us|the company)/, says: 'interviewer', weight: 0.5 },
  ],
};
