/**
 * future-growth-talk in wordings the main module did not know (session 20, from a paraphrase corpus written off the
 * spec before the cues were read): the hire wanted in a bigger seat one day ("we want you to be a manager here one
 * day"), a move across told with a distant time ("you could move into the planning team down the line"), talk of
 * the hire's own later step ("talked about me moving into claims"), succession ("hand the business over to"), a
 * course seen through ("certification they'd put me through", "which they fund"), and the path's own words
 * ("with a view to becoming", "won't stay a junior long", "room to become a partner").
 */
import type { Cue } from '../detect/types.js';
import { ROLE_UP } from './future-growth-talk-words.js';

/** A time far enough off to be a career step, not the first weeks of the job. */
const DISTANT = String.raw`(?:\beventually\b|\bultimately\b|\bdown the (?:line|road|track)\b|\bone day\b|\bin time\b|\blater on\b|\blonger[- ]term\b|\bin the long (?:run|term)\b|\bin (?:a|one|two|three|four|five|\d+|a couple of|a few) years?(?:'? time)?\b|\bafter (?:a|one|two|three|\d+|a couple of|a few) years?\b|\bwithin (?:a year|(?:a|one|two|three|four|five|\d+|a couple of|a few) years|(?:six|nine|twelve|eighteen|1[2-9]|2[0-4]|[6-9]) months)\b|\bby next (?:year|summer|spring|autumn|fall|winter)\b)`;
/** The hire wanted in a bigger seat: "want you to be a manager", "like me to lead the mobile side", "want you running this department". */
const WANTED_IN = String.raw`\b(?:want|wants|wanted|like|'d like|would like|love|'d love|would love|hope|hopes|expect|expects) (?:you|u|me) (?:to )?(?:eventually |one day |ultimately |in time )?(?:(?:be|become) (?:a |an |the )?(?:\w+ )?${ROLE_UP}|grow into|move into|step into|step up|(?:lead|run|running|leading|managing|heading|take over|taking over) (?:this|the|a|an|our|their|that) (?:[\w-]+ ){0,2}(?:department|team|side|unit|division|office|branch|store|shop|site|business|practice|function|ward|kitchen))\b`;
/** The hire running something later: "in three years you could be running the MOT bay", "we'd look at you for second in department". */
const YOU_RUN = String.raw`\b(?:(?:you|u|i)(?:'d| could| would| will|'ll| might) be (?:running|leading|managing|heading) (?:the|a|an|this|that|our|their|your|my)\b|(?:look|looking) at (?:you|u|me) for\b|consider(?:ing)? (?:you|u|me) for\b)`;
/** A move across or up put to "you" ("you could move into the planning team"). */
const YOU_MOVE = String.raw`\b(?:you|u)(?:'d| could| can| would| will|'ll| might| may)(?: (?:then|later|eventually|even|also|probably|maybe))? (?:move|transfer|rotate|switch|progress|step|branch out) (?:up|across|into|onto|to|over)\b`;

export const growthPaths: Cue[] = [
  {
    re: new RegExp(
      String.raw`${WANTED_IN}[^.!?\n]{0,40}?${DISTANT}|${DISTANT}[^.!?\n]{0,40}?${WANTED_IN}|\b(?:want|like|love|hope|expect)\w* (?:you|u|me) to (?:eventually|one day|ultimately|in time) \w+`,
    ),
    who: 'any',
    surface: true,
    conf: 0.65,
  },
  {
    re: new RegExp(
      String.raw`${YOU_MOVE}[^.!?\n]{0,40}?${DISTANT}|${DISTANT}[^.!?\n]{0,40}?${YOU_MOVE}|${YOU_RUN}[^.!?\n]{0,40}?${DISTANT}|${DISTANT}[^.!?\n]{0,40}?${YOU_RUN}`,
    ),
    who: 'any',
    surface: true,
    conf: 0.65,
  },
  // the hire's later step as the topic: "talked about me moving from the phones into claims", "me potentially stepping into ..."
  {
    re: /(?<!\bi )\b(?:talk\w*|spoke|spoken|chat\w*|discuss\w*|mention\w*|went on) (?:about |through )?(?:[\w-]+ ){0,4}?me (?:eventually |potentially |possibly |later |one day |maybe |then )?(?:moving (?:up|into|onto|on to|across|over|from)|stepping (?:up|into)|taking over|becoming|progressing|getting promoted|specialis\w*|specializ\w*)\b/,
    who: 'any',
    surface: true,
    conf: 0.65,
  },
  // succession: "succession planning", "stepping into the ops manager's shoes", "hand the business over to"
  {
    re: /\bsuccession plan\w*|\bstep\w* into (?:[\w'-]+ ){1,3}shoes\b|\bhand(?:s|ed|ing)? (?:the (?:business|shop|firm|practice|company|salon|farm|reins|keys)|it|things|everything) over to\b|\bhand(?:s|ed|ing)? over the (?:business|shop|firm|practice|company|salon|farm|reins)\b|\bwant\w* (?:someone|somebody) (?:who can |who could |to |who'?ll |who will )(?:eventually |one day )?take over\b/,
    who: 'interviewer',
    surface: true,
    conf: 0.65,
  },
  // grown into a bigger seat: "develop into a store manager", "talked about growing me", "build towards staff engineer"
  {
    re: new RegExp(
      String.raw`\bdevelop (?:me |you |u |someone |people |them )?into (?:a |an |the )?(?:\w+ )?${ROLE_UP}\b|\bgrow(?:ing)? (?:me|you|u)\b(?! (?:up|out|a|an|the|some|into)\b)|\b(?:build|building|work|working) (?:up )?towards (?!my |our )(?:a |an |the |becoming (?:a |an )?)?(?:\w+ )?${ROLE_UP}\b`,
    ),
    who: 'interviewer',
    surface: true,
    conf: 0.65,
  },
  // a course seen through: "forklift licence + IOSH, they'll put me through both", "the certification they'd put me
  // through", "the advanced practitioner thing which they fund"
  {
    re: /\b(?:licen[cs]e|ticket|cert\w*|course|qualification|exams?|nvq|iosh|diploma|degree|training|level \d)\b[^.\n]{0,25}?\b(?:they|we|she|he)(?:'d|d|'ll|ll| would| will| can| could)? (?:put|send|get|sign|enrol) (?:me|you|u) (?:through|on|onto|up for)\b|\b(?:thing|course|scheme|programme|qualification|training|exams?|route|pathway|level \d|\w+ship)\b[^.\n]{0,10}?\b(?:which|that) (?:they|we|the (?:company|trust|firm|school|practice|business|employer|council|hospital|salon|club)) (?:also |fully |even )?(?:fund|funds|pay for|pays for|cover|covers|sponsor|sponsors)\b/,
    who: 'any',
    surface: true,
    conf: 0.65,
  },
  // the path's own words: "you won't stay a junior long here", "with a view to becoming", "room to become a partner", "a bursary for staff doing
  // their level 3", "a funded MSc", "put forward for the NVQ", "back me for it", "a rotational programme"
  {
    re: /\b(?:won'?t|will not|wouldn'?t|would not|not) (?:stay|be|remain) (?:a |an |at )?(?:junior|trainee|assistant|apprentice|graduate|entry[- ]level|the bottom)\w* (?:for )?(?:long|forever|for ever)\b|\bwith a view to (?:becoming|moving|progressing|stepping|taking over|being made|promotion|a permanent)\b/,
    who: 'any',
    surface: true,
    // the "not" is the point: "you won't stay a junior long"
    neg: 'ignore',
    conf: 0.65,
  },
  {
    re: /\b(?:room|scope) (?:for (?:me|you|u) )?to (?:become|step up|rise|climb|be promoted)\b|\b(?:bursar(?:y|ies)|scholarships?) (?:for|towards|to)\b|\b(?:fully |part[- ])?funded (?!phd|doctora|studentship|position|post\b|place)(?:[\w&-]+ ){0,2}(?:msc|ma|mba|masters?|degree|diploma|qualification|course|apprenticeship|nvq|cert\w*)\b|\b(?:be|get|got|been) put forward for\b|\bback (?:me|you|u) (?:for|on|to do|through)\b|\brotation(?:al)? (?:programme|program|scheme)\b/,
    // "if I'm good there's room to become a partner", "I'd be put forward for": the hire is the subject, not the speaker
    who: 'any',
    // "if I'm good there's room to ...": the condition is the interviewer's, not the writer's supposing
    worryOk: true,
    surface: true,
    conf: 0.65,
  },
  // how the hire could grow, and what people in the post go on to: "ten minutes on how I could grow there", "most
  // people move to a new role within two years", "an internal job board", "the one before me is now the regional manager"
  {
    re: /\bhow (?:i|you|u) (?:could|can|might|would|'d) (?:grow|progress|develop|move up|advance|climb|step up)\b|\bmost (?:people|staff|of (?:them|the team)) (?:here |there )?(?:move (?:up|into|to (?:a )?(?:new|different|bigger|senior) (?:role|job|position|team)|internally|roles)|get promoted|step up|progress)\b|\binternal (?:job board|jobs board|jobs market|vacancies)\b|\b(?:had|did|held) (?:this|the|that) (?:job|role|post|position) before(?: me)?,? (?:is now|became|went on to|got promoted|moved up|now runs|now manages)\b/,
    who: 'interviewer',
    surface: true,
    conf: 0.65,
  },
  // a plan made for the hire's learning: "they'd build a training plan around it" ("wanted to know my training plan" is the writer's own)
  {
    re: /\b(?:build|built|make|made|put together|draw up|drew up|agree|set up|create|write|give)\w* (?:me |you |u )?(?:a |an |your |my )?(?:personal |tailored |individual |proper )?(?:training|learning|growth) plan\b|\b(?:training|learning|growth) plan (?:for|around) (?:me|you|u|it|that)\b/,
    who: 'interviewer',
    surface: true,
    conf: 0.65,
  },
  // growth as a standing offer: "training opportunities", "opportunities to specialise", "invest in my development",
  // "they like to promote internally", "a leadership academy" (not "this was the retail management scheme": the post
  // applied for), "my long-term future with the company"
  {
    re: new RegExp(
      String.raw`\b(?:training|development|career|learning|progression|growth|promotion|advancement) opportunit\w*|\bopportunit\w* (?:for|to) (?:specialis|specializ|train|learn|advance|progress|grow|move up|step up|take on more)\w*|\b(?:invest\w* in|support\w*|fund\w*|focus\w* on|big on|care\w* about|committed to) (?:my|your|their people'?s?|staff|people'?s?) (?:professional |personal |career |own )?development\b|\bdevelop (?:their|our) own (?:people|staff|talent|managers|leaders)\b|\b(?:like|likes|love|prefer|prefers|try|tries|always|usually|tend) to promote (?:internally|from inside)\b|(?<!\b(?:was|is|'s|for|to|at|applied|applying|interviewed|interviewing) (?:the |a |an |their |its |this |that )?(?:[\w-]+ ){0,3})\b(?:management|leadership|supervisor|supervisory|talent) (?:training |development )?(?:scheme|academy|programme|program|pathway)\b|\b(?:my|your) (?:long[- ]term )?future (?:with|at) (?:the|them|us)\b|\bgo as far as (?:i|you|u) (?:want|like|can)\b|\bsky'?s the limit\b|\b(?:grow|develop|progress) (?:in|within) (?:the|this|that) (?:role|job|position|company)\b|\ba (?:role|job|position|place) (?:you|u|i) (?:can|could) (?:really )?(?:grow|develop|progress) in\b`,
    ),
    who: 'interviewer',
    surface: true,
    conf: 0.65,
  },
  // a bigger seat lined up: "in line for a promotion", "in a good position for the supervisor job", "the next step
  // would be senior technician" ("the next step is the senior manager interview" is the hiring round)
  {
    re: new RegExp(
      String.raw`\b(?:in line|first in line|next in line|in a good position|well placed) for (?:a |the )?(?:promotion|step up|(?:\w+ )?${ROLE_UP})\b|\bnext step (?:up )?(?:would be|is|could be|will be|'d be) (?:a |an |the )?(?:\w+ )?${ROLE_UP}\b(?![\w -]{0,25}\b(?:interview|call|meeting|round|chat|stage|sign-?off)\b)`,
    ),
    who: 'any',
    surface: true,
    // "if things go well I'd be in line for a promotion": the condition is the interviewer's
    worryOk: true,
    conf: 0.65,
  },
  // study backed: "support me if I wanted to go to university part-time", "qualifications they'd support"
  {
    re: /\bsupport (?:me|you|u)\b[^.\n]{0,30}\b(?:study|studying|go(?:ing)? (?:back )?to (?:uni|university|college)|part[- ]time (?:degree|course|study))\b|\b(?:qualifications?|courses?|exams?|certifications?)\b (?:that |which )?(?:they|we)(?:'d| would|'ll| will| can)? (?:support|fund|pay for|sponsor|cover)\b/,
    who: 'interviewer',
    surface: true,
    conf: 0.65,
  },
  // more responsibility over time: "I could take on more responsibility as I go"
  {
    re: /\b(?:could|can|would|will|'d|'ll|chance to|scope to|room to|opportunit\w* to) (?:\w+ )?take on more responsibilit\w*/,
    who: 'interviewer',
    surface: true,
    conf: 0.65,
  },
  // how people there grow, told in the trade's words: "team leads are chosen from the floor", "where people go after the
  // assistant role", "lots of the receptionists have gone on to train", "the supervisor course they run", "the
  // chartership route"
  {
    re: new RegExp(
      String.raw`\b(?:chosen|picked|promoted|recruited|drawn|selected) (?:up )?from (?:the (?:shop )?floor|the ranks|the team|the tills)\b|\bwhere (?:people|staff|they|most|the \w+s) (?:go|end up|move|progress) (?:after|from)\b|\b(?:have|has|'ve|had) (?:all )?gone on to (?!(?:another|other|a different|work (?:for|at|elsewhere))\b)|\b(?:${ROLE_UP}|management|leadership|development|advanced) (?:[\w-]+ )?(?:course|programme|training|scheme) (?:that |which )?(?:they|we|the company) (?:run|runs|offer|offers|do|does|provide|provides)\b|\b(?:chartership|chartered|apprenticeship|promotion) (?:route|pathway|path|track)\b`,
    ),
    who: 'interviewer',
    surface: true,
    conf: 0.65,
  },
];
