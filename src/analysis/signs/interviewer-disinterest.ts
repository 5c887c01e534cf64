import type { SignPatterns } from '../detect/types.js';

/** Distracted, bored or hurrying interviewer. First-person subjects are blocked: "I kept checking the time" is the candidate. */
export const interviewerDisinterest: SignPatterns = {
  id: 'interviewer-disinterest',
  cues: [
    { re: /\b(check|checking|look|looking|glance|glancing|scroll|scrolling|text|texting|tap|tapping|type|typing|be|on)\w* (at |on )?(his|her|their|the) (phone|mobile|laptop|emails?|inbox|watch|slack)\b/, who: 'interviewer' },
    { re: /\b(glanc|look|check|stare|star)\w* (at )?(the |his |her |their )?(clock|watch|time)\b/, who: 'interviewer' },
    { re: /\bhear\w* (him|her|she|he|them|they)? ?(click|clicking|type|typing)|\bhear\w* (the )?(keys|keyboard|typing|clicking)\b/ },
    { re: /\b(type|typing)\b(?! (up )?(my |some |a few |up |down )?notes?\b)/, who: 'interviewer', conf: 0.6 },
    { re: /\b(distracted|distract|bored|bore|uninterested|disinterested|not interested|checked out|half[- ]listen\w*|zoned out|zone out|multitask\w*|mind (be |was )?elsewhere|somewhere else|preoccupied)\b/, who: 'interviewer' },
    { re: /\b(rush|rushed|rushing|hurried|hurry|hurrying)\b/, who: 'interviewer' },
    { re: /\b(wrap|wrapped|cut|end|ended|finish|finished|done|over)\w* (it |things |the interview |the call |us )?(up )?(short|early)\b/, who: 'interviewer' },
    { re: /\b\d+ (min|mins|minute|minutes) (early|short)\b|\bof a (scheduled|planned|booked) (hour|\d+)/, who: 'any' },
    { re: /\b(had|have|has|need|needed|gotta|got) to (jump|hop|run|dash|leave) (on|to|off|into)?/, who: 'interviewer' },
    { re: /\b(cut|cutting|kept cutting) me off\b|\binterrupt\w*\b/, who: 'interviewer', conf: 0.6 },
    { re: /\b(read|reading|look|looking)\w* (at )?(something )?(off )?to the side\b|\banother (tab|window|screen)\b|\bsecond (screen|monitor)\b/, who: 'interviewer' },
    { re: /\byawn\w*\b/, who: 'interviewer' },
    { re: /\b(not|n't) (want|wanna) to be there\b|\bcouldn't wait to (leave|get rid)/, who: 'interviewer', neg: 'ignore' },
    { re: /\bskip\w* (the|a|over|past)\b/, who: 'interviewer', conf: 0.55 },
    { re: /\b(only|just) (got|have|get) (about |around )?(\w+ )?(min|minutes)\b|\b(have|got|going) to (have to )?(stop|leave) (it )?there\b|\bsomeone waiting\b|\bhang on\b|\banswering something\b|\b(not|n't) really (got|have) time\b|\brattle through\b|\bquickly\?$/, says: 'interviewer', weight: 0.5 },
  ],
};
