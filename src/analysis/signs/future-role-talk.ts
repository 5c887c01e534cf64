import type { SignPatterns } from '../detect/types.js';

/** Talk that presumes the hire: "when you join", "you'll own". A role described in the abstract is detailed-role-info only. */
export const futureRoleTalk: SignPatterns = {
  id: 'future-role-talk',
  cues: [
    { re: /\b(when|once) (you|i) (join|start|come on board|get here|'re in|are in|begin|'re here)\b/, surface: true },
    { re: /\byou('ll| will|'d| would) (own|take over|lead|run|be (working|pairing|leading|running|owning|taking over|in charge|responsible|managing|reporting to|based)|have \w+( and \w+)? as (your|you)|pair with|start on|join the|look after)\b/, surface: true },
    { re: /\bi('d| would) be (pairing|working with|taking over|leading|running|owning|covering|managing|joining|in charge)|\bi('d| would) (take over|own|lead|pair)\b/, surface: true },
    { re: /\b(picture|imagine|see)\w* (me|you) (working|here|in the|on the team|fitting|as)\b|\bin your first (week|month|quarter|year|90 days|few weeks)\b|\bfrom (week|day) one\b/, surface: true },
    { re: /\bas if i'?d? (already )?(been hired|got the job|had the job|work\w* there|already (been )?(hired|started))\b|\bas if i (already )?(worked|work) there\b/, surface: true },
    { re: /\bwhen you join\b|\byou'?d (take over|own|shadow|lead)\b|\byour first (month|week|quarter)\b|\bby the end of the quarter you\b/, says: 'interviewer', surface: true },
  ],
};
