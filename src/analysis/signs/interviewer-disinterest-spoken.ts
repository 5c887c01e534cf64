/**
 * interviewer-disinterest in a call, from the interviewer's own words: a clock announced ("I've
 * only got ten minutes"), a stop called early, "hang on" and "where were we", email answered
 * mid-call. Each is weak alone, so two make the sign. The rest is in interviewer-disinterest.ts.
 */
import type { Cue } from '../detect/types.js';

export const spokenCues: Cue[] = [
  {
    re: /\b(?:only|just) (?:got|have|get) (?:about |around )?(?:\w+ )?(?:min|minutes)\b|\b(?:i'?ve|i have) got (?:about |around |only |just )?(?:\d+|five|ten|fifteen|twenty) (?:min|minutes)\b|\bsomeone waiting\b|\b(?:not|n't) really (?:got|have) time\b|\brattle through\b|\bquickly\?$/,
    says: 'interviewer',
    weight: 0.5,
  },
  {
    re: /\blet'?s (?:be|keep (?:this|it)) (?:quick|short|brief)\b|\b(?:have|going) to (?:have to )?(?:stop|leave|cut) (?:it |this |you )?(?:there|here|short)\b/,
    says: 'interviewer',
    weight: 0.5,
  },
  {
    re: /(?<!\b(?:for|in|within|after|about|get|got|have|give (?:him|her|them|it|us)) )\b(?:give me|just|one|a) (?:a |one )?(?:sec|second|moment|minute)\b[.,!]|\bhang on\b(?![^.?!]*\?)|\bbear with me\b/,
    says: 'interviewer',
    weight: 0.5,
    // a panel pausing to keep its time ("one second, Tessa's signalling the time") is not distracted;
    // nor is a minute that is no pause ("let's come back to that for a moment", "I'll come back to it in a
    // minute", "since we've got a minute", "give him a second"), nor "hang on" that questions the answer
    // ("hang on, you built that yourself?")
    turn: 'untimed',
  },
  {
    re: /\b(?:finishing|answering|replying to|reply to|respond to|sending|send) (?:an |this |a |that )?(?:email|message|text|client|slack)\b|\bi'?m (?:just )?(?:typing|multitasking)\b|\banswering something\b|\b(?:need|have) to take this\b/,
    says: 'interviewer',
    weight: 0.5,
  },
  {
    re: /\bwhat was the question\b|\bwhere were we\b|\bsorry,? (?:say|what was) that again\b|\bsorry,? carry on\b|^carry on\b/,
    says: 'interviewer',
    weight: 0.5,
    turn: 'untimed',
  },
];
