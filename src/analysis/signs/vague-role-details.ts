import type { SignPatterns } from '../detect/types.js';

const ROLE = '(team|role|job|duties|duty|project|report|reporting|day to day|day-to-day|responsibilit\\w*|involve|hours|quota|targets?|size|big|work|manager|entities|patch|shifts?)';

/** Little that is specific about the job. A negated "explained the role" also lands here (see detailed-role-info). */
export const vagueRoleDetails: SignPatterns = {
  id: 'vague-role-details',
  cues: [
    { re: new RegExp(`\\b(could not|couldn't|can't|cannot|not able to|unable to|did not|didn't|wouldn't|would not|never) (really )?(say|tell|explain|describe|give|answer|specify)\\b.{0,60}\\b${ROLE}\\b`), who: 'interviewer', neg: 'ignore' },
    { re: /\b(hadn't|had not|haven't|have not|not|still) (yet )?(work|worked|working|figure|figured|sort|sorted|decide|decided|pin|pinned)\w* (that |it |this |things |those )?(out|down|yet)\b/, who: 'interviewer', neg: 'ignore' },
    { re: /\b(being|be) (sorted|worked|figured) out\b|\bshake out\b|\bit (varies|depends|vary|depend)\b|\bbit of everything\b|\bget into (that|it) later\b|\b(tbd|tbc|to be (decided|confirmed))\b|\bhand[- ]wav\w*|\bwoolly\b|\bno (real )?(specifics|details?) (about|on) (the )?(role|job|team|duties)\b/, who: 'interviewer', neg: 'ignore' },
    { re: new RegExp(`\\b(nothing|little|not much|no detail|no real detail|hardly anything|barely anything|no idea|no clue|no clear idea)\\b.{0,20}\\b(about|on|of|what) (the |my |what the |what i'?d |what i would )?${ROLE}`), neg: 'ignore' },
    { re: /\bvague\w*\b(?=.{0,40}\b(role|job|duties|team|responsibilit|work|day))|\b(role|job|duties|responsibilities) (be|was|were|seemed|felt) (really |very |pretty |so )?(vague|unclear|fuzzy)/ },
    { re: /\bstill (do not|don't|dont|not) (really )?know what (the|i|this|i'?d) (job|role|would|be)/, neg: 'ignore' },
    { re: /\b(bit of everything|you'd pick it up|pick it up as you go|depends\.?|it varies|varies with|being sorted out|get into that later|haven't decided|still working (it|that) out)/, says: 'interviewer', weight: 0.5 },
  ],
};
