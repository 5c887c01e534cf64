/** Every sign's patterns, in one list the matcher walks once per segment. */
import type { SignPatterns } from '../detect/types.js';
import { achievementsPraised } from './achievements-praised.js';
import { awkwardAtmosphere } from './awkward-atmosphere.js';
import { candidateNerves } from './candidate-nerves.js';
import { cultureDiscussion } from './culture-discussion.js';
import { cutShort } from './cut-short.js';
import { detailedRoleInfo } from './detailed-role-info.js';
import { engagingConversation } from './engaging-conversation.js';
import { flatInterviewer } from './flat-interviewer.js';
import { futureGrowthTalk } from './future-growth-talk.js';
import { futureRoleTalk } from './future-role-talk.js';
import { genericQuestions } from './generic-questions.js';
import { interviewerDisinterest } from './interviewer-disinterest.js';
import { interviewerSmiling } from './interviewer-smiling.js';
import { littleCompanyInfo } from './little-company-info.js';
import { metMoreTeam } from './met-more-team.js';
import { negativeBodyLanguage } from './negative-body-language.js';
import { positiveAtmosphere } from './positive-atmosphere.js';
import { raisedConcerns } from './raised-concerns.js';
import { ranOverTime } from './ran-over-time.js';
import { referencesAsked } from './references-asked.js';
import { salaryDiscussed } from './salary-discussed.js';
import { startDateAsked } from './start-date-asked.js';
import { vagueRoleDetails } from './vague-role-details.js';

export { noNextStepsClosing, noNextStepsEnding, noNextStepsExplicit } from './no-next-steps.js';
export { timelineGiven } from './timeline-given.js';

/** Signs decided by their cues alone. no-next-steps, no-follow-up and timeline-given need the whole text (detect/aftermath.ts). */
export const CUE_SIGNS: readonly SignPatterns[] = [
  awkwardAtmosphere,
  negativeBodyLanguage,
  interviewerDisinterest,
  vagueRoleDetails,
  littleCompanyInfo,
  candidateNerves,
  genericQuestions,
  raisedConcerns,
  flatInterviewer,
  engagingConversation,
  positiveAtmosphere,
  interviewerSmiling,
  achievementsPraised,
  detailedRoleInfo,
  cultureDiscussion,
  futureGrowthTalk,
  futureRoleTalk,
  cutShort,
  ranOverTime,
  salaryDiscussed,
  startDateAsked,
  referencesAsked,
  metMoreTeam,
];
