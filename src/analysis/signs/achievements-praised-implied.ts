/**
 * achievements-praised told without a praise word, as long accounts tell it: the candidate's work
 * dug into ("she dug, properly, into the project on my CV"), gone through with them point by point
 * ("went through the go-around with me: what I was thinking, why I..."), a verdict on the call or
 * piece of work ("that's a mature call", "that's a serious piece of procurement work"), and the
 * candidate set above others ("most people at your level haven't done anything like it", "you'd be
 * surprised how many people can't explain that").
 */
import type { Cue } from '../detect/types.js';

/** Not the writer's own digging or verdict: "I dug into their accounts", "I thought that's a good call". */
const NOT_SELF = String.raw`(?<!\b(?:i|we) (?:\S+ ){0,2})`;
/** The candidate's work named: "my project", "the X on my CV", "the X I'd led". */
const THEIR_WORK = String.raw`(?:my [\w'-]+|the (?:[\w'-]+ ){1,4}(?:on my (?:cv|resume|résumé|application|portfolio)|(?:that )?i(?:'d| had)? (?:led|ran|built|did|done|designed|wrote|made|delivered|used|managed|set up)))`;

export const impliedPraise: Cue[] = [
  // digging into the work: "dug into my thesis", "dig, properly, into the consolidation project on my CV"
  {
    re: new RegExp(
      String.raw`${NOT_SELF}\b(?:dug|dig|digging|digs|drilled|drilling|delved|delving|probed|probing)(?:,? (?:really|properly|deep|right|straight|hard),?)? into ${THEIR_WORK}\b`,
    ),
    who: 'interviewer',
    surface: true,
  },
  // the work gone through with the candidate, point by point: "went through the go-around with me: what I was thinking"
  {
    re: /\bwent (?:through|over) (?:the|my) (?:[\w'-]+ ){1,3}with me\s*[:—–-]\s*(?:what|why|how|which|when) (?:i|my)\b/,
    who: 'interviewer',
    surface: true,
  },
  // a verdict on the candidate's call or piece of work, said to them: "that's a mature call for your hours"
  {
    re: /\bthat'?s (?:a |an )?(?:really |very |genuinely |seriously |properly |such a )?(?:mature|serious|impressive|solid|strong|smart|sharp|sensible|brave|bold|clever|rare|great|brilliant|excellent) (?:piece of (?:[\w-]+ )?work|bit of (?:[\w-]+ )?work|call|decision|judge?ment call|result|track record)\b/,
    who: 'interviewer',
    surface: true,
    conf: 0.7,
  },
  // the candidate set above others: "most people at your level haven't done anything like it", "you'd be surprised
  // how many people can't explain that" (not a rule of the process: "most people don't hear for two weeks")
  {
    re: /\bmost (?:people|candidates|applicants|graduates|grads|engineers|nurses|teachers|juniors) (?:at your (?:level|stage|age)|your age|with your experience|i (?:see|meet|interview)) (?:haven'?t|have not|can'?t|cannot|couldn'?t|don'?t|do not|wouldn'?t|(?:have |had )?never)\b|\byou'?d be surprised how (?:many|few) (?:people|candidates|applicants|graduates|engineers) (?:can'?t|cannot|couldn'?t|don'?t|could|can) (?:explain|answer|do|describe|manage|get)\b/,
    who: 'interviewer',
    surface: true,
    neg: 'ignore',
    conf: 0.7,
  },
];
