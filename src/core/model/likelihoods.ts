import type { Observation, Strength } from '../observation.js';
import type { SignId } from '../signs/ids.js';

export interface SignEvidence {
  /** Natural-log likelihood ratio of the sign being present, passed vs not passed. */
  logLr: number;
  /** Why it weighs what it does: one plain sentence for the user. */
  reasoning: string;
}

/*
 * Sizes follow facts.md §1.5. Warmth predicts offers only weakly (first impressions r = .22
 * with offers, Barrick et al. 2010) and is partly a deliberate recruiting tactic (Wilhelmy et al.
 * 2016, 2017), so friendliness signs get LRs near 1.1. Concrete process steps, which employers
 * spend effort on only for candidates they are serious about, get LRs of 1.5-2.7. Competence
 * signals carried across interviewers where liking did not (Barrick), so praise sits in between.
 * Candidates misjudge their own performance (interviewing.io 2016), so nerves weigh little.
 */
export const SIGN_EVIDENCE: Readonly<Record<SignId, SignEvidence>> = {
  'references-asked': {
    logLr: 1.0,
    reasoning: 'Employers usually ask for references only from people they are close to hiring.',
  },
  'start-date-asked': {
    logLr: 0.8,
    reasoning: 'Asking when you could start is a practical hiring step, not small talk.',
  },
  'future-role-talk': {
    logLr: 0.7,
    reasoning: 'Talking about what you would do "when you join" suggests they were picturing you in the job.',
  },
  'salary-discussed': {
    logLr: 0.6,
    reasoning: 'Getting into pay is a concrete step, though some employers do it with everyone.',
  },
  'met-more-team': {
    logLr: 0.5,
    reasoning:
      'Bringing in more of the team takes their time, which they tend to spend on serious candidates.',
  },
  'achievements-praised': {
    logLr: 0.4,
    reasoning:
      'Interest in your track record matters more than friendliness, but praise is also a way to be polite.',
  },
  'timeline-given': {
    logLr: 0.35,
    reasoning: 'A clear timeline is a good sign of a working process, though stated dates are often missed.',
  },
  'future-growth-talk': {
    logLr: 0.3,
    reasoning: 'Talk of growth and career paths helps a little, but it is also part of selling the job.',
  },
  'detailed-role-info': {
    logLr: 0.25,
    reasoning: 'Specifics about the role help a little; many interviewers give them to every candidate.',
  },
  'ran-over-time': {
    logLr: 0.25,
    reasoning: 'Running over can mean real interest, but some interviewers simply run long.',
  },
  'engaging-conversation': {
    logLr: 0.15,
    reasoning:
      'A good conversation feels encouraging, but research finds rapport predicts offers only weakly.',
  },
  'positive-atmosphere': {
    logLr: 0.1,
    reasoning:
      'Warmth is pleasant but weak evidence: interviewers are often friendly on purpose to attract candidates.',
  },
  'interviewer-smiling': {
    logLr: 0.1,
    reasoning: 'Smiles and nods are partly just good manners and recruiting, so they count for little.',
  },
  'culture-discussion': {
    logLr: 0.1,
    reasoning: 'Talking about culture is often part of selling the company, so it counts for little.',
  },
  'cut-short': {
    logLr: -0.8,
    reasoning:
      'An interview ended early often means they had already decided, though schedules also get squeezed.',
  },
  'raised-concerns': {
    logLr: -0.7,
    reasoning:
      'Repeated doubts about your experience or fit are a real warning sign, though voicing them can also be a chance to answer.',
  },
  'interviewer-disinterest': {
    logLr: -0.6,
    reasoning:
      'A distracted or hurried interviewer often means they had lost interest, though they may just have been busy.',
  },
  'negative-body-language': {
    logLr: -0.3,
    reasoning: 'Cold body language counts against a little; some people simply look that way.',
  },
  'awkward-atmosphere': {
    logLr: -0.3,
    reasoning:
      'An awkward feel counts against a little, but it can come from either side or from the setting.',
  },
  'no-next-steps': {
    logLr: -0.25,
    reasoning:
      'Ending without next steps counts against slightly; many interviewers just forget to mention them.',
  },
  'no-follow-up': {
    logLr: -0.5,
    reasoning: 'No word well after the interview counts against, though slow processes are common.',
  },
  'flat-interviewer': {
    logLr: -0.2,
    reasoning:
      'A flat, low-energy interviewer counts only slightly; some people are like that with everyone.',
  },
  'vague-role-details': {
    logLr: -0.2,
    reasoning:
      'Few specifics about the job count slightly against; the role may simply not be fully defined.',
  },
  'little-company-info': {
    logLr: -0.15,
    reasoning: 'Little said about the company counts only slightly; time may just have run short.',
  },
  'generic-questions': {
    logLr: -0.15,
    reasoning: 'Stock questions count only slightly; many interviews follow a fixed script for everyone.',
  },
  'candidate-nerves': {
    logLr: -0.15,
    reasoning:
      'Your own nerves count only slightly: people often judge their own interviews more harshly than interviewers do.',
  },
};

/** A hint counts half, an unmistakable sign a bit more than a clear one. */
const STRENGTH_SCALE: Readonly<Record<Strength, number>> = { 1: 0.5, 2: 1, 3: 1.3 };

/**
 * Unsure counts a quarter (half of a hint), whatever its strength: that keeps
 * absent <= unsure <= present at any strength, so firming up an observation never
 * moves the estimate against the sign's polarity.
 */
export const UNSURE_SCALE = 0.25;

export function strengthScale(strength: unknown): number {
  return strength === 1 || strength === 2 || strength === 3 ? STRENGTH_SCALE[strength] : STRENGTH_SCALE[2];
}

/**
 * The log-odds change one observation makes before damping. Absence is not evidence
 * (shared/spec/signs.md: "Absence of a mention is not evidence"), so absent applies nothing.
 */
export function signLogLr(id: SignId, observation: Observation): number {
  const { logLr } = SIGN_EVIDENCE[id];
  if (observation.value === 'present') return logLr * strengthScale(observation.strength);
  if (observation.value === 'unsure') return logLr * UNSURE_SCALE;
  return 0;
}
