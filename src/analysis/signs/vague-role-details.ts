import type { SignPatterns } from '../detect/types.js';
import { ASKED_I, DODGED_Q, FAILED_ANSWER, SHORT_REPLY, WHOLE_ANSWER } from './little-company-info.js';
import { unsaidRole } from './vague-role-details-unsaid.js';

const ROLE =
  "(team|role|job|assignments?|building|(?<=(which|what) )(line|floor|store|branch|depot|location|base)|programmes?|programs?|manage|responsible for|duties|duty|project|systems?|accounts?|report|reporting|day to day|day-to-day|responsibilit\\w*|involve|hours|quota|targets?|size|big|work(?! as)|manager|entities|patch|shifts?|rota|routes?|van|stack|roadmap|seats|training contract|budgets?|timetable|tasks?|what (exactly )?i('?d| would| will|'ll)? (actually |actualy |really |exactly )?(be )?(do|doing|(?!(?:earn|paid|get|hear|start|wear|bring|need|expect|go|travel|commut|driv|park)\\w*\\b)[a-z]+ing|(?<=be )(?!(?:earn|paid|get|hear|start|wear|bring|need|expect|go|travel|commut|driv|park|able|happy|ok|okay|fine|based|sure)\\w*\\b)[a-z]+|pick|pack|sell|teach|cover|run|make|handle|work on)\\b|sites?|roster|rosters|timings|classes|class(?= or| and)|i('?d| would| will|'ll) (actually |actualy |really |exactly )?(be )?(do|doing)\\b|(typical|average|normal|usual) (day|week|shift)|patch|territory|caseload|kitchen|brigade|crew|section|ward)";
/**
 * The job question put as what the candidate would do or what a part of it involves: "asked which events I'd run",
 * "what the key worker role would involve", "what a day looks like", "what they expect from me", "what kind of cases".
 */
const JOB_Q_MORE =
  "(?:what|which) (?:[\\w-]+ ){1,3}(?:i|you)(?:'d| 'd| would| will|'ll| 'll) (?:actually |really |be )*(?:run|running|do|doing|cover|covering|support|supporting|work on|working on|handle|handling|own|lead|leading|manage|managing|sit (?:with|in)|report to|be (?:in|on|with))\\b|what (?:[\\w-]+ ){1,3}(?:would |will |'d |actually |really )*(?:involves?|involved|cover|covers)\\b|what (?:a|the) (?:[\\w-]+ )?days? (?:would |will |'d |actually |really )*(?:looks?|be) like\\b|what (?:they|you|he|she) (?:\\w+ )?expect\\w* (?:of|from) (?:me|the (?:role|job|post))\\b|what success (?:looks|would look|will look) like\\b|what (?:kind|sort|type)s? of (?:[\\w-]+ )?(?:cases|work|projects?|clients?|tasks|patients|jobs|accounts|customers|matters|deals)\\b";
/** What a candidate asks about the job itself. */
const ASKED_ROLE =
  "\\b(ask|asked|asking|when i ask|(every|each|any|all|my) (\\w+ )?questions? (about|on|re))\\w*\\b(?! (me|us)\\b).{0,60}?\\b(shifts?|rota|hours|targets?|quota|team(?! ?'?s? (culture|vibe|spirit|dynamic|like|works?|gets? on|gets? along))|duties|responsibilit\\w*|remit|priorities|rosters?|which (base|section|site|ward|shift|area)|structure|set-?up|org chart|who i (would|will) (be )?(work|report)|day to day|day-to-day|(the |my )?(actual )?(job|role|position|vacancy|post(?! (code|office|interview))|projects?|territory|patch|caseload|area|route|(?<!works? with )products?|tasks?|plots?|programme|(?<=actual )work(?! (culture|environment|life|ethic|experience|history)))|what (the |a |my |her |his )?(\\w+ )?(job|role|work|first ((few|couple of|two|three|six) )?(days?|weeks?|months?|year)) (would )?(actually )?(involves?|involved|is|looks? like|would be)|(typical|normal|average|usual|great|good) (day|week|shift)|what (the |a |my )?\\w+s? (actually |really )?(do|does)\\b|who i'?d|which (team|clients?|system|shifts?|days?)|what days|how many (\\w+ )?(workers|staff|people|employees|clients|patients|plots|sites|beds|units|accounts)|budgets?|contract type|what i'?d (actually )?(be doing|do|be working on)|what (exactly )?i('?d| would| will|'ll) (actually |exactly )?(be )?(do|doing|work on|working on)\\b|chair rent|payroll system|the work|(the )?(product )?roadmap|scope|(work|working|shift|office|daily|job|duty) (\\w+ and )?timings?|which (accounts?|projects?|clients?|programs?|programmes?|products?|systems?)|what (projects?|accounts?|clients?|programs?|programmes?|products?|systems?|cases|group|desk|deals?|matters?|seat|department)|" +
  JOB_Q_MORE +
  ')\\b';
/** The topic part of ASKED_ROLE, for cues that find the asking themselves. */
const ASKED_ROLE_TOPIC =
  "(shifts?|rota|hours|targets?|quota|team(?! ?'?s? (culture|vibe|spirit|dynamic|like|works?|gets? on|gets? along))|duties|responsibilit\\w*|remit|priorities|rosters?|which (base|section|site|ward|shift|area)|day to day|day-to-day|(the |my )?(actual )?(job|role|position|vacancy|post(?! (code|office|interview))|projects?|territory|patch|caseload|area|route|(?<!works? with )products?|tasks?|plots?|programme|(?<=actual )work(?! (culture|environment|life|ethic|experience|history)))|what (the |a |my |her |his )?(\\w+ )?(job|role|work|first ((few|couple of|two|three|six) )?(days?|weeks?|months?|year)) (would )?(actually )?(involves?|involved|is|looks? like|would be)|(typical|normal|average|usual|great|good) (day|week|shift)|what (the |a |my )?\\w+s? (actually |really )?(do|does)\\b|who i'?d|which (team|clients?|system|shifts?|days?)|what days|how many (\\w+ )?(workers|staff|people|employees|clients|patients|plots|sites|beds|units|accounts)|budgets?|contract type|what i'?d (actually )?(be doing|do|be working on)|chair rent|payroll system|the work|(the )?(product )?roadmap|scope|(work|working|shift|office|daily|job|duty) (\\w+ and )?timings?|which (accounts?|projects?|clients?|programs?|programmes?|products?|systems?)|what (projects?|accounts?|clients?|programs?|programmes?|products?|systems?|cases|group|desk|deals?|matters?|seat|department)|" +
  JOB_Q_MORE +
  ')\\b';
/**
 * The interviewer asking is not the candidate's question, and the candidate's own reply
 * ("she asked about my last team and I said it varies") is not a dodge: the gap stops at "I said".
 * "he asked" stays, for stories about a friend's interview.
 */
const NOT_THEIR_ASK =
  '(?<!\\b(interviewer|manager|recruiter|panel|chair|director|lead|boss|owner|head|hm|partner|supervisor) (also |then |just |only |first |later )?)';
/** Replies that defer or dodge, among them to someone else: "the VM manager will go through that", "the head of housekeeping decides that." */
const DEFERRAL =
  "\\b(depends|(?:tell|show|explain|discuss|cover)\\w* (?:you |that |it |this |all that )?(?:later|when you (?:start|join|come)|once you(?:'re| are)? (?:start|join|in))\\b|(?:will|'ll|to) be (?:discussed|explained|decided|confirmed)(?: later)?\\b|(?:the |your )?(?:manager|boss|hr|head|director|hiring manager|hm|owner|supervisor|team leader|line manager)s? (?:\\w+ )?(?:decide\\w*|will (?:decide|explain|tell you|go (?:through|thru|over)))\\b|(?:have|need|needs|has) to check\\b|(?:lots of|plenty of|loads of|a lot of) variety|a range of (?:things|stuff|bits|tasks)|a mix of (?:things|stuff|everything|bits)|cross (?:that|the) bridge|avoid\\w* (?:giving|answering|saying|specifics|details|numbers|the question)|stuff like that|bits and bobs|(?:it'?ll|it will|that'?ll|that will|it'?d|it would) (?:become|be) (?:clear|clearer|obvious) later|(?:happens?|decided|sorted) later|(?:that'?ll|that will|it'?ll|it will) come (?:at|in|with) (?:the )?(?:2nd|second|next|later|final) (?:stage|round|interview)|(?:you|i)(?:'ll| will|'d| would) get (?:all )?(?:that|it|this) (?:in|at|during|on) (?:training|induction)|if (?:you'?re|you are|you get) (?:successful|offered|hired|selected|appointed|the job)|(was|were|got|sounded|seemed|be) (really |very |a bit |pretty |kinda |so |super )?(vague|cagey|evasive|noncommittal)|vague|(discuss|cover|explain|tell|show|go (into|through|thru))\\w* (that |it |this |all that |you )?(in|at|during|on) (the )?(next (round|stage|interview)|training|induction|time of joining|joining|second (round|interview)|later stage|first day)|whatever (comes up|needs doing|is needed)|(lots of|loads of|all sorts of|various|plenty of) (exciting|interesting|cool|fun|different|new) (stuff|things|bits|projects|work)|we'?ll (define|decide|shape|figure out|work out|build|agree) (it|that|this|the role|the scope|the details)( \\w+)? (together|later|as we go|along the way|down the line)|(you'?ll|you will|you'd|you would) (adjust|adapt|get used to it)\\b|you know the score|you know how it is|(you'?ll|you will|you'd|you would) (work it out|pick it up|figure it out|soon see|be helping( out)?|help out)|bit of this|(it|that|this) changes|it'?s a (team|job|tip|garage|warehouse)\\b|, '?a few'?\\s?[.,]|it varies|varies|whoever'?s on|whoever('?s| is| be) (in|on|around|free|about)|(it'?s|it is|it be|things are|things be|everything'?s|everything is|everything be) (all )?(changing|in flux|up in the air)|a few of us|we'?ll see|we (will|shall) see|we'?ll (sort|go through|cover|discuss|talk about|get to|figure|work) (it|that|this|out)?|sort it|go through that|(discuss|cover|talk about) (that|it) (later|at|on|another)|that'?s for later|for later|(that|it|this) later|at offer stage|on induction|find out|hr will|ask (hr|the recruiter)|(he|she|they) (said|say) hr|tbd|tbc|not sure yet|no idea|bit of (both|everything)|we'?ll let you know|normal \\w+|all very busy|only '?\\w+'?\\.?$|chang\\w* (every|all the) (week|day|time|month)|(figure|work|sort) (it |that |this |all that |all this |the \\w+ )?out (later|together|as we go|down the line|when|once)|as we go|wav\\w* (it |a hand|me )?(off|away)?|left it (there|at that)|dodg\\w*|sidestep\\w*|side-step\\w*|swerv\\w*|skirt\\w*|deflect\\w*|chang\\w* the subject|brush\\w* (it |that |me )?off|shrug\\w*|whatever (the (client|business|team|manager|customer)s? needs?|we need)|all hands on deck|(wear|wearing) (many|lots of|a lot of|multiple) hats|still (deciding|being decided|to be decided|finali[sz]ing|working (it|that) out)|(couldn'?t|could not|can'?t|cannot|won'?t|wouldn'?t|not able to) (really )?(get|go) into (specifics|details?|it|that|the specifics)|(the )?(hm|hiring manager|manager|team lead|line manager)\\b.{0,20}(will|'ll|would|'d|can) (go into|cover|explain|tell|talk about|answer)|(the )?([\\w-]+ ){0,3}(manager|head|lead|supervisor|director|boss|chef|pi|partner|client)\\b.{0,20}((will|'ll|would|'d|can) (go through|go over|decide|sort)|(decides?|sets?) (that|it|this|those)(?=[^\\w\\n]*(?:[.!?;]|$)))|not important (now|yet|at (this|the) (stage|moment|point))|get back to (me|you)|(discuss|cover|go through|talk about|get into|explain)\\w* (it |that |this |them )?later|(you'?ll|you will) (learn|discover|see)|wherever (we|they|it'?s|you'?re) need|(many|various|different|lots of|all kinds of|all sorts of|some other|other) (things|products?|projects?|stuff|bits|tasks|areas|clients)\\b|(covered|explained|discussed|sorted) (if|when|once) you'?re (successful|hired|in|offered|appointed|selected)|(for|up to) the (new person|successful candidate|new hire|postholder) to (work out|decide|figure out|define|shape)|(wouldn'?t|would not|couldn'?t|could not|won'?t|didn'?t|did not|can'?t) (really )?(say|commit|specify|be drawn)\\b(?! (enough|more|how (much|great|excited|happy))\\b)|\\b(evolving|growing|fluid)\\b|hard to say|could be anything|(?:in|from) the (?:staff )?handbook|(?:you'?ll|you will|i'?d|i would|i'?ll|i will) (?:get|learn|pick up|find out|see|hear about)\\w* (?:it |that |all that |all this |this |everything |the rest |more )?(?:up |out )?(?:when (?:you|i) (?:start|join|get here|begin)|once (?:you|i) (?:start|join|begin)|(?:in|on|during|at) (?:onboarding|induction|orientation|day one|the first day))|\\bit('ll| will| would|'d) (probably |just |all )?(evolve|change|develop|shift)\\b|every (single )?(day|week|shift)('s| is| be) (different|unique|a new \\w+)|no two (days?|weeks?|shifts?) (are|be|'re) (the same|alike))";

/** Shrugs that are only a shrug when nothing follows: "a mix.", not "a mix of juniors and seniors". */
const SHORT_DEFERRAL = String.raw`(?:(a|bit of a|all a) mix\b|mixed bag|all sorts|this and that|(?:pretty |fairly |quite |all |very |it'?s )?(?:standard|self-explanatory|self explanatory)|you know,? (?:\w+ )?stuff|(?:there'?s|there has|there have) been (?:some |a few |a lot of |lots of )?changes(?: lately| recently)?|it'?s (just |all )?(busy|hectic|manic|mad|the nhs)|you'?ll meet (them|everyone|the team)(?: eventually| in due course| soon| later| when you start| on your first day)?)${WHOLE_ANSWER}`;

/** The employer unsure what it wants: "they weren't actually sure what they wanted", "she had no idea what they were looking for". */
const UNSURE_WHAT_WANTED =
  '\\b(?:they|he|she|the (?:\\w+ ){0,2}(?:company|firm|team|manager|interviewers?|panel|client|business|organisation|organization|school|hospital|employer|department|board))(?: really| actually| even| just| still| clearly| obviously)? (?:(?:be|seem|appear|do|could)(?: not| never)(?: really| actually| quite| entirely| even| totally| fully| exactly| seem| seem to| appear to| to)*(?: be)? (?:sure|certain|clear|know|decide|agree)|(?:be|seem) (?:unsure|uncertain|unclear|undecided|confused)|have (?:no|little) (?:real |clear )?(?:idea|clue|notion))(?: (?:on|about|of|among themselves))?(?: exactly)? what (?:they|he|she|it) (?:really |actually |even )?(?:want|need|be look|look|be after|be hire|be recruit)\\w*\\b(?! (?:me|us|from me|to hear|to ask|to see)\\b)';

/** The advert and its kin, as the candidate names them. */
const AD =
  '(?:job ad|job advert|advert|advertisement|ad|job description|jd|job spec|spec|listing|job posting|posting|careers page)';

/** Little that is specific about the job. A negated "explained the role" also lands here (see detailed-role-info). */
export const vagueRoleDetails: SignPatterns = {
  id: 'vague-role-details',
  cues: [
    // the job question answered in a word or three, and nothing more in the sentence: "Asked what I'd be doing day to
    // day — 'calls'.", "when I asked what I'd be doing, she just said 'paperwork, phones, bits'." (the clause's
    // surface has no quote marks; over the read sets such a question and quoted reply was labelled vague 16 in 16)
    {
      re: /\bask\w* (?:him |her |them )?(?:what|which)(?: exactly)? (?:i'?d|i would|i will|i'?ll|the (?:job|role|day[- ]to[- ]day)|my (?:job|role|days?))(?: actually| really)?(?: be)? ?(?:doing|do|involves?|involved|be on|cover|covering)\b(?: (?:day[- ]to[- ]day|every day|all day))?[^\n?.]{0,40}?(?:\bjust |\bonly |\bsimply )?(?:\bsaid|\bsays|\bsay|\bwent|\breplied|\banswered|—|–| -|:)[ ,]*(?:[a-z']+ ?,? ?){1,3}[.!…]*\s*$/,
      surface: true,
      conf: 0.65,
    },
    // the candidate left knowing no more about the job, whoever tells it: "came away with no picture of the job",
    // "none the wiser about the role" (the interviewer's own "no idea what the role is" is UNSURE_WHAT_WANTED's)
    {
      re: /\b(?:(?:left|leaving|came (?:out|away)|walked (?:out|away)|went home|ended up)\b[^.]{0,30}?\b(?:with )?(?:no (?:real |clear |proper )?(?:idea|clue|sense|feel|picture)|not knowing|knowing nothing)|none the wiser|no (?:wiser|clearer))\b[^.]{0,30}?\b(?:about|of|on|what|or|and|nor|either) (?:about |what )?(?:the |this |my |their )?(?:actual )?(?:job|role|position|post|duties|day[- ]to[- ]day|work i'?d|team i'?d)\b/,
      neg: 'ignore',
    },
    // the specifics named as missing: "no team named, no tools named", "not one concrete task", "couldn't name a single project"
    {
      re: /\bno (?:team|tools?|projects?|reporting line|duties|tasks|targets|line manager|manager|hours|rota|shifts?|clients?|systems?) (?:named|mentioned|given|specified|described|discussed|spelled out|spelt out)\b|\bnot (?:one|a single) (?:concrete |specific |real |actual )?(?:task|tool|project|duty|responsibility|target|deliverable|client|system)\b|\b(?:couldn'?t|could not|can'?t|cannot|didn'?t|did not|never|wouldn'?t|would not)(?: even)? name (?:a single|one|any) (?:\w+ )?(?:project|task|tool|client|duty|responsibility|deliverable|system|teammate|colleague)\b/,
      who: 'interviewer',
      neg: 'ignore',
    },
    // the advert told more than the interview: "the job ad said more than the interviewer did about the job"
    {
      re: /\b(?:job ad|advert|ad|job description|jd|listing|posting|job spec|website)\b (?:\w+ )?(?:said|told me|gave|says|tells|gives|explained) (?:me )?(?:more|far more|a lot more|way more) (?:about (?:the |this )?(?:job|role|work) )?than (?:he|she|they|the \w+|the interview\w*) (?:did|does|ever did)\b/,
      neg: 'ignore',
    },
    {
      re: new RegExp(
        `\\b(could not|couldn't|can't|cannot|not able to|unable to|did not|didn't|didnt|wouldn't|would not|never|ain'?t|aint|not|no|(neither|none|nobody|no one|no-one) (of (them|the \\w+) )?(could|can|would|was able to|were able to|seem to|seemed to)) (really |even )?(seem to |seemed to |appear to |appeared to )?(say|tell|explain|describe|give|answer|specify|commit to|confirm|pin down|know (anything|much|a thing|the first thing))\\b(?! me (when|if|whether))(?:(?!how (the|they)|like (to )?work|what it)[^\\n]){0,60}\\b${ROLE}\\b`,
      ),
      who: 'interviewer',
      neg: 'ignore',
    },
    {
      re: /(?<!\b(do|did|does|just) )\b(hadn't|had not|haven't|have not|not|still) (yet )?(work|worked|working|figure|figured|sort|sorted|decide|decided|pin|pinned)\w* (that |it |this |things |those )?(out|down|yet)\b(?! (if|whether|why|who|what they meant)\b)/,
      who: 'interviewer',
      neg: 'ignore',
    },
    {
      re: /\b(being|be) (sorted|worked|figured|defined|scoped|shaped) out\b|\bstill being (defined|worked out|figured out|shaped|scoped|decided)\b|\b(role|job|post|position|team|duties|responsibilit\w*|remit|structure|scope) (\w+ ){0,2}shake\w* out\b|\bhow (the )?(role|job|post|team|duties|remit|structure|scope) (\w+ ){0,2}shake\w* out\b|(?<!\bi (say|said|told \w+|replied|answered),? (that )?)\bit (varies|depends|vary|depend)\b|\b(you'?d|you would|you'?ll|it'?s|it be|the (role|job) (is|be)) (do |doing |be )?(a )?bit of everything\b|\bget into (that|it) later\b|(?<!\b(date|time|venue|slot|day|round|call) )\b(tbd|tbc|to be (decided|confirmed))\b|\b(say|said|tell|told|explain\w*|describ\w*|answer\w*|repeat\w*)\b[^\n]{0,60}\bwithout (any|much|real|further|more|a lot of) (detail|details|specifics|explanation|elaboration)\b|\b(none the wiser|no wiser|no clearer|still (in the dark|clueless))\b[^\n]{0,30}\b(role|job|duties|day[- ]to[- ]day|what i'?d|what i would|what the (role|job|work))\b|\bhand[- ]wav\w*|\bwoolly\b|\bno (real )?(specifics|details?) (about|on) (the )?(role|job|team|duties)\b|\b(all )?in flux\b|\bup in the air\b|\bmoving target\b/,
      who: 'interviewer',
      neg: 'ignore',
    },
    {
      re: new RegExp(
        `\\b(not (one|a single) (\\w+ )?thing|nothing|little|not much|(?:didn'?t|did not|never|couldn'?t|could not) (?:get|got|learn) much|no detail|no real detail|no (?:real |useful |actual )?info(?:rmation)?|hardly anything|barely anything|(?:hardly|barely|scarcely) any|no idea|no clue|no clear idea|zero|not a word|not a peep|not a sausage|not a thing|sod all|nada|zilch)\\b.{0,20}\\b(about|bout|abt|on|of|what|re:?|regarding) (how the |the |what the |what i'?d |what i would |their |any |actual |the actual |which |what kind of |who |my (actual )?(?=(role|job|duties|hours|shifts?|team|manager|responsibilit)))?(\\w+ (or|and) (the )?)?(?:${ROLE}|position|post(?! (?:code|office|interview))|vacancy)(?![^\\n]{0,30}\\b(before|beforehand|going in|go in|prior to|ahead of|in advance)\\b)`,
      ),
      neg: 'ignore',
    },
    {
      re: /\bvague\w*\b(?=.{0,40}\b(doing|involve\w*|tasks|projects?|report\w*|role|job|duties|team|responsibilit|work|day|hours|shifts))|\b(role|job|duties|responsibilities|post|position|jd|job description|job spec|job ad|advert) (be|was|were|seemed|felt|is|are) (really |very |pretty |so |still |a bit |all |just )?(vague|unclear|fuzzy|hazy|undefined|sketchy|generic|fluffy|buzzwords|buzzwordy|fluff|waffle)|\b(cagey|evasive|wishy[- ]washy|noncommittal|non-committal|guarded|cryptic|woolly|fuzzy|hazy|sketchy|light on (detail|specifics)|all very high[- ]level|very high[- ]level) (about|on|re|when it came to|regarding|with) (the |what |my )?(role|job|team|duties|hours|shifts|work|day|specifics|details)/,
    },
    {
      re: /\b(job|role|position|post) (wasn't|was not|isn't|is not|be not|be n't|not) (really |properly |clearly |well |even )?(defined|clear|scoped|set|fixed|nailed down|specified|explained)\b/,
      neg: 'ignore',
    },
    {
      re: /\bstill (do not|don't|dont|not) (really )?know what (the|i|this|i'?d) (job|role|would|be)|\b(couldn't|could not|didn't|did not|never) get (a |any )?(word|detail|answer|straight answer|clear answer|anything|much)( of detail)? (about|on|out of (him|her|them) about)\b|\babout the (work|job|role|duties) (he|she|they) (explain|say|tell|said|told)\w* nothing\b/,
      neg: 'ignore',
    },
    // left not knowing: "I couldn't tell you what the shifts are", "never found out who I'd report to", "nobody seemed to know what the job is"
    {
      re: new RegExp(
        `\\b((couldn'?t|could not|can'?t|cannot) (even |really )?tell you|(never|didn'?t|did not|not) (even |really |actually )?(find|found|get|got|learn\\w*) (out|told)|(nobody|no one|no-one|none of them|neither of them) (\\w+ )?(seem\\w*|appear\\w*) to know|still (do not|don't|dont|not|no) (really )?(know|sure|clear))\\b,? (on |about )?(what|who|which|how many|how big)\\b[^\\n]{0,30}?\\b${ROLE}`,
      ),
      neg: 'ignore',
    },
    {
      re: /\b((don'?t|do not|didn'?t|did not|not|without|never) (even |really |actually |properly )?(know|knowing|knew|find out|finding out|found out|did find out|learn\w*)|dunno|idk|no idea|no clue|left (not|without) (knowing|a clue|any idea)) (exactly )?(what|who|which) (the |my |this )?(job|role|position|post|duties|responsibilities|department|site|shift|work (would|will) be|team does|i'?d (actually |really )?be (doing|reporting)|i would (actually |really )?be (do|doing|report)|i'?d report to|i would report to|i'?ll be doing|i will be do|i will be doing)\b(?![^\n]*\b(before|until|till|but|explain\w*|walk\w* me)\b)/,
      neg: 'ignore',
    },
    {
      re: /\b(we'?re|we are|they'?re|they are|we be|they be|still) (still )?(defining|scoping|shaping|finalising|finalizing|working out|figuring out|deciding|define|scope|shape|finalise|finalize|work out|figure out|decide) (on )?(the |what the |their |our )?(\w+'?s? )?(scope|role|remit|structure|responsibilit\w*|portfolio|team'?s? (scope|remit|structure|focus)|job)\b|\b(job|role|duties|post) (\w+ ){0,3}(also |still |really )?(not|n't|never) (really |very |so |that )?(clear|defined|explained)\b/,
      neg: 'ignore',
    },
    {
      re: new RegExp(
        `${NOT_THEIR_ASK}${ASKED_ROLE}(?:(?!\\bi (?:say|said|told|replied|answered|go|went)\\b|\\bi (?:be|was|were|seem|seemed|sound|sounded) (?:\\w+ ){0,2}(?:vague|cagey|evasive|noncommittal)\\b).){0,100}?(${DEFERRAL}|${SHORT_DEFERRAL})`,
      ),
      qa: true,
    },
    {
      re: new RegExp(
        `${NOT_THEIR_ASK}${ASKED_ROLE}(?:(?!\\bi (?:say|said|told|replied|answered|go|went)\\b).){0,100}?${FAILED_ANSWER}`,
      ),
      qa: true,
      neg: 'ignore',
    },
    { re: new RegExp(UNSURE_WHAT_WANTED), who: 'any', neg: 'ignore' },
    // the job question answered in a handful of words: "answered my question about the team in about six words"
    {
      re: new RegExp(
        `\\b(answer\\w*|dealt with|covered|summed up|brushed) (my |the |our |all (of )?my )?questions? (about|on|re) (the |my |what )?${ROLE}\\b[^\\n]{0,20}\\b(in|with) (about |like |maybe |just |only |roughly |around )?(one|two|three|four|five|six|seven|eight|a few|a couple of|a handful of|\\d+) words\\b|\\b(one|single)[- ]word (answer|reply|response)s? (about|on|re|to (my |the )?questions? (about|on)) (the |my |what )?${ROLE}\\b`,
      ),
      neg: 'ignore',
    },
    // the interviewer as lost as the candidate: "she seemed to know very little about the position herself",
    // "they didn't seem to have a clear idea of what the role would be", "it was unclear what the job actually was"
    {
      re: /\b(know|knew|knows) (very |so |surprisingly |remarkably )?(little|nothing|next to nothing) about (the |this |what the )?(role|job|position|post|vacancy|duties)\b/,
      who: 'interviewer',
      neg: 'ignore',
    },
    {
      re: /\b(not|n't|never|no) (seem to |really |even |appear to )?(have )?(a |any |much of a )?(clear |real |firm |proper |concrete )?(idea|picture|sense|plan|vision|notion) (of |about |on |for )?(what|how) (the |this |my )?(role|job|position|post|duties)\b|\b(unclear|not clear|never clear|vague|a mystery) (what|how) (the |this |my )?(role|job|position|post|duties) (actually |really |even |exactly )?(would|will|was|is|be|were|are|involve)/,
      neg: 'ignore',
    },
    // the job question dodged, the dodge named first: "dodged every question about the actual work"
    {
      re: new RegExp(
        `\\b${DODGED_Q} (about|on|re|regarding) (the |my |what |which |who |how )?(actual |day[- ]to[- ]day |specific |real )?${ROLE}\\b`,
      ),
      neg: 'ignore',
    },
    // the shrug said "about the job": "kept saying 'we'll see how it goes' about the actual job"
    {
      re: new RegExp(
        `\\b(say|said|saying|says|answer\\w*|repl\\w*|go|went)\\b[^\\n]{0,10}?${DEFERRAL}[^\\n]{0,25}?\\b(about|re|regarding|when it came to|for) (the |my |what )?(actual |day[- ]to[- ]day )?${ROLE}\\b`,
      ),
      neg: 'ignore',
    },
    // a short reply about people is the culture question's (little-company-info), not the job's
    {
      re: new RegExp(
        `${ASKED_I}(?![^\\n]{0,60}\\b(culture|vibe|ethos|values|atmosphere|what it'?s like|like to work|like working)\\b)[^\\n?]{0,40}?\\b${ASKED_ROLE_TOPIC}[^\\n]{0,40}?(?![^\\n]{0,40}\\b(bunch|people|folks?|family|lovely|friendly|nice|fun|culture|vibe)\\b)${SHORT_REPLY}`,
      ),
      qa: true,
    },
    // a question put straight, then the dodge: "what would I be doing, and he said 'wherever we need you'", "Role scope: 'evolving'"
    {
      re: new RegExp(
        `(?:\\b(?:what|which|who) (?:would|will|'d|do|did) i (?:actually |really )?(?:be )?(?:do|doing|work on|working on|report to|manage|cover)\\b[^?\\n]{0,60}?\\b(?:say|said|reply|replied|answer|answered|go|went|told)\\b[^\\n]{0,10}?|\\b(?:role|scope|team size|team|duties|hours|shifts?|projects?|reporting line|day to day)\\s*:)\\s*(?:->|→|=>|-|:)?\\s*(?:${DEFERRAL}|${SHORT_DEFERRAL})`,
      ),
      qa: true,
    },
    // ...and across the question mark, which ends a segment: "What will I do? 'Bit of everything.'"
    {
      re: new RegExp(
        `\\b(?:what|which|who|how many|how big)\\b[^?\\n]{0,50}?\\b(?:do|doing|team|role|job|duties|projects?|report|hours|shifts?|day|manage|work on|cover)\\b[^?\\n]{0,20}\\?\\s*(?:->|→|=>|-|:)?\\s*(?:${DEFERRAL}|${SHORT_DEFERRAL})`,
      ),
      qa: 'only',
    },
    // terse Q&A notes with no asking verb: "team? -> 'you'll meet them'", "role? - 'bit of everything'", "Team size? 'A few of us.'"
    {
      re: new RegExp(
        `\\b(role|job|team|duties|hours|shifts?|rota|day to day|projects?|work|systems?|tools|software)( size| structure)?\\s*\\?\\s*(->|→|=>|-|:)?\\s*.{0,20}?(${DEFERRAL}|${SHORT_DEFERRAL})`,
      ),
      qa: true,
    },
    {
      re: new RegExp(
        `\\b(nobody|no one|no-one|none of them|neither of them)\\b (really |actually |even )?(said|told me|explained|mentioned|described|went through|talked about|say|tell|explain)\\b.{0,20}\\b(what|which|who|how many|how much)\\b.{0,30}\\b${ROLE}`,
      ),
      neg: 'ignore',
    },
    // shrugs quoted on their own, common in Q&A notes: "'the role's evolving'", "'supporting the team with whatever comes up'"
    {
      re: /\b(role|job|post|position)('s| is| be) (still )?(evolving|changing|fluid|flexible|whatever)\b|\b(?:role|job|post|position)(?:'s|\W{1,3}is) (?:what(?:ever)? you make (?:it|of it))\b|\b(?:duties|responsibilities|remit|scope)(?: are| is|'s| be| were| was) (?:still |very |quite |pretty |a bit |kind of |sort of )?(?:fluid|evolving|undefined|in flux|up in the air|tbc|tbd|to be confirmed|to be decided)\b|\bgeneralist (role|job|post)\b|\b(role|job|post|position|jd|job description|job spec|staffing( model)?|team structure|structure|remit|scope|reporting line)( itself)?('s| is| be| was| remains| remained| stays| stayed) (still )?(a )?(bit of a |complete |total )?(mystery|blank|black box|grey area|gray area)\b|\bkept (it|things|everything) (very |pretty |really |quite |super )?(high[- ]level|vague|general|woolly)\b|\b(wear|wearing) (many|lots of|a lot of|multiple|loads of) hats\b|\ball hands on deck\b|\bwhatever comes up\b|(?<!\b(ask|question|quiz|grill|cover|went through)\w* (me |us |him |her )?(all )?)\bthe usual (tasks|stuff|things|duties)\b|\babout the (\w+ )?(team|tasks|duties|job|role|work)( and (the )?(\w+ )?(team|tasks|duties|job|role|work))? (he|she|they) (said|say|told|tell|explain\w*) (very little|nothing|not much|little|next to nothing)\b/,
      neg: 'ignore',
    },
    {
      re: /\b(bit of everything|bit of both|you'd pick it up|pick it up as you go|depends\.?|it varies|varies with|being sorted out|get into that later|haven't decided|still working (it|that) out|gets decided later|figure it out|we'll see|still taking shape|still (being )?(shaped|defined|scoped|decided|worked out|figured out)|(it'll|it will|it would|it'd) (depend|evolve)|depends? on what the (business|team|client|company) needs?|helps? (out )?wherever (?:[\w-]+ ){0,4}?needs?\b|(it'?s|it is) (quite |pretty |fairly |very )open\b(?! (to|for|about|with|plan)\b))/,
      says: 'interviewer',
      weight: 0.5,
    },
    // transcripts: the interviewer saying the job itself is unsettled
    {
      re: /\b(the )?(role|job|post|position)('s| is| be| will be| would be| 'll be| 'd be) (still )?(taking shape|evolving|being (shaped|defined|scoped|worked out)|(quite |a bit |pretty )?fluid|whatever (you|we) make (it|of it))\b|\b(a )?bit of everything\b/,
      says: 'interviewer',
      weight: 1,
    },
    // never raised at all: "nobody mentioned the actual team", "the role itself never came up", "no mention of the day-to-day"
    {
      re: /\b(nobody|no one|no-one|never|not once|didn'?t|did not|do not|not|barely|hardly|(not once|never|at no point) (did|do) (anyone|anybody|they|he|she|the \w+))\b (even |really |actually |once |ever )?(mention\w*|brought up|bring up|touch\w* on|talk\w* about|discuss\w*|describ\w*|get into|got into|go into|went into)\b (\w+ ){0,2}?(the |my |what the |their |any )?(actual |day[- ]to[- ]day |specific |real )?(job|role|team|duties|responsibilit\w*|work(?! (experience|history|ethic))|day[- ]to[- ]day|brigade|shifts|rota|hours|projects?)\b(?! ?'?s? (culture|vibe|values|ethos))|\b(the )?(actual )?(job|role|duties|day[- ]to[- ]day|work) (itself |themselves )?(never|barely|hardly|didn'?t|did not|do not|not) (once |really |even |actually )?(came|come) up\b|\bno (real )?mention (at all )?of (the |what |my )?(actual )?(job|role|team|duties|day[- ]to[- ]day|work|responsibilit\w*|what i'?d be doing)\b/,
      who: 'interviewer',
      neg: 'ignore',
    },
    // the job told in other words of nothing (p-notes): "explained nothing really when I asked what a normal day is", "I don't
    // think she said anything about what the job is", "described the team's work in general terms", "about my job he only
    // say 'picking'", "when I asked about the lab she said the PI would tell me"
    {
      re: /\b(?:explain\w*|said|told me|describ\w*) (?:me )?(?:nothing|very little|not much|hardly anything|next to nothing)\b(?: (?:really|at all))? (?:about|of|on|as to|when i asked|when asked)\b[^.\n]{0,25}?\b(?:job|role|duties|(?:normal|typical|usual) (?:day|week|shift)|day[- ]to[- ]day|tasks|shifts?|position|post)\b|\b(?:n'?t|not|never) (?:think|reckon|believe) (?:she|he|they|the \w+) (?:really )?(?:said|told me|explained|mentioned|described) (?:anything|much|a thing|a word)\b[^.\n]{0,30}?\b(?:job|role|duties|day[- ]to[- ]day|tasks|position|post)\b|\b(?:describ\w*|explain\w*|talk\w* about|spoke about|outlin\w*) (?:the |their |our |what |it )?(?:[\w']+ ){0,3}?in (?:very |only |really |quite )?(?:general|broad|vague|abstract) (?:terms|strokes)\b|\babout (?:my|the) (?:job|role|work|duties|position)\b[^.\n]{0,20}?\b(?:only|just) (?:said|say|says|told me|tell me)\b|\b(?:said|say|says|told me)(?: that)? (?:the |my |their )?(?:pi|hiring manager|line manager|team lead|team leader|supervisor|head of \w+|client) (?:would|will|'d|'ll|can|could) (?:tell|explain|cover|go through|go over|talk (?:me )?through)\b/,
      who: 'interviewer',
      surface: true,
    },
    // the job given as support of some team and nothing more, the reply's last words: "What will I be doing? 'Supporting
    // the team.'", "she said 'supporting the business, mainly'", "described only as 'supporting the QC team'" (over the
    // read sets such a reply ending its sentence was labelled vague 15 in 15)
    {
      re: /(?:^|: |\b(?:said|says|say|got|get|replied|answered|went|is|was|just|only|beyond|as)\b[^.\n]{0,10}?\s)(?:(?:oh|well|um|just|only|generally|mainly|mostly|basically|general admin|you'?d|you'?ll|you would|you will|be),?\s)*support(?:ing)? the (?:[\w-]+ ){0,2}?(?:team|business|office|side|managers?|journey|staff|department|function|operations?)(?:,? (?:mainly|mostly|really|generally|basically|that kind of thing|and stuff|etc))?(?:\s*[.,!…])*\s*(?:$|,? (?:nothing|no) (?:specific|concrete|more|else|detail))/,
      surface: true,
      conf: 0.6,
    },
    // a one-word shrug as the whole reply, or the whole sentence: "got 'it's evolving'", "she said 'various'", "It's a
    // varied position." (over read labelled vague 9 in 9)
    {
      re: /(?:^|\b(?:said|says|say|got|get|replied|answered|went|just|only|as)\b[^.\n]{0,10}?\s)(?:(?:oh|well|um|just|only|it'?s|it is|it be|all|very|quite|pretty|really|a|an),?\s)*(?:fluid|varied|evolving|various|dynamic|flexible)(?: (?:role|position|job|post|work))?(?:\s*[.!…])*\s*$/,
      surface: true,
      conf: 0.6,
    },
    // which part of the job left open, by either side: "the interviewer didn't know which team I'd go to", "no idea which
    // walk I'd be on" (over read labelled vague 10 in 10)
    {
      re: /\b(?:didn'?t|did not|doesn'?t|does not|don'?t|do not|couldn'?t|could not|can'?t|cannot|no|not sure|unsure) (?:even |really |actually |yet )?(?:know |say |tell me |sure |idea )?(?:which|what) (?:team|site|shift|ward|department|project|client|store|branch|room|class|depot|location|area|patch|desk|floor|line|route|account|product|walk|round|section)s? (?:i'?d|i would|i will|i'?ll|i'?m|i am|i be)\b/,
      who: 'any',
      neg: 'ignore',
      surface: true,
    },
    // "didn't really get a sense of what I'd be doing": the picture of the job never formed
    {
      re: /\b(?:didn'?t|did not|never|don'?t|do not|couldn'?t|could not) (?:really |even |actually )?(?:get|got|have|had|form|come away with) (?:a|any|much of a|the slightest|a real) (?:real |clear |proper |good )?(?:sense|picture|idea|feel|understanding) (?:of|for|about|as to) (?:what|which|who) (?:i'?d|i would|i will|i'?ll|the (?:job|role|work|team)|my)\b/,
      who: 'any',
      neg: 'ignore',
      surface: true,
    },
    // the candidate left not knowing the job: "I don't know what I will do exactly"
    {
      re: /\bi (?:still )?(?:do ?n'?t|do not|didn'?t|did not) (?:really |even |actually )?know what i(?:'d| would| will|'ll)? (?:actually |really |exactly )?(?:be )?(?:do|doing)\b/,
      who: 'any',
      surface: true,
    },
    ...unsaidRole,
    // session 24: the advert told more than the interviewer: "I knew more about the role from the advert than from her",
    // "the job description told me more than he did"
    {
      re: /\b(?:knew|know|learned|learnt|got|found out) (?:more|as much) (?:about (?:the|this) (?:job|role|position|post) )?from (?:the|their) (?:advert|ad|job ad|job advert|job description|jd|listing|posting|job spec|website) (?:than|as)\b|\b(?:advert|ad|job ad|job description|jd|listing|posting|job spec) (?:told|said|gave) (?:me )?(?:far |much |a lot )?more than (?:she|he|they|the interviewer|the panel|the manager)\b/,
      who: 'any',
      surface: true,
    },
    // session 25: the advert given back as the job ("they just read the advert back to me", "reiterated the JD verbatim",
    // "mostly what was on the advert", "nothing I hadn't already read on the website"), the title and no more
    // ("couldn't tell you much more than the title", "that's all I got on the job"), and the job told more by the
    // candidate than by them ("I'd described the job more than she had", "high level at best")
    {
      re: new RegExp(
        String.raw`(?<!\bi (?:\w+ )?)\b(?:(?:repeated|repeating|recited|reciting|reiterated|reiterating|parroted|parroting|regurgitated|rehashed|paraphrased)(?: back| out)?(?: to (?:me|us))? (?:the |their |our |his |her )?${AD}|(?:read|reading|reads)(?: (?:out|back))? (?:me |us )?(?:the |their |our |his |her )?${AD}(?: (?:back|out)(?: to (?:me|us))?| to (?:me|us)| verbatim| word for word| line by line)+)\b|` +
          String.raw`(?<!\bi (?:\w+ ){0,4})\b(?:mostly|just|basically|only|pretty much|literally|all|exactly|more or less) what (?:was|'s|is|it said|they'd put|they had put|they put) (?:on|in) (?:the|their) (?:advert|ad|job ad|job advert|jd|job description|job spec|spec|listing|posting|website|careers page)\b|` +
          String.raw`\bnothing (?:i (?:hadn'?t|had not|didn'?t|did not) (?:already )?(?:read|seen|know|get) |(?:that )?(?:wasn'?t|was not|isn'?t|is not) (?:already )?|beyond (?:what(?:'s| was| is) )?|more than (?:what(?:'s| was| is) )?)(?:on |in )?(?:the |their )?(?:website|advert|ad|job ad|jd|job description|job spec|spec|listing|posting|careers page|job pack)\b|` +
          String.raw`\b(?:much |anything |a lot )?more than the (?:job |role )?title\b|\bbeyond (?:the|a) (?:job |role )?title\b|\ball i (?:got|know|learned|learnt|heard|found out) (?:about the (?:job|role|position|post)|on the (?:job|role) itself)\b|` +
          String.raw`\b(?:barely|hardly|never|didn'?t|did not) (?:said|say|utter\w*) (?:a|one) (?:single )?word (?:about|on) (?:the |what the )?(?:job|role|position|post|work|duties)\b|` +
          String.raw`\bi(?:'d| had)? described the (?:job|role|position|post) more than (?:she|he|they|the \w+) (?:had|did)\b|` +
          String.raw`\b(?:get|got|getting) (?:their|his|her|a|any) (?:own |real |clear )?(?:view|take|version) (?:of|on) what the (?:job|role|position|post) (?:would|will|is|involves)\b|` +
          String.raw`\b(?:description|account|explanation|picture|outline) of the (?:vacancy|role|job|position|post) (?:was|is) (?:\w+ )?(?:high[- ]level|vague|sketchy|thin|fuzzy) at best\b|` +
          String.raw`\blimited (?:visibility|detail|clarity|info\w*) (?:on|about|into|re|regarding) (?:the )?(?:deliverables|team|structure|scope|role|remit|duties|responsibilities|projects)\b|` +
          // the duty waved at: "'you'll be on the tills and stuff'"; the straight answer never had: "like nailing fog to a wall"
          String.raw`\byou(?:'ll| will|'d| would) be (?:on|doing|helping(?: out)? (?:on|with)) (?:the )?[\w-]+(?: [\w-]+)? (?:and|or) (?:stuff|that|whatnot|whatever|all that)\b(?! (?:like|such|including|which|is|was)\b)|` +
          String.raw`\b(?:get|getting|got) (?:a )?(?:straight|clear|proper|real|simple) answer (?:about|on|out of (?:her|him|them)(?: about)?) (?:the |what the )?(?:job|role|duties|team|position|post)\b[^.\n]{0,30}\blike (?:nailing|pinning) (?:jelly|fog|smoke|water|custard) to a (?:wall|tree)\b`,
      ),
      who: 'any',
      surface: true,
      neg: 'ignore',
    },
  ],
};
