/**
 * vague-role-details told as what went unsaid or unknown about the job, in words the first module's question-and-shrug
 * cues do not reach: the job's substance put off to later, its detail found thin, passed over rather than told ("glossed
 * over the role"), the interviewer not knowing what the role involves or which kind of job it is, the specifics left out ("not a single concrete
 * example", "no clarity on the scope"), the candidate learning nothing new, the job never got round to, the candidate
 * sent back to the advert, and the writer's verdict that the answer told them nothing.
 */
import type { Cue } from '../detect/types.js';

/** The job and its parts, as a topic. */
const JOB = String.raw`(?:role|job|position|post|duties|responsibilit\w*|day[- ]to[- ]day|scope|remit|work(?! (?:culture|environment|life|ethic|experience|history)))`;
/** Not the interview: what the candidate read up on before ("didn't learn much about the job before I went in"). */
const NOT_BEFORE = String.raw`(?![^\n]{0,30}\b(?:before|beforehand|going in|prior to|ahead of|in advance)\b)`;

export const unsaidRole: Cue[] = [
  // the job's substance put off to later: "responsibilities will be discussed later", "the duties would be explained
  // at a later stage" (not the pay or the paperwork)
  {
    re: /\b(?:role|job|duties|responsibilities|day[- ]to[- ]day|projects?|team structure|scope|remit)(?: itself| themselves)? (?:will|'ll|would|'d|are to|is to) be (?:discussed|explained|decided|confirmed|covered|clarified|sorted|defined|worked out|agreed) (?:later|at (?:a |the )?later (?:date|stage|point)|in (?:the )?(?:next|second|later|final) (?:round|stage|interview)|on induction|in induction|once (?:i|you|the (?:new )?(?:hire|person)) (?:start|join)s?|when (?:i|you) (?:start|join))\b/,
    who: 'any',
    neg: 'ignore',
    surface: true,
  },
  // the detail named and found wanting: "the role details were thin on the ground", "details about the job were
  // sparse", "the role detail was minimal"
  {
    re: /\b(?:role|job|position|post|duties)(?: \w+)? (?:details?|info|information|specifics) (?:was|were|is|are|be|felt|seemed) (?:\w+ )?(?:thin|minimal|sparse|scant|scarce|lacking|non-?existent|patchy|skimpy|sketchy)\b|\b(?:details?|specifics|info|information) (?:about|on|of) (?:the |my )?(?:actual )?(?:role|job|position|post|duties|day[- ]to[- ]day|responsibilit\w*) (?:was|were|is|are|be|felt|seemed) (?:\w+ )?(?:thin|minimal|sparse|scant|scarce|lacking|non-?existent|patchy|skimpy|sketchy)\b/,
    who: 'any',
    neg: 'ignore',
    surface: true,
  },
  // the job passed over rather than told: "glossed over the role", "talked around the job", "skirted my question on
  // responsibilities", "questions about the work got deflected", "as for the role, he was non-committal"
  {
    re: /\b(?:gloss\w* over |skat\w* over |skirt\w* (?:around |round )?|talk\w* (?:around|round) |danc\w* (?:around|round) |tiptoe\w* (?:around|round) )(?:my |the |our |any |all )?(?:questions? (?:about|on|re) )?(?:the |my |what |which |who )?(?:actual |day[- ]to[- ]day |specific |real )?(?:job|role|position|post|duties|responsibilit\w*|day[- ]to[- ]day|team|work(?! (?:culture|environment|life|ethic|experience|history))|projects?|workload|targets?)\b|\b(?:questions?|queries) (?:about|on|re) (?:the |my )?(?:actual )?(?:job|role|work|duties|team|responsibilit\w*|day[- ]to[- ]day|position|projects?) (?:\w+ )?(?:got|were|was|kept getting|being) (?:\w+ )?(?:deflected|dodged|sidestepped|brushed off|batted away|swerved|parried|waved (?:off|away))\b|\b(?:in terms of|as for|when it came to|regarding|as regards|as far as) (?:the )?(?:actual )?(?:role|job|position|duties|work|day[- ]to[- ]day)\b[^.\n]{0,40}\b(?:evasive|cagey|non-?committal|wishy-?washy|woolly|fuzzy|hazy|vague|thin|sketchy)\b|\b(?:evasive|evasively|cagey|wishy-?washy|woolly|fuzzy|hazy|reluctant to (?:talk|say|go into|get into|discuss|explain))\b(?=[^.\n]{0,40}\b(?:doing|involve\w*|tasks|projects?|role|job|duties|team|responsibilit|workload|day[- ]to[- ]day|hours|shifts|position))/,
    who: 'interviewer',
    neg: 'ignore',
    surface: true,
  },
  // the interviewer unsure which kind of job it is: "unclear on whether this is a team lead role", "not sure whether
  // I'd be client-facing" (not a doubt about the candidate: "unsure whether I'd be a good fit")
  {
    re: /\b(?:unclear|unsure|not sure|not clear|fuzzy|vague|hazy|undecided) (?:on |about |as to )?whether (?:(?:it|this|that)(?:'s| is| was| would be| will be) (?:even |really |actually )?(?:a |an )?(?:[\w-]+ ){0,3}(?:role|job|position|post)|the (?:role|job|position|post) (?:is|was|would be|will be|includes?|covers?|involves?)|(?:i'?d|i would|i'?ll|i will) be (?:[\w-]+ing|on|in|part of|client[- ]facing|based|customer[- ]facing))\b/,
    who: 'interviewer',
    neg: 'ignore',
    surface: true,
  },
  // the interviewer not knowing what the job is: "didn't seem to know what the role would involve", "seemed unsure what
  // the team actually does", "couldn't agree on what the role would cover"
  {
    re: /\b(?:(?:didn'?t|did not|don'?t|do not|doesn'?t|does not) (?:seem to |appear to |even |really |actually )*know|(?:seemed|seem|seems|appeared|was|were) (?:\w+ )?(?:unsure|uncertain|unclear|confused)(?: (?:about|of|on|as to))?|(?:couldn'?t|could not|can'?t|cannot) (?:even )?agree(?: on| about)?) (?:what|which|how) (?:the |this |my )?(?:role|job|position|post|team|department|duties) (?:would |will |actually |really |even |is |was )*(?:involve|cover|do|does|be|is|was|for|entail|look)\w*\b/,
    who: 'interviewer',
    neg: 'ignore',
    surface: true,
  },
  // the specifics left out: "not a single concrete example of work I'd be doing", "no mention of targets, reporting or
  // projects", "no clarity at all on the scope of the role"
  {
    re: /\bnot (?:one|a single) (?:concrete |specific |real |actual )?example of (?:the |what |any )?(?:work|job|task|project|duty|thing)s?\b|\bno (?:real |actual )?mention (?:at all )?of (?:the |any )?(?:targets|reporting|projects|tools|hours|shifts|workload|caseload|kpis)\b|\bno (?:real |clear )?(?:clarity|specifics)(?: at all| whatsoever)? (?:on|about|regarding|around|as to) (?:the |my )?(?:\w+ )?(?:of the )?(?:role|job|position|post|duties|scope|day[- ]to[- ]day|responsibilit\w*)\b/,
    who: 'any',
    neg: 'ignore',
    surface: true,
  },
  // the specifics held back: "she couldn't go into the specifics of the role yet"
  {
    re: /\b(?:couldn'?t|could not|can'?t|cannot|wouldn'?t|would not|won'?t|unable to|not able to) (?:really )?(?:go|get) into (?:the |any )?(?:specifics|details?|particulars) (?:of|about|on) (?:the |my )?(?:role|job|position|post|duties|work|team)\b/,
    who: 'interviewer',
    neg: 'ignore',
    surface: true,
  },
  // the candidate learnt nothing new about the job, or the talk never reached it: "didn't learn anything new about the
  // role", "we never got round to what the job is", "we barely touched on the role"
  {
    re: new RegExp(
      String.raw`\b(?:didn'?t|did not|never) (?:really )?(?:learn|learnt|learned|find out|hear) (?:anything|much|a thing|a lot)(?: new| more)? (?:about|on) (?:the |this |my )?(?:actual )?${JOB}\b${NOT_BEFORE}|\b(?:never|barely|hardly|didn'?t|did not) (?:even |really )?(?:got|get) (?:round|around) to (?:what the |the )?(?:actual )?${JOB}\b|\b(?:we|they|she|he) (?:barely|hardly|never|only just) (?:even |really )?touch\w* (?:on|upon) (?:the |what the )?(?:actual )?${JOB}\b`,
    ),
    who: 'any',
    neg: 'ignore',
    surface: true,
  },
  // sent back to the advert: "pointed me back to the job ad", "referred me to the job description"
  {
    re: /\b(?:pointed|referred|sent|directed|redirected) me (?:back )?to (?:the |their )?(?:job ad|advert|ad|job description|jd|job spec|website|listing|posting|job posting)\b/,
    who: 'interviewer',
    surface: true,
  },
  // the writer's verdict that what was said of the job told nothing: "the responsibilities are 'flexible', which tells me
  // nothing", "described the job as 'supporting the business', which could mean anything"
  {
    re: /\b(?:job|role|duties|responsibilities|position|team|day[- ]to[- ]day)\b[^.\n]{0,80}\b(?:(?:which|that|it|this) (?:tells|told|says|said) (?:me|you|us) (?:absolutely |precisely )?(?:nothing|very little|zilch|sod all|nowt)|(?:which|that|it) could mean anything)\b/,
    who: 'any',
    surface: true,
  },
  // the advert's words and no more (session 23): "said the job was 'exactly as advertised' and didn't add anything",
  // "the job was described in one sentence, basically what the advert said", "nobody said what I'd actually teach"
  {
    re: /\b(?:said|described|told me|called)\b[^.\n]{0,30}\b(?:exactly|just|basically|pretty much) as (?:advertised|per the (?:ad|advert|job description|jd))\b|\b(?:basically|just|only|exactly|pretty much) what the (?:advert|ad|job ad|job advert|job description|jd|listing|posting|job spec) said\b|\b(?:job|role|position|post)\b[^.\n]{0,20}\bdescribed in (?:one|a single) (?:sentence|line)\b|\b(?:nobody|no one|never|didn'?t|did not)(?: \w+)? (?:said|told me|explained|mentioned) what (?:i'?d|i would|i'?ll|i will) (?:actually |really |even )?(?:teach|be teaching|do|be doing|work on|be working on|cover|be covering)\b/,
    who: 'any',
    surface: true,
  },
  // session 23: no picture got, generalities, less known after than before, a question on the job never answered: "got
  // no real sense of the day-to-day", "talked in generalities", "left knowing less about the job than when I went in",
  // "asked what the KPIs would be and never got an answer"
  {
    re: /\b(?:no|without any|didn'?t get (?:a|any)|did not get (?:a|any)|never got (?:a|any)) (?:real |clear |proper |good )?(?:sense|feel|picture|grasp) (?:of|for) (?:the (?:actual |real )?(?:day[- ]to[- ]day|job|role|work|duties|team)|what (?:i'?d|i would|the job|the role))\b|\b(?:talk\w*|spoke|speak\w*) (?:only |mostly |entirely )?in (?:vague )?generalities\b|\b(?:knowing|knew|know) (?:less|no more|nothing more) about (?:the|this) (?:job|role|position|post)\b|\b(?:role|job|duties|kpis|targets|team|responsibilit\w*|day[- ]to[- ]day|workload|caseload)\b[^.\n]{0,60}\b(?:never|didn'?t|did not) (?:really )?(?:got|get) (?:an?|any) (?:straight |real |clear |proper |direct )?(?:answer|reply)\b/,
    who: 'any',
    neg: 'ignore',
    surface: true,
  },
];
