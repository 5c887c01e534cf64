import type { SignPatterns } from '../detect/types.js';
import { notWished } from './wish-asked.js';
import { ROLE_UP } from './future-growth-talk-words.js';
import { growthPaths } from './future-growth-talk-paths.js';

/** The candidate asking about growth is not the interviewer offering it. */
const NOT_ASKED =
  '(?<!\\b(ask|asked|asking|question|questions) (about|re|regarding|after|on|if|whether|what) (the |any |their |career |a )?)(?<!\\b(?:whether|if) (?:they|she|he|the \\w+) (?:mention\\w*|talk\\w* about|said anything about|say anything about|brought up|bring up|discuss\\w*) (?:any |the |their )?)';
/** Qualifications and courses people name, across trades and professions. */
const QUAL =
  '(course|courses|programme|program|training|qualification|apprenticeship|academy|level (\\d|one|two|three|four|five|six|seven)\\b|nvq|svq|btec|ticket|cert\\w*|diploma|degree|masters?|mba|phd|module|cpd|cipd|cima|acca|aca|aat|cpa|cfa|chartership|chartered|accreditation|exams?|licence|license|part \\d|preceptorship|npq\\w*|hnc|hnd|hgv|pgce|nebosh|iosh|prince ?2|comptia|ccna|itil|sqe|leadership (course|programme)|scheme|college|uni|university|fellowship|first aid|class (1|2|one|two)\\b)';

/** What says the words are someone else's: the hire's future told, not the hire's own wish. */
const REPORTED =
  '(?:said|says|say|told (?:me|us)|tells? (?:me|us)|mentioned|explained|reckons?|reckoned|promised|was like|goes|went on about)';
/** When the step comes: after a span, probation or training; once settled or qualified; in year two; one day. */
const LATER =
  "(?:\\bafter (?:(?:my |the |your |his |her )?probation|(?:a|one|two|three|four|six|\\d+|a few|a couple of|the first) (?:weeks?|months?|years?|yrs?|seasons?)|(?:the |my |your )?(?:training|course|apprenticeship|first year|qualif\\w*|ticket|licen[cs]e)|that)\\b|\\bonce (?:i|you|u)(?:(?:'re| are) (?=settled|trained|qualified|up to speed|established|confident|comfortable|through)|'ve|'m| have| am| get| got| pass| finish| complete| do| settle| prove| learn| know)\\w*|\\bby next (?:year|summer|spring|autumn|fall|winter|season)\\b|\\bin (?:year|yr) (?:two|three|2|3)\\b|\\bin (?:a|one|two|three|\\d+) years?\\b|\\beventually\\b|\\bdown the (?:line|road)\\b|\\bone day\\b|\\blater on\\b|\\blater(?=[,.;!?]| if\\b| when\\b| once\\b|$)|\\bin time\\b|\\bif (?:i|you|u)(?:'m| am|m| im| do| did| work| prove| stick)\\w*)";
/** The hire's step up, told as "I could …", "you'd …". */
const STEP = `(?:\\b(?:i|you|u)(?:'d|'ll| can| could| would| will| might| may| get to| (?:would|will|'d) be able to)(?: (?:then|later|eventually|even|also|probably|maybe|prob))? (?:become|be made|be promoted|get promoted|move (?:up|on|to|into|onto|over)|step (?:up|into)|progress|train (?:for|as|to be|up)|go (?:on|for|up|with them)|lead|take over|run|be (?:a |an |the )?(?:junior|senior|lead|head|team lead\\w*|\\w+ manager|supervisor|manager|deputy|foreman|partner|charge ?hand|keyholder|${ROLE_UP})|rotate (?:to|into|onto)|transfer (?:to|into|across)|switch (?:to|into)|speciali[sz]e)\\b|\\bthen (?:move|step|progress|go) (?:up|into|onto|on to)\\b(?! (?:the |some |a few |more )?(?:questions?|topics?|part|section|bit|stage|round|tasks?|exercise|test|presentation|cv|resume|portfolio)\\b))`;

/**
 * Promotions as a shop's offers, not a step up: "promotions reporting", "promoted weeks", "pricing
 * and promotions". Read after "promot-", so a career "promotion cycle" or "promoted into" is untouched.
 */
const RETAIL_PROMOTIONS =
  '(?:model\\w*|report\\w*|evaluat\\w*|calendar\\w*|plan\\w*|mechanic\\w*|spend\\w*|uplift\\w*|weeks?|data|analy\\w*|pric\\w*|offers?|deals?|budget\\w*|products?|lines?|activit\\w*)';

/** A qualification or a step up put to the candidate: "you can do the forklift licence", "you could go for shift lead". */
const YOU_TAKE = `(?:\\b(?:you|u)(?: can| could|'d| would|'ll| will| get to| (?:would|will|'d) be able to)(?: then| also| even| probably)? (?:do|take|sit|get|go on|start|go for|work towards?|apply for|train for|move up to|step up to) (?:the |a |an |your |their |for )?(?:[\\w&-]+ ){0,2}(?:${QUAL}|${ROLE_UP})\\b)`;

/** Words that make a mentor part of the hire's path: "a chartership mentor", "a mentor and a clear route to senior". */
const GROWTH_WORDS =
  'chartership|chartered|tenure|path\\w*|track|promot\\w*|progress\\w*|career|course\\w*|qualif\\w*|senior|budget|level \\d|grade|band|exam\\w*|develop\\w*|route';
/** How a workplace is run, said beside its mentoring: "the culture is collaborative, a mentor for every junior". */
const CULTURE_WORDS =
  'culture|values?|volunteer\\w*|social\\w*|breakfast|network|open[- ]door|flexi\\w*|how (?:people|they|staff|everyone|teams?) work|peer review|no-? ?-? ?blame|four-? ?-? ?day|lunch\\w*|circles?';
/**
 * Mentoring and coaching as the hire's growth. Told as how the place is run, among its culture
 * ("big on mentoring, flexible hours are real") it is culture, unless growth is named with it;
 * the writer's own mentor ("Mentor, quick one", "thank you for mentoring me", "mentor log") is
 * no talk of the job.
 */
const MENTOR = `(?:mentor\\w*(?<!(?:\\b(?:my|dear|for|to|your) |^[^\\w\\n]*|\\bpeer[ -]*)mentor\\w*)|coaching)(?! me\\b| (?:note|log|call|check|update|question|session|debrief|style)\\b|'?s (?:note|log)\\b)(?:(?<=\\b(?:${GROWTH_WORDS})\\b[^\\n]*)|(?=[^\\n]*\\b(?:${GROWTH_WORDS})\\b)|(?<!\\b(?:${CULTURE_WORDS})\\b[^\\n]*)(?![^\\n]*\\b(?:${CULTURE_WORDS})\\b))`;

/**
 * An apprenticeship the interviewer tells of, not the post applied for: "interviewed for an IT
 * apprenticeship", "it was a retail apprenticeship", "looking for a proper chef apprenticeship"
 * name the job; nor is the "apprenticeship levy" a path for the hire.
 */
const APPRENTICESHIP =
  "apprenticeship(?! levy)(?<!\\b(?:(?:interview|apply|applie|look|search|hunt|go|here|in|up|there|shortlist)\\w* for|(?:it|this|that|she|he|mine|which) (?:be|is|was|'s)) (?:a |an |the |my |this |their |her |his )?(?:[\\w-]+ ){0,3}apprenticeship)";

/** The candidate's future at the company: growth, training, path, promotion. */
export const futureGrowthTalk: SignPatterns = {
  id: 'future-growth-talk',
  cues: [
    // a trial post that can become a job, as real writers tell it: "an unpaid internship for twelve weeks, and then she
    // hopes to hire a few writers", "the placement could lead to a permanent role" (the hiring timeline of the round
    // itself, with no trial post before it, is not this)
    {
      re: /\b(?:internship|intern|placement|trial|temp|temporary|fixed[- ]term|apprenticeship|probation\w*)\b[^.\n]{0,80}\b(?:then|after(?:wards| that)?|at the end)\b[^.\n]{0,30}\b(?:hope|hopes|hoping|plan|plans|planning|intend|intends|want|wants|might|may|could|would|will|usually|often)\b(?: \w+){0,2} (?:to )?(?:hire|take (?:\w+ ){0,3}on|keep (?:\w+ ){0,3}on|offer (?:me |them |us |you |people )?(?:a )?(?:permanent|full[- ]time|paid|perm))\b|(?<!\b(?:my|his|her|their) (?:last|old|previous|former|first) (?:\w+ ){0,2})\b(?:could|can|may|might|would|will|often|usually|normally)(?: (?!have\b|'ve\b|of\b)\w+)? (?:lead|leads|turn|turns) (?:in)?to (?:a )?(?:permanent|full[- ]time|paid|perm)\b/,
    },
    {
      re: new RegExp(
        `${NOT_ASKED}\\b(promot\\w*(?<!\\b(?:left|leaving|leave|leaves|gone|went|off) (?:\\w+ ){0,4}for an? promot\\w*)(?<!\\b(?:he|she)(?:'d|'s)?(?: (?:'d|'s|had|has|have|was|is|be|been|got|get|just|would|recently))* promot\\w*)(?! (posters?|signs?|displays?|banners?|leaflets?|flyers?|codes?|stands?|aisles?|elsewhere|equality|equal opportunit\\w*|diversity|inclusion|inclusive \\w+|wellbeing|well-being|health|safety|awareness|fairness|good practice|best practice|sustainability|accessibility|dignity|welfare|independence|(?:our |the |their |its )?(?:brand|products?|services?|events?)|someone|somebody|an? internal|internally|one of their own|the other|another)\\b)|progression|${notWished('progress (to|into|up|onto|on)')}|career (path\\w*|ladder|track|development|growth|progression|map|framework|plan)|levell?ing (framework|rubric|matrix|guide|criteria|system)|(career|progression|promotion) (matrix|rubric|framework|criteria)|(staff|principal|ic|individual contributor|expert|dual|specialist) (track|ladder)|(ic|management|leadership|technical|specialist) tracks?|leadership track|${MENTOR}|learning budget|training budget|development budget|study (days?|leave|support)|exam leave|upskill\\w*|${APPRENTICESHIP}|sponsor\\w* (my|your|a|the|their)|${notWished('move up|moving up|moved up')}|${notWished('(?<!\\ba (\\w+ )?)step up')}|\\ba (\\w+ )?step up (?=to |into )|${notWished('stepping up')}|from within|${notWished('grow\\w* (into|with|to|in the|in to)')}|room to grow|development (plan|programme|post|role)|internal (moves|mobility|promotions)|(path|route|pathway) (to|into|towards|up)|(?!(?:you|u|me|him|her|them|us|want|wants|like|need|needs|asked|expect|oppose|opposed|compare|compared|relative|next|close|similar|according|due|thanks|listen|talk|speak|spoke|report|go|went|say|said|introduce|belong|refer|reply|answer|email|turn|point|back|prior|contrary|nice|rude|kind|mean|sent|send|explain|mention|complain|write|wrote)[- ]to)\\w+[- ]to[- ](manager|lead|senior|supervisor|management|partner)|came (up )?(through|thru) (it|the|that|their)|way up(?<!all the way up)(?<!\\bon (?:the |my |our |his |her |their )?way up)|ladder|secondments?|rotation (into|to|onto))\\b`,
      ),
      who: 'interviewer',
    },
    {
      re: new RegExp(
        `\\b(put|send|sent|get|got|train|fund|pay|paid|cover|sponsor|enrol|sign|support|help|book|move)\\w* (me|you|u|new \\w+|the new (person|starter|hire)|whoever|everyone|them|(all )?(their |the |our |its |new )?(\\w+ ){0,2}(people|staff|hands|workers|juniors|starters|trainees|apprentices|graduates|grads|employees|recruits|hires|stewards)|(all )?(their|our|its) (\\w+ )?\\w+s)( up)? (on|onto|through|thru|threw|to|into|for|with|towards)? ?(a |an |the |their |my |your |our )?([\\w&-]+ ){0,4}${QUAL}\\b`,
      ),
      who: 'interviewer',
      worryOk: true,
    },
    {
      re: new RegExp(
        `\\b(funding|funded|money|budget|time off|paid time) (for|towards|to do) (a |an |the |their |my |your |our )?([\\w&-]+ ){0,4}${QUAL}\\b|\\b(there'?s|there is|they have|they run|they do|we have|we run) (a |an )?([\\w-]+ ){0,3}${QUAL} (every|each|a|per|for|in)\\b`,
      ),
      who: 'interviewer',
      conf: 0.7,
    },
    {
      re: new RegExp(
        `\\b(pay|pays|paid|fund|funds|funded|cover|covers|sponsor|sponsors|subsidi\\w*|contribut\\w*) (?!(that|it|this) )(for |towards |the fees for |fees for )?(one |a |an |your |my |the |their |all |any )?([\\w&-]+ ){0,3}${QUAL}\\b|\\b(pay|pays|paid) the fees\\b`,
      ),
      who: 'interviewer',
    },
    {
      re: /\b(offer|provide|give|run|do|does|have|has|get|gets)\w* (full |proper |on the job |in-house |paid |lots of |loads of |plenty of |ongoing |regular |free |structured |formal |all the )(training|coaching|courses|development|cpd)\b|\b(training|courses?|cpd) (is|are|be) (provided|available|offered|paid|funded|on offer|included)|\b(full|proper|on[- ]the[- ]job|in-house|paid|ongoing|structured|formal|weekly|monthly|fortnightly) (training|coaching|education|learning|development) (sessions?|nights?|days?|programme|plan)?\b/,
      who: 'interviewer',
      conf: 0.65,
    },
    {
      re: new RegExp(
        `\\b${ROLE_UP}\\b.{0,30}\\b(in|within|after|by) (about |around |roughly |like |maybe |a year or |)?(\\d+|a|one|two|three|four|five|six|twelve|eighteen|a couple of|a few|some) ?(to \\w+ )?(months?|years?|yrs?|seasons?)\\b|\\b(in|within|after|by) (about |around |maybe )?(\\d+|a|one|two|three|four|five|six|twelve|eighteen|a couple of|a few|some) (months?|years?|yrs?)\\b(?:(?!\\b(?:now|interview\\w*|applying|applied|left|leave|retired|ago|myself|yourself|i (?:see|want|hope|plan|aim|would like|'d like|wanna|would love|'d love))\\b).){0,40}\\b(become|be made|be a|be an|go for|move (up|on|to|into|onto)|step up|progress|${ROLE_UP})\\b`,
      ),
      who: 'interviewer',
      conf: 0.7,
    },
    {
      re: new RegExp(
        `\\b(can|could|would|might|will|'d|'ll|able to) (later |eventually |one day |maybe |then |soon |quickly )?(become|be made (?=up|permanent|a |an |senior|lead|partner|head|manager|supervisor)|be promoted|move up|progress|step up|grow into|work (my|your|their) way up|go for (senior|lead|manager|supervisor|the)|train (as|to be) )\\b|\\b(become|becoming) (a |an )?${ROLE_UP}\\b|\\b(later|then|eventually|after that|down the line|in time|one day|afterwards)( \\w+){0,3} (move|moving|progress\\w*|step|become) (up|onto|on to|into|to|a|an)\\b(?! (my|your|the next|another|other|next|questions?|topics?|his|her)\\b)(?! (the |some |a few |more |a couple of )?([\\w-]+ ){0,2}(questions?|topics?|part|section|bit|stage|round|tasks?|exercise|case|scenarios?|interview|discussion|test|presentation|cv|resume|portfolio|asking|talking|discussing|ask|talk|discuss|conversation|chat|debate|exchange|back-and-forth|argument|joke|laugh)\\b)`,
      ),
      who: 'interviewer',
      conf: 0.65,
    },
    {
      re: /\b(would|will|'d|'ll|gonna|going to)\b.{0,60}\bfor the first (few |couple of |\w+ )?(weeks?|months?|year|season|term)\b.{0,50}\bthen\b/,
      surface: true,
      conf: 0.6,
    },
    {
      re: new RegExp(
        `\\b(${ROLE_UP}|\\w+) (role|position|post|vacancy|opening|job) (opening|coming up|come up|opening up|going|(?:is |being |will be |to be )+created)\\b|\\b(want|like|encourag)\\w* me to (go for|apply for|step up|move up|progress)\\b|\\b(started|began|came up|come up|worked (their|his|her|my) way up) (as|on|from|that way|through)\\b|\\b(kept on|taken on) as\\b|\\bin (year|yr) (one|two|three|1|2|3)\\b`,
      ),
      who: 'interviewer',
      conf: 0.65,
    },
    {
      re: /\b(go|going|be going) for (senior|lead|manager)\b|\b(senior|lead) (within|in) (\d+|a year|two years|eighteen)\b|\b(a|one|two|\d+) conferences? (a|per|every) year\b|\b(send|sends|sent|go|goes)\w* (\w+ )?to conferences?\b|\bconference budget\b/,
      who: 'interviewer',
    },
    // the step up named the trade's way: "upgrades to captain are running at four years", "time to command"
    {
      re: /\b(upgrade|upgrades|upgrading|upgrade times?) (to|for) (captain|command|the left seat|senior|lead|charge|sister|consultant|partner|principal|head chef|sous|manager|supervisor|band \d|grade \d)\b|\btime to (command|captain|the left seat|partner|promotion)\b/,
      who: 'interviewer',
      conf: 0.65,
    },
    {
      re: new RegExp(
        `\\bgrowth (path|route|plan|track|opportunit\\w*)\\b|${notWished('\\b(move|moves|moving|moved|step|steps|stepping|stepped|go|goes|went|progress\\w*|grow\\w*) (up )?into (management|leadership|supervision|a (team )?lead\\w*|senior (roles?|positions?))\\b')}|\\b(room|scope|opportunit\\w*|chances?|potential|plenty of room) (for|to) (growth|grow|progress\\w*|move up|advance\\w*|development|develop|get promoted|climb)\\b|\\b(internal|in-house) (school|academy|university)\\b|\\bfuture (managers|leaders)\\b|\\binto (senior|lead|management|leadership|supervisory) (roles?|positions?|posts?)\\b|\\bput (me|you|her|him|people) forward for\\b|\\b\\w+ (route|pathway) (for|to|into) \\w+|\\btenure (track|expectations|clock)\\b|\\b(end|ends|ended) up (running|managing|leading)\\b|\\bgo on to (do|become|train|study)\\b|\\bsends? (\\w+ ){0,3}(for|on|to) (training|courses?)\\b`,
      ),
      who: 'interviewer',
      conf: 0.65,
    },
    {
      re: /\b(training|course|qualification|ticket|certification|degree|diploma)\b.{0,30}\b(the company|the firm|they|we) (pays?|funds?|covers?|sponsors?)\b/,
      conf: 0.65,
    },
    // study they expect of the hire: "they'd want me doing my level 3 within the first year"
    {
      re: new RegExp(
        `\\b(?:(?:want|wants|need|needs|expect|expects|encourag\\w*)(?: (?:me|you|u|new starters|everyone|all staff))? (?:to )?|(?:like|likes) (?:(?:me|you|u|new starters|everyone|all staff) (?:to )?|to ))(?:do|doing|take|taking|start|starting|sit|sitting|get|getting|complete|completing|study|studying|work towards|working towards|on|onto|through) (?:my |your |our |their |a |an |the )?(?:[\\w&-]+ ){0,3}${QUAL}\\b`,
      ),
      who: 'interviewer',
      conf: 0.65,
    },
    // a named payer needs no subject check: "and company pay for the customs broker license exam"
    {
      re: new RegExp(
        `\\b(?:company|firm|employer|business|trust|practice|they|we)\\s+(?:will |would |'ll |'d |also |even )?(?:pay|pays|paid|fund|funds|cover|covers|sponsor|sponsors|supports)\\s+(?!(?:that|it|this|those|these|everything|all that|the rest)\\b)(?:for\\s+)?(?:the |a |an |your |my |all )?(?:[\\w&-]+ ){0,3}${QUAL}\\b`,
      ),
      conf: 0.7,
    },
    // a step up told with its time, reported in the first person: "then after I can become team leader"
    {
      re: new RegExp(
        `\\b(?:after (?:that|a year|one year|\\w+ years?|\\w+ months?)|then(?: after)?|later|eventually|next year|in (?:a|one|two|three|\\d+) years?)\\b[^.;]{0,25}\\b(?:i|you|u)\\s+(?:can|could|would|will|'d|'ll|might|may)\\s+(?:become|be promoted to|move up to|step up to|go for) (?:a |an |the )?${ROLE_UP}\\b`,
      ),
      surface: true,
      conf: 0.65,
    },
    // how people there grow: "the assistant curators here become curators", "most managers started on the floor"
    {
      re: /\b\w+s (?:here|there)\b (?:\w+ )?(?:become|go on to|get promoted|move up|move into|end up running|work their way up)\b|\b(?:usually|often|tend to|generally|normally|typically) (?:become|go on to become|go on to|get promoted|move up|step up)\b|\bgrow (?:someone|somebody|people|you|me|them|her|him) into\b|\bwhere (?:the|this) (?:role|job|post|position) (?:could|can|might|would) (?:go|lead)\b/,
      who: 'interviewer',
      conf: 0.65,
    },
    // a step that comes with staying: "guys who stick around two years can move to the dedicated account"
    {
      re: /(?<!\bi )\b(?:stick(?:s|ing)? (?:around|it out|with (?:us|it|them|the company)|at it)|(?:who|that|if you|once you've|once you have) (?:stay|stays|last|lasts|put in|do|have done|'ve done)) (?:for )?(?:a |an |\d+ |one |two |three |four |five |a couple of |a few |eighteen |six |twelve )?(?:years?|yrs?|months?)?\b[^.;]{0,30}\b(?:can|could|get to|will|'ll|usually|tend to|generally|you) (?:\w+ )?(?:move|step|progress|transfer|get first pick|go up|get promoted|be promoted|get bumped)\b/,
      surface: true,
      conf: 0.65,
    },
    // "we'd put you through your CIPD", "ACCA paid for": a course for the hire, said with "we" or with no payer
    {
      re: new RegExp(
        `\\b(?:we|they)(?:'d| would|'ll| will| can| could) (?:put|get|send|enrol|sign|book) (?:you|u|me) (?:up )?(?:on|onto|through|for|to|into) (?:a |an |the |your |my |our |their )?(?:[\\w&-]+ ){0,3}${QUAL}\\b|\\b(?:acca|cipd|cima|aat|nvq|svq|hnc|hnd|npq\\w*|pgce|masters?|mba|apprenticeship|qualification|exams?|diploma|hgv|licence|license|cert\\w*|courses?|training) (?:fees )?(?:all |fully |also )?(?:paid for|paid|funded|covered|sponsored)\\b(?! off| by me| myself| out of)`,
      ),
      surface: true,
      conf: 0.65,
    },
    // growth offered to "someone like you": the quoted "you" is the candidate as object, not the speaker
    {
      re: /\b(?:opportunit\w*|chance|room|scope) for (?:someone like you|you|u|someone like me) to (?:grow|progress|move up|develop|step up|become)\b/,
      surface: true,
      conf: 0.65,
    },
    // a step up after probation or a scheme told about: "look at moving me to senior after probation", "told me about the graduate scheme"
    {
      re: /\b(mov\w*|bump\w*|mak\w*) (me|you|u|people|them|him|her) (up )?(to|into) (a |the )?(senior|lead|manager|supervisor|team lead\w*|permanent|the next (level|grade|band))\b|\b(told|tell|talk\w*|explain\w*|mention\w*|describ\w*|went through|walk\w* me through|ran me through)\b.{0,30}\b(graduate|grad|trainee|management trainee|leadership|emerging leaders?|future leaders?|fast[- ]track) (scheme|programme|program|track|rotations?)\b/,
      who: 'interviewer',
      conf: 0.65,
    },
    // study allowed alongside the job, reported: "said I could do my level 3 while working"
    {
      re: new RegExp(
        `(?<!\\bi )\\b(?:said|say|says|told me|mention\\w*|explain\\w*)(?: that)? (?:i|you|u) (?:can|could|'d be able to|would be able to|will be able to|get to) (?:do|take|sit|complete|study for|start|work towards|go on|get|enrol on) (?:my |your |a |an |the |their )?(?:[\\w&-]+ ){0,3}${QUAL}\\b`,
      ),
      surface: true,
      conf: 0.65,
    },
    // the path laid out in steps or with its door named: "do the Level 2 first, then the Level 3", "a chance of MOT tester
    // training after that", "a scheme for moving postdocs onto permanent contracts", "there's a supervisor route after"
    {
      re: new RegExp(
        `\\b(do|doing|take|taking|start|starting|sit|sitting) (the |a |an |your |his |her |my )?([\\w&-]+ ){0,2}${QUAL}( \\w+)? first,? (then|and then)\\b|\\b(chance|opportunit\\w*|option) (of|for|to do|to get|to go on) (a |an |the |some |more |further )?([\\w&-]+ ){0,3}${QUAL}\\b|\\b(mov\\w*|get|getting|convert\\w*|turn\\w*|bring\\w*) (\\w+ ){0,2}(onto|on to|into|to) (a )?permanent (contracts?|posts?|roles?|positions?|jobs?)\\b|\\b${ROLE_UP} (route|pathway|track)\\b|\\b(step|steps|stepping|stepped) into (the |a |an )?(\\w+ )?${ROLE_UP}\\b|\\b(college|uni|university|training|day release|block release) (one|1|a|two|2) days? (a|per|every) (week|month|fortnight)\\b`,
      ),
      who: 'interviewer',
      conf: 0.65,
    },
    // a later step for the hire, told with its time or condition: "said after probation I can become team lead",
    // "said once I'm settled I'd lead literacy", "said if I'm good I could be a junior by next summer" (the words
    // are the interviewer's; "I" is the hire, so no subject check, but a saying verb must come first)
    {
      re: new RegExp(
        `(?<!\\b(?:i|we) )\\b${REPORTED}\\b[^.!?\\n]{0,90}?(?:${LATER}[^.!?\\n]{0,40}?${STEP}|${STEP}[^.!?\\n]{0,40}?${LATER})`,
      ),
      surface: true,
      who: 'any',
      conf: 0.65,
    },
    // the step offered to "you" with its time, no saying verb needed: "after the probation you can do the forklift
    // licence and go for shift lead", "you could sit your level 3 once you're settled"
    {
      re: new RegExp(`(?:${LATER}[^.!?\\n]{0,40}?${YOU_TAKE}|${YOU_TAKE}[^.!?\\n]{0,40}?${LATER})`),
      who: 'any',
      conf: 0.65,
    },
    // the interviewer picturing the hire grown: "she could see me leading the new unit", "sees me growing into a head role"
    {
      re: new RegExp(
        `\\b(?:see|sees|seeing|saw|picture|pictures|pictured|imagine|imagines|imagined) (?:me|you|u) (?:grow\\w*|lead\\w*|runn?\\w*|becom\\w*|mov\\w* (?:up|into|on)|tak\\w* over|step\\w* up|as (?:a |an |the |their )?(?:future )?(?:\\w+ )?${ROLE_UP})\\b`,
      ),
      who: 'interviewer',
      conf: 0.65,
    },
    // a qualification seen through for the hire ("we'll get your level 3 done", "paid for by them",
    // "sponsor paralegals through the SQE", "the AAT sponsorship"), a scheme the hire goes on ("you'll be on
    // the leadership programme"), trained up to a step, a band or a lead role by a year, a post to come
    {
      re: new RegExp(
        `\\b(?:get|got|getting) (?:your|my|his|her) (?:[\\w&-]+ ){0,3}${QUAL}(?: [\\w&-]+){0,2} (?:done|sorted|finished)\\b|\\bpaid for by (?:them|the (?:company|firm|practice|trust|school|business|employer))\\b|\\bsponsor\\w* (?:\\w+ ){0,2}(?:through|thru|for|on|to do|to sit) (?:the |a |an |their |your |my )?(?:[\\w&-]+ ){0,2}(?:${QUAL}|sqe|comptia|azure|aws|ccna|itil|cscs|smsts)\\b|\\b(?:${QUAL}|sqe) sponsorship\\b|\\b(?:be|go|get|put (?:me|you|u)) on (?:the|a|an|our|their) (?:\\w+ )?(?:leadership|management|graduate|grad|development|talent|fast[- ]track|emerging leaders?) (?:programme|program|scheme|track|rotations?)\\b|\\btrain\\w* (?:me|you|u|her|him) up (?:to|as|for|into) (?:a |an |the )?${ROLE_UP}\\b|\\b(?:move|moving|moves|step|steps|progress\\w*|go|goes|going)(?: up)? (?:to|into|onto) (?:a |the )?band \\d\\b|\\bdevelopment (?:pathway|path|track|route)\\b|\\b${ROLE_UP} (?:role|post|position)? ?by (?:year|yr) (?:two|three|four|five|2|3|4|5)\\b|\\b(?:there'?d|there would|there will|there'?ll) be (?:a |an )?(?:new )?${ROLE_UP} (?:post|role|position|job|vacancy|opening)\\b`,
      ),
      who: 'interviewer',
      conf: 0.65,
    },
    // training promised for later: "said they'd teach me wheel truing", "will show you how to run the press in time"
    {
      re: /\b(?:they|she|he|we)(?:'d| would|'ll| will| are going to| gonna) (?:\w+ )?(?:teach|train) (?:me|you|u)\b/,
      surface: true,
      conf: 0.65,
    },
    // a course's funding, a ladder with its rungs, a door open to staff (session 23): "told me about their NVQ level 3
    // funding", "a cellar hand to assistant winemaker path", "a ladder from tech one to tech four", "their band 4
    // assistants can apply for the nursing degree apprenticeship"
    {
      re: new RegExp(
        `\\b${QUAL} (?:funding|sponsorship)\\b|\\b(?:a|an|the|clear|proper) (?:[\\w-]+ ){1,3}to (?:[\\w-]+ ){1,3}(?:path|pathway|ladder|progression|track)\\b|\\b(?:ladder|pathway|progression) from (?:[\\w-]+ ){1,3}to\\b|\\b(?:staff|assistants|juniors|trainees|people|everyone|employees|carers|nurses|techs|apprentices|workers|colleagues|you|u)(?: here| there)? (?:can|could|get to|are able to|are encouraged to|may) (?:apply|go) (?:for|on|onto) (?:the |a |an |their |our )?(?:[\\w&-]+ ){0,3}${QUAL}\\b`,
      ),
      who: 'interviewer',
      conf: 0.65,
    },
    // session 23: more said of the hire's growth in plain words: "could take on more responsibility next year", "how
    // they'd help me get there", "they invest a lot in their people", "work towards band 6", "a study allowance and day
    // release", "a stepping stone to a bigger role", "cross-train in other departments", "they'd love for me to grow with them"
    {
      re: /\b(?:could|would|'d|will|'ll|can|get to) (?:\w+ )?(?:take on|be given|get) (?:more|extra|additional|bigger|greater) responsibilit\w*|\bhow (?:they|we|the company|the firm)(?:'d| would| could| can| will|'ll) (?:help|support) me (?:get there|grow|develop|progress)\b|\binvest\w* (?:a lot |heavily |massively |loads |hugely |properly )?in (?:their|its|our) (?:people|staff|employees|development)\b|\bwork(?:ing)? (?:up )?towards? (?:a |the |my |your )?(?:band|grade|level) \d\b|\b(?:study|education|training|learning) allowance\b|\b(?:day|block) release\b|\bstepping[- ]stone (?:to|into|towards)\b|\bcross[- ]?train\w*\b|\b(?:love|like|want|hope)\w* (?:for )?(?:me|you) to (?:grow|develop) with (?:them|us|the (?:company|firm|business|team))\b/,
      who: 'interviewer',
      conf: 0.65,
    },
    ...growthPaths,
    // transcripts: the interviewer on what the candidate could grow into
    {
      re: new RegExp(
        `\\b(levell?ing framework|progression|learning budget|training budget|staff engineer or management|promot\\w*(?! (?:equality|equal opportunit\\w*|diversity|inclusion|inclusive \\w+|wellbeing|well-being|health|safety|awareness|fairness|good practice|best practice|sustainability|accessibility|dignity|welfare|independence|(?:our |the |their |its )?(?:brand|products?|services?|events?)|${RETAIL_PROMOTIONS})\\b)(?<!\\b(?:pricing|price|prices|offers) and promot\\w*)|career (path|ladder|track|development|progression)|mentor\\w*|got there in|head towards|(?<!\\b(?:let us|let's|lets|we (?:could|can|should|will|'ll|might|shall)|(?:could|can|shall|should) we|i'?ll|i will) )(?<!\\bwe(?:'ve|'re|'d)?(?: \\S+){0,2} )${notWished('move(d)? (up|into|on to)')}|${notWished('step up')}|grow one|came up that way|started as|(a|one) course a year|pays? for (?!(the |your |their |our )?(travel|trains?|flights?|hotels?|taxis?|parking|lunch|food|dinners?|drinks|pizza|snacks|coffee|it|that|this)\\b)|pays the fees|leadership course|development post|room to grow|sponsor|apprenticeship|secondment|weekly coaching|part-time phd|go on to)\\b`,
      ),
      says: 'interviewer',
      weight: 1,
    },
    // training as the job's start or its duties is no growth: "there's a training period at the start", "after
    // training", "the training contract", "the rotas, the training, the complaints", "recruitment, training and
    // deployment of invigilators", "the training record"; nor is a study that is research the job runs ("plans and
    // runs two studies a month", "the checkout study", "usability studies")
    {
      re: /\b((?<!\b(?:after|during|through) (?:the |your |their |some )?|\b(?:recruitments?|rotas?|deployment)(?: ?,)? (?:the )?)training(?! (?:period|rate|record|log|matrix|contract|principal|partner)s?\b)|(?<!\b(of|due) )course|qualification|(?<!\b(case|diary|user|field|pilot|feasibility|your|my|our|their|research|usability|clinical|market|observational|cohort|two|three|four|five|six|\d+) )(?<!\bthe (?!further |part[- ]time |full[- ]time )[\w-]+ )(?<!\b(run|runs|ran|running|plan|plans|planned|planning|design|designs|designed|designing|lead|leads|led) (\w+ ){0,3})stud(y|ies)|certification|the path)\b/,
      says: 'interviewer',
      weight: 0.5,
    },
    // session 24: study paid for by the employer: "they mentioned funding a part-time degree for staff", "they fund
    // the CIPD level 5 after probation" ("funding for the project" is the work's, so the thing funded is a course)
    {
      re: /\b(?:fund|funds|funding|bankroll\w*|subsidi[sz]\w*) (?:a |an |the |your |my |staff |people'?s? |their )?(?:[\w-]+ ){0,2}?(?:degrees?|masters|mba|courses?|qualifications?|certifications?|apprenticeships?|diplomas?|cipd|acca|cima|cfa|nvq|level \d)\b/,
      who: 'interviewer',
      surface: true,
    },
    // session 24: a rank promised on a condition, in many Englishes: "if I do well they'll make me a supervisor", "in
    // two years they fit make me head of the unit"
    {
      re: /\b(?:will|would|could|might|can|'ll|'d|go|fit|gonna|going to|plan to|want to|hope to|plan on|aim to) (?:eventually |later |then |probably |likely |soon )?make (?:me|you|u) (?:a |an |the |their |our )?(?:\w+ )?(?:head|manager|supervisor|lead|leader|senior|partner|director|team leader|foreman|chargehand|charge hand|deputy|assistant manager|sous chef|head chef|principal|coordinator)\b/,
      who: 'any',
      surface: true,
    },
  ],
};
