/**
 * achievements-praised as a verdict in the interviewer's words, told with no stock praise word: how well the work was
 * done ("said my floor work was 'beautifully grounded'", "that's a nicely done migration"), what it amounts to ("that's
 * a serious achievement", "this is real leadership", calling it "proper community work"), and how the candidate works,
 * said to them ("you handle that very maturely", "you clearly think about the problem first").
 */
import type { Cue } from '../detect/types.js';

/** Not the writer's own verdict: "I said it was nicely done", "we thought that was well judged". */
const NOT_SELF = String.raw`(?<!\b(?:i|we) (?:\S+ ){0,2})`;
/** An opening quote mark, if any. */
const Q = `['"‘“]?`;
/** How well it was done, said of the way: "beautifully", "really well", "very maturely". */
const MANNER = String.raw`(?:(?:really|very|so|just|genuinely|quite|incredibly|super) )?(?:beautifully|expertly|superbly|wonderfully|cleverly|nicely|well|thoughtfully|maturely|skil?fully|elegantly|brilliantly|carefully|intelligently)`;
/** What was done so: the work's making, not a look or a pay ("nicely dressed", "well paid" are not the record). */
const DONE = String.raw`(?:done|made|written|pitched|grounded|judged|handled|argued|reasoned|thought[- ](?:through|out)|structured|executed|organi[sz]ed|put together|presented|managed|built|designed|researched|explained|crafted|balanced|paced|phrased|framed|laid out|set out|run|planned|delivered)`;
/** The candidate's work, or the thing just told ("it", "that"), as the subject of the verdict. */
const WORK = String.raw`(?:(?:my|your|ur) (?:[\w'-]+ ){1,3}?|(?:it|this|that) )`;

export const verdictPraise: Cue[] = [
  // how well it was done: "said my questioning was 'really well pitched'", "told me it was beautifully done"
  {
    re: new RegExp(
      String.raw`${NOT_SELF}\b(?:said|says|say|told me|thought|reckoned|reckons|called|calling|described)(?: that)? ${Q}${WORK}(?:(?:was|were|is|are|had been|looked|seemed) )?${Q}${MANNER} ${DONE}\b`,
    ),
    who: 'any',
    surface: true,
    conf: 0.7,
  },
  // the same said straight: "that's a nicely done migration", "that was really well handled"
  {
    re: new RegExp(String.raw`\b(?:that|this)(?:'s| is| was) (?:a |an )?${MANNER} ${DONE}\b`),
    who: 'interviewer',
    surface: true,
    conf: 0.7,
  },
  // what the work amounts to: "that's a serious achievement", "this is real leadership", calling it "proper community
  // work" (not the job's own, "it's a real leadership role", nor theirs, "a real achievement for the company")
  {
    re: new RegExp(
      String.raw`\b(?:(?:that|this|it)(?:'s| is| was)|call(?:ed|ing)? (?:it|that|this)) ${Q}(?:a |an )?(?:really |very |genuinely |truly |quite )?(?:serious|real|proper|genuine|big|huge|massive|significant|remarkable) (?:achievement|accomplishment|leadership|feat|community work|craftsmanship)\b(?! (?:role|position|job|post|team|course|programme|program|opportunity|challenge|skills? (?:we|they) (?:need|want))\b)(?! for (?:the|them|us|their|our|him|her)\b)`,
    ),
    who: 'interviewer',
    surface: true,
  },
  // how the candidate works, said to them: "you handle that very maturely", "nice, you stir properly", "you clearly
  // think about the problem before the tool" (not a forecast: "you'll handle it well", "you would do well here")
  {
    re: /\byou (?:(?:clearly|really|obviously|certainly) )?(?:handle[ds]?|handled|stir|stirred|explain(?:ed)?|answer(?:ed)?|present(?:ed)?|dealt with|deal with|wrote|write|structure[ds]?|structured) (?:that |it |this |them |those |things |everything )?(?:very |really |so |super )?(?:maturely|properly|beautifully|nicely|brilliantly|cleverly|calmly|professionally|clearly|well)\b|\byou (?:clearly|obviously) (?:think|understand|get|care)\b/,
    who: 'interviewer',
    says: 'interviewer',
    notes: true,
    surface: true,
    conf: 0.7,
  },
];
