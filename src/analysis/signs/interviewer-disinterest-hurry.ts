/**
 * interviewer-disinterest, hurry: an interviewer who rushed, cut it short, ran it in minutes,
 * had to be somewhere else or came in late. The rest of the sign is in interviewer-disinterest.ts.
 */
import type { Cue } from '../detect/types.js';

const MINUTES =
  '(?:[1-9]|[12]\\d|30|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|thirty|a few|a couple of)[- ]?(?:min|mins|minute|minutes)\\b';

/** "It only takes 15 minutes to walk": the time of a trip or a task, not of the interview. */
const NOT_A_TRIP =
  '(?! (?:or so |or more |or less )?(?:to (?:walk|drive|get|commute|travel|reach|arrive|find|park|fill|complete|do|finish|write|read|prepare|set up)|by (?:car|bus|train|foot|bike|tube|metro|subway)|on foot|each way|(?:of )?(?:walking|driving|travel))\\b)';

export const hurryCues: Cue[] = [
  {
    re: /\b(?:rush|rushed|rushing|hurried|hurry|hurrying)\b(?<!(?:people|me|i|myself|to) (?:rush|hurry))/,
    who: 'interviewer',
  },
  {
    re: /\b(?:wrap|wrapped|cut|end|ended|finish|finished|done|over)\w* (?:it |things |the interview |the call |us |me |my \w+ |the \w+ )?(?:up )?(?:short|early)\b|\b(?:wrap|wrapped|cut|end|ended|finish|finished|close|closed)\w* (?:it |things |the interview |the call |us |me |the \w+ )?(?:up |off )?(?:very |really |so |super |too )?(?:quickly|quick|fast|hastily|abruptly|in a (?:hurry|rush))\b/,
    who: 'interviewer',
  },
  {
    re: new RegExp(
      `\\b(?:over|done|(?<!\\b(?:i|we) (?:could |can |would |did |managed to |was able to |had to )?)finish\\w*|end\\w*|cut|wrap\\w* (?:it |things |us )?up|call\\w* time|hung up|out the door|all over)(?: with me)? (?:it |things |us |(?:the|a) (?:call|interview|meeting) )?(?:off |short )?(?:in|after|at) (?:like |about |around |barely |just |only |under |less than |maybe )?(?:${MINUTES}|the half hour|half an hour)`,
    ),
    who: 'any',
  },
  {
    re: new RegExp(
      `\\b(?:(?:only|just|barely) )?(?<!\\b(?:mean|meant|suppose|supposed|schedule|scheduled|book|booked|plan|planned|due|expect|expected|going|set|slated) to (?:(?:only|just|barely) )?)(?:(?<!\\b(?:the|for the|in the|those|these|our|its|final|first) )last|take|took|lasted|went on for) (?:like |about |around |only |just |barely )?${MINUTES}${NOT_A_TRIP}|(?<!\\b(?:arrive|arrived|arriving|get there|got there|be there|turn up|turned up|show up|showed up|come|came|early|log on|logged on|join|joined)\\w* (?:\\w+ )?)(?:\\b\\d+ (?:min|mins|minute|minutes)|\\b${MINUTES}) (?:early|short)\\b|\\b(?:cut|end\\w*|stop\\w*|wrap\\w*) (?:it|things|the \\w+)(?: up)? (?:at|after) \\d+ (?:of|out of) (?:a |an |the )?\\d+|\\bof a (?:scheduled|planned|booked) (?:hour|\\d+)`,
    ),
    who: 'any',
  },
  {
    re: /\b(?:done|finished) with me\b|\b(?:a|one|two|three) questions? and (?:he|she|they) (?:be|was|were) done\b/,
    who: 'any',
    conf: 0.6,
  },
  // "it was short" alone is no hurry ("short and to the point: a typing test, an Excel task"): read items found
  // from it alone were right 3 times in 12, so it counts half and needs another cue
  {
    re: /\b(?:it|interview|call|whole thing|chat|meeting) (?:be|was|felt) (?:very |really |super |so |pretty |quite |extremely )?(?:short|brief)\b(?<!\bat least (?:\w+ ){1,3}\w+)/,
    who: 'any',
    conf: 0.6,
    weight: 0.5,
  },
  {
    re: /\b(?:have|had|has|need|needed|gotta|got) to (?:jump|hop|run|dash|leave|be somewhere|go(?! (?:through|thru|on to|onto|to (?:the|a|an) (?:next|second|final|other)|for (?:a|an|the) (?:interview|test|medical|check)))|get going)\b(?! for (?:like |about |a |just |only )?(?:\d+|a few|a couple of|a couple|two|three|five|ten|one|a) ?(?:min|mins|minutes?|secs?|seconds?|moment)\b)|\bhad somewhere (?:else )?to be\b|(?<!\b(?:\d+|two|three|four|five|shifts?|nights?|days?|exams?|rounds?|screens?|interviews?|meetings?|calls?|sessions?|stages?) )\bback[- ]to[- ]back\b(?! (?:\w+ )?(?:interviews?|rounds?|shifts?|screens?|stages?|nights?|exams?)\b)|\brunning (?:behind|late)\b/,
    who: 'interviewer',
  },
  {
    re: /\b(?:join|joined|turn up|turned up|show up|showed up|came|come|arrive|arrived|log on|logged on|dial in|dialled in|be|was|were)\w* (?:\w+ )?(?:\d+|five|ten|fifteen|twenty) ?(?:min|mins|minutes)? late\b/,
    who: 'interviewer',
    conf: 0.65,
    weight: 0.5,
  },
];
