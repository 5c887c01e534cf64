import type { SignPatterns } from '../detect/types.js';

/**
 * Things a new starter does. Kept to doing-verbs on purpose: "you'll hear by Friday",
 * "you'd get used to it" and "you'd learn a lot" are timelines, brush-offs or growth.
 */
const DO =
  '(own|be (handle|manage|lead|work|take|run|do|cover|teach|drive|join|incharge)\\b|head(ing)? (up )?the|head(ing)? up|be heading|take (over|on|charge)|lead|run|do|handle|cover|look after|manage|start (on|with|in|by|off)|join|shadow|pair|report|sit (with|next)|teach|apprentice|conduct|work (on|with|in|alongside|nights|days|the)|be (on|in(?! touch| the (next|second|final))|with|working|pairing|paired|leading|running|owning|taking|in charge|responsible|managing|reporting|based|joining|looking after|covering|handling|starting|part of|sitting|shadowing|helping (?:with|on|to|run)|teaching|doing|picking|driving|opening|closing|the (main|new|first|lead|go-to)|the (one|person) (who|to|that|\\w+ing))|help (with|on|run)|go (straight )?(on|onto|out)|deal with|get stuck in|spend (most|your|the|a lot|half)|mostly (be|do|work)|take the|focus on|support the)';
const YOU =
  "(you|u|ya)('d| would|'ll| will|ll|d| are going to| 're going to| re going to|'re gonna| are gonna| re gonna)";
const I_WOULD = "(i|me)('d| would|'ll| will| am going to|'m going to|'m gonna| am gonna)";
const REPORTED =
  "(said|say|says|saying|said me|say me|told me(?: (?:straight|exactly|plainly|outright|flat out|upfront|straight out))?:?|tell me|explain\\w*|mention\\w*|reckon\\w*|was like|is like|confirm\\w*|made clear|made it clear|promised)( that)?( when i (?:will )?start,?| once i'?m in,?| from (?:monday|tuesday|wednesday|thursday|friday|next week|next month|day one|week one|the start|the first day|my first day),?)?";

/** "if I get it", "if successful": the hire not presumed but supposed. */
const IF_HIRED =
  "(?![^.;]{0,60}\\bif (?:i|you|u) (?:get|got|were|was|am|'m|are|'re) (?:it|the job|the role|the post|offered|successful|selected|hired|appointed|taken on)\\b|[^.;]{0,60}\\bif (?:successful|appointed|selected|hired|offered)|[^.;]{0,60}\\bif (?:it|things|all|everything) (?:all )?(?:works? out|goes? (?:well|ahead|to plan)|comes? (?:off|through))\\b|[^.;]{0,60}\\bif (?:they|she|he) (?:take|takes|pick|picks|choose|chooses|hire|hires|offer|offers) (?:me|you)\\b)";
/** The same condition as said aloud, on the surface string: "…if you're successful" (IF_HIRED reads lemmas, "you 're"). */
const IF_CHOSEN_SAID = String.raw`(?![^.;]{0,60}\bif (?:you'?re |you are |you get |you got |you were |you'?ve been )?(?:successful|appointed|selected|offered|hired|taken on|chosen|it|the job|the role|the post)\b)`;
/** A duty quoted as the example of a vague answer: "kept it high level — 'you'd be working on platform stuff'", "'you will support the team' without any detail". */
const NOT_VAGUE =
  '(?<!\\b(?:high[- ]level|vague\\w*|generic|woolly|fluffy|buzzwords?|non[- ]answers?|platitudes?|cagey|evasive|wishy[- ]washy)\\b[^\\n]{0,30})(?![^\\n]{0,80}\\bwithout (?:any |much |real |a lot of |further |more )?(?:detail|details|specifics|explanation|elaboration)\\b)';
/** A brush-off answer ("just 'you'll be on the floor'", "involved: 'you'll be helping out'"), not a presumed hire. */
const NOT_BRUSHED = '(?<!\\b(?:just|only|involved|involves|do)\\W{1,4})';
/** Being in the job, said of the candidate: "when you're with us in September", "once I'm in post". */
const IN_JOB =
  "(?:join\\w*|start\\w*(?! (?:the (?:interview|call|test|task|presentation)|my|a|an|another|next|new)\\b)|come (?:in(?! for)|on board|onboard|aboard)|came in(?! for)|(?:am|'m|was|were|are|'re) in(?=,| (?:i|you|u|she|he)\\b)|(?:am|'m|was|were|are|'re|get|got) (?:in post|with (?:us|them)|on board|onboard|on the (?:road|team|ward|floor|job|pass|line|tills?|desk|counter|van|rota)|up at \\w+|in the (?:role|team|job|post)|settled|here|there|hired|appointed|taken on))";
/** Exported for detailed-role-info: what a new starter will do is also a specific about the job. */
export const NEW_STARTER_DOES = DO;
export const REPORTED_I = `${REPORTED} ${I_WOULD}`;

/** Talk that presumes the hire: "when you join", "you'll own". A role described in the abstract is detailed-role-info only. */
/** Not the candidate starting the job search: "for when you start interviewing", "once you begin applying". */
const NOT_JOB_SEARCH = String.raw`(?!(?:when|once|after|as soon as) (?:you|u|i) (?:first )?(?:start|begin) (?:interview|applying|apply|looking|look|job[- ]hunt|search|the (?:(?:job|hiring|application) (?:process|hunt|search)|interview(?:s| process)?|application)|your (?:job |career )?(?:search|hunt)|out\b))`;

export const futureRoleTalk: SignPatterns = {
  id: 'future-role-talk',
  // one mention against a note the rules also read as vague about the job is the vague answer itself ("asked what
  // I'd do and got 'you will support the team'"): over the read sets 0 right in 9 (with two or more, 3 in 3)
  yieldsTo: ['vague-role-details'],
  cues: [
    {
      re: new RegExp(
        String.raw`${NOT_JOB_SEARCH}(?<!\b(see|know|find out|learn|understand|get it|get used to it)\b.{0,4})(?<!\b(ask\w*|wonder\w*|enquir\w*|inquir\w*)\b(?:(?!\b(?:said|say|says|told|replied|answered)\b)[^\n.?]){0,50})\b(when|once|after|as soon as) (you|u|i)('re| are|'m| am)? ?(join|joins|start|starts|come on board|come onsite|come on|come in(?! (?:for|to|tomorrow|today|and)\b)|get here|on board|onboard|begin|settled|up and running|get going|get started|resume|take on|take over|on the team|come aboard|report for duty)\b(?! ?['"’”]? ?\?)(?! (?:my|a|an|another|next(?! (?:week|month|year|term|season|spring|summer|autumn|winter|monday|tuesday|wednesday|thursday|friday))|new|the interview|the call)\b)|\bupon (joining|starting|arrival)\b`,
      ),
      surface: true,
    },
    // the hire presumed on a condition: "start Monday if references are fine", "I'd start on nights once my checks clear"
    {
      re: /\b(start|starting|begin|come in|be on)\b.{0,25}\b(if|once|when|as soon as|pending|subject to)\b (my |your |the |his |her |their )?(references?|refs|checks?|dbs|pvg|paperwork|vetting|clearance|medical|right to work|visa)\b/,
      surface: true,
    },
    {
      re: /\b(?:once|when|as soon as|after) (?:my|your|ur|the|his|her) (?:references?|refs|checks?|dbs|pvg|paperwork|vetting|clearance|medical|right to work|visa)\b.{0,30}\b(?:start|begin|come in|be on)\b/,
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
        `${NOT_VAGUE}(?<!\\b(how|what|why|where|which|if|whether|would|could|can|do|did) )${NOT_BRUSHED}\\b${YOU} (also |mainly |mostly |probably |basically |initially |then |first |just |actually |really |be )?${DO}\\b(?! (touch|the (next|second|final|last) (round|stage)))${IF_HIRED}${NOT_VAGUE}`,
      ),
      surface: true,
    },
    // "explained I'd be on the morning rota" describes the post; "said I'd be on the morning rota" presumes the hire
    {
      re: new RegExp(`(?<!\\bi )\\b(?!explain)${REPORTED} ${I_WOULD} ${DO}\\b${IF_HIRED}`),
      surface: true,
    },
    // the same with the tag put last: "I'd be looking after the stockroom, the manager said", "'I'd be on tills,' she told me"
    // (a tag by a friend or by the writer is read off by the subject check, detect/speech-tag.ts)
    {
      re: new RegExp(
        `(?:^|[,;:] |['"“‘] ?)${I_WOULD} ${DO}\\b${IF_HIRED}[^.;!?]{0,80}?,? ?(?:['"”’] ?)?(?:she|he|they|the (?:[\\w-]+ )?[\\w-]+) (?:said|told me|explained|reckoned|mentioned|added|confirmed)\\.?$`,
      ),
      surface: true,
    },
    // the hire presumed in a time clause: "when you're with us in September you'll have", "once I'm in post I'll be taking over"
    {
      re: new RegExp(
        `\\b(?:when|once|as soon as) (?:(?:you|u)(?:'re| are)? ?${IN_JOB}\\b[^.;:!?]{0,40}?,? (?:you|u)|i(?:'m| am| was)? ?${IN_JOB}\\b[^.;:!?]{0,40}?,? i|(?:she|he)(?:'s| is| was)? ?${IN_JOB}\\b[^.;:!?]{0,40}?,? (?:she|he))(?:'d| would|'ll| will|'re going to| are going to| was going to) (?:also |then |probably |initially |mainly )?(?:be |have |need |want |get )?\\w+`,
      ),
      surface: true,
      worryOk: true,
    },
    // what the new starter would have: "you'll have a protected caseload of 15", "you'd have two direct reports"
    {
      re: /\b(?:you|u|i)(?:'ll| will|'d| would) (?:also |initially |then )?(?:have (?:your own |my own |a |an |two |three |four |five |six |\d+ |\w+ )|(?:get|be given) (?:your own |my own |a |an |two |three |four |five |six |\d+ )(?!(?:[\w-]+ )?(?:email|e-mail|call|phone call|text|letter|message|update|answer|invite|invitation|decision|feedback|reply|response|link|date|slot)\b))(?:[\w-]+ ){0,4}(?:squads?|pods?|crews?|brands?|regions?|directors|designers|nurses|carers|caseload|clinic list|clinics|list|route|runs|section|station|classroom|tutor group|bay|team|class|classes|groups?|patch|territory|accounts?|clients?|reports|direct reports|students|pupils|surgeries|stores|sites|branches|portfolio|budget|desk|van|round|ward|beds|patients|residents|staff|technicians|engineers|developers|apprentices|sets|advisors|agents|drivers)\b/,
      surface: true,
    },
    // the hire placed by the speaker: "I'd put you on Tuesdays", "we'll stick you on nights"; posted somewhere: "told me I'd
    // most likely be posted to Abuja"; a duty reported after other talk: "said they roast on Wednesdays and I'd be helping bag beans"
    {
      re: new RegExp(
        `\\b(?:i'?d|we'?d|i'?ll|we'?ll|i would|we would|i will|we will|she'?d|he'?d|they'?d) (?:put|have|stick|pop) (?:you|u|me) on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|nights|earlies|lates|days|mornings|evenings|the (?:\\w+ )?(?:shift|rota|desk|counter|till|tills|floor|ward|van|round))\\b${IF_HIRED}|(?<!\\bi )\\b${REPORTED} ${I_WOULD} (?:most likely |probably |likely |definitely |initially |first )?be (?:posted|based|placed|stationed|deployed|sent|seconded|assigned|allocated) (?:to|in|at|on|with)\\b${IF_HIRED}|(?<!\\bi )\\b(?:said|told me|explained)\\b[^.;]{0,80}\\band (?:that )?i(?:'d| would) be (?:helping|doing|running|working|covering|looking after|handling|making|serving|packing|driving|teaching|leading|part of (?:the|a|an|their|our|his|her))\\b${IF_HIRED}`,
      ),
      surface: true,
    },
    // a duty of the trade reported as the candidate's: "told me I'd be cooking for 200", "said I'd be skimming the
    // ceilings" (any doing-verb; the -ing words that are news, waiting or the interview itself are not duties)
    {
      re: new RegExp(
        `(?<!\\bi )\\b(?!explain)${REPORTED} ${I_WOULD} be (?!(?:hearing|getting|receiving|going|waiting|expecting|needing|wanting|missing|coming|leaving|interviewing|meeting|seeing|talking|speaking|contacting|invit\\w*|call\\w*|offer\\w*|shortlist\\w*|consider\\w*|consider|something|nothing|anything|amazing|outstanding|interesting|willing|kidding|joking|feeling|bring\\w*)\\b)[a-z]{3,}ing\\b${IF_HIRED}`,
      ),
      surface: true,
    },
    // a starting day given as settled: "they said I start Monday", "dem seh mi start Monday", "said I could start on the
    // 3rd", "she say I start training Monday", and the day in a list of terms: "Said piece rate, caravans on site, start
    // the 3rd" (not the writer's own news after an offer: "they rang, I start in March")
    {
      re: /(?<!\b(?:i|we) )\b(?:said|say|says|seh|sey|tell me|told me)(?: that)? (?:i|me|mi)(?: can| could| would| will|'d|'ll| go)? start(?: training| work| shifts?)? (?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|next month|straight away|right away|asap|(?:the )?\d{1,2}(?:st|nd|rd|th))\b|(?<!\b(?:i|we) )\bsaid\b[^.\n]{0,80}?[,;:] ?start (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|(?:the )?\d{1,2}(?:st|nd|rd|th))\b/,
      surface: true,
    },
    // the work handed over as already theirs: "the Manchester clients would be mine", "sorting which desk I'd have"
    {
      re: /(?=(?:would|will|'d|'ll|is going to|are going to) be )(?<!\b(?:choice|decision|call|pleasure|fault|loss|honou?r|risk) )(?:would|will|'d|'ll|is going to|are going to) be (?:all )?(?:mine|yours)\b|\b(?:talk\w*|discuss\w*|sort\w*|decid\w*|plann\w*|work\w* out) (?:about )?(?:which|what) (?:desk|locker|van|office|room|shifts?|team|class|classes|patch|round|laptop|car|rota) (?:i|you)(?:'d|'ll| would| will) (?:have|get|take|be on|use|work)\b/,
      surface: true,
    },
    // "explained my future team", "introduced me to my new manager"
    {
      re: /\b(?:explain\w*|show\w*|introduc\w*|describ\w*|told me about|met|meet) (?:me )?(?:to )?(?:my|ur|your) (?:future|new) (?:team|manager|boss|colleagues|team ?mates|desk|office|class|caseload|duties|patch|ward|crew)\b/,
      surface: true,
    },
    // the interviewer's "if you join" reported back: "he told if I join I will be owning", "should I be appointed, I would take charge"
    {
      re: /\b(?!if (?:i|she|he) get )(if|once|when|should|as soon as) (i|she|he) ((join|joins|come|comes|start|starts|come onsite|come on|come on board|am in|'m in|get (it|the job|the post|the role|selected|hired)|am (hired|selected|appointed|taken)|be appointed)\b,?) (i|she|he)('d| would|'ll| will) (be )?\w+/,
      surface: true,
      worryOk: true,
    },
    {
      // not a child starting school ("I'll go back to work when he starts school")
      re: /\b(when|once|as soon as) (she|he) (joins|starts|comes on board|begins|gets there)\b(?! (?:school|nursery|preschool|pre-school|kindergarten|kindy|daycare|creche|college|uni|university|primary|secondary|big school|reception|year \d|first (?:standard|grade|class)))/,
      surface: true,
    },
    // the candidate's own plans ("I'd do it again") are not the interviewer's; only strong verbs without a reporter
    {
      re: /\b(?=i(?:'d| would| will|'ll) be )(?<!\b(who|what|which|where|how|if|whether|ask\w*)\b.{0,30})(?<!\b(?:team|role|job|group|people|project|projects|site|office|ward|unit|department|squad|post|position|desk|clients?|accounts?|patch|manager|colleagues?|staff|officers|reports|engineers|nurses|teachers|workers|drivers|agents|reps|carers|volunteers|analysts|developers|designers|members|assistants|those|ones|whom) )\bi('d| would| will|'ll) be (taking over|in charge of|leading|running|managing|covering|joining|pairing with|working (with|alongside|on the)|based (at|in))\b(?![^.;]{0,60}\bif (?:i|you) (?:get|got|were|was) (?:it|the job|offered|successful))|\bi('d| would) (take over|be taking over)\b/,
      surface: true,
    },
    {
      re: /\b(picture|imagine|see|saw)\w* (me|you|u) (working|here|in the|on the|as|doing|running|leading|taking|on|in)\b|\b(?=(?:in|during) )(?<!\b(?:ask\w*|question\w*)\b.{0,40})(in|during) (your|my|ur) first (day|week|month|quarter|year|season|term|shift|90 days|few (weeks|months)|couple of (weeks|months)|six months|100 days)\b|\bfrom (week|day) (one|two|three|1|2|3)\b(?![^.;]{0,60}\bif (?:it|things|all|everything) (?:all )?(?:works? out|goes? (?:well|ahead|to plan))\b)|\bon (your|ur) first day\b/,
      surface: true,
    },
    {
      re: /\b(?:talk(?:ed|ing|s)?|spoke|speak(?:ing|s)?|act(?:ed|ing|s)?|treat(?:ed|ing|s)?|behav(?:ed|ing|es|e))(?: to me| about me| with me)? (?:like|as if|as though) (?:i|me)(?:'d|’d| had| was| were| am| already)* ?(?:already )?(?:get|got|had|have|work\w*|on the team|part of the team|one of (?:them|the team)|hired|start\w*|the new)\b|\bas (if|though) i('d| had| was| were)? (already )?(been hired|got the job|had the job|got it|on the (staff|team)|part of the team|one of (them|the team)|hired|work\w* there|start\w*|already)\b|\blike (it was|it's) a done deal\b|\b(?:like|as if|as though) it was (?:already )?(?:settled|decided|sorted|a given|in the bag|a formality)\b|\bkept (?:on )?(?:saying|calling it|talking about) ['"]?(?:your|ur) (?:team|clients|desk|class|patients|accounts|patch|caseload|office|van|kids)\b|\b(?:had|put|got|has|have) me down (?:for|on)\b|\b(already )?talk\w* (about me )?as if\b/,
      surface: true,
    },
    {
      re: /(?<!\b(what|which|where|how)\b.{0,20})(?<!\b(?:course|programme|program|scheme|training|academy|apprenticeship|qualification) )\b(we|they|he|she)('d| would|'ll| will|'re going to|'re gonna) (get|put|have|want|need) (you|u|me) (on|onto|straight|in|into|started|working|running|leading|doing|looking after|covering|out|behind)\b(?! (?:the |their |a |an |our |his |her )?(?:[\w-]+ ){0,2}(?:course|programme|program|scheme|training|academy|apprenticeship|qualification|leadership|development|graduate|management|fast[- ]track|ladder|pathway|cert\w*)\b)(?![^.;]{0,60}\bif (?:successful|i get it|i got it|appointed|selected|hired|offered))/,
      surface: true,
    },
    {
      re: /\b(want|like|need)s? (you|u|me) (to )?(start|take|run|lead|cover|do|doing|work|join|teach|help|begin|look after|own|manage|running|covering|leading|teaching|taking)\b|\bask\w* (if|whether) i (could|can|would|'d|might) (start|take|cover|do|run|lead|teach|begin|look after)\w* (\w+ )?(the|a|our|their|some|with|on|in|over)\b/,
      surface: true,
    },
    {
      re: /\b(your|my|ur) (first|main|big|initial) (project|task|job|client|account|priority|focus|assignment|piece of work|campaign|patch|class|caseload) (would|will|'d|'ll|is going to|is|'s) (be\b|(?:the|a|an) )|\b(this|that|it) (would|will|'d|'ll) be (your|ur) (desk|team|office|room|class|ward|van|station|locker|patch|area|round|caseload)\b/,
      surface: true,
    },
    {
      re: /\b(start|starting) (on |this |next )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|next month|straight away|right away|asap|tomorrow)\b.{0,30}\b(he|she|they|manager|boss|owner) (said|says|say)\b/,
      surface: true,
    },
    // "once you're in, we'll ...": being in the job taken as given
    {
      re: /\b(?:once|when|as soon as) (?:you|u)(?:'re| are) (?:in|in post|in the door|through the door|settled in)\b(?! (?:for|to) )(?:,| and)? (?:we|they|you|u|she|he)(?:'ll| will|'d| would|'re going to| are going to)\b/,
      surface: true,
    },
    // the hire as good as said, or felt as already made at the time: "basically told me I was hired without saying it",
    // "all but offered me the job", "they felt like I was already a part of the team" (past tense: "I feel like I'm part
    // of the team" is told once the job has started)
    {
      re: /\b(?:basically|practically|pretty much|all but|as good as|virtually|more or less|essentially|effectively|just about|near enough|all but|kind of|sort of)( just)? (?:told|telling|tell|said|saying|offered|offering|promised|promising|gave|giving) me (?:that )?(?:i (?:was|'d been|had been|would be|'d be|were) (?:hired|in|taken on|getting (?:it|the job|the post|the role))|i (?:had|'d got|got|'d get|would get) (?:it|the job|the post|the role|the position)|the (?:job|post|role|position)(?: was mine)?)\b|\b(?:had |'d |have )?already (?:decided|made up (?:their|her|his) minds?) (?:to (?:hire|take on|offer) me|on me|that i was (?:the one|in|hired|their \w+))\b|\b(?:like|as if|as though) (?:i|me) (?:was|were|had|'d)(?: been)? (?:already|practically|basically) (?:been )?(?:a )?(?:part of the (?:team|family|staff|crew|furniture)|one of (?:them|the team|the gang|the crew|the family|the staff)|on (?:the )?(?:team|staff|payroll|crew|books)|hired|working there|an? (?:employee|staff member|member of staff|colleague|member of the team))\b/,
      surface: true,
      who: 'any',
    },
    // a done-deal close: "said 'paperwork Monday'", "told me to bring my P45", "welcome aboard", "we'll sort your contract"
    {
      re: new RegExp(
        `(?<!\\bi (?:\\w+ )?)\\b(?:(?:said|says|told me|went|just|like),? (?:['"“‘] ?)?(?:paperwork|contract|contracts|induction|uniform|onboarding) (?:on |next |this )?(?:monday|tuesday|wednesday|thursday|friday|tomorrow|next week|this week)\\b|(?:told|asked) (?:me|us) to (?:bring|send|email|fill in|sign)\\w* (?:in |over |off )?(?:my|your|ur|the) (?:p45|bank details|new starter (?:form|pack)|starter pack|uniform size|contract)\\b|(?:bring|send|email|fill in|sign) (?:in |over |off )?(?:your|ur) (?:p45|bank details|new starter (?:form|pack)|starter pack|uniform size)\\b|welcome (?:aboard|on board|to the team|to the family)\\b|(?:we|they|she|he)(?:'ll| will|'d| would|'re going to| are going to) (?:sort|send|draw up|get) (?:out |over |through )?(?:your|ur|my) (?:contract|paperwork|uniform|rota|induction|onboarding)\\b|(?:i|you|u)(?:'d| would|'ll| will) get (?:my|your|ur) (?:rota|uniform|contract|login|badge|lanyard|locker|laptop|keys|start pack)\\b|already (?:talking|talked|asking|planning|sorting) (?:about )?(?:my|your|ur) (?:locker|desk|uniform|rota|contract|start date|first (?:day|week|shift)|van|laptop|induction|badge)\\b|see you (?:on )?(?:monday|tuesday|wednesday|thursday|friday|next week)(?:,? then)?\\b(?! (?:for|at (?:the|our)|to discuss))|(?:uniform|locker|badge|lanyard|login|laptop)(?:'s| is| will be| would be) (?:in the back|ready|waiting|sorted|on (?:your|ur) desk))${IF_HIRED}`,
      ),
      surface: true,
      conf: 0.65,
    },
    // the hire presumed in real writers' words (real-e round): "if it was up to him, I'd start next Monday"; "we
    // talked about starting dates"; the new hire seated among them, "you can put her in the office next to me"
    {
      re: /\bif it (?:was|were|be|had been) (?:up to|down to|only up to|just up to) (?:him|her|them)\b,?[^.\n?]{0,30}?\b(?:i|you|u|she|he)(?:'d| would| could)? (?:start|be starting|begin|have the job|get the job|be hired|be in)\b/,
      surface: true,
    },
    {
      re: /(?<!\b(?:not|never|n't|no|before|without)\b[^.\n]{0,20})\b(?:talked|talk|talking|chatted|discussed|discussing|went over|sorted out|agreed|agreeing) (?:about |through |over )?(?:possible |potential |my |a |the )?(?:start(?:ing)? dates?|when i (?:could|would|can|'d) start|when to start)\b(?! (?:for|of) (?:the )?(?:next|second|third|final) )/,
      surface: true,
    },
    {
      re: /\b(?:can|could|will|'ll|let's|let us|going to|gonna) (?:put|sit|seat) (?:her|him|you|u|me|them) (?:in|at|next to|beside|by|near) (?:the |my |our |that |this )?(?:[\w-]+ ){0,2}?(?:office|desk|seat|bay|corner|workstation|station)\b(?![^.\n]{0,30}\b(?:for|during|while|until) (?:the |your |my |a )?(?:[\w-]+ )?(?:interview|test|task|wait|assessment|exam|presentation|minute|moment|bit)\b)/,
      surface: true,
    },
    // the job offered in the room (real22 round): "offered me the job on the spot", "at the end of the interview I
    // was offered the position", "handed me my start papers". Every labeller of our real stories took an offer made
    // there and then as the hire presumed; an offer that came later by phone or email is the outcome, not the talk,
    // so the offer needs the room beside it (or papers handed over, which only happens there)
    {
      re: new RegExp(
        String.raw`(?<!\b(?:if|whether|hope|hoped|hoping|wish|wished|unless|until|might|may|would|could) (?:\w+ ){0,3})\b(?:(?:offered|offering|gave|given|giving) me (?:the |a |an )?(?:job|position|role|post|place|internship|apprenticeship|contract)|i (?:was|got|'d been|had been|am|'m) (?:offered|given) (?:the |a |an )?(?:job|position|role|post|place|internship|apprenticeship|contract)|(?:hired|took on|taken on|employed) me|i (?:was|got) (?:hired|taken on))\b[^.;!?\n]{0,40}?\b(?:on the spot|there and then|then and there|right there|right then|at the end of (?:the|my|our|that) (?:interview|chat|meeting|process|session|day)|before i (?:even )?(?:left|got up|walked out|had left)|in the interview|during the interview|at the interview|in the room|in (?:her|his|their) office|on the same day)\b|\b(?:on the spot|there and then|then and there|at the end of (?:the|my|our|that) (?:interview|chat|meeting|process|session)),? (?:she|he|they|the \w+|i)(?: was| were)? (?:offered|offering|gave|giving|given|hired|took on) (?:me )?(?:the |a |an )?(?:job|position|role|post|place|internship|apprenticeship|contract)?\b|\b(?:handed|gave|given|giving) (?:me )?(?:my|the|a|an) (?:contract|start(?:er)? (?:papers|pack|forms?|paperwork)|new starter (?:pack|forms?)|offer letter|employment contract|w-4|i-9)\b|\b(?:said|saying|told me|says) (?:that )?(?:she|he|they) (?:wants?|wanted|would like|'d like|was going|were going|is going|are going) to (?:offer|hire|give) me (?:the |a )?(?:job|position|role|post|place)?\b`,
      ),
      surface: true,
      who: 'any',
      conf: 0.65,
      firm: true,
    },
    // the interviewer asking when the candidate could start, or their uniform size (real22 round): the hire taken as
    // likely enough to plan its first day; real writers' labellers read it so
    {
      re: /(?<!\bi (?:\w+ ){0,2})\b(?:asked|asking|wanted to know|want to know) (?:me )?(?:\w+ ){0,2}?(?:how soon|when) (?:i|you|u) (?:could|can|would|might|'d) (?:be able to )?(?:start|begin|join)\b(?! (?:\w+ ){0,2}(?:applying|interviewing|looking|hearing))|\basked (?:me )?(?:for |about )?my (?:uniform|shirt|pants?|trousers|shoe|t-shirt|polo|jacket|tunic|scrubs) size\b/,
      surface: true,
      who: 'any',
      conf: 0.6,
      firm: true,
    },
    // transcripts: the interviewer speaking to the candidate as the hire
    {
      re: new RegExp(
        String.raw`${NOT_JOB_SEARCH}(?<!\b(see|know|find out|learn|understand|get it|get used to it)\b.{0,4})\b(when|once|as soon as) you('re| are)? ?(join|start|come on board|get here|in|here|on board|onboard|begin|settled)\b|\b(in|during) your first (day|week|month|quarter|year|season|term|few (weeks|months)|couple of (weeks|months)|six months|90 days|hundred days)\b|\byour first (project|task|job|client|account|priority) (would|will|'d|'ll) be\b|\byou\b[^.?!]{0,40}\bfrom (day|week) one\b|\bfrom (day|week) one,? you\b`,
      ),
      says: 'interviewer',
      surface: true,
    },
    // transcripts: the work told to the candidate as theirs in a verb of the job itself, as the "you'd run the…" choice reads
    // it ("You'd manage four upgrades at a time", "you'd handle starters and leavers", "you'd coordinate the repairs"), what
    // they would have to look after ("you'd have a patch of sixty accounts", "three team leaders"), and the team they would
    // join. Not asked ("how would you handle…") and not on a condition ("…if you're successful")
    {
      re: new RegExp(
        String.raw`(?<!\b(?:how|what|why|where|which|if|whether|would|could|can|do|did|when|say|imagine|suppose) )(?:\byou(?:'d| would|'ll| will) (?:also |mainly |mostly |then |initially |normally |usually |typically )?(?:manage|handle|coordinate|oversee|supervise|process|look after|cover|chase|allocate|deliver|maintain|be on call|be (?:handling|managing|coordinating|processing|supervising|overseeing|chasing|allocating)|have (?:a |an |your own |two |three |four |five |six |seven |eight |nine |ten |\d+ |about |around )(?:[\w-]+ ){0,4}(?:patch|territory|accounts|caseload|team leaders|direct reports|pickers|carers|nurses|patients|residents|stores|sites|beds|bay|classes|pupils|drivers|engineers|technicians))|\bteam you(?:'d| would|'ll| will) (?:be )?join(?:ing)?)\b${IF_CHOSEN_SAID}`,
      ),
      says: 'interviewer',
      surface: true,
      turn: 'telling',
    },
    // "if you came here, I'd want to nick you for that": the hire claimed for a task
    {
      re: /\byou('d| would|'ll| will) (own|take over|take on|lead|run|shadow|pair with|sit (with|next)|be (paired|pairing|working with|working on|based|leading|running|owning|in charge|responsible for|reporting to|joining|sitting|looking after|covering|holding|managing|supporting|on the|in the|part of))\b|\b(we'd|we would|we'll|we will) (get|put|have) you (on|onto|started|working|running|leading|in)\b|\bif you (came|come|joined|join|were to join|started|got the job|get the job)( here| to us| us)?,? (i'?d|we'?d|i'?ll|we'?ll) (want|love|like|grab|nick|steal|have|put|get) (to (grab|nick|steal|have|put|get|rope) )?you\b/,
      says: 'interviewer',
      surface: true,
    },
  ],
};
