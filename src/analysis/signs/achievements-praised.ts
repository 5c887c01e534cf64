import type { SignPatterns } from '../detect/types.js';

/** Asking verbs as lemmas or surface forms. */
const ASKED = String.raw`(?:ask|asks|asked|asking|questioned|quiz|quizzed|grill|grilled|dig|dug|drill|drilled|probe|probed)`;

/** Reporting verbs, lemmas and surface forms, for praise told second-hand. */
const SAID = String.raw`(?:said|say|says|tell|told|reckon\w*|think|thought|call|called|find|found|describe\w*|remark\w*|comment\w*|note|noted)`;
/** What praise sounds like beyond "great" and "impressive": comparisons, rarity, "know your stuff". */
const PRAISE = String.raw`(?:(?:better|good) (?:\w+ )?than|more \w+ than|(?:very |so |really |quite )?rare\b|(?:very |so |really )?professional\b|impressive|elegant|know (?:your|my|ur) stuff|(?:the )?exact (?:thing|experience|skill|person|profile|kind)|good crazy|stood out|stand out|one of the (?:better|best|strongest|nicest|clearest)|ahead of)`;

/** Praise for the candidate's work, or targeted follow-up digging into it. */
export const achievementsPraised: SignPatterns = {
  id: 'achievements-praised',
  cues: [
    // digging into the candidate's own work: asked a lot, or asked about it and then how/what/why
    {
      re: new RegExp(
        String.raw`(?<!\bi )\b${ASKED}\b(?: me)?(?: \S+){0,2} (?:loads|lots|a lot|all|heaps|tons|so much|plenty|in detail|in depth|in real detail|several \w+ questions|many (?:detail\w* )?questions|detailed questions|every detail|more|endless questions|question after question|good follow-ups|sensible (?:follow-up )?questions|follow[- ]?ups?)\b(?: \S+){0,3} (?:about|on|into|of|re|around) (?:my|me|the (?:\S+ ){1,2}(?:i|that i)|what i|how i|how we)\b`,
      ),
    },
    {
      re: new RegExp(
        String.raw`(?<!\bi )\b${ASKED}\b(?: me)? (?:about|into|on|through|over) (?:my|the \S+ (?:\S+ )?(?:i|that i) (?:led|ran|built|did|made|set up|designed|redesigned|rewrote|wrote|won|launched|delivered|managed|created|started|grew))\b.{0,80}(?:how (?:i|i'?d|we|it|they|many|much|did|do|the)|why (?:i|we)|which \w+ (?:i|we)|what (?:i|i'?d|we) (?:changed|did|do|learned|learnt|found|used|would|measured|built|automate|cut)|what (?:the|it) (?:result|impact|outcome|brief|process|numbers)\w*|what (?:went|broke|results))\b`,
      ),
      conf: 0.7,
    },
    {
      re: new RegExp(
        String.raw`\b(?:quizz?\w*|grilled|pushed|pressed|probed) (?:me )?(?:on|into|about) (?:my|the \S+ (?:\S+ )?(?:i|that i) \w+ed|the \d+\S* )\b|\b${ASKED} (?:me )?(?:to )?(?:talk|walk|take|explain) (?:them |her |him |me |us )?(?:through |over )?(?:exactly )?(?:my(?! (?:\S+ ){0,2}(?:gpa|grades?|gap|marks|results|absence|departure|dismissal|sick\w*))|the (?:\S+ ){1,4}(?:i|that i)|what i|how i)\b|\bwant\w* to know (?:exactly |all about |everything about |every detail of |the \w+ )?(?:how|what|why|about) (?:i|my)\b|\bwent through (?:it|my \w+) (?:\w+ )?by \w+\b|\bask\w* (?:me )?how i came up with\b|\bask\w* (?:for|about) (?:the|my) (?:numbers|figures|results|metrics|data)\b`,
      ),
      who: 'interviewer',
    },
    // praise in their words
    {
      re: /(?<!\bi )\b(said|say|says|called|remarked|told me|described)( that| it)? (my|your|ur|this|that|it|the way i|what i|you|u|it'?s|this is|that'?s|that was)\b.{0,45}\b(rigou?rous|thorough|sharp|sharper than|clearer than|insightful|very good|really good|so good|seriously good|super good|spot on|tidy|strong|impressive|useful|brilliant|excellent|unreal|amazing|outstanding|top notch|superb|fantastic|exceptional|clever|smart|great|solid|perfect|exactly what|exactly the|what we need|what they need\w*|the best|the strongest|the clearest)\b(?! (?:sign|question|place|company|team|opportunity|benefit|perk|idea|point))/,
    },
    {
      re: /\bexactly (what|the (experience|thing|kind of|sort of|skills?)) (they|we|she|he|the team) (need|needed|lack|lacked|want|wanted|were looking for|are looking for|have been looking for|had been trying)\b|\b(we|they) need (that|this|you|someone like you) here\b|\bthis is what we need\b|\bbeen trying to do exactly that\b|\b(love|like) to see (it|that|them|this) in action\b|\bask\w* if i'?d share\b|\b(really|very|so|quite) taken with\b|\b(face|eyes) lit up\b|\blit up when\b|\bbig\w* me up\b|\btalk\w* me up\b|\bkudos\b|\bwrote (it|that|this) down\b|\btook notes? (on|when|as) (i|my)\b/,
      who: 'interviewer',
    },
    // praise reported in any voice: "she say my experience is very rare", "reckoned my hours were bloody impressive"
    {
      re: new RegExp(
        String.raw`(?<!\bi )\b${SAID}(?: me| us| to me)?(?: that)? ['"]?(?:my|your|ur|it|this|that|the way i|what i|you|u|i)\b[^.\n]{0,60}?\b${PRAISE}`,
      ),
    },
    {
      re: /\byou (?:really |clearly |obviously |definitely )?know (?:your|ur) (?:stuff|onions|craft)\b|\b(?:rare|hard) to find (?:this|that|such|someone|people|a candidate|candidates)\b|\bhats off\b|\bnever seen (?:anyone|someone|a candidate|a junior|that) (?:\w+ ){0,3}(?:do|with|so|this|that)\b|\bask\w* (?:for|if (?:they|she|he) could (?:have|keep|use|borrow)) (?:a copy of )?my\b/,
    },
    // targeted follow-ups: a topic of the candidate's, then a run of how/what/which ("ask me about the paella I make, how many helpers")
    {
      re: new RegExp(
        String.raw`(?<!\bi )\b(?:${ASKED}|want to know|curious)\w*(?: me)?(?: (?:\w+ ){0,2}(?:question|detail)s?)? (?:about|on|into|regard\w*) (?:my|the|this|that|a|an)\b(?! (?:\w+ )?(?:notice|salary|pay|availability|gap|visa|commute|weakness|strength|hobby|hobbies|start|reference|family|age|cv|resume|last job|current job|previous job|reason|team|role|company|job|office|culture|day|hours|shift|benefit|training|licen[cs]e)\b)[^.\n]{0,80}?(?:,|:|;)(?: (?:then|also|like|and|even|she|he|they|ask|want to know))* (?:how|what|which|why|whether|did|who|where|when)\b(?! long\b| i (?:leave|left|quit|want|apply|applied|be|was)\b| i'?m\b)`,
      ),
      who: 'interviewer',
      conf: 0.7,
    },
    {
      re: /\bask\w* (?:me )?(?:very |so |in |a lot of |many |much |lot of )(?:detail|details|precise|specific)\b|\bcurious (?:about|on) (?:every|each|all the) detail|\bwant\w* to know (?:every|everything|all)\b|\bwant\w* (?:the |hard |real )?(?:number|figure|metric|datum|data|specific|detail)s?\b|\b(?:keep|kept|keeps) (?:dig|digging|drilling|drill)\b/,
      who: 'interviewer',
      conf: 0.7,
    },
    {
      re: /\bask\w* (?:me )?(?:good|great|proper|precise|smart|intelligent|insightful|interesting|clever|sharp|many|lots of|loads of|plenty of|a lot of|real)(?: \w+)? questions? (?:about|on|into|regard\w*) (?:my|the (?:\w+ ){1,4}(?:i|i'?d|i'?ve|that i|which i) \w+)\b/,
      who: 'interviewer',
    },
    {
      re: /\bask\w* (?:me )?(?:how|what|why(?! i (?:did|do|chose|choose|went|go|left|leave|moved|move|only|took|take|quit)\b)) (?:exactly )?i (?!want|appl|decid|made of|make of|thought|think)(?:\w+ed|built|made|ran|did|got|won|led|grew|chose|found|set|taught|wrote|brought|kept|sold|drove|cut|took|develop|organise|organize|manage|handle|build|make|run|design|plan|choose|test|solve|fix)\b/,
      who: 'interviewer',
      conf: 0.65,
    },
    // time spent on, or a beeline for, the candidate's own work: "spent ages on my tender win", "dug right into my numbers"
    {
      re: /\bspen[dt]\w* (?:\S+ ){0,3}?(?:time|minutes?|mins|ages|hours?|an hour|a while|forever|most of (?:the|our|my|his|her) \w+|the whole \w+|half (?:the|our) \w+) (?:on|going through|talking about|discussing|asking about|digging into|into) (?:\S+ ){0,3}?my\b|\b(?:went|go|going) straight (?:for|to|into) my\b|\b(?:dug|dig|digging|drill\w*|delv\w*|zero\w* in|hon\w* in|hom\w* in) (?:right |straight |really |properly )?(?:into|on|in on) my\b|\b(?:went|go|going) through my (?:\S+ ){1,5}?(?:page|line|slide|step|section|bit|point) by (?:page|line|slide|step|section|bit|point)\b|\bask\w* (?:me )?about (?:every|each) (?:single )?\w+\b|\bask\w* (?:me )?(?:quite |very |really |so )?deep(?:ly)? (?:about|into|on)\b|\b(?:seem\w*|look\w*|clearly|really|genuinely) (?:\w+ )?into (?:it|my|what i)\b/,
      who: 'interviewer',
    },
    // a run of questions about what the candidate did: "asked how I'd cleaned the data and what I'd found"
    // no subject check: the borrowed subject would be the "I" of a clause before ("while I told her about it, then asked how I'd ..."),
    // and a candidate asking about their own past work is rare; "asked how I'd done" (feedback) is excluded
    {
      re: /\bask\w* (?:me )?(?:how|which|what|why) (?:\w+ ){0,3}?i(?:'d| had) (?!left|quit|moved|applied|stayed|wanted|decided|been|only|resigned|gone|enjoyed|liked|loved|preferred|hoped|expected|heard|thought|done|missed|performed|fared|come|got on)(?:[\w-]+ed|built|made|ran|won|got|kept|found|led|done|drafted|set|put|brought|taught|sold|wrote|written|caught|chosen|spent|dealt|grown|run|held|cut|spotted)\b/,
      who: 'any',
      surface: true,
      conf: 0.7,
    },
    {
      re: /\bask\w* (?:me )?(?:how|what|which) [^.\n,]{2,40}, (?:how|what|which) i\b|\bwalk me through (?:how|what|why) (?:you|u)\b/,
      who: 'interviewer',
      surface: true,
      conf: 0.7,
    },
    // praise in the interviewer's words: "solid work", "very thorough example", "sharper than most", "love that you showed"
    {
      re: /\b(?:solid|thorough|rigou?rous|sharp|excellent|impressive|brilliant|clever|smart|strong|great|really good|very good) (?:piece of )?(?:work|example|answer|thinking|analysis|job)\b|\b\w+er than (?:most|many|anyone|half)(?: of)?(?: our| the| my)?\b|\b(?:love|loved|like|liked|loving) (?:that|how) (?:you|u|i|i'd)\b|\b(?:don'?t|do not|rarely|never|seldom) see (?:this|that|such) (?:\w+ ){0,3}(?:often|much|a lot|every day)\b|\b(?:the|exactly the) (?:profile|person|candidate|background|skill ?set) (?:we'?ve|we have|we'?re|we are|they'?ve|they have|they'?re|they are|we|they) (?:been )?(?:looking|searching|hoping|after)\b|\bwe'?d love (?:to have )?(?:that|this|you|someone like you) (?:here|in the team|on the team)\b|\bmost people (?:can'?t|cannot|couldn'?t|don'?t|never)\b/,
      who: 'interviewer',
    },
    { re: /\b(impress\w*|prais\w*|compliment\w*|rave\w*|gush\w*|blown away|wowed)\b/, who: 'interviewer' },
    {
      re: /\bone of the (best|better|clearest|strongest|most \w+)\b.{0,40}\b(seen|heard|read|come across)\b/,
      who: 'interviewer',
    },
    {
      re: /\b(exactly|just) the (kind|sort|type) of\b.{0,25}\b(we want|we need|we're looking|we are looking|they want|they need)/,
    },
    {
      re: /\bthat'?s (a |an )?(really |genuinely |very |so )?(solid|strong|great|impressive|brilliant|excellent|smart|big jump|fantastic|amazing)\b(?! (?:sign|question|place|company|team|opportunity|benefit|perk|idea|point))|\bmore than i expected\b|\bmore than (most|many|anyone)\b|\b(loved|love) (my|your|the) (portfolio|answer|example|project|work|story)\b/,
    },
    {
      re: /\b(dug|dig|digging|drill\w*|went|go|going|probe\w*)\b (deep|deeper|really deep|into|down into)\b.{0,40}\b(my|the|how i)\b/,
      who: 'interviewer',
    },
    {
      re: /\bask\w* (me )?(really |very |lots of |a lot of |loads of |some )?(specific|detailed|targeted|follow[- ]up|probing|sharp|thoughtful|in[- ]depth)\b.{0,20}\b(question|questions|stuff|things)\b/,
      who: 'interviewer',
    },
    {
      re: /\bfollow[- ]?ups?\b.{0,20}\b(about|on) my\b|\bspecific (stuff|questions?) (about|on) (my|the)\b/,
      who: 'interviewer',
    },
    {
      re: /\bask\w* (me )?(?!why i (?:did|do|only|left|chose|went|moved)\b)(how|why|what|which|where)\b[^.\n]{0,25}\bi('?d|'?ve| had| have| would)? (learn|learned|scale|test|measur|built|build|got|get|handl|led|lead|reindex|pick|practis|practic|place|spot|use|reduc|cut|chose|choose|decid|did|manag|deliver)\w*/,
      who: 'interviewer',
      conf: 0.65,
    },
    {
      re: /\bask\w* me to walk (them |her |him )?through\b|\bpick\w* up on\b|\bwent deep\b/,
      who: 'interviewer',
    },
    {
      re: /\b(that'?s|this is) (a |an )?(really |genuinely |very )?(solid|strong|great|impressive|brilliant|excellent|smart|big jump)\b(?! (?:sign|question|place|company|team|opportunity|benefit|perk|idea|point))|\bgenuinely impressive\b|\bwell done\b|\bwas smart\b|\bexactly how you do it\b/,
      says: 'interviewer',
    },
  ],
};
