/**
 * achievements-praised, families the first module missed: praise of how the work was done ("praised how thorough it
 * was"), a verdict adjective on the work ("said my portfolio was gorgeous", "the approach was mature for a fresher"),
 * what it showed ("said it showed grit"), what stood out, "that's hard to do", the work asked to be seen ("asked to
 * see the deck"), good questions and follow-ups counted or qualified ("asked two sharp follow-ups"), detail asked for,
 * digging in, and a topic of the candidate's returned to or met with curiosity ("kept asking about my project results").
 */
import type { Cue } from '../detect/types.js';

/** Not the writer's own praise or questions: "I praised how…", "we kept asking about…". */
const NOT_SELF = String.raw`(?<!\b(?:i|we) (?:\S+ ){0,2})`;
/** The candidate's work: "my X", "the X I built". */
const WORK = String.raw`(?:my|the (?:[\w'-]+ ){1,3}(?:i|i'?d|i had|that i|i'?ve))`;
/** A sore point or the papers, no achievement: "my gap", "my notice", "my reasons for leaving". */
const NOT_WORK = String.raw`(?! (?:[\w'-]+ ){0,2}?(?:lack|gaps?|absence|weakness\w*|failures?|mistakes?|inexperience|opinions?|views?|thoughts|feelings|accent|name|background|hometown|hobbies|interests|outfit|notice|salary|pay|availability|visa|age|commute|grades?|gpa|reasons?|references?|health|sick\w*|family|kids|children|start date|licen[cs]e|travel|hours|shifts)\b)`;

export const morePraise: Cue[] = [
  // "praised how thorough they were", "praised the way I'd set it out"
  {
    re: new RegExp(
      String.raw`${NOT_SELF}\bprais(?:ed|es|ing) (?:me |us )?(?:for |on )?(?:how|the way|${WORK})\b${NOT_WORK}`,
    ),
    who: 'any',
    surface: true,
  },
  // a verdict adjective on the work: "said my portfolio was gorgeous", "told it was good work", "the approach was quite
  // mature for a fresher" (not a pleasure at meeting: "said it was lovely to meet me")
  {
    re: new RegExp(
      String.raw`${NOT_SELF}\b(?:said|says|told(?: me)?|reckoned|thought|called|(?:and|also) that)(?: that)? (?:${WORK}|the (?:approach|solution|design|answer|method|analysis|plan|idea|portfolio|drawings?|code|work|example|writing|report|model|deck|dish|sample)s?|it|this|that)\b${NOT_WORK}(?: [\w'-]+){0,4}? (?:was|is|were|are|'s|looked|looks|seemed|sounded) (?:(?:really|very|so|quite|super|genuinely|incredibly|properly|seriously|absolutely|just) )*(?:gorgeous|beautiful|slick|mature|thorough|rigou?rous|well[- ]reasoned|well[- ]judged|elegant|neat|tidy|sharp|creative|original|thoughtful|good work|great work|nice work|nicely done|impressive|excellent|brilliant|outstanding|superb|spot on|fantastic|amazing|top notch|first[- ]class|commendable|right up (?:their|our|his|her) street)\b(?! (?:to|meeting|chatting|talking|having|that you|of you|weather|day|news)\b)(?! (?!and\b|but\b|then\b|so\b|too\b|actually\b|apparently\b|for\b)[a-z])`,
    ),
    who: 'any',
    surface: true,
  },
  // what the work showed or what stood out: "said it showed real grit", "said the robotics thing stood out"
  {
    re: new RegExp(
      String.raw`${NOT_SELF}\b(?:said|told me|reckoned|thought|felt|mentioned)(?: that)? (?:it|that|this|${WORK}|the (?:[\w'-]+ ){0,3}(?:thing|bit|part|project|work|piece|example|answer|story|one))\b${NOT_WORK}(?: [\w'-]+){0,5}? (?:really |clearly |definitely |certainly )?(?:(?:showed|shows|demonstrated|demonstrates|proved|proves) (?:real |great |a lot of |genuine |serious |good |strong )?(?:grit|initiative|leadership|maturity|resilience|commitment|drive|creativity|ambition|talent|skill|judge?ment|flair|ownership|potential|dedication)|(?:stood|stands) out)\b`,
    ),
    who: 'any',
    surface: true,
  },
  // competence named, and the whole story wanted: "you clearly know what you're doing", "wanted the full story of the launch"
  {
    re: /\byou (?:clearly|really|obviously|definitely) know what (?:you'?re|you are) (?:doing|talking about)\b|\bwant\w* (?:to hear )?the (?:full|whole|entire) story (?:of|behind|about) (?:my|the)\b/,
    who: 'interviewer',
    surface: true,
  },
  // the achievement named as hard: 'said "that's hard to do"', "that's a real achievement", "that's no mean feat"
  {
    re: /\bthat'?s (?:really |genuinely |very |so |quite |a )?(?:hard to do|hard to pull off|not easy to do|no mean feat|a (?:real |big |genuine |huge )?(?:achievement|feat|accomplishment))\b(?! for (?:the|them|us|their|our|him|her)\b)/,
    who: 'interviewer',
    surface: true,
  },
  // the work asked to be seen: "asked to see the deck", "asked if she could look at my code"
  {
    re: /\bask\w* (?:me )?(?:if (?:they|she|he|we) could |to )(?:see|look at|have a look at|read|borrow|keep|have a copy of) (?:the|my) (?:[\w-]+ ){0,2}(?:deck|code|slides|report|drawings?|paper|model|dashboard|app|thesis|dissertation|sketchbook|case study|presentation|spreadsheet|repo)\b/,
    who: 'interviewer',
    surface: true,
  },
  // good questions about the work, and follow-ups counted or qualified: "asked really good questions about my thesis",
  // "asked pointed questions about my sampling", "asked loads of follow-ups", "asked two sharp follow-ups about it"
  {
    re: new RegExp(
      String.raw`\bask\w* (?:me )?(?:some |such |so many |lots of |loads of |a lot of )?(?:(?:really|very|genuinely|super) )?(?:good|great|sharp|smart|insightful|interesting|clever|detailed|specific|probing|thoughtful|pointed|curious|informed|excellent)(?: follow[- ]?up)? questions? (?:about|on|into|regarding) ${WORK}\b${NOT_WORK}|\bask\w* (?:me )?(?:(?:loads|lots|a lot|plenty|a bunch|a load) of |so many |two |three |four |several |a few |a couple of |endless )(?:(?:really|very) )?(?:(?:sharp|good|great|detailed|probing|clever|smart|genuine|real|specific|proper|interesting|thoughtful|pointed|excellent|curious|keen) )?follow[- ]?ups?\b(?! (?:about|on|regarding) (?:the (?:role|job|team|company|office|salary|pay|hours|start|process|position|shifts?)|their|our|my (?:notice|salary|availability|visa|gap|start|references)))|\bask\w* (?:me )?(?:(?:really|very) )?(?:sharp|good|great|detailed|probing|clever|smart|genuine|specific|interesting|thoughtful|pointed|excellent|curious|keen) follow[- ]?ups?\b`,
    ),
    who: 'interviewer',
    surface: true,
  },
  // detail asked for, and digging in: "asked for detail on my campaign", "asked more about the audit, really digging in"
  {
    re: new RegExp(
      String.raw`\bask\w* (?:me )?for (?:more |lots of |a lot of |loads of |much |every |the )?(?:detail|details|specifics|numbers|figures) (?:on|about|of|behind) ${WORK}\b${NOT_WORK}|\bask\w*[^.\n]{0,80}?\b(?:really |properly )?(?:dug|digging|dig|drilling|drilled) (?:right |straight |really |properly |deep )?(?:in|into it|into (?:the )?(?:detail|details|specifics|numbers))\b|\b(?:dug|digging|drilling|drilled) (?:right |really |properly |deep )?into (?:the )?(?:specifics|detail|details)\b`,
    ),
    who: 'interviewer',
    surface: true,
  },
  // a run of questions on what the candidate told, or answers that kept drawing more: "asked a series of
  // detailed questions: how I'd built it, what I'd change", "every answer led to another question"
  {
    re: new RegExp(
      String.raw`\bask\w* (?:me )?(?:a|an) (?:whole |long )?(?:series|string|barrage|stream|run|volley|battery) of (?:really |very )?(?:detailed|probing|specific|sharp|pointed|searching|technical|follow[- ]?up|good|thoughtful|curious|in-depth)(?: follow[- ]?up)? questions\b(?:\s*:| (?:about|on|into) ${WORK}\b${NOT_WORK})|\bevery (?:answer|thing i said|story)(?: i (?:gave|told))? (?:led|lead|turned|became|got|brought)(?: (?:to|into|on|up))? (?:another|a new|a further|more|a follow[- ]?up|his next|her next) (?:question|questions|follow[- ]?up)\b`,
    ),
    who: 'interviewer',
    surface: true,
  },
  // a topic of the candidate's returned to, or met with curiosity: "kept asking about my project results",
  // "was genuinely curious about the logistics work I did", "curious questions about my dissertation stats"
  {
    re: new RegExp(
      String.raw`\b(?:kept|keep|keeps) (?:asking (?:me )?about|coming back to|returning to|going back to|circling back to) ${WORK}\b${NOT_WORK}|\b(?:genuinely |really |very |so |super )?curious (?:questions )?(?:about|on|into|regarding) ${WORK}\b${NOT_WORK}`,
    ),
    who: 'interviewer',
    surface: true,
  },
  // the work taken apart in their words: "deep dive on my caching project", "followed up with what I'd recorded and who
  // I'd told", "asked follow ups: how I cost a dish, GP target", "asked deep q's about my diary study"
  {
    re: new RegExp(
      String.raw`${NOT_SELF}\bdeep[- ]?dive (?:on|into) ${WORK}\b${NOT_WORK}|${NOT_SELF}\bfollowed up (?:with|on|by asking) (?:what|how|why|who|which) i(?:'d| had)?\b|${NOT_SELF}\bask\w* (?:me )?(?:some |a few |lots of |loads of |more )?follow[- ]?ups?\s*[:\-–]\s*(?:how|what|why|which) (?:i|my)\b|${NOT_SELF}\bask\w* (?:me )?deep (?:questions|qs|q'?s) (?:about|on|into) ${WORK}\b${NOT_WORK}`,
    ),
    who: 'interviewer',
    surface: true,
  },
];
