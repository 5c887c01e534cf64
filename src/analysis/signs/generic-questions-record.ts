/**
 * generic-questions, the script and the record: the interview or a round called generic, its
 * questions read off a list or a handbook, and the candidate's own record never asked about
 * ("not one question about my CV", "never once mentioned my ten years at the council").
 */
import type { Cue } from '../detect/types.js';

export const scriptAndRecordCues: readonly Cue[] = [
  // the interview or a round called generic: "the behavioural round was all generic"
  {
    re: /\b(?:round|interview|questions?|qs|q'?s|chat|screen|call|panel|session|part|bit)\b (?:(?:proper|itself|proper itself) )?(?:was|were|felt|seemed|is|are) (?:all |very |pretty |super |really |quite |so |just |totally |completely |entirely |100% |(?!not)[a-z]+ly )?(?:generic|textbook|scripted|cookie[- ]cutter|boilerplate|formulaic|canned|by[- ]the[- ]book|one[- ]size[- ]fits[- ]all|clich(?:e|é)d?|stock)(?![a-z])/,
    surface: true,
    weight: 2,
  },
  // where the questions came from: "questions were from internet", "reading from the HR handbook", "word for word"
  {
    re: /\b(?:questions?|qs|q'?s)\b (?!(?:\S+ ){0,2}?(?:not|n't|weren'?t|wasn'?t|aren'?t|isn'?t|never)\b)(?:\S+ ){0,5}?(?:from|off|out of) (?:the |a |an |some |any |every )?(?:\S+ ){0,6}?(?:internet|google|website|site|blog|guide|listicle|article|textbook|book|handbook|manual|template|(?:question|values|competency|interview|hr) bank|crib sheet|youtube|tiktok|chatgpt|reddit|glassdoor)\b|\b(?:questions?|qs|q'?s)\b (?:\S+ ){0,5}?(?:straight )?(?:from|off|out of) (?:a |an |some |the )?['"“‘]?(?:top (?:\d+|ten|five|twenty|fifty)|\d+ (?:common|classic|standard|most common)|common|classic) (?:\S+ ){0,3}?(?:questions|qs)\b|\b(?:questions|qs|q'?s|ones)\b[^.\n]{0,30}?\b(?:i|you|anyone|u) (?:could|could'?ve|could have|can|would) (?:just )?(?:googled|google|found online|looked up online)\b|\bread\w* (?:\S+ ){0,2}?(?:word for word|verbatim)\b|\b(?:questions?|qs|q'?s)\b (?:\S+ ){0,3}?straight (?:off|from|out of) (?:the|a|an|his|her|their) (?:page|sheet|script|list|paper|screen|card|form|clipboard)\b|\b(?:word for word|verbatim) (?:from|off)\b/,
    surface: true,
    weight: 2,
  },
  {
    re: /\bread\w* (?:\S+ ){0,3}?(?:off|from|out of) (?:\S+ ){0,8}?(?:handbook|manual|textbook|template|checklist|clipboard|printout|print-out|crib sheet|question bank)\b/,
    surface: true,
  },
  // the topic first, then none asked: "about my work on the billing system, zero questions"
  {
    re: /\ba?bout (?:my|mi|the \w+ i) (?:\S+ ){0,6}?\S+,? (?:zero|no|not one|not a single|nothing|none|nuttin|nutten)(?: single)?(?: (?:question|questions|qs|q'?s|interest|follow-?ups?))?(?:[.!,;]|$)/,
    surface: true,
    neg: 'ignore',
    weight: 2,
  },
  // the plain-spoken and patois "not one question bout di five years"
  {
    re: /\b(?:not one|not a single|no|zero|nuh)(?: single)? (?:question|questions|qs|q'?s|ting|thing) (?:a?bout|on|pon) (?:my|mi|di|the) (?:\w+ ){0,3}?(?:years?|work|job|experience|cv|resume|time|record|career|project\w*)\b/,
    surface: true,
    neg: 'ignore',
    weight: 2,
  },
  // "none of them touched on my placements", "not one went near what I actually did"
  {
    re: /\b(?:none of (?:them|the questions|it|the qs|their questions)|not one(?: of them)?|not a single one)\b (?:\w+ ){0,2}?(?:touched|touch|was about|were about|related|had anything to do with|went near|got into|looked at|dealt with|engaged with|asked about|referred to|mentioned)(?: on| upon| with| to)? (?:my|the \w+ i|what i)\b/,
    neg: 'ignore',
    weight: 2,
  },
  // the record never came up: "my CV didn't come up once", "never once mentioned my ten years at the council"
  {
    re: /\bmy (?:own )?(?:cv|resume|experience|background|record|work history|history|projects?|portfolio|degree|placements?|thesis|dissertation|career|achievements|application|previous (?:job|role|work)|last (?:job|role)|(?:\w+ )?years? (?:at|in|as|with)(?: \w+){1,3})\b (?:\w+ ){0,2}?(?:didn'?t|did not|never|not once|hardly|barely|doesn'?t|wasn'?t|was not|was never|never got|didn'?t get|did not get) (?:even |once |ever |really )?(?:come up|came up|get mentioned|got mentioned|mentioned|discussed|looked at|asked about|brought up|a mention|a look[- ]in|touched|referenced)\b/,
    surface: true,
    neg: 'ignore',
    weight: 2,
  },
  {
    re: /\b(?:never|not once|didn'?t|did not|never even|didn'?t even|did not even) (?:once |even |ever |actually )?(?:mention\w*|touch\w* on|look\w* at|ask\w* about|bring up|brought up|refer\w* to|engage\w* with|read|open\w*|glance\w* at) my (?:own )?(?:\S+ ){0,3}?(?:cv|resume|experience|background|record|work|projects?|portfolio|career|years|degree|history|achievements|placements?|thesis|dissertation|application)\b/,
    who: 'interviewer',
    surface: true,
    neg: 'ignore',
    weight: 2,
  },
];
