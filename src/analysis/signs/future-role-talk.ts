import type { SignPatterns } from '../detect/types.js';

/**
 * Things a new starter does. Kept to doing-verbs on purpose: "you'll hear by Friday",
 * "you'd get used to it" and "you'd learn a lot" are timelines, brush-offs or growth.
 */
const DO =
  '(own|be (handle|manage|lead|work|take|run|do|cover|teach|drive|join|incharge)\\b|head(ing)? (up )?the|be heading|take (over|on|charge)|lead|run|do|handle|cover|look after|manage|start (on|with|in|by|off)|join|shadow|pair|report|sit (with|next)|teach|apprentice|conduct|work (on|with|in|alongside|nights|days|the)|be (on|in(?! touch| the (next|second|final))|working|pairing|paired|leading|running|owning|taking|in charge|responsible|managing|reporting|based|joining|looking after|covering|handling|starting|part of|sitting|shadowing|helping|teaching|doing|picking|driving|opening|closing|the (main|new|first|lead|go-to))|help (with|on|out|run)|go (straight )?(on|onto|out)|deal with|get stuck in|spend (most|your|the|a lot|half)|mostly (be|do|work)|take the|focus on|support the)';
const YOU =
  "(you|u|ya)('d| would|'ll| will|ll|d| are going to| 're going to| re going to|'re gonna| are gonna| re gonna)";
const I_WOULD = "(i|me)('d| would|'ll| will| am going to|'m going to|'m gonna| am gonna)";
const REPORTED =
  "(said|say|says|saying|told me|tell me|explain\\w*|mention\\w*|reckon\\w*|was like|is like|confirm\\w*|made clear|made it clear|promised)( that)?( when i start,?| once i'?m in,?)?";

/** Exported for detailed-role-info: what a new starter will do is also a specific about the job. */
export const NEW_STARTER_DOES = DO;
export const REPORTED_I = `${REPORTED} ${I_WOULD}`;

/** Talk that presumes the hire: "when you join", "you'll own". A role described in the abstract is detailed-role-info only. */
export const futureRoleTalk: SignPatterns = {
  id: 'future-role-talk',
  cues: [
    {
      re: /(?<!\b(see|know|find out|learn|understand|get it|get used to it)\b.{0,4})\b(when|once|after|as soon as) (you|u|i)('re| are|'m| am)? ?(join|joins|start|starts|come on board|come onsite|come on|get here|on board|onboard|begin|settled|up and running|get going|get started|resume|take on|take over|on the team|come aboard|report for duty)\b|\bupon (joining|starting|arrival)\b/,
      surface: true,
    },
    // the hire presumed on a condition: "start Monday if references are fine", "I'd start on nights once my checks clear"
    {
      re: /\b(start|starting|begin|come in|be on)\b.{0,25}\b(if|once|when|as soon as|pending|subject to)\b (my |your |the |his |her |their )?(references?|refs|checks?|dbs|pvg|paperwork|vetting|clearance|medical|right to work|visa)\b/,
      surface: true,
    },
    {
      re: /(?<!\b(i|we) (\w+ )?)\b(and|said|told me|,) that (i|she|he)('d| would|'ll| will) (be )?(start|starting|cover|covering|run|running|lead|leading|take over|taking over|work|working|join|joining|on|in charge|head|heading)\b/,
      surface: true,
    },
    {
      re: /\b(i|you|u) ?('?d|would|'?ll|will) (have|get) \w+ (as (your|my|ur) (manager|boss|mentor|lead|ops manager|supervisor|buddy|line manager))\b|\b(want|like|need|have|put)s? (you|u|me) on (the|a|our|their|his|her) (\w+ ){0,2}(shift|rota|team|desk|counter|round|ward|floor|till|line|van|crew|aisle)\b|\b(when|once) (you|u)('re| are) (running|managing|leading|doing|in charge)\b|\bwhen (you|u)('re| are) in, (the first|you'?ll|you'?d|your)\b|\bsaid (id|i d) be (on|in|doing|working|running|the)\b/,
      surface: true,
    },
    // showing the candidate their place: "showed me where I'd sit", "introduced me as the new coordinator", "pencilled me in on the rota"
    {
      re: /\b(show\w*|told|tell|point\w*)( me)? (where|who|which \w+) (i|you|u)('d| would|'ll| will) (be )?(sit|sitting|work|working|based|park|parking|report|reporting|be based)\b|\b(introduc\w*|present\w*) me (to (the |everyone |all )?(\w+ )?)?as (the|our|their) new\b|\b(pencil\w*|slot\w*|put|add\w*) me (in )?(on|in|into|onto) (the |next \w+'?s? )?(rota|schedule|timetable|roster)\b|\b(your|ur) (new )?(manager|boss|line manager|team lead|buddy|mentor|desk|locker) (would|will|'d|'ll|is going to) be\b/,
      surface: true,
    },
    {
      re: new RegExp(
        `(?<!\\b(how|what|why|where|which|if|whether|would|could|can|do|did) )\\b${YOU} (also |mainly |mostly |probably |basically |initially |then |first |just |actually |really |be )?${DO}\\b(?! (touch|the (next|second|final|last) (round|stage)))`,
      ),
      surface: true,
    },
    { re: new RegExp(`(?<!\\bi )\\b${REPORTED} ${I_WOULD} ${DO}\\b`), surface: true },
    // the interviewer's "if you join" reported back: "he told if I join I will be owning", "should I be appointed, I would take charge"
    {
      re: /\b(if|once|when|should|as soon as) (i|she|he) ((join|joins|come|comes|start|starts|come onsite|come on|come on board|am in|'m in|get (it|the job|the post|the role|selected|hired)|am (hired|selected|appointed|taken)|be appointed)\b,?) (i|she|he)('d| would|'ll| will) (be )?\w+/,
      surface: true,
      worryOk: true,
    },
    {
      re: /\b(when|once|as soon as) (she|he) (joins|starts|comes on board|begins|gets there)\b/,
      surface: true,
    },
    // the candidate's own plans ("I'd do it again") are not the interviewer's; only strong verbs without a reporter
    {
      re: /(?<!\b(who|what|which|where|how|if|whether|ask\w*)\b.{0,30})\bi('d| would| will|'ll) be (taking over|in charge of|leading|running|managing|covering|joining|pairing with|working (with|alongside|on the)|based (at|in))\b|\bi('d| would) (take over|be taking over)\b/,
      surface: true,
    },
    {
      re: /\b(picture|imagine|see|saw)\w* (me|you|u) (working|here|in the|on the|fitting|as|doing|running|leading|taking|on|in)\b|\b(in|during) (your|my|ur) first (day|week|month|quarter|year|season|term|shift|90 days|few (weeks|months)|couple of (weeks|months)|six months|100 days)\b|\bfrom (week|day) (one|1)\b|\bon (your|ur) first day\b/,
      surface: true,
    },
    {
      re: /\bas (if|though) i('d| had| was| were)? (already )?(been hired|got the job|had the job|got it|on the (staff|team)|part of the team|one of (them|the team)|hired|work\w* there|start\w*|already)\b|\blike (it was|it's) a done deal\b|\b(already )?talk\w* (about me )?as if\b/,
      surface: true,
    },
    {
      re: /(?<!\b(what|which|where|how)\b.{0,20})\b(we|they|he|she)('d| would|'ll| will|'re going to|'re gonna) (get|put|have|want|need) (you|u|me) (on|onto|straight|in|into|started|working|running|leading|doing|looking after|covering|out|behind)\b/,
      surface: true,
    },
    {
      re: /\b(want|like|need)s? (you|u|me) (to )?(start|take|run|lead|cover|do|doing|work|join|teach|help|begin|look after|own|manage|running|covering|leading|teaching|taking)\b|\bask\w* (if|whether) i (could|can|would|'d|might) (start|take|cover|do|run|lead|teach|begin|look after)\w* (\w+ )?(the|a|our|their|some|with|on|in|over)\b/,
      surface: true,
    },
    {
      re: /\b(your|my|ur) (first|main|big|initial) (project|task|job|client|account|priority|focus|assignment|piece of work|campaign|patch|class|caseload) (would|will|'d|'ll|is going to) be\b|\b(this|that|it) (would|will|'d|'ll) be (your|ur) (desk|team|office|room|class|ward|van|station|locker|patch|area|round|caseload)\b/,
      surface: true,
    },
    {
      re: /\b(start|starting) (on |this |next )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|next month|straight away|right away|asap|tomorrow)\b.{0,30}\b(he|she|they|manager|boss|owner) (said|says|say)\b/,
      surface: true,
    },
    // transcripts: the interviewer speaking to the candidate as the hire
    {
      re: /\b(when|once|as soon as) you('re| are)? ?(join|start|come on board|get here|in|here|on board|onboard|begin|settled)\b|\b(in|during) your first (day|week|month|quarter|year|season|term|few (weeks|months)|couple of (weeks|months)|six months|90 days|hundred days)\b|\byour first (project|task|job|client|account|priority) (would|will|'d|'ll) be\b|\bfrom (day|week) one\b/,
      says: 'interviewer',
      surface: true,
    },
    {
      re: /\byou('d| would|'ll| will) (own|take over|take on|lead|run|shadow|pair with|sit (with|next)|be (paired|pairing|working with|working on|based|leading|running|owning|in charge|responsible for|reporting to|joining|sitting|looking after|covering|on the|in the|part of))\b|\b(we'd|we would|we'll|we will) (get|put|have) you (on|onto|started|working|running|leading|in)\b/,
      says: 'interviewer',
      surface: true,
    },
  ],
};
