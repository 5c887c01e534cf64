import type { SignPatterns } from '../detect/types.js';
import { NEW_STARTER_DOES, REPORTED_I } from './future-role-talk.js';
import { roleShown } from './detailed-role-info-shown.js';

/** A career route, not a driver's: "the route from support worker to coordinator", "a route to chartered status". */
const CAREER_ROUTE =
  '(?:from [\\w -]{1,30} to (?:\\w+ )?(?:worker|assistant|carer|coordinator|manager|lead|leader|supervisor|director|partner|head|officer|analyst|associate|consultant|senior)s?|to (?:becoming|become|chartered|qualif\\w*|partner|senior|management|promotion|fellowship))\\b';

/** What a job is made of: the things an interviewer can be specific about. */
const OBJECT = `(team(?! ?'s)|role|job|duties|responsibilit\\w*|shifts?|shift pattern|rota|rotations?|timetable|caseloads?|territor(y|ies)|unit|ward|setup|set-up|stack|tools?|software|system|projects?|roadmap|day[- ]to[- ]day|(typical|whole|normal|average|usual) (day|week|shift)|(exactly )?the days|routine|patch|hours|(?<!\\b(could|can|to|will|would|'ll|'d|i|we|you|they|he|she|please) )schedule(?! (a|an|another|it|me|us|him|her|them)\\b)|targets?|quotas?|kpis?|accounts?|structure|workflow|department|clients?|first project|post(?! ?-)|position|brigade|crew|routes?(?! ${CAREER_ROUTE})|depot|(?<!\\bin ?- ?)house|lab|kitchen|scanner|equipment|machines?|provision|classes|class|pupils|patients|residents|beds|stores?|branch|sites?|vans?|fleet|reporting line|who i'?d (report to|work with|sit)|what (i|you|she|he)('d| would) (be )?(doing|do|work on|working on|teach|teaching|cover|covering|handle|handling|be on|on)|what (my|the|your|her|his) (days?|weeks?|shifts?|job|role|work) (would|will) (be|look like|involve)|what the (\\w+ )?(actually )?(does|do|involves)|what the (job|role|work) (involves|is)|what (i|you)('d| would| will|'ll)? (need|have|has) to (do|cover|handle|deliver)(?! (to|for|before|by|in order)\\b)|what('s| is| be| would be| will be) expected of (me|you|the \\w+)|(which|what) (\\w+ ){1,2}(i|you)('d| would|'ll| will) (be )?(on|in|work|working|use|using|run|running|cover|covering|look after|looking after)|area|pipeline|product|codebase|staffing|engagements?|deals?(?! with\\b)|mandates?|matters|portfolio|coverage|curriculum|syllabus|sessions|clinics?|rounds|workload|expectations|priorities|(\\w+ )?(?<!(company|firm|business|organisation|organization|group|trust|charity|'s|expansion|growth|strategic|year|long[- ]term|career|development|training|progression|learning|promotion|pension|retirement|succession|personal|study) )plans?(?! for the (next|coming) )|season)`;

/**
 * Session 25: the candidate's own current or last job told, earlier in the sentence: "- told them about current job: 3
 * sites, 40 staff, P&L 2.3m", "walked her through my previous role, 12 beds, two students".
 */
const NOT_OWN_JOB =
  '(?<!\\b(?:(?:current|present|existing|last|previous|old|former) (?:job|role|post|position|employer|store|branch|team|place|site|work|ward|school)|(?:told|tell|talk\\w*|walk\\w*|took|take|ran|run) (?:them|her|him|the panel|the interviewers?|the manager) (?:about|through|thru) (?:my )?(?:current |last |previous |old |present )?(?:job|role|work|day|days|team|store|place|duties))\\b[^.\\n]{0,60})(?<!\\b(?:told|tell|talk\\w*|walk\\w*|took|take|ran|run) (?:them|her|him|the panel|the interviewers?|the manager) (?:about|through|thru) (?:my )?(?:current |last |previous |old |present |former )?)(?<!\\b(?:my |our )?(?:current|present|existing|last|previous|old|former) )';

/** "asked me to walk through my project": the candidate is the one explaining. */
const NOT_ASKED_ME =
  "(?<!\\b(wish|wished|if only|(would|'d|would've) (have )?lik\\w*|want\\w* (them|him|her|someone) to|should have|should've)\\b[^\\n]{0,25})(?<!\\b(ask\\w*|want\\w*|get|got|invit\\w*|had) (me|us) to |\\b(you|i|we|will|'ll|gonna) )";

/** "didn't start off (like some do) by telling me about the team": a negated opening, however far back, is no explanation. */
const NOT_STARTED_BY =
  "(?<!\\b(not|never|didn'?t|don'?t|doesn'?t|wasn'?t|weren'?t) (\\w+ ){0,2}(start|begin|began|open|kick)\\w*\\b[^\\n]{0,60}\\bby )";

/** The next round's schedule or the interview's plan is the process, not the job. */
const NOT_PROCESS =
  '(?![^\\n]{0,40}\\b(for|of) (the |a |my |our |any )?(next |second |third |final |further |follow[- ]up |later |another )?(round|stage|interview|meeting|call|visit|assessment)s?\\b| (be|have|had|was|were|is|has)( been| be)? (interview\\w*|hir\\w*|recruit\\w*|open|vacant|advertis\\w*|unfilled|empty|posted|listed|seeing|meeting|shortlist\\w*)\\b)';

/** "the position was leaving April 1": a date is not a count. */
const NOT_DATE =
  '(?<!\\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec) )';

/**
 * What the explanation answers, said earlier in the sentence: "I asked about culture and she went into
 * detail", "asked about promotion and they laid out the bands", "honest about what it's like to work
 * there" (culture-discussion's or future-growth-talk's, not the job's); advice about interviewers in
 * general ("interviewers who explain the role..."); the advert's words; "that might explain why".
 */
const NOT_ANSWERING_OTHER =
  "(?<!\\b(cultur\\w*|values?|ethos|promotion|progression|career path|what it('s| is| be| was) like( to work)?( there| here)?|what (the|their) (people|staff) (are|be) like)\\b[^\\n]{0,150})(?<!\\b(interviewers|(?<!\\b(the|my|this|that|our|one|an?|first|second|other|lead|main) )interviewer|managers|employers|companies|people|those|the ones|ones) (who|that) (\\w+ ){0,2})(?:(?<=\\b(she|he|the (interviewer|manager|owner|director|boss|lady|woman|man|guy)) )|(?<!\\b(website|advert|advertisement|job ad|the ad|job description|job spec|listing|posting|careers page)\\b[^\\n]{0,40}))(?<!\\b(might|may|could|would|which|that|this|it) (also |partly |probably )?(?=explain))";

/** "described the job in general terms only", "the role was described only broadly as 'support'": vague-role-details' examples. */
const NOT_ONLY_BROADLY =
  '(?! (only|just|merely|simply) (broadly|vaguely|loosely|generally|as)\\b| in (the )?(very |quite |rather |pretty |fairly |really )?(vaguest|broadest|most general|general|broad|vague|loose|abstract) (possible )?(terms?|ways?|strokes?)\\b)';
const NOT_BROAD_AFTER =
  '(?![^\\n]{0,25}\\b((only|just|merely|simply) (as|broadly|vaguely|loosely|in (general|broad|vague) terms)|in (the )?(very |quite |rather |pretty |fairly |really )?(vaguest|broadest|general|broad|vague|loose|abstract) (possible )?(terms?|ways?|strokes?)( only)?)\\b)';

/** A gap that does not run into culture or growth talk, or a social tour. */
const GAP = `(?:(?!route ${CAREER_ROUTE}|(interview|hiring|recruitment|application|selection) (process|stages?|rounds?|format|structure|timeline)|\\bmy (?!(future|new|role|job|duties|days?|weeks?|shifts?|hours|team|responsibilit|manager|patch|caseload|class|first|own))|collegial|overstretch|understaff|short-staff|how you|volunteer|charity|social|perks|benefits|breakfast|how i |promot|cultur|value|ethos|philosoph|vibe|atmosphere|how (the|they|we|people|everyone|it|decisions?|things?)|the place\\b|\\b(his|her) (own )?(first|last|old|previous|former|portfolio|final ?[- ] ?year|dissertation|thesis|cv|coursework|side project)\\b|\\bhear\\b|\\bheard\\b|e-?mail|decision|let (me|us|you|her|him) know|get back|back to (me|us|you)|in touch|introduc|round |around |n't|not |never|nothing|train|apprentice|course|progression|career|development|program|mentor|scheme|posting|onboard|induction)[^\\n]){0,40}?`;

/** "explained" directly followed by a nothing-word is the opposite sign; "told me a bit about the team" is not specifics (over read 0 in 6). */
const NOT_EMPTY =
  '(?! (me |us )?(that )?(i|you) (had|have|got|be getting|was getting) (the |this )?(job|role|post|position)\\b| (me )?(nothing|zero|little|not much|very little|hardly|barely|squat|next to nothing)| (me |us )?(a (little )?bit|a little|briefly|vaguely) (about|on|of)\\b|( about)? (a|an|the last) (time|situation|occasion|moment|example|challenge|conflict|mistake|failure|weakness|strength)\\b| (me |us )?more\\b| (me |us )?to (?!(me|us|the|a|an|my|our|their|what|how|who)\\b)[a-z]+\\b| your (?!(role|job|duties|days?|weeks?|shifts?|hours|team|responsibilit|new|first|own))| it ?,| (about )?(yourself|urself|yrself|why you|how you (handled|dealt|managed|deal|handle|would handle|would deal|coped|cope|have)|what you (did|have done|learned|learnt|know))\\b| (through |thru |over |that |say |sey |how )?my (?!(role|job|duties|days?|weeks?|shifts?|hours|team|responsibilit)))';

/** "the team does a Friday quiz", "the lab runs a no-heroes culture": norms and socials are culture-discussion's, not the job's. */
const NOT_CULTURE =
  "(?![^\\n]{0,40}\\b((?<!(cell|tissue|bacterial|cell and tissue|blood) )culture|ethos|values?|vibe|quiz|flexib\\w*|compress\\w* hours?|core hours?|hybrid|wellbeing|each other|(where|in which) (anyone|everyone|everybody|people|nobody|no one|staff) |(team|staff|monthly|weekly|friday|office|company) (socials?|drinks|party|breakfasts?|lunch(es)?|tea|coffee|dinners?|outings?|away ?days?)|volunteer\\w*|lunch together|eat together|leaves? (at|by)|go home|what it(?: ?'?s| be| is) like|how (the|their) (\\w+ )?(team|place|office|branch|lab|clinic) (works?|runs?|operates?)|for the (next|coming) \\w+ years?|(can|could|often|usually) (apply to be|move up|step up|go on to))\\b)";

/** Norms told further along: "...and everyone looks out for each other", "huddles where anyone can raise anything". */
const NOT_NORMS =
  '(?![^\\n]{0,100}\\b(each other|one another|(where|in which) (anyone|everyone|everybody|people|nobody|no one|staff) |celebrat\\w*|consensus|democra\\w*|one[- ]member)\\b)';

/** The details pointed elsewhere: "told me the role details were in the JD", "the duties are in the pack". */
const NOT_SEE_THE_PACK =
  '(?![^\\n]{0,30}\\b(in|on) the (jd|job description|job spec|spec|handbook|advert|ad|pack|info pack|website)\\b)';

/** The candidate's own work, told by someone else: "described the damp-reporting tool he built". */
const NOT_THEIR_WORK =
  '(?! (he|she|they|i) (built|build|made|make|wrote|write|designed|design|developed|develop|created|create|ran|run|led|lead|did|do|set up)\\b)';

/** "told me what the team are like", "how the place works": the people and the norms, culture-discussion's. */
const NOT_WHAT_LIKE =
  "(?! (me |us )?(all )?(about )?(what|how) (the |their |our |her |his )?(\\w+ )?(team|people|staff|everyone|place|office|firm|company|department)('s| is| are| be| was| were|'re) like\\b)";

/** How the people are, not what the job is: "the team is really close", "a team that's kind". */
const MANNER =
  '(close|friendly|lovely|nice|great|tight|tight-knit|supportive|fun|relaxed|welcoming|like a family|kind|unhurried|calm|chill|laid[- ]back|warm|caring|collaborative|easygoing|easy-going|happy|respectful|patient|sociable|chatty)';

const NUM =
  '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty[- ]?\\w*|thirty[- ]?\\w*|forty[- ]?\\w*|fifty|a hundred|a dozen|a handful)';
/**
 * What a staff count starts with, looked for before the count's lookbehinds: they read up to 40 characters back
 * each, and ran at nearly every word start (the count cue was the costliest of the 1 MB notes, ~60 ms); tested
 * first, they run only where a count stands. The count itself (NUM then a space, "team of") is read again after them.
 */
const COUNT_AHEAD = `\\b${NUM.replace('(', '(?:')} `;
const UNIT_OF = '\\b(?:team|crew|ward|unit|department|brigade|squad) of ';
const STAFF =
  '(engineers?|developers?|devs|designers?|nurses?|analysts?|chefs?|cooks?|drivers?|carers?|teachers?|in the team|on the team|beds?|bedded|patients?|residents?|clients?|accounts?|stores?|pupils?|kids|children|students|agents?|reps?|techs?|technicians?|cases?|calls?|orders?|tickets?|staff|officers|direct reports|workers|employees|covers|commis|juniors|trainees|apprentices|volunteers|line cooks|pickers|packers|cleaners|porters|bakers|baristas|waiters|servers|operators|labourers|fitters|mechanics|engs|ftes?|heads|squads|pods|sub-?teams)';
const SHIFT_FACTS = `(\\d+ on,? \\d+ off|(four|three|two) on,? (four|three|two) off|\\d+ ?(am|pm)? (start|finish)|\\d+[- ]?(hour|hr)s? (shifts?|days?)|\\d+ ?(hours|hrs) (a|per) (day|week|shift)|of \\d+ ?(hrs|hours)\\b|(early|late|night|day|weekend|split|sleep[- ]in|on[- ]call|evening|long) shifts?(,| (and|&|\\+|or) ?(?=(\\w+ )?(early|late|night|day|weekend|split|sleep|on[- ]call|evening|long|shifts?|lates|earlies|nights|days|weekends|mornings|afternoons|evenings|rotating|alternate|every|\\d)\\w*))|(?<!\\bnext week\\b[^\\n]{0,15})monday (to|thru|through|till|til) friday|mon ?([-–—]|thru|through) ?fri|\\d{1,2}(:\\d\\d)? ?(am|pm)? ?([-–]|to|till|til|until) ?\\d{1,2}(:\\d\\d)? ?(am|pm)?,? (on )?(weekdays|weekends|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|every|each|most (days|nights|weekends))\\b|(\\d+|one|two|three|four|five|six|seven) (doubles|double shifts|shifts|nights|lates|earlies|long days|sessions|clinics|lessons|visits|rounds|runs|drops|tours) (a|per|each|every) (week|fortnight|month)|(\\d+|once|twice|two|three|four|five|six) times (a|per) (day|shift|night)|shifts? (is|are|be|run|go) (from )?\\d|(earlies|lates) and (lates|earlies|nights)|nights?,? \\d+ on)`;

/** A path, not the work: "I'd be on track for associate in a few years", "you'd be on the path to team leader". */
const NOT_GROWTH_PATH =
  '(?! (the |a |an )?(fast[- ]track|path|pathway|track|route|ladder|course|programme|program|scheme)\\b)';

/**
 * "I'll" is the writer's own plan ("I'll do a proper entry after Thursday", "Tomorrow I'll start on the
 * next application") unless the hire comes first ("once I'm in I'll own the blog"), someone told it earlier in
 * the sentence ("she explained my team: four people, and I will handle..."), or it names the job's part
 * ("the module I will be working on").
 */
const I_IN_POST =
  "(?:(?<=\\b(?:when|once|after|as soon as|if) i(?:'m| am)? (?:join|start|get|in|begin|come|on|settled|hired|taken|resume)\\b[^\\n.;]{0,25})|(?<=\\b(?:explain\\w*|told|tell|said|say|says|describ\\w*|mention\\w*|went through|go through|walk\\w* me through)\\b[^\\n.;]{0,80})|(?<=\\band )|(?<=\\b(?:the|a|an|which|that) (?:[\\w-]+ ){1,3}))";

/** A duty quoted as the example of a vague answer: "kept it high level — 'you'd be working on platform stuff'", "'you will support the team' without any detail". */
/** The advert quoted, not the interviewer: "the job ad said 'you will manage valuations'". */
const NOT_JOB_AD = String.raw`(?<!\b(?:job (?:ad|advert|description|spec|listing|posting)|(?:the|an?) (?:ad|advert|advertisement|listing|posting)|jd)\b[^\n.]{0,40})`;
const NOT_VAGUE =
  '(?<!\\b(high[- ]level|vague\\w*|generic|woolly|fluffy|buzzwords?|non[- ]answers?|platitudes?|cagey|evasive|wishy[- ]washy|(hardly|barely|scarcely) any (detail|details|specifics|info\\w*)|(no|little|zero) (real )?(detail|details|specifics)|empty|only (said|told me|as)|just said)\\b[^\\n]{0,30})(?![^\\n]{0,80}\\bwithout (any |much |real |a lot of |further |more )?(detail|details|specifics|explanation|elaboration)\\b)';

/**
 * Specifics about the job. A negated explanation ("couldn't tell me what the team does")
 * reads as vague-role-details instead; first-person subjects (the candidate explaining) are dropped.
 */
/** One item of a bare list: a few words up to the next comma or "+" (no sentence break). */
const ITEM = String.raw`[^,.;:!?\n+]{2,45}`;
/** A later item that opens a clause is the story moving on, not the list: "showed me the lab, asked about my thesis, then...". */
const LIST_ITEM = String.raw`(?! ?(?:asked|asks|ask|she|he|they|we|then|and then)\b)${ITEM}`;
/** The facilities toured and the perks are not the job: "showed me the canteen, the gym, the car park". */
const NOT_PERKS = String.raw`(?![^.\n]{0,80}\b(?:canteen|kitchen|toilets?|gym|car park|parking|break ?room|staff ?room|lockers?|roof|garden|caf[eé]|perks?|benefits|pension|holidays?|interview(?: process)?|questions|panel|next (?:steps?|round|stage)|timeline|term[- ]time|lunch|calls?)\b)`;
/** "the team runs a two-year apprenticeship", "the ward covers for each other": the team's training or norms, not its work. */
const NOT_TRAINING_NEXT = String.raw`(?![^.\n]{0,40}\b(?:apprentice\w*|academy|programmes?|programs?|schemes?|courses?|each other|one another)\b)`;
/** Evaluations are not contents: "the job is great, flexible, well paid". */
const NOT_VERDICT = String.raw`(?!(?:a |an |very |really |so |quite )?(?:great|good|fine|ok|okay|interesting|perfect|ideal|amazing|hard|tough|demanding|busy|stressful|boring|well[- ]paid|full[- ]time|part[- ]time|permanent|temporary|temp|flexible|new|exciting|varied|mine|yours|gone|filled)\b)`;

/** The list is growth, norms or process, not the job: "explained the scheme, the exams, the ladder", "staff help each other". */
const NOT_GROWTH_OR_NORMS = String.raw`(?![^.\n]{0,100}\b(?:scheme|programme|program|course|ladder|apprentice\w*|trainees?|graduates?|exams?|promot\w*|chartership|career|progress\w*|decisions?|decide|each other|one another|values?|ethos|hybrid|policy|town halls?|retros?|post-mortems?|blameless)\b)`;

/**
 * The job told as a bare list, the way phone notes and diaries put it: "Role is LMS admin, induction days, levy
 * tracking", "the fitter role covers tyres, tracking, brake pads", "Then the job: paint counter and key cutting,
 * weekends", "showed me makeready, plate changes, the per-shift target", "took me round the bindery - guillotine,
 * folder, stitcher". Three items or more make it specific.
 */
const BARE_LIST = String.raw`${NOT_GROWTH_OR_NORMS}(?![^,.\n]{2,60},? but\b)(?:\b(?:the |then the |then )?(?:[\w-]+ )?(?:role|job)(?: (?:itself|stuff))?(?: covers| involves| includes| is basically| is mainly| is mostly| would be| will be| is| ?[:=]) (?!(?:a|an|the|in|at|for|on|to|with|only|just|mine|yours|not|what|that|why|how)\b|['"‘“])|\b(?:explained |showed (?:me |us )?|(?:took|walked) (?:me|us) (?=round|around|through))(?:(?:round|around|through|over) (?:the|his|her|their) [\w-]+(?: [\w-]+)? ?[\-–—:,] ?|(?:quite |really |very )?(?:well|clearly|properly|in detail),? |(?!(?:round|around|through|over|that|how|why|what|there|they|we|she|he|it|me|us|my)\b)(?=[a-z])))(?!['"‘“])${NOT_VERDICT}${NOT_PERKS}${NOT_GROWTH_OR_NORMS}${NOT_CULTURE}${ITEM}(?:,|\+| - ) ?${LIST_ITEM}(?:,|\+| and) ?${LIST_ITEM}`;

/** The terms of an offered job: pay per hour or year, hours per week, a working pattern. */
const OFFER_TERMS = String.raw`[$£€] ?\d[\d,.]*(k\b| ?(an|per|a|\/) ?(hr|hour|year|yr|annum|week)\b)|\b\d[\d,.]* ?(k|grand)\b|\b${NUM} (billable |paid |contracted )?(hours|hrs) (a|per|\/) (week|wk|year|month)\b|\b\d[\d,]{2,} (billable )?(hours|hrs)\b|\b(an|per|a) hour\b|\bmonday (to|thru|through|till) friday\b`;

export const detailedRoleInfo: SignPatterns = {
  id: 'detailed-role-info',
  // a call that tells the job tells it more than once: one count of the team or the tools in a whole call is a
  // passing remark (over the 152 read calls, needing 1.5: tp 93 -> 92, fp 8 -> 3)
  callMinWeight: 1.5,
  // one mention against a note the rules also read as vague about the job: labelled detailed 3 times in 26 over the
  // 6,211 read items (with both, vague-role-details was right 26 times in 30)
  yieldsTo: ['vague-role-details'],
  cues: [
    {
      re: new RegExp(`${NOT_ANSWERING_OTHER}${NOT_OWN_JOB}${NOT_ASKED_ME}${BARE_LIST}`),
      surface: true,
      who: 'interviewer',
      conf: 0.65,
    },
    {
      re: new RegExp(
        `${NOT_ANSWERING_OTHER}${NOT_ASKED_ME}${NOT_STARTED_BY}\\b(explain\\w*|went (through|thru|over)|go (through|thru|over)|going (through|thru|over)|walk\\w* (me |us )?(through|thru)|talk\\w* (me |us )?(through|thru)|took me (through|thru)|told (me|us)|told about|(was|were|got|get) told|tell (me|us)|describ\\w*(?! (?:me|us|him|her|them|myself) as\\b)|laid out|lay out|lays out|outlin\\w*|sketch\\w* out|ran (me )?(through|thru)|run (me )?(through|thru)|show\\w* me|gave (me )?(a )?(good |clear |real |full |proper )?(rundown|overview|breakdown|picture|run-through|tour of(?! (the|their|our|its|his|her) (\\w+ )?(branch|building|office|offices|store|shop|site|premises|campus|school|facility|factory|plant|warehouse|hotel|restaurant|clinic|practice|centre|center|place|house|lab|kitchen|floor|unit)\\b))|filled me in on|broke down|break down|went into|detailed (the|their|what|how)|spell\\w* out|set out|sets out|setting out|clarif\\w*)\\b${NOT_EMPTY}${NOT_WHAT_LIKE}${NOT_ONLY_BROADLY}${GAP}\\b${OBJECT}\\b(?! (interview|application|hunt|search|fair)s?\\b)${NOT_THEIR_WORK}${NOT_BROAD_AFTER}${NOT_CULTURE}${NOT_NORMS}${NOT_PROCESS}${NOT_SEE_THE_PACK}(?! (you|u|where you|when you|that you|which you|i|where i|that i)(?!'d|'ll| would| will| 'd| 'll)('ve| have| had)? \\w+)(?! ((that|who|which) ?)?(is|be|are|was|were|'s|'re|seem|seems|feel|feels) (really |very |so |super |quite |genuinely |incredibly )?${MANNER}\\b| (where|in which) (people|everyone|everybody|nobody|no one|staff|folk)\\b)`,
      ),
      who: 'interviewer',
      neg: 'vague-role-details',
    },
    {
      re: new RegExp(
        `\\bthe (\\w+ \\d+ )?(setup|set-up|stack|timetable|rota|shift pattern|shifts|hours|routes?|targets?|quota|rotations?|caseload|team|crew|brigade|unit|ward|department|kpis?) (is|be|are|go|run|include|cover|consist)\\w* ${NOT_TRAINING_NEXT}(?!like\\b)(?!(really |very |so |super |quite |pretty )?${MANNER}\\b)(?!(still |also |now )?(interview|hir|recruit|see|meet|talk|shortlist)\\w*\\b)(\\w+ ){0,2}(${NUM}\\b|nights|days|earlies|mornings|from \\d|between|mostly|mainly|[a-z]+,)|\\b(the|our|their) ${OBJECT} (is|be|has|have) (?!(still |also |now |already |been |be )?(interview|hir|recruit|see|meet|talk|shortlist|open|vacant|advertis)\\w*\\b)(\\w+ ){0,2}${NOT_DATE}${NUM}\\b`,
      ),
      who: 'interviewer',
      conf: 0.6,
    },
    // counts said in answer to a culture or progression question are culture-discussion's: "I asked what it's like
    // there: eleven staff, a helpline shift each"; a count in a doubt is the doubt's: "asked whether I could manage a team of eight"
    {
      re: new RegExp(
        `${NOT_ANSWERING_OTHER}${NOT_OWN_JOB}(?<!\\b(?:whether|if) (?:i|i'd|he|she|he'd|she'd|they|my)\\b[^.\\n]{0,50})(?:(?=${COUNT_AHEAD})(?<!\\b(website|advert|job ad|the ad|listing|posting|linkedin|glassdoor)\\b[^\\n]{0,40})(?<!\\b(panel|review|interview|round|call)\\b[^\\n]{0,12})(?<!\\b(interview\\w*|panel|round|call|meeting)\\b[^\\n.]{0,40}\\b(with|by|in front of|before) )(?<!\\b(took|take|takes|taking|answer\\w*|made|make|got|get|other|between|among|amongst|like|my|raising|mum of|mother of|dad of|father of|band|last|previous|former|past) )(?<!\\b(sponsor\\w*|fund|funds|funding|funded) )(?<!\\b(((looking|hoping|wanting|wants?|plan|plans|planning|need|needs|going|trying|about) to )?(hire|recruit)|(looking|hoping|wanting|wants?|plan|plans|planning|need|needs|going|trying|about) to (take on|bring on|bring in|add)|(they|we|they're|we're|are|is|were|was|been) (hiring|recruiting|taking on|bringing on|bringing in|interviewing|seeing|adding)) (about |around |roughly |up to |another |more )?(\\d+ ?[-–] ?|\\d+ (to|or) |(one|two|three|four|five|six) (to|or) )?)(?<!\\b(website|advert|job ad|the ad|listing|posting|linkedin|glassdoor)\\b[^\\n]{0,40})\\b${NUM} ${STAFF}\\b(?! (interview|question|round|stud(y|ie)|test|exercise|roles?|jobs?|posts?|positions?|vacanc|applications?|openings?))(?! ?,? (zero|no|none|nobody|never)\\b)(?! (on|in) (the|my|that) (panel|interview|call|room|zoom|video)\\b| (interview\\w*|grill\\w*|quizz\\w*|ask\\w*|watch\\w*|across the table)\\b)|(?=${UNIT_OF})(?<!\\b(website|advert|job ad|the ad|listing|posting|linkedin|glassdoor)\\b[^\\n]{0,40})\\b(team|crew|ward|unit|department|brigade|squad) of ${NUM}\\b)`,
      ),
      who: 'interviewer',
      conf: 0.6,
    },
    // "told me it's 4 on 4 off": the nearest person word is the listener, so a lookbehind rules out the candidate's own job instead;
    // a sentence that opens on the job itself ("It's the van job, Monday to Friday", "This one was Mon-Fri", "It says
    // 'Mon-Fri'") is what the writer knew of it, not what the interviewer told (over read 0 in 4 labelled detailed),
    // unless someone is said to have told it later in the sentence
    {
      re: new RegExp(
        `(?<!\\b(i|i've|i'm|i was|my|we|our)\\b[^\\n]{0,30})(?:(?<!^(?:it(?:'s| 's| is| was| be)|this one (?:was|is|be)|it says?)\\b[^\\n]{0,60})|(?=[^\\n]*\\b(?:she|he|they|the \\w+) (?:said|say|says|told|tell|explain\\w*|mention\\w*)\\b))${SHIFT_FACTS}`,
      ),
      conf: 0.6,
    },
    {
      re: new RegExp(
        `\\b(laid|lay) it (all )?out\\b|${NOT_STARTED_BY}(?<!\\b(ask\\w*|want\\w*|get|got|invit\\w*|had) (me|us) to )\\b(talk|walk)\\w* (me |us )?(through|thru) (the|their|our|what|a typical|exactly)\\b(?! (\\w+ ){0,5}(program\\w*|training|scheme|course|career|progression|development|promotion|culture|values?|ethos|ladder|pathway|policy|policies|perks|benefits|wellbeing|interview|process|application|assessment|case|cv|resume|portfolio)\\b)(?!(?<=what) (happen\\w* (after|next)|(the|my|your) (first|next) (\\w+ )?years?)\\b)`,
      ),
      who: 'interviewer',
      conf: 0.6,
    },
    {
      re: new RegExp(
        `${NOT_JOB_AD}${NOT_VAGUE}(?<!(\\b(who|what|which|where|how|if|whether|ask\\w*)\\b.{0,30}|\\bi(?:'ve| have| should've| should have| had)? (said|say|told \\w+|think|thought|reckon|guess|feel|felt|promised|assumed|expected|hoped|imagined|figured|doubted|knew|know|(was|am|'m|be) (so |pretty |really |quite |totally )?(sure|convinced|certain|confident))( that)? ))(?<!\\b(?:things|stuff|everything|anything|something|whatever) )(?<!\\b(?:about|on|into|in|with) (?:the|a|an|my|some|that|this) (?:[\\w/-]+ ){1,5}(?=i'd run\\b))\\b(you|u|${I_IN_POST}i(?=('ll| will|ll) )|i(?!'d (?!be\\b)|'ll|ll| will)|(?<!\\b(?:the|a|an|that|this|my) [\\w-]+ )i(?=('d|d| would) ))('ll| will|'d| would|ll| go dey) (also |mainly |mostly |basically |initially |then |first |just |actually )?${NEW_STARTER_DOES}\\b(?<!\\bsit next)(?! back\\b)(?! (what|whatever)\\b)${NOT_GROWTH_PATH}${NOT_VAGUE}`,
      ),
      surface: true,
      conf: 0.6,
    },
    {
      re: new RegExp(
        `${NOT_VAGUE}(?<!\\bi(?:'ve| 've| have| had|'d| 'd| should've| should 've| should have)? )\\b${REPORTED_I} ${NEW_STARTER_DOES}\\b(?<!\\bsit next)${NOT_GROWTH_PATH}${NOT_VAGUE}`,
      ),
      surface: true,
      conf: 0.6,
    },
    // the interviewer placing the candidate in the work: "they'll put me in charge of the clinic", "she'd want me doing the market runs"
    {
      re: /(?<!\bi (?=\w+ (me\b|(you|u) (straight )?(on|onto|in) )))\b(put|puts|putting|have|want|wants|need|needs|like|likes|get|gets) (me|you|u) (straight )?(in charge of|on the(?! (schedule|rota|books|payroll|system|list|staff list)\b)|onto the(?! (schedule|rota|books|payroll|system|list|staff list)\b)|running|doing|leading|covering|teaching|handling|to (run|lead|take over|take on|cover|manage|start (on|teaching|running)|teach|handle|own|set up))\b(?! (\w+ ){0,3}(course|programme|program|training|qualification|insurance|scheme|path|track|ladder|apprenticeship)\b)(?![^\n.;]{0,40}\b(by|within|in) (year|month) \w+\b)(?![^\n.;]{0,40}\bwithin (a|one|two|three|\d+) (years?|months?)\b)|\b(ask\w*|wonder\w*) (me )?(if|whether) i (could|can|would|'d) (start (teaching|running|on|covering|doing)|take (over|on) the)\b/,
      conf: 0.6,
    },
    {
      re: new RegExp(
        `\\b(talk\\w*|spoke|went on|chat\\w*) (about|through) (how|what|which \\w+) (i|you|u)('d| would|'ll| will) ${NEW_STARTER_DOES}\\b`,
      ),
      surface: true,
      conf: 0.6,
    },
    {
      re: /\b(whoever (gets it|gets the job|they take on|they hire|takes it|takes the job|is hired|they pick)|the person in (this|the) (role|post|job|position)|the successful (candidate|applicant|person)|the (postholder|post holder|post-holder|new hire|new starter|new person)) (would|will|'d|'ll|does|do|is|be|run|runs|lead|leads|own|owns|cover|covers|look|looks|handles?|manages?|trains?|teaches|supervises?|opens?|closes?|oversees?|works?|gets?|takes?|helps?|deals?)\b/,
      conf: 0.65,
    },
    // the hire supposed, reported with its duties: "he told if I join I will be sitting with the settlements team"
    {
      re: new RegExp(
        `\\b(told|said|says|explained|mentioned)( me| us)?( that)? (if|once|when) (i|you|u) (join|start|pass|get (it|the job|the post|the role|in)|(am|'m) (hired|selected|taken on|appointed)|come on board),? (i|you|u)('d| would|'ll| will|ll) ${NEW_STARTER_DOES}\\b(?<!\\bsit next)`,
      ),
      surface: true,
      conf: 0.65,
    },
    // the hire pictured at the work, or handed its parts: "she sees you leading the northern store openings",
    // "you'd have the three platform squads and the data team"
    {
      re: new RegExp(
        `\\b(see|sees|saw|picture\\w*|imagine\\w*|envisage\\w*) (you|u|me) (leading|running|managing|owning|heading up|looking after|covering|taking over) (the|our|their|its) \\w+|\\b(you|u|i)('d| would|'ll| will) (also )?have (the |your own |my own |(?=${NUM} ))(${NUM} )?([\\w-]+ ){0,2}(squads?|teams?|crews?|pods?|groups|sets|forms|direct reports|caseload|patch|accounts|clients|stores|sites|classes|wards|beds|budget|region|territory|portfolio)\\b`,
      ),
      surface: true,
      conf: 0.6,
    },
    // the job question answered properly: "asked what I'd be doing and got a proper answer at least"
    {
      re: /\bask\w* (about |what |who |which |how )[^\n]{0,50}?\b(doing|do|role|job|team|duties|day|days|hours|shifts?|projects?|report|reporting|work)\b[^\n]{0,20}?\b(got|get|given|gave me|received) (a |an )?(really |very )?(proper|real|straight|clear|full|detailed|thorough|honest|concrete|specific) (answer|reply|rundown|explanation|breakdown)\b/,
      conf: 0.65,
    },
    // "talked about what my weeks would look like: two ward rounds, one clinic"
    {
      re: /\b(talk\w*|spoke|chat\w*|went on) (about|through) what (my|the|a|your) (typical |normal |average |usual )?(days?|weeks?|shifts?|rotas?) (would|will|'d|'ll) (look like|be|involve|entail)\b/,
      who: 'interviewer',
      conf: 0.65,
    },
    // a walk-through with its list after a colon: "she talked me through it: tours four times a day, the tasting room"
    {
      re: /\b(talk|walk|ran|run|took|take)\w* (me |us )?(through|thru) it\s*[:—–]/,
      who: 'interviewer',
      conf: 0.65,
    },
    // terse notes, the job's part then its facts: "Patch = Eastfield estate, 320 units", "Rota: 4 on 4 off" (a number, not a shrug)
    {
      re: /(?:^|\n|•|\*|-)\s*(patch|caseload|territory|shifts?|hours|rota|duties|stack|round|route|team size|reports? to|reporting line|beds|budget)\s*(=|:|->|→)\s*(?![^\n]{0,40}\b(depends|varies|tbc|tbd|unclear|dunno|maybe)\b)[^\n]{0,40}\d/,
      conf: 0.6,
    },
    // the post's work told with the teller set aside: "the post, she said, would rebuild the schools programme"
    {
      re: /(?<!\b(ask\w*|wonder\w*|which|what|whether|if|how)\b[^\n]{0,40})\bthe (post|role|job|position)(,? (she|he|they) (said|says|explained|told me),?)? (would|will|'d|'ll) (also |mainly |mostly )?(rebuild|build|run|lead|manage|own|cover|look after|oversee|involve|include|focus on|sit|report|be responsible for|be based|be split|carry)\b/,
      conf: 0.65,
    },
    {
      re: /(?<!\b(what|whether|if|how much|know|knew|since|as|because|cos|given) )\bthe (vacancy|post|role|job|position) (includes|include|involves|involve|covers|cover|carries|carry|sits|reports)\b|\bthe (vacancy|post|role|job|position) (is|be|was) (mostly|mainly|basically|all about|a mix of|split|about|\d|half)\b/,
      conf: 0.65,
    },
    {
      re: /\b((gave|give|gives|got|painted|had) (me |us )?(a |the )?(really |very |super |so |pretty )?)?(clear|clearest|good|full|detailed|proper|real|honest|thorough|concrete|great|vivid|exact) (description|picture|idea|overview|explanation|rundown|breakdown|run-through|walkthrough|sense) (of|on|about) (the |a |what (the |my |a )?|how (the |my )?|my |our )?(job|role|day|work|team|position|post|duties|week)\b|\bmade (the |my |what the )?(role|job|duties|expectations|day[- ]to[- ]day|responsibilit\w*|targets)( \w+){0,2} (really |very |super |crystal |totally |perfectly |so )?(clear|plain)\b|\bpainted (a|the) (\w+ )?picture\b|(?<!\b(ready|prepared|able|expect\w*|need|have|want) to |\b(interviewers?|managers?|people|those|ones) (who|that) )\b(discuss\w*|talk\w*|went|go|going|cover\w*|describ\w*|explain\w*) (about |through |over |into )?(?!(your|my|his|her) )(the |their |our |what the )?(\w+ ){0,2}(team|role|job|projects?|duties|work|day[- ]to[- ]day|responsibilit\w*)( and (the )?(\w+ )?(team|role|job|projects?|duties|work|stack|clients?))? (in (great |real |some |full |a lot of )?detail|at length|thoroughly|step by step)\b|\bexplain\w* (me )?(exactly|everything|in detail)\b/,
      who: 'interviewer',
      conf: 0.7,
    },
    {
      re: new RegExp(
        `\\b(the|this|our) (\\w+ )?(team|ward|unit|department|crew|squad|lab|office|kitchen|shop|practice|site|floor) ?('s|is|be|has|have) (about |roughly |around |just )?${NUM}\\b|\\bwe('re| are| be) (about |roughly |just )?(a )?((\\w+ ){0,3}(team|ward|unit|crew) of |${NUM} (\\w+ )?${STAFF}|(\\w+[- ])?${NUM}[- ]bed)|\\b${NUM} of us\\b`,
      ),
      says: 'interviewer',
      weight: 1,
    },
    {
      re: /(?<!half )\b(this|the) (role|post|job|position) ((would|will) be|is|be|'s) (on|in|based|mostly|mainly|about|responsible|part of|a mix|split|all about|working|covering|leading|running)\b|\b(this|the) (role|post|job|position) (sits|involves|covers|carries|reports|means)\b|\bthe person in this (role|post|job)\b|\b(most|much|a lot) of what (we|you'd|you would|the team) do\b|\bthe (big|main|biggest) (piece of work|project|thing|priority|focus|challenge)\b|\b(let me|i'll|i will) (tell you|explain|give you|walk you through|run you through|talk you through|take you through) (about |how |a bit about |what )?(it works|this works|the (role|job|post|team|lab|ward|shifts?))|\bday to day (you|it|the)\b|\ba typical (day|week|shift)\b/,
      says: 'interviewer',
      weight: 1,
    },
    {
      re: /\bwe use\b|\bour stack\b|\bon[- ]call (is|be|rota)\b|\bone (week|weekend) in \w+\b|\b(target|quota) (is|be)\b|\byou('d| would|'ll| will) (be )?report(ing)? to\b|\bsuccess (looks like|would be|would look like)\b|\bit('s| is| be) (\w+ )?(days|nights|monday to friday|term time|four on four off)\b|\b(the job|the role|the post)\.\s*it('s| is)|\bgo (services|microservices)\b|\bkubernetes|\bpostgres|\bpower bi\b|\bsalesforce\b|\bhubspot\b|\bsap\b|\bexcel\b/,
      says: 'interviewer',
      weight: 0.5,
      // "Power BI, SQL?" asks what the candidate knows
      turn: 'telling',
    },
    {
      re: /\bmostly (the|on|in)\b|\bwe own\b|\bwe('re| are) (responsible|in charge)\b|\bthe (\w+ )?(runs|covers|handles|looks after) the\b|\brun(s)? the (shift|floor|ward|fieldwork|team)\b|\bwe sit (inside|in|with)\b/,
      says: 'interviewer',
      weight: 0.5,
    },
    // specifics given as a list after a colon: "Told me exactly: regional runs Mon–Fri, home every night, mostly day cabs"
    {
      re: /(?<!\b(i|we) |\b(culture|values|ethos|vibe|like (working|to work)|how little|little|nothing)\b[^\n]{0,40})\b(told (me|us|him|her)|explain\w*|(gave|give) (me |us )?(the )?(lowdown|low-down|rundown|run-down|breakdown|basics|details)|broke (it )?down( for me)?|spell\w* (it )?out|(laid|lay) (it )?(all )?out|(was|were) all about (them|the (job|role|work|team)))( (exactly|straight|everything|properly|plainly|clearly|in detail|the lot|the (job|role|work|shifts?|setup|set-up|details|basics|day|rota|routes?|hours|team|duties)))? ?: (?![^\n]{0,100}\b(onboarding|induction|training|mentor\w*|course|programme|program|development|progression|career|culture|values|ethos)\b)(?! ?i\b)[^,\n:?]{3,60} ?, ?[^,\n?]{3,60} ?,/,
      who: 'interviewer',
      conf: 0.6,
    },
    // the interviewer's specifics named as such: "really specific about the targets", "gave loads of detail on the caseload"
    {
      re: /\b(specific|detailed|precise|concrete|thorough|explicit|clear|upfront|up-front)( and \w+)? (about|on|re|regarding|when it came to|with) (the |what |my |our |their |how )?(\w+ ){0,2}(job|role|duties|day[- ]to[- ]day|targets?|hours|shifts?|rota|team|responsibilit\w*|caseload|expectations|workload|projects?|routes?|patch|stack|tools|kpis?|what (the|i|you)('d| would)?)\b|\b(lots|loads|plenty|a lot|a ton|tons|masses|heaps|a good amount) of (detail|details|specifics) (about|on|re) (the |what |my )?(\w+ ){0,2}(job|role|duties|day|targets|hours|shifts|rota|team|responsibilit\w*|caseload|work|projects?)\b/,
      who: 'interviewer',
      neg: 'vague-role-details',
      conf: 0.65,
    },
    // a spec line in terse notes: "KPIs: 98% pick accuracy, dispatch by 05:00", "Team: 6 devs, 2 QA"
    {
      re: /^[^\w\n]*(kpis?|targets?|quotas?|team( size)?|stack|tools?|shifts?|hours|rota|duties|responsibilities|reports? to|reporting line|systems?|wms|crm|patch|territory|caseload|role|setup|set-up)\s*:\s*(?!['"‘“])(?![^\n]*\b(vague|unclear|tbd|tbc|n\/a|dunno|unknown|evolving|varies|depends|no idea|not sure|nothing|none|later|never|didn'?t|not)\b)[^\n]{0,40}(\d|\w ?,)/,
      surface: true,
      conf: 0.6,
    },
    {
      re: /\b(all|everything|it all|the lot|all of (it|this|that)|all this|all that)( was| were|'s| got| has been| had been)? (\w+ )?(explained|laid out|spelt out|spelled out|gone through|walked through|set out|described)( clearly| properly| in detail| upfront| up front)? (by (the )?(interviewer|manager|hiring manager|hm|lead|boss|director|panel|supervisor|head|owner)|to me)\b/,
      surface: true,
      conf: 0.6,
    },
    // the job in presumed-hire form: "you'd head up pastry at the new site", "said I'd get my own clinic list from week 2"
    {
      re: /(?<!(\b(who|what|which|where|how|if|whether|ask\w*)\b.{0,30}|\bi (said|say|told \w+|think|thought|reckon|guess|feel|felt|promised)( that)? ))\b(you|u|i)('d| would|'ll| will|ll) (be )?(head(ing)? up (the )?\w+|(get|have|getting|having) (my|your) own (\w+ ){0,2}(list|caseload|clinic|clinics|round|patch|class|classes|van|desk|section|station|territory|accounts?|clients?|route|ward|team|cases|kitchen|store|site|shop|bay|chair|room|studio|lab|project|projects|budget))\b/,
      surface: true,
      conf: 0.6,
    },
    // the job offered in the meeting or the call with its terms, the way real writers tell it: "offering me a job as an
    // associate at 2,000 hours and 60K", "offered me the post: twenty hours a week at £11 an hour"
    {
      re: new RegExp(
        `\\boffer\\w* (me|him|her|us) (a|the|an) (\\w+ ){0,2}(job|position|post|role|place|contract)\\b[^.\\n]{0,80}?(${OFFER_TERMS})`,
      ),
      conf: 0.65,
    },
    // the first piece of work named: "my first project is going to be the ordering system", "your first task would be the audit"
    {
      re: /(?<!\b(if|whether|what|wonder\w*|hope|hoping|wish|maybe)\b[^.\n]{0,40})\b(my|your) first (project|assignment|task|brief|big job|piece of work) (is going to be|is gonna be|will be|would be|'ll be|'d be|is to be|was going to be)\b(?! (a |an )?(surprise|test|interview|presentation|exam)\b)/,
      conf: 0.6,
    },
    ...roleShown,
  ],
};
