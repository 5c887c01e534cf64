import type { Cue, SignPatterns } from '../detect/types.js';
import { impliedPraise } from './achievements-praised-implied.js';
import { morePraise } from './achievements-praised-more.js';
import { receivedPraise } from './achievements-praised-received.js';
import { verdictPraise } from './achievements-praised-verdicts.js';
import { NOT_AFTER_THANKS, NOT_BEFORE_THANKS } from './polite-thanks.js';

/** Asking verbs as lemmas or surface forms. */
const ASKED = String.raw`(?:ask|asks|asked|asking|questioned|quiz|quizzed|grill|grilled|dig|dug|drill|drilled|probe|probed)`;

/** Reporting verbs, lemmas and surface forms, for praise told second-hand. */
const SAID = String.raw`(?:said|say|says|tell|told|reckon\w*|think|thought|call|called|find|found|describe\w*|remark\w*|comment\w*|note|noted)`;
/** What the candidate did, after "the X I ...": "the redesign I did", "the menu I'd put together". */
const DID = String.raw`(?:did|made|built|designed|redesigned|led|ran|wrote|set up|created|organi[sz]ed|cooked|baked|presented|showed|shared|put together|developed|delivered|launched|started|won)`;
/** Papers and logistics are not the record: "lots of questions about my visa", "walk her through my availability". */
const NOT_RECORD = String.raw`(?! (?:[\w'-]+ ){0,2}?(?:visa|notice|salary|pay|availability|commute|start date|contract|hours|shifts|right to work|references|gap|sick\w*|absence|appearance|accent|age|family|kids|children|health|dbs|licen[cs]e|car|travel|relocation|address|outfit|clothes|expectations|field|industry|sector|profession|discipline|answers?|responses?)\b)(?! (?:[\w'-]+ ){0,3}?in general\b)`;

/** A question the candidate failed is no dig: "asked lots about my last job, which I struggled to answer". */
const FAILED = String.raw`(?![^.\n]*?,? (?:which|that|and|but) i (?:could ?n'?t|could not|can ?n'?t|cannot|did ?n'?t|did not|do not|was ?n'?t able|be not able|fail\w*|struggl\w*|fumbl\w*|botch\w*|blank\w*|flunk\w*|stumbl\w*|mess\w* up)\b)`;
/**
 * A sore point is no dig: "grilled me on my lack of experience", "quizzed me about my gap year"; nor are the
 * stock topics: "asked me about my values, my strengths, what motivates me".
 */
const SORE = String.raw`(?!my (?:[\w'-]+ ){0,2}?(?:lack|gaps?|absence|weakness\w*|failures?|mistakes?|inexperience|dismissal|sacking|grades?|gpa|job[- ]hopping|short stints?|gap years?|values?|strengths?|motivations?|personality|goals?|ambitions?|hobbies|mindset)\b)`;
/**
 * "Asked about my experience", "about my notice period": the stock openers, no digging into a piece of work (as
 * #1's only support over the read sets, wrong 7 times in 7).
 */
const STOCK = String.raw`(?!my (?:[\w'-]+ ){0,2}?(?:experience|background|notice(?: period)?|availability|cv|resume|(?:last|current) (?:role|job))\b)`;

/** What praise sounds like beyond "great" and "impressive": comparisons, rarity, "know your stuff". */
const PRAISE = String.raw`(?:(?:better|good) (?:\w+ )?than|worth (?:more|a lot|its weight)|more \w+ than|(?:very |so |really |quite )?rare\b|(?:very |so |really )?professional\b|impressive|elegant|know (?:your|my|ur) stuff|(?:the )?exact (?:thing|experience|skill|person|profile|kind)|good crazy|stood out|stand out|one of the (?:better|best|strongest|nicest|clearest|most \w+)|exactly (?:what|the kind|the sort)(?! (?:the|this|that|it|a|an) (?:job|role|work|place|interview|day|process)\b)|ahead of|(?:hotel|restaurant|michelin|agency|industry|production|prod|publication|publishable|client|board|market|professional|pro|senior|director|manager|management|expert|phd|masters|postgrad\w*|commercial|broadcast|gallery|competition|national|international|first[- ]class|world[- ]class|top[- ]tier)[- ](?:ready|standard|level|quality|grade)\b(?! (?:role|job|position|post|hire|salary|pay|candidate|vacancy|opening)s?\b)|(?:standard|ready|level) already\b|already (?:at )?(?:a |an )?[\w-]+[- ](?:standard|level)\b)`;

/** The candidate's own work named: "my welds", "the rota I set up", "the sessions I'd run". */
const OWN_WORK = String.raw`(?:my|your|ur|the (?:[\w'-]+ ){1,3}(?:i|that i|i'?d|i had|i'?ve) (?:${DID}|[\w-]+ed))`;
/** Verdict words beyond the stock list: maturity, craft ("clean", "tight"), a comparison won. */
const VERDICT = String.raw`(?:(?:a |an )?(?:really |very |so |super |genuinely |incredibly |properly |seriously )?(?:mature|clean|smart|slick|neat|tight|creative|thoughtful|clever|excellent|brilliant|impressive|outstanding|exceptional|superb|spot on|lovely (?:work|practice|job|stuff|idea|touch))|(?:tighter|neater|cleaner|tidier|sharper|slicker|quicker|stronger|smarter) than)`;

/**
 * Session 25: praise of what is not the record, and praise from someone else. The CV's layout, the English, a
 * certificate, the tie, a reference read out, or a mock interview ("said my NVQ and first aid cert are exactly what
 * we look for", "complimented my CV", "my careers adviser said my answer was excellent in the mock"), and the
 * candidate's own verdict after "I ... and" ("I told them I'd followed their rebrand and thought it was impressive").
 * Looked for where each cue's match starts (Cue.notAt), over the next 40 characters or the sentence before.
 */
const PAPERS_OR_OTHERS = new RegExp(
  String.raw`(?=[^.\n]{0,40}\b(?<!\b(?:on|in|from|off|of) )(?:my|your|ur|the|her|his) (?:[\w-]+ ){0,2}?(?:cv|c\.v\.|resume|résumé|cover letter|layout|formatting|font|english|accent|handwriting|spelling|nvq|qualification|qualifications|cert|certs|certificate|certificates|first aid|tie|outfit|punctuality)\b|[^.\n]{0,40}\b(?:in|during|at) (?:the|my|a) mock\b)` +
    String.raw`|(?<=\bmy (?:old |careers? )?(?:advis[eo]r|mentor|coach|tutor|lecturer|mum|mom|dad|friend|mate|sister|brother|wife|husband|girlfriend|boyfriend|referee) (?:\w+ ){0,2})` +
    String.raw`|(?<=\bi\b[^.\n,;]{0,60}\band )(?=(?:thought|think|found|find|reckon\w*|felt|feel)\b)`,
  'y',
);
function aboutTheRecord(cue: Cue): Cue {
  return { ...cue, notAt: PAPERS_OR_OTHERS };
}

/** Praise for the candidate's work, or targeted follow-up digging into it. */
const praiseCues: SignPatterns = {
  id: 'achievements-praised',
  cues: [
    // digging into the candidate's own work: asked a lot, or asked about it and then how/what/why
    {
      re: new RegExp(
        String.raw`(?<!\bi )\b${ASKED}\b${FAILED}(?: me)?(?: \S+){0,2} (?:loads|lots|a lot|all|heaps|tons|so much|plenty|in detail|in depth|in real detail|several \w+ questions|many (?:detail\w* )?questions|detailed questions|every detail|precisely|specifically|closely|carefully|thoroughly|more|endless questions|question after question|good follow-ups|sensible (?:follow-up )?questions|follow[- ]?ups?)\b(?: \S+){0,3} (?:about|abt|bout|on|into|of|re|around) (?:my|me|the (?:[\w'-]+ ){1,3}(?:that )?i(?:'d|'ve| had| have)? (?!(?:be|have|need|want|like|get|work|join|start|report|cover|do|would|will|might|could|should|can|am|was)\b)[\w-]+|what i|how i|how we)\b${NOT_RECORD}`,
      ),
    },
    {
      re: new RegExp(
        String.raw`(?<!\bi )\b${ASKED}\b${FAILED}(?: me)? (?:about|into|on|through|over) ${STOCK}${SORE}(?:my|the \S+ (?:\S+ )?(?:i|that i) (?:led|ran|built|did|made|set up|designed|redesigned|rewrote|wrote|won|launched|delivered|managed|created|started|grew))\b.{0,80}(?:how (?:i|i'?d|we|it|they|many|much|did|do|the)|why (?:i|we)|which \w+ (?:i|we)|what (?:i|i'?d|we) (?:changed|did|do|learned|learnt|found|used|would(?! (?:enjoy|like|love|prefer|hate|want|rather|dislike|miss)\b)|measured|built|automate|cut)|what (?:the|it) (?:result|impact|outcome|brief|process|numbers)\w*|what (?:went|broke|results))\b`,
      ),
      conf: 0.7,
    },
    {
      re: new RegExp(
        String.raw`\b(?:quizz?\w*|grilled|pushed|pressed|probed)${FAILED} (?:me )?(?:(?:nicely|gently|properly|hard|really|a bit|a lot|in detail|at length|closely) )?(?:on|into|about) ${SORE}(?:my|the \S+ (?:\S+ )?(?:i|that i) \w+ed|the \d+\S* )\b|\b${ASKED} (?:me )?(?:to )?(?:talk|walk|take|explain|go|run) (?:them |her |him |me |us )?(?:through |over )?(?:exactly )?(?:my(?! (?:\S+ ){0,2}(?:gpa|grades?|gap|marks|results|absence|departure|dismissal|sick\w*|availability|notice|salary|commute|visa|schedule|hours|pay|contract|references|job title|title|qualifications?|certificates?|licen[cs]es?|tickets|cards?|role|job|duties|responsibilit\w*|routine|typical|day|week|(?:cv|c\.v\.|resume|résumé|background|career|life|work history|employment history|history)\b))|the (?:\S+ ){1,4}(?:i|that i)|what i|how i)\b|\bwant\w* to know (?:exactly |all about |everything about |every detail of |the \w+ )?(?:how|what|why|about) (?:i|my)\b|\bwent through (?:it|my \w+) (?:\w+ )?by \w+\b(?![^.\n]{0,80}\b(?:violations?|accidents?|fender[- ]benders?|convictions?|offen[cs]es?|gaps?|mistakes?|complaints?|warnings?|disciplinar\w*|points|tickets?|fines?)\b)|\bask\w* (?:me )?how i came up with\b|\bask\w* (?:for|about) (?:the|my) (?:[\w-]+ )?(?:numbers|figures|results|metrics|data|stats)\b`,
      ),
      who: 'interviewer',
    },
    // praise in their words, a quoted reply led by a word to the candidate or an exclamation ("said 'mate, that's exactly
    // what I need'", "said 'that's proper work, that'")
    {
      re: /(?<!\bi )\b(said|say|says|called|remarked|told me|described|observed|noted|stated|commented|indicated|acknowledged)( that| it)?(?: (?:mate|love|hun|pal|son|oh|wow|well|right|yeah|honestly|blimey|crikey)\b,?)? (my|your|ur|this|that|it|the way i|what i|you|u|it'?s|this is|that'?s|that was)\b(?:(?!\b(?:not|never|no|hardly|barely|nowhere near|far from)\b|n'?t\b).){0,45}\b(rigou?rous|thorough|sharp|sharper than|clearer than|insightful|very good|really good|so good|seriously good|super good|spot on|tidy|strong|impressive|useful|brilliant|excellent|unreal|amazing|outstanding|top notch|superb|fantastic|exceptional|clever|smart|great|solid|perfect|exactly what|exactly the|what we need|(?:nice|lovely|proper|quality|neat|class) (?:work|job|piece of work|craftsmanship)|what they need\w*|the best|flawless|faultless|exemplary|bang on|polished|innovative|remarkable|refreshing|world[- ]class|top[- ]class|gold[- ]standard|stellar|stunning|phenomenal|incredible|terrific|wonderful|cracking|top drawer|belter|wicked|proper good|dead good|well good|bare good|mad good|valuable|an asset|a (?:big |real |huge )?plus|fire(?! (?:drill|alarm|exit|safety|warden|door|risk|hazard|service|station|regs|regulations))|dope|elite|goated|sweet(?! of\b| spot| tooth| shop| talk)|the strongest|the clearest|fascinating|(?:very|really|so|super|crystal) clear|(?:well |way |far )?above (?:the |their |our )?(?:average|target|the rest|most)|exceptional\w*|well[- ](?:argued|written|researched|structured|thought[- ]out|put together|presented|done|executed|organi[sz]ed|judged|designed))\b(?! (?:sign|question|place|company|team|opportunity|benefit|perk|idea|point)| to (?:meet|see|talk|chat|speak|hear|have)\b)/,
    },
    {
      re: /\bexactly (what|the (experience|thing|kind of|sort of|skills?)) (they|we|she|he|the team) (need|needed|lack|lacked|want|wanted|were looking for|are looking for|have been looking for|had been trying)\b|\b(we|they) need (that|this|you|someone like you) here\b|\bthis is what we need\b|\bbeen trying to do exactly that\b|\b(love|like) to see (it|that|them|this) in action\b|\bask\w* if i'?d share\b|\b(really|very|so|quite) taken with\b|\bbig\w* me up\b|\btalk\w* me up\b|\bkudos\b|\btook notes? (on|when|as) (i|my)\b/,
      who: 'interviewer',
    },
    // praise reported in any voice: "she say my experience is very rare", "reckoned my hours were bloody impressive"
    {
      re: new RegExp(
        String.raw`(?<!\bi )\b${SAID}(?: me| us| to me)?(?: that)? ['"]?(?:my|your|ur|it|this|that|the way i|what i|you|u|i|the (?:\S+ ){1,3}(?:i|that i|i'?d|i had) ${DID})\b(?:(?!\b(?:not|never|no|hardly|barely|nowhere near|far from)\b|n'?t\b)[^.\n]){0,60}?\b${PRAISE}`,
      ),
    },
    {
      re: /\byou (?:really |clearly |obviously |definitely )?know (?:your|ur) (?:stuff|onions|craft|numbers|figures|trade|subject|product|kit|way (?:a)?round)\b|\b(?:rare|hard) to find (?:this|that|such|someone|people|a candidate|candidates)\b|\bhats off\b|\bnever seen (?:anyone|someone|a candidate|a junior|that) (?:\w+ ){0,3}(?:do|with|so|this|that)\b|\bask\w* (?:for|if (?:they|she|he) could (?:have|keep|use|borrow)) (?:a copy of )?my\b/,
    },
    // targeted follow-ups: a topic of the candidate's, then a run of how/what/which ("ask me about the paella I make, how many helpers")
    {
      re: new RegExp(
        String.raw`(?<!\bi )\b(?:${ASKED}|want to know|curious)\w*${FAILED}(?: me)?(?: (?:closely|carefully|hard|properly|thoroughly|at length|in detail|a lot|loads|lots|a bit|gently|nicely|more))?(?: (?:\w+ ){0,2}(?:question|detail)s?)? (?:about|on|into|regard\w*) (?:my|the|this|that|a|an)\b(?! (?:\w+ )?(?:notice|salary|pay|availability|gap|visa|commute|weakness\w*|strengths?|values?|motivation\w*|mindset|personality|goals?|ambitions?|hobby|hobbies|start|reference|family|age|cv|resume|a levels?|gcses?|qualifications?|exams?|grades|schooling|last job|current job|previous job|reason|team|role|company|job|office|culture|day|hours|shift|benefit|training|licen[cs]e)\b)[^.\n]{0,80}?(?:,|:|;)(?: (?:then|also|like|and|even|she|he|they|ask|want to know))* (?:how|what|which|why|whether|did|who|where|when)\b(?! long\b| i (?:leave|left|quit|want|apply|applied|be|was)\b| i'?m\b)`,
      ),
      who: 'interviewer',
      conf: 0.7,
    },
    {
      re: /\bask\w* (?:me )?(?:very |so |in |a lot of |many |much |lot of )(?:detail|details|precise|specific)\b|\bcurious (?:about|on) (?:every|each|all the) detail|\bwant\w* to know (?:every|everything|all)\b|\bwant\w* (?:every|each) (?:single |last )?(?:detail|number|figure|step|stat)\b|\bwant\w* (?:the |hard |real )?(?:number|figure|metric|datum|data|specific|detail)s?\b|\b(?:keep|kept|keeps) (?:dig|digging|drilling|drill)\b/,
      who: 'interviewer',
      conf: 0.7,
    },
    {
      re: /\bask\w*(?![^.\n]*?,? (?:which|that|and|but) i (?:could ?n'?t|could not|can ?n'?t|cannot|did ?n'?t|did not|do not|was ?n'?t able|be not able|fail\w*|struggl\w*|fumbl\w*|botch\w*|blank\w*|flunk\w*|stumbl\w*|mess\w* up)\b) (?:me )?(?:good|great|proper|precise|smart|intelligent|insightful|interesting|clever|sharp|many|lots of|loads of|a load of|plenty of|a lot of|real)(?: \w+)? questions? (?:about|on|into|regard\w*) (?!my (?:[\w'-]+ ){0,2}?(?:lack|gaps?|absence|weakness\w*|failures?|mistakes?|inexperience|dismissal|sacking|grades?|gpa)\b)(?:my|the (?:\w+ ){1,4}(?:i|i'?d|i'?ve|that i|which i) \w+)\b(?! (?:[\w'-]+ ){0,3}?in general\b)(?! (?:[\w'-]+ ){0,2}?(?:field|industry|sector|profession|discipline|visa|notice|salary|pay|availability|commute|start date|contract|hours|shifts|right to work|references|gap|absence|health|dbs|licen[cs]e|travel|relocation|expectations)\b)/,
      who: 'interviewer',
    },
    {
      re: /\bask\w* (?:me )?(?![^.\n]{0,30}?\bi (?:did ?n'?t|did not|do not|never|had ?n'?t|had not|could ?n'?t|could not|was ?n'?t|was not)\b)(?:how|what|why(?! i (?:did|do|chose|choose|went|go|left|leave|moved|move|only|took|take|quit|got|get|had|have|was|were|changed|switched|stopped|dropped|failed)(?:n'?t)?\b)) (?:exactly )?i (?!want|appl|decid|made of|make of|thought|think)(?:\w+ed|built|made|ran|did|got|won|led|grew|chose|found|set|taught|wrote|brought|kept|sold|drove|cut|took|develop|organise|organize|manage|handle|build|make|run|design|plan|choose|test|solve|fix)\b/,
      who: 'interviewer',
      conf: 0.65,
    },
    // time spent on, or a beeline for, the candidate's own work: "spent ages on my tender win", "dug right into my numbers"
    // ("seemed genuinely into my answers" is how the interviewer looked, interviewer-smiling's: as this sign's only
    // support it was wrong 8 times in 8 over the read sets)
    {
      re: /\bspen[dt]\w* (?:\S+ ){0,3}?(?:time|minutes?|mins|ages|hours?|an hour|a while|forever|most of (?:the|our|my|his|her) \w+|the whole \w+|half (?:the|our) \w+) (?:on|going through|talking about|discussing|asking about|digging into|into) (?:\S+ ){0,3}?my\b|\b(?:went|go|going) straight (?:for|to|into) my\b|\b(?:dug|dig|digging|drill\w*|delv\w*|zero\w* in|hon\w* in|hom\w* in) (?:right |straight |really |properly )?(?:into|on|in on) my\b|\b(?:went|go|going) through my (?:\S+ ){1,5}?(?:page|line|slide|step|section|bit|point) by (?:page|line|slide|step|section|bit|point)\b(?![^.\n]{0,80}\b(?:violations?|accidents?|fender[- ]benders?|convictions?|offen[cs]es?|gaps?|mistakes?|complaints?|warnings?|disciplinar\w*|points|tickets?|fines?)\b)|\bask\w* (?:me )?about (?:every|each) (?:single )?\w+\b|\bask\w* (?:me )?(?:quite |very |really |so )?deep(?:ly)? (?:about|into|on)\b/,
      who: 'interviewer',
    },
    // a run of questions about what the candidate did: "asked how I'd cleaned the data and what I'd found"
    // no subject check: the borrowed subject would be the "I" of a clause before ("while I told her about it, then asked how I'd ..."),
    // and a candidate asking about their own past work is rare; "asked how I'd done" (feedback) is excluded
    {
      re: /\bask\w* (?:me )?(?:how|which|what|why) (?:\w+ ){0,3}?i(?:'d| had) (?!left|quit|moved|applied|stayed|wanted|decided|been|only|resigned|gone|enjoyed|liked|loved|preferred|hoped|expected|heard|thought|done|missed|performed|fared|come|got on)(?:[\w-]+ed|built|made|ran|won|got|kept|found|led|done|drafted|set|put|brought|taught|sold|wrote|written|caught|chosen|spent|dealt|grown|run|held|cut|spotted)\b(?! (?:\w+ )?(?:before|previously|prior|in the past)\b)/,
      who: 'any',
      surface: true,
      conf: 0.7,
    },
    {
      re: /\bask\w* (?:me )?(?:how|what|which) [^.\n,]{2,40}, (?:how|what) i\b(?! would| could| will| can| should| might)(?!'d (?!(?:\w+ed|done|made|built|run|led|set|found|got|won|taught|grown|seen|kept|put)\b))|\bwalk me through (?:how|what|why) (?:you|u)\b/,
      who: 'interviewer',
      surface: true,
      conf: 0.7,
    },
    // follow-ups counted: "asked like 10 follow ups", "fired off a dozen follow-up questions about it"
    {
      // (the subject carried over is often the candidate of "the tool I built, asked...": only a plain "I asked" is dropped)
      re: /(?<!\bi (?:\w+ )?)\b(?:ask\w*|fir\w* off|came back with) (?:me )?(?:like |about |around |maybe |at least |easily |literally )?(?:\d+|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|twenty|a million|a hundred|a load of) (?:more )?(?:follow(?: - |[- ])?ups?|follow(?: - |[- ])?up questions?|probing questions|questions (?:about|on) (?:it|that|them))\b/,
      conf: 0.7,
    },
    // a run of questions after a colon: "he asked many questions: how many users, how I did the sync"
    // also in voices that drop the plural or say "plenty": "she ask me plenty question about am — how many users"
    {
      re: /\bask\w* (?:me )?(?:many|lots of|loads of|a lot of|plenty of|plenty|so many|a bunch of|heaps of|tons of|a ton of|all sorts of|several|numerous|countless|endless|nuff|a whole lot of|a load of|good|great|sharp|real|proper|detailed|specific|follow[- ]up)(?! (?:hypothetical|scenario|trick|maths?|logic|technical)\b)(?: \w+)? (?:questions?|qs|q'?s|follow[- ]?ups)\b(?!,? (?:which|that|and|but) i (?:could ?n'?t|could not|can ?n'?t|cannot|did ?n'?t|did not|do not|was ?n'?t able|be not able|failed|struggled)\b)(?: (?:about|on|of) (?:it|that|this|them|am|dem|[\w-]+ (?:[\w-]+ )?(?:project|work|app|thesis|portfolio|idea|design|plan|campaign|research|business|startup|system)))? ?[:;,–—-] ?(?:like |about |on )?(?:how|what|which|why|whether|when|who|where|wetin|weytin|wat)\b|\bask\w* (?:me )?(?:all|loads|lots|a lot|heaps|tons|so much|plenty|more) about (?:it|that|this|them)\b ?[:;,–—-] ?(?:how|what|which|why|whether|when|who)\b/,
      who: 'interviewer',
    },
    // many questions about a piece of the candidate's work named with "the": "asked many questions about the branding project"
    // (the project the candidate would join is the role, not the record)
    {
      re: /\bask\w* (?:me )?(?:many|lots of|loads of|a lot of|a load of|a heap of|a stack of|plenty of|plenty|so many|a bunch of|heaps of|tons of|a ton of|several|numerous|countless|endless|detailed|specific|probing|follow[- ]up|real|proper|a lot|loads|lots|heaps|tons)(?: \w+)? (?:questions?|qs|q'?s|follow[- ]?ups)? ?(?:about|on|into|regarding) (?:the|this|that|that one) (?:[\w-]+ ){0,2}?(?:project|portfolio|thesis|dissertation|campaign|prototype|app|research|case study|capstone|installation|exhibition|collection|redesign|rebrand|pitch|proposal|fundraiser|study)\b(?! (?:\S+ ){0,3}?(?:i'?d|i would|i'?ll|i will|you'?d|you would|you'?ll|you will|they|we) (?:be |get |join|work|run|lead|take))/,
      who: 'interviewer',
    },
    // praise in other verbs, and the work wanted for keeps: "commended me on my audit", "took a photo of my menu",
    // "asked me to send her my thesis" (not papers for the file: CV, references, ID)
    {
      re: /\b(?:commend\w*|applaud\w*|laud\w*|admir\w*|hail\w*|appreciat\w*|prais\w*) (?:me |us )?(?:on |for )?(?:the (?:[\w-]+ ){1,2}of )?(?:my|the (?:[\w'-]+ ){1,3}(?:i|that i|i'?d|i had)|what i|how i)\b|\b(?:took|take|taking|snapped|snap) (?:a |some )?(?:photo|picture|pic|snap|photograph)s? of my (?:[\w'-]+ ){0,2}?(?:work|portfolio|designs?|menu|cake|dish|plate|drawings?|sketch\w*|samples?|slides?|board|plan|model|prototype|build|piece|pieces|display|notes)\b|\b(?:asked|ask|asks|asking) (?:me )?(?:to|if i could|whether i could|if i'?d|whether i'?d|if i would) (?:send|email|share|forward|leave) (?:(?:her|him|them|it|over) )?(?:a copy of |copies of )?my (?:[\w'-]+ ){0,2}?(?:thesis|dissertation|portfolio|paper|papers|code|slides|deck|presentation|designs?|samples?|report|research|project|app|menu|recipes?|lesson plans?|writing|articles?|case study|drawings|demo|prototype|analysis|model)\b/,
      who: 'interviewer',
    },
    // a verdict on the candidate's own work, passed on with its verb: "said the rota I set up was 'really smart'",
    // "said my welds were cleaner than his own", "said 'that's a really mature reading of it'"
    {
      re: new RegExp(
        String.raw`(?<!\bi )\b(?:said|says|told me|reckon\w*|thought|described|remarked|commented)(?: that)? ['"‘“]?(?:${OWN_WORK}\b(?:(?!\b(?:not|never|no|hardly|barely|nowhere near|far from|if|would|could)\b|n'?t\b)[^.\n]){0,70}?\b(?:was|were|is|are|'s|looked|seemed|sounded))\b (?!(?:[\w-]+ ){0,2}?(?:not|never|hardly|barely)\b)(?:[\w-]+ ){0,2}?['"‘“]?${VERDICT}\b|(?<!\bi )\b(?:said|says|went|goes|was like),? ['"‘“]?(?:that|this)(?:'s| is) (?:a |an )?(?:really |very |so |genuinely |seriously )?(?:mature|thoughtful|excellent|brilliant|superb|outstanding|exceptional|lovely (?:work|practice|job|stuff|idea|touch))\b`,
      ),
      who: 'any',
      surface: true,
      conf: 0.7,
    },
    // a superlative passed on: "said the chapter was 'the most careful treatment I've seen from a PhD student'", and told
    // back in reported speech: "said it was the best answer they'd heard all day"
    {
      re: /(?<!\bi )\b(?:said|says|say|called|told me|reckoned|described|remarked|wrote)\b[^.\n]{0,60}?\b(?:the )?(?:most [\w-]+|best|strongest|clearest|cleanest|sharpest|finest) (?:[\w-]+ ){0,4}(?:i'?ve|i have|we'?ve|we have|(?:she|he)'?s|(?:she|he) has|they'?ve|they have|(?:she|he|they|we)'?d|(?:she|he|they|we) had) (?:ever )?(?:seen|read|heard|had|come across|interviewed)\b/,
      who: 'any',
      surface: true,
    },
    // questions named for their edge, on the candidate's own work: "three sharp questions on my method", "brilliant, specific questions about how I rebuilt the policy"
    {
      re: /(?<!\bi (?:\S+ ){0,3})\b(?:sharp|probing|specific|detailed|deep|brilliant|smart|clever|insightful|searching|targeted|informed|penetrating|thoughtful|incisive)(?: follow[- ]up)? (?:questions?|qs|follow[- ]?ups) (?:about|on|into|regarding) (?!my (?:[\w'-]+ ){0,2}?(?:lack|gaps?|absence|weakness\w*|failures?|mistakes?|inexperience|dismissal|sacking|grades?|gpa|notice|salary|availability|visa)\b)(?:my|how (?:i|we)|what (?:i|we)|why (?:i|we) (?:chose|picked|went for|used|built|designed)|the (?:[\w-]+ ){1,3}(?:i|i'?d|that i) \w+)\b/,
      who: 'any',
      surface: true,
    },
    // the dig asked exactly: "asked exactly how I grew the territory", "wanted to know precisely what I changed"
    {
      re: /\b(?:ask\w*|want\w* to know) (?:me )?(?:exactly|precisely|specifically) (?:how|what|which) (?:[\w-]+ ){0,2}?(?:i|we)(?: had|'d| have|'ve)? (?!left|quit|moved|applied|wanted|want|decided|heard|thought|think|felt|feel|expected|expect|liked|like|knew|know|needed|need|hoped|hope|came|come|would|will|could|can|should|might|am|was|were|have|had)(?:[a-z]+ed|grew|built|made|ran|won|led|got|cut|did|drove|sold|wrote|brought|kept|set|found|chose|took)\b/,
      who: 'interviewer',
      surface: true,
    },
    // the record said to speak for itself: "said my results spoke for themselves"
    {
      re: /(?<!\bi )\b(?:said|says|say|told me|reckoned|thought|felt|noted|remarked)(?: that)? (?:my|your|ur) (?:[\w'-]+ ){1,3}(?:speaks|spoke|speak|speaking) for (?:itself|themselves)\b/,
      surface: true,
    },
    // amazement that the candidate did it alone: "you did this alone?", "you built all that yourself?"
    {
      re: /\b(?:you|u) (?:did|made|built|designed|wrote|ran|organi[sz]ed|set up|created|coded|drew|painted|cooked|baked|programmed|shot|edited|raised|started) (?:all )?(?:this|that|it|these|those|all (?:this|that))(?: all)? (?:alone|yourself|by yourself|on your own|single[- ]handed(?:ly)?|solo|at (?:your age|\d+|sixteen|seventeen|eighteen|nineteen))\b/,
      who: 'interviewer',
      says: 'interviewer',
      notes: true,
      surface: true,
    },
    // praise quoted straight: he say 'very good solution', she went 'wah, very entrepreneurial'
    {
      re: /\b(?:said|say|says|went|goes|told me|replied|commented|remarked)\b[,:]? ['"“‘]? ?(?:(?:wow|oh|ooh|wah|ah|nice|ok|okay|mm|hmm|yes|right|good|great|solid|strong|clever|lovely|brilliant)[,!.]{1,2} )?(?:very|really|so|super|seriously|genuinely|truly|extremely|quite|pretty) (?:good|great|nice|impressive|excellent|brilliant|amazing|clever|smart|solid|neat|cool|elegant|entrepreneurial|strong|creative|thorough|professional|mature|resourceful|innovative|useful|well done)\b(?! (?:things|stuff|news|place|company|team|benefits?|perks?|question|point) |,? (?:thanks|thank you|ok|okay|next|moving on|right|so|anyway)\b)/,
      who: 'interviewer',
      surface: true,
    },
    // interest in the work itself: "looked very interested when I showed my lesson plans", "wanted to hear more about my"
    {
      re: /(?!(?:look\w*|seem\w*|sounded|sound) (?:\w+ )?(?:interested|interest) in my\b)\b(?:look\w*|seem\w*|was|were|be|got|get|sounded|sound) (?:very |really |so |genuinely |super |quite |properly |clearly )?(?:interested|interest|fascinated|intrigued|curious|excited|keen|engaged) (?:in|by|about|when i (?:show|talk|describe|mention|explain|present|walk|told|share)\w*(?: (?:them|her|him) (?:about|through))?) (?:my|the \w+ i|what i|how i)\b(?! (?:\w+ )?(?:notice|salary|pay|availability|start|commute|hours|accent|name|hometown|outfit|tattoos?)\b)|\bwant\w* to (?:hear|know|learn|see) (?:more|all|everything|lots) about (?:my|the \w+ i|what i|how i)\b|\bwant\w* to (?:hear|know|learn) about the (?:[\w-]+ ){1,3}(?:i'?d|i had|i'?ve|i have|that i) (?:run|led|built|done|managed|delivered|launched|designed|set up|started|grown|won|organi[sz]ed|written|made)\b/,
      who: 'interviewer',
    },
    // the work discussed at length, whoever leads: "we discussed my Kafka project in detail"
    {
      re: /\b(?:discuss\w*|talk\w* (?:about|through)|went (?:over|through)|go (?:over|through)|going (?:over|through)|cover\w*|unpack\w*|dissect\w*) (?:my|the \w+ i|what i) (?:\S+ ){0,4}?(?:in (?:real |great |some |a lot of |lots of |so much |a fair bit of )?(?:detail|depth)|at length|thoroughly|step by step|line by line|bit by bit|for ages|for (?:a good |about |over )?(?:\w+ )?(?:minutes|mins|hour|hours))\b(?![^.\n]{0,80}\b(?:violations?|accidents?|fender[- ]benders?|convictions?|offen[cs]es?|gaps?|mistakes?|complaints?|warnings?|disciplinar\w*|points|tickets?|fines?)\b)/,
      who: 'any',
    },
    // asked to talk about a named piece of the candidate's work: "asked me to talk about the audit I'd done"
    // (not a stock "time I ...", nor the role applied for)
    {
      re: new RegExp(
        String.raw`\b${ASKED} (?:me |us )?to (?:talk|tell (?:them|her|him|us)|speak) (?:a bit |a little |more |in detail )?about (?:the (?!(?:time|times|situation|occasion|role|job|position|reason|reasons|way|moment|day|gap|mistake|weakness|challenge|hardest|worst|biggest)\b)(?:[\w-]+ ){1,4}(?:i|that i) (?:would |have |had |'d |'ve )?(?!appl|want|left|leave|quit|hope|like|enjoy)(?:do|did|done|${DID}|[a-z]+ed)\b|my (?:[\w-]+ ){0,2}?(?:project|portfolio|thesis|dissertation|research|campaign|app|designs?|startup|placement|internship|publication|paper|exhibition|installation|prototype|case study|capstone)s?\b)`,
      ),
      who: 'interviewer',
    },
    // wonder over the work: "ooh-ing and aah-ing over my portfolio"
    {
      re: /\b(?:ooh|oooh|ohh|aah|ahh|ooo|wow)(?:ed|ing| ?- ?ing| ?- ?ed)?(?: and (?:aah|ahh|ooh|wow)(?:ed|ing| ?- ?ing| ?- ?ed)?)? (?:over|at|about) (?:my|the (?:[\w-]+ ){1,3}(?:i|that i))\b/,
      who: 'any',
      surface: true,
    },
    // a verdict on the candidate passed on or whispered: "whispered to me that I had been fantastic", "said 'excellent interview'"
    {
      re: /(?<!\b(?:mum|mom|mam|dad|mother|father|husband|wife|partner|boyfriend|girlfriend|friends?|sister|brother|family|fianc[eé]e?|bf|gf|mates?|flatmate|roommate|therapist|tutor|teacher)\b[^.\n]{0,40})(?<!\bi (?:\w+ )?)\b(?:said|say|says|told me|tell me|whisper\w*(?: to me)?|wrote|write|text\w*(?: me)?|email\w*(?: me)?)(?: that)? (?:i|you) (?:had been|have been|have be|was|were|be|did|do|had done|have do|'d been|'re|are)(?: (?:really|absolutely|just|so|truly|very|clearly|simply))?(?: (?:a|an|such a))?(?: (?:really|very|truly))? (?:fantastic|excellent|brilliant|amazing|outstanding|superb|wonderful|terrific|phenomenal|impressive|exceptional|stellar|incredible|great|really good|very good|strong)\b(?! (?:with|at|for|to|about) (?!(?:the|my|your) (?:questions|interview|presentation|task)))(?! (?:\w+ )?(?:place|company|team|opportunity|question|idea|commute|day|time|weekend|shame|pity|question)\b)|(?<!\b(?:mum|mom|mam|dad|mother|father|husband|wife|partner|boyfriend|girlfriend|friends?|sister|brother|family|fianc[eé]e?|bf|gf|mates?|flatmate|roommate|therapist|tutor|teacher)\b[^.\n]{0,40})(?<!\bi (?:\w+ )?)\b(?:said|say|says|told me|tell me|whisper\w*(?: to me)?)(?: that)? i (?:had )?(?:interviewed|interview|did|do|had done|have do|have done|presented|present|answered|answer) (?:really |very |so |extremely |incredibly )?well\b|(?<!\b(?:mum|mom|mam|dad|mother|father|husband|wife|partner|boyfriend|girlfriend|friends?|sister|brother|family|fianc[eé]e?|bf|gf|mates?|flatmate|roommate|therapist|tutor|teacher)\b[^.\n]{0,40})(?<!\bi (?:\w+ )?)\b(?:said|say|says|told me|whisper\w*(?: to me)?)(?: that)?(?: it was| that was| it be| that be)? (?:an? )?(?:excellent|fantastic|brilliant|amazing|outstanding|superb|terrific|really good|very good|great|strong|impressive) (?:interview|answers?|presentation|performance|lesson|demo|pitch)\b|(?<!\b(?:mum|mom|mam|dad|mother|father|husband|wife|partner|boyfriend|girlfriend|friends?|sister|brother|family|mates?)\b[^.\n]{0,40})(?<!\bi (?:\w+ )?)\b(?:said|says|told me|tell me|thought|think)(?: that)? (?:i|you) (?:had|have|'ve got|have got|'d got|got) (?:a lot of |lots of |so much |loads of |such |really |very |some |an? )*(?:great|excellent|fantastic|amazing|impressive|strong|really good|very good|brilliant|solid|outstanding|exceptional) (?:experience|skills?|background|portfolio|cv|resume|record|qualifications|track record|answers|ideas|examples)\b/,
      who: 'any',
      surface: true,
    },
    // more than qualified, said to the candidate or of them: "Clearly you're more than qualified"
    {
      re: /(?:^(?:[\w'-]+,? ){0,3}?|\b(?:said|say|says|told me|tell me|went|go|goes|replied|reply|added|add|snapped|snap|announced|announce|declared|declare|stated|state|began|begin|opened with|open with|continued|continue|remarked|remark|blurted|blurt|whisper\w*|told (?:him|her|them))\b[^.\n]{0,40}?)(?<!\b(?:if|when|unless|whether|because|since|though|although) )\byou(?:'re| are| be| were)? (?:clearly |obviously |definitely |certainly |so |really |very |more than )*(?:more than|well|highly|perfectly|ideally|exceptionally|over and above) (?:qualif\w*|capable|experienced)\b|(?<!\b(?:mum|mom|mam|dad|mother|father|husband|wife|partner|boyfriend|girlfriend|friends?|sister|brother|family|fianc[eé]e?|bf|gf|mates?|flatmate|roommate|therapist|tutor|teacher)\b[^.\n]{0,40})(?<!\bi (?:\w+ )?)\b(?:said|says|told me|thought|think|felt|reckoned)(?: that)? i (?:was|be|am|'m|were) (?:clearly |obviously |definitely |certainly )?(?:more than|well|highly|perfectly|ideally|exceptionally) (?:qualif\w*|capable)\b/,
      who: 'any',
      surface: true,
    },
    // "asked me to talk through a case I'd managed", "kept asking more"
    {
      re: /\bask\w* (?:me )?to (?:talk|walk|take) (?:them |her |him |us )?(?:through|over) (?:a|an|one of (?:my|the)|some of my|each of my|every) (?:\S+ ){0,3}?(?:i|i'?d|i'?ve|i had|that i)\b|\b(?:kept|keep|keeps) (?:asking|ask) (?:me )?(?:more|follow[- ]?ups?|for more|question after question)\b/,
      who: 'interviewer',
    },
    // the interviewer kept citing the work: "kept referring back to my audit"
    {
      re: /\b(?:kept|keep|keeps) (?:referring|refer) back to (?:my|the \w+ i|what i|it|that)\b(?! (?:\w+ ){0,2}(?:lack|gap|absence|inexperience|weakness|age|notice))|\b(?:kept|keep|keeps) (?:mentioning|bringing up|citing|quoting|raving about|coming back to how good) (?:my|the \w+ i|what i)\b(?! (?:\w+ ){0,2}(?:lack|gap|absence|inexperience|weakness|age|notice|salary))|\b(?:spoke|speak|talked|talk|speaks) (?:very |so |really )?highly of (?:my|the \w+ i|what i)\b|\bsingled out (?:my|the \w+ i)\b|\bcould(?:n'?t| not) stop (?:talking|going on) about (?:my|the \w+ i|what i)\b|\b(?:loved|love|liked|enjoyed|adored) (?:hearing about |reading about |the sound of |learning about )(?:my|the (?:\S+ ){1,3}(?:i|that i)|what i|how i)\b|\bnever seen (?:a|an|any) (?:\w+ ){0,2}like (?:mine|it|that|this)\b|\bnever seen (?:a|an|any|such a) (?:\w+ ){0,2}(?:this|that|so) (?:strong|good|clean|polished|thorough|impressive|detailed|creative|mature|professional|well[- ]\w+)\b/,
      who: 'interviewer',
    },
    // a run of questions on what the candidate did: "asked what milk I used, how I practised, how I placed"
    // any subject: "when I showed the redesign, then asked how I measured" borrows the writer's "I"
    {
      re: /(?<!\bi )\bask\w* (?:me )?(?:how|what|which)\b[^.\n]{0,50}?\bi (?!(?:left|quit|moved|applied|wanted|want|decided|heard|hear|thought|think|felt|feel|expected|expect|liked|like|enjoyed|enjoy|preferred|prefer|earned|earn|lived|live|studied|meant|mean|knew|know|needed|need|hoped|hope|came|come|travel\w*|see|saw|would|will|could|can|should|might|am|was|were|have|had|do for|did for|do in my|did in my|got here|get here|found out|find out)\b)[a-z]+\b[^.\n]{0,60}?(?:,|\band\b|;) (?:also |then |and )?(?:how|what|which|why|whether) (?:[\w-]+ ){0,3}?(?:i|i'?d|i'?ve)\b/,
      who: 'any',
      surface: true,
      conf: 0.7,
    },
    // a verdict on a piece of work in other adjectives: "a really mature piece of work", "polished bit of writing"
    {
      re: /\b(?:mature|polished|sophisticated|accomplished|assured|publishable|grown[- ]up|professional|lovely|beautiful|cracking|quality|high[- ]quality|serious|proper|careful|considered|tidy|neat|clean|crisp|slick|nuanced|original|ambitious) (?:piece|bit) of (?:work|writing|research|analysis|thinking|code|design|kit)\b|(?<!\bin )\b(?:good|great|lovely|nice|steady|safe|quick|clean|golden|natural) (?:hands|palate|knife skills)\b|\b(?:good|great|real|natural) (?:eye|ear|feel) for (?:it|this|detail|colou?r|design|flavou?r|layout|numbers|the \w+)\b|\byou'?re (?:a |such a )?natural\b/,
      who: 'interviewer',
    },
    // the record reframed as bigger than its title: "you've basically been running a small charity", "said I'd basically been doing the job already"
    {
      re: /\byou'?(?:ve| have)? (?:basically|essentially|effectively|pretty much|practically|already|virtually|kind of|sort of) (?:already )?(?:been )?(?:running|doing (?:the|this|a|their|our)|managing|leading|acting as|working as|a one[- ]\w+)\b|(?<!\bi )\b(?:said|says|told me|reckoned|thought|pointed out|noted|remarked)(?: that)? i'?(?:d| had| have|'ve)? (?:basically|essentially|effectively|pretty much|practically|already|virtually) (?:already )?been (?:running|doing (?:the|this|a|their|our)|managing|leading|acting as)\b/,
      who: 'any',
      surface: true,
    },
    // digging in said as a heap of questions: "asked a stream of specific questions about it", "a bunch of follow-ups on my capstone"
    {
      re: /\b(?:a (?:stream|string|series|barrage|volley|flurry|bunch|raft|load|ton|heap|hail|battery|torrent)|loads|lots|heaps|tons|dozens|a million)(?: of)? (?:[\w-]+ ){0,2}?(?:questions?|qs|q'?s|follow[- ]?ups?(?: questions)?) (?:about|on|into|re|around|regarding) (?:my|the (?:[\w'-]+ ){1,2}(?:i|that i)|what i|how i)\b${NOT_RECORD}(?! (?:\w+ ){0,2}(?:gap|notice|salary|pay|availability|visa|commute|absence|weakness|age|lack)\b)|\bpepper\w* (?:me )?with (?:[\w-]+ ){0,2}?(?:questions|qs|follow[- ]?ups) (?:about|on|re) (?:my|the (?:\S+ ){1,2}(?:i|that i))\b/,
      who: 'interviewer',
      surface: true,
    },
    // the same heap aimed at "it" after the candidate's work: "when I described my archive work ... asked a stream of questions about it"
    // any subject: the clause's subject is often the writer who described the work
    {
      re: /\bmy (?:\S+ ){1,4}?(?:and|then|,) (?:then |and |also |she |he |they )*(?:asked |had |came back with |fired (?:off )?)?(?:a (?:stream|string|series|barrage|volley|flurry|bunch|raft|load|ton|heap|hail|battery|torrent)|loads|lots|heaps|tons|dozens)(?: of)? (?:[\w-]+ ){0,2}?(?:questions?|qs|q'?s|follow[- ]?ups?(?: questions)?) (?:about|on|into|re|around) (?:it|that|this|them)\b/,
      who: 'any',
      surface: true,
    },
    // praise in the interviewer's words: "solid work", "very thorough example", "sharper than most", "love that you showed"
    {
      re: /\b(?:solid|thorough|rigou?rous|sharp|excellent|impressive|brilliant|clever|smart|strong|great|really good|very good|useful|valuable|careful|superb|terrific|outstanding|fantastic|top[- ]notch|genuinely good) (?:piece of )?(?:work|example|answer|thinking|analysis|job|solution)\b(?<!\b(?:keep|kept|keeps) (?:say|saying|going) \w+ \w+)(?![^.\n]{0,20}\b(?:then|and|before) (?:just )?(?:move|moving|moved) on\b)|\b\w+er than (?:most|many|anyone|half)(?: of)?(?: our| the| my)?\b|\b(?:love|loved|like|liked|loving) (?:that|how) (?:you|u|i|i'd)\b|\b(?:don'?t|do not|rarely|never|seldom) see (?:this|that|such) (?:\w+ ){0,3}(?:often|much|a lot|every day)\b|\b(?:the|exactly the) (?:profile|person|candidate|background|skill ?set) (?:we'?ve|we have|we'?re|we are|they'?ve|they have|they'?re|they are|we|they) (?:been )?(?:looking|searching|hoping|after)\b|\bwe'?d love (?:to have )?(?:that|this|you|someone like you) (?:here|in the team|on the team)\b|\bmost people (?:can'?t|cannot|couldn'?t|don'?t|never)\b/,
      who: 'interviewer',
    },
    // not a compliment on looks or manners: "complimented my outfit"
    {
      re: /\b(impress(?!ions?\b)\w*|prais\w*|compliment\w*|rave\w*|gush\w*|blown away|wowed)\b(?! (?:for|about|of|on) (?:her|his|their|the) (?:\w+ )?(?:team|staff|colleagues|predecessor|people|crew|department|boss|manager|company|students|nurses|previous \w+)\b)(?! (?:- )?(?:for |of )?(?:her|his|their) own\b)(?! (?:me )?(?:on |about |with |by )?(?:my|your|ur) (?:\w+ )?(?:outfit|clothes|shoes|hair|hairstyle|dress|suit|tie|bag|nails|watch|accent|handshake|smile|look|looks|jacket|top|glasses|earrings|name|punctuality|honesty|candou?r|frankness|openness|politeness|manners|shirt|scarf|tattoo\w*)\b)/,
      who: 'interviewer',
    },
    {
      // not the writer's own verdict opening a sentence: "It was one of the most candid pitches I've heard"
      re: /(?<!(?:^|\n)(?:\w+ )?(?:it|this|that|which) (?:was|is|be|'s) )\bone of the (best|better|clearest|strongest|most \w+)\b.{0,40}\b(seen|heard|read|come across)\b/,
      who: 'interviewer',
    },
    {
      re: /\b(exactly|just) the (kind|sort|type) of\b.{0,25}\b(we want|we need|we're looking|we are looking|they want|they need)/,
    },
    {
      re: new RegExp(
        String.raw`${NOT_AFTER_THANKS}\bthat'?s (a |an )?(really |genuinely |very |so )?(solid|strong|great|impressive|brilliant|excellent|smart|big jump|fantastic|amazing)\b(?! (?:sign|question|place|company|team|opportunity|benefit|perk|idea|point))${NOT_BEFORE_THANKS}|(?<!\b(?:pay|pays|paid|cost|costs|earn|earns|took|take|takes|last|lasted|lasts|charge|charged) (?:\w+ )?)\bmore than i expected\b|\bmore than (most|many|anyone)\b|\b(loved|love) (my|your|the) (portfolio|answer|example|project|work|story)\b`,
      ),
    },
    {
      re: new RegExp(
        String.raw`\b(?:loved|love|loves|liked|enjoyed|adored) (?:the (?:\S+ ){1,3}(?:i|that i|i'?d|i had) ${DID}|my (?:\S+ ){0,2}(?:portfolio|project|work|menu|designs?|app|thesis|dissertation|research|paper|pitch|presentation|case study|samples?|tasting|dish|plan|proposal|idea|photos?|photographs?|pictures|drawings?|sketch(?:es|book)?|code|reports?|slides|deck|lesson(?: plan)?s?|cv|résumé|resume|cover letter|answers?|examples?|stor(?:y|ies)|track record|record|results|numbers|figures|achievements?|volunteering|blog|website|videos?|poster|demo|prototype|campaign|article|writing|audit|experiences?|background|skills?|skill ?set|qualifications?|degree|credentials|profile))\b`,
      ),
      who: 'interviewer',
    },
    // real writers (real22 round): "seemed pleased with my portfolio", "my work at the lab seemed to please her a lot",
    // the interviewer quoted: 'she said, "I like your experience"'; pleased with my answers is how the talk went, not
    // praise of the record
    {
      re: /\bi (?:really |genuinely |do |absolutely )?(?:like|love|liked|loved) your (?:[\w-]+ ){0,2}?(?:experiences?|background|cv|résumé|resume|portfolio|track record|record|skills?|qualifications?|profile)\b|\b(?:pleased|happy|delighted|thrilled|taken) (?:with|by) my (?:\S+ ){0,2}(?:portfolio|project|work|experiences?|background|skills?|qualifications?|degree|credentials|cv|résumé|resume|track record|record|results|achievements?|presentation|thesis|research|code|writing|samples?)\b|\bmy (?!answers?\b|responses?\b|replies\b|reply\b|clothes\b|outfit\b|suit\b|shoes\b|hair\b)(?:(?!(?:not|never|do|does|did|could|would|n't)\b)[\w-]+ ){0,6}(?:seemed to |really |clearly |obviously )?(?:please[ds]?|impress(?:ed|es)?|wow(?:ed|s)?) (?:her|him|them|the panel|everyone|the interviewers?)\b/,
      who: 'any',
    },
    // digging into the work; "went into (great) detail on the rota" is the interviewer telling their own side, so
    // "went/go into" needs the candidate's work ("went deep into my thesis", "the audit I ran")
    {
      re: /\b(dug|dig|digging|drill\w*|probe\w*)\b (deep|deeper|really deep|into|down into)\b.{0,40}\b(my|the|how i)\b|\b(went|go|going)\b (deep|deeper|really deep|into|down into)\b.{0,40}\b(my|how i|what i|the (?:[\w'-]+ ){1,3}(?:i|i'd|i had|that i) \w+)\b/,
      who: 'interviewer',
    },
    {
      re: /\bask\w* (me )?(really |very |lots of |a lot of |loads of |some )?(specific|detailed|targeted|follow[- ]up|probing|sharp|thoughtful|in[- ]depth)\b(?! (?:\w+ )?(?:hypothetical|scenario|trick|maths?|logic|riddle|technical|general))(?:(?!hypothetical|scenario)[^.\n]){0,20}\b(question|questions|stuff|things)\b(?!,? (?:which|that|and|but) i (?:could ?n'?t|could not|can ?n'?t|cannot|did ?n'?t|did not|do not|was ?n'?t able|be not able|failed|struggled))/,
      who: 'interviewer',
    },
    {
      re: new RegExp(
        String.raw`\bask\w* (?:me )?(?:for )?(?:\w+ )?specifics (?:on|about|of|re|around) (?:my|the \w+ i)\b|\bfollow[- ]?ups?\b.{0,20}\b(about|on) my\b${NOT_RECORD}|\bspecific (stuff|questions?) (about|on) (my|the)\b`,
      ),
      who: 'interviewer',
    },
    {
      re: /\bask\w* (me )?(?!why i (?:did|do|only|left|chose|went|moved|got|get|had|have|was|were|changed|switched|stopped|dropped|failed)(?:n'?t)?\b)(?![^.\n]{0,30}?\bi (?:did ?n'?t|did not|do not|never|had ?n'?t|had not|could ?n'?t|could not|was ?n'?t|was not)\b)(how|why|what|which|where)\b[^.\n]{0,25}\bi(?:'ve| had| have|'d(?= (?:\w+ed|built|got|led|chose|did|won|ran|made|took|kept|found)\b))? (learn|learned|scale|test|measur|built|build|got|get|handl|led|lead|reindex|pick|practis|practic|place|spot|use|reduc|cut|chose|choose|decid|did|manag|deliver)\w*/,
      who: 'interviewer',
      conf: 0.65,
    },
    {
      re: /\bask\w* me to walk (them |her |him )?through\b(?! (?:my |the |our )?(?:\w+ )?(?:availability|notice|salary|commute|visa|schedule|hours|pay|contract|references|journey|route|diary|calendar|paperwork|documents|forms?|background|cv|resume|career|history|experience|life|role|job|duties|responsibilit\w*|routine|day|week)\b)|\bpick\w* up on\b(?! (?:the |my |a |an |some |one |two )?(?:[\w-]+ )?(?:gaps?|lack|weakness\w*|mistakes?|errors?|typos?|short|absence|inconsisten\w*|problems?|issues?|concerns?|lapses?|slips?)\b)|\bwent deep\b/,
      who: 'interviewer',
    },
    {
      // "Thank you, that's great." is manners, not praise (polite-thanks.ts)
      re: new RegExp(
        String.raw`${NOT_AFTER_THANKS}\b(that'?s|this is) (a |an )?(really |genuinely |very |seriously |super |incredibly |hugely |properly |pretty |quite |so |truly |bloody |dead |actually )?(solid|strong|great|impressive|brilliant|excellent|smart|big jump|remarkable|outstanding|fantastic|amazing|clever|phenomenal)\b(?! (?:sign|question|place|company|team|opportunity|benefit|perk|idea|point))${NOT_BEFORE_THANKS}|\bgenuinely impressive\b|\bwell done\b|\bwas smart\b|\bexactly how you do it\b`,
      ),
      says: 'interviewer',
    },
    // the work dwelt on before the call, said aloud: "I've been staring at it all week", "I keep coming back to your case study"
    {
      re: /\bi'?(?:ve| have) been (?:staring at|looking at|obsessing over|thinking about|poring over|showing (?:everyone|people)) (?:it|that|this|your (?:[\w-]+ ){0,2}(?:portfolio|work|project|thesis|designs?|case study|deck|code|piece|paper)) (?:all week|for days|for weeks|since|every day|all morning|ever since)\b|\bi (?:keep|kept) (?:coming|going) back to your (?:[\w-]+ ){0,2}(?:portfolio|work|project|thesis|designs?|case study|deck|code|piece|paper)\b/,
      says: 'interviewer',
      notes: true,
      surface: true,
    },
    // follow-ups on what the candidate just described, said aloud: two make the digging ("how did you handle the migration?")
    {
      re: /\bhow did you (?:\w+ )?(?:manage|build|get (?:it|them|that|the)|do (?:it|that|this)|measure|achieve|pull (?:it|that) off|convince|scale|cut|reduce|grow|fix|solve|design|decide|choose|pick|test|structure|set (?:it|that) up|persuade|win|land|keep|validate|verify|check|prove|work out|approach|go about|handle)\b|\bwas (?:that|it|this) (?:all )?(?:your|you) (?:own )?(?:work|idea|doing|call|decision)?\b|\bwhat (?:was|were) the (?:results?|numbers|impact|outcome|hardest part|biggest challenge)\b|\bwhat would you do differently\b|\bwalk me through (?:how|what|that|it)\b/,
      says: 'interviewer',
      surface: true,
      weight: 0.5,
      // a follow-up answers the candidate; a set question read out asks everyone the same
      turn: 'reply',
      conf: 0.6,
    },
    ...morePraise,
    ...receivedPraise,
    ...impliedPraise,
    ...verdictPraise,
    // session 24: a story dug into by asking what came next: "kept going 'and then what?' on my ICU story", "kept
    // asking what happened next", "wanted the nitty-gritty of my migration"
    {
      re: /\b(?:kept|keep|keeps) (?:on )?(?:asking|going|saying|pushing|probing|prodding)(?: me)?,? ['"‘“]?(?:and then what|then what|what happened next|what happened after|what next|tell me more)\b|\bwant\w* (?:all |to know |to hear |to get into )?(?:the )?(?:nitty[- ]gritty|ins and outs|gory details|nuts and bolts|fine detail) (?:of|on|about|behind) (?:my|the (?:\w+ )?(?:project|campaign|migration|rollout|launch|case|scheme|turnaround|study|thesis|programme|program) i)\b/,
      who: 'interviewer',
      surface: true,
    },
    // session 24: interest that would not stop, and results set above the firm's own: "couldn't get enough of my
    // fundraising work", "said my figures were well above their average" (a salary "well above their band" is no praise)
    {
      re: /\b(?:couldn'?t|could not|can'?t) get enough of (?:my|the (?:\w+ )?(?:project|story|work|scheme|campaign) i)\b|\bsaid (?:that )?(?![^.\n]{0,40}\b(?:salary|salaries|pay|expectations?|rates?|prices?|asking|quote|fees?|costs?|notice|band)\b)(?:my|those|these|they|it) (?:\w+ ){0,3}?(?:was|were|are|is) (?:well |way |miles |far |a lot |much )?(?:above|better than|ahead of|higher than) (?:their|our|the team'?s|most of their|anyone)\b/,
      who: 'interviewer',
      neg: 'ignore',
      surface: true,
    },
    // session 25: the digging told with other verbs: "probed deeply into the HRIS implementation I led", "asked me three
    // different ways about the ward reconfiguration I led", "asked me to break down how I grew my patch", "genuinely
    // curious about what I'd done at the hospice"
    {
      re: /\b(?:probed|probing|dug|digging|delved|delving|drilled|drilling)(?: (?:deep|deeply|hard|right|really|way|further))* (?:into|in to|down into|on) (?:my|the (?:[\w'-]+ ){1,3}(?:i|that i|i'?d|i had) (?:led|ran|built|did|made|set up|designed|delivered|managed|created|started|grew|launched|wrote|ran))\b|\basked (?:me )?(?:about it )?(?:two|three|four|several|a few|many|multiple|different) (?:different )?ways (?:about|on) (?:my|the (?:[\w'-]+ ){1,3}(?:i|that i|i'?d|i had) [\w-]+)\b|\b(?:asked|wanted) (?:me )?to (?:break down|unpack|break out) (?:exactly )?(?:how|what|why|which) (?:i|we)\b|\b(?:genuinely |really |so |very )?curious about (?:what i(?:'d| had)? (?:done|did|built|led|achieved|set up)|my (?:work|project|projects|research|results|numbers))\b/,
      who: 'interviewer',
      surface: true,
    },
    // session 24: the candidate's know-how sought: "picked my brain about the system I built"
    {
      re: /\bpick\w* my brains? (?:about|on|over|for)\b/,
      who: 'interviewer',
      surface: true,
    },
  ],
};

export const achievementsPraised: SignPatterns = { ...praiseCues, cues: praiseCues.cues.map(aboutTheRecord) };
