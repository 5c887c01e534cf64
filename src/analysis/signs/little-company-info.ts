import type { SignPatterns } from '../detect/types.js';

/** A short answer counts as a shrug only when it is the whole answer: "great people." is, "great people, monthly socials" is not. */
export const WHOLE_ANSWER = String.raw`(?=[\s'"”’.!?)…]*(?:(?:lol|haha|lmao|innit|mate|really)[\s'"”’.!?)…]*)?(?:\n|$|,? (?:and|\+|then) (?:moved on|that was (?:it|that)|nothing (?:else|more)|left it|laughed|changed the subject|looked away|shrugged)|,? (?:he|she|they|the \w+|\w+) (?:said|say|says|replied|reply|answered|answer|went|go)[\s.!…]*(?:\n|$)|,? that'?s (?:all|it|about it)(?: really| honestly)?[\s'"”’.!?)…]*(?:\n|$)))`;
/**
 * A reply of a few plain words and nothing after it: "he said 'various projects'", "? -> 'growing'".
 * Writers quote a short reply word for word when it was all they got. It must say nothing concrete:
 * pronouns and judgements ("it's alright", "we just do our work"), not "earlies and lates" or numbers.
 */
export const SHORT_REPLY = String.raw`(?:(?<!\bi )\b(?:say|said|says|replied|answered|answer|went|go|(?:was|were|got|get) told|got|get)\b(?! (?:to|through|thru|into|over|on|back|out|in|for|with|home|round|around|off|up|down|ahead|by|me|us|him|her|them|about|how|if|whether|why|when|that)\b):?|[:?]|->|→|=>)\s*(?:(?:oh|yeah|yes|well|um|erm|ah|just|only|simply),?\s+)?(?![^\n]*,[^\n]*,)(?=(?:[a-z']+,?\s+){0,4}?(?:it|it's|its|we|we're|they|they're|you|you'll|that|that's|this|all|everyone|everything|anything|something|things|stuff|fine|alright|ok|okay|good|great|nice|lovely|normal|usual|standard|obviously|competitive|tight|busy|growing|evolving|various|many|few|some|whatever|wherever|whoever|depends|later|important|sure|see|mix|uh|uhh|um|umm|er|erm|hmm|dunno)\b)(?!(?:[a-z']+,?\s+){0,4}?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen|half|mostly|mainly|split|between|every|each|collaborative|supportive|relaxed|flexible|flat|remote|hybrid|informal|social|mentor\w*|autonomy|together|lunch|me and|nights|days|mornings|evenings|weekends|earlies|lates|openly|honestly|frankly|candidly|properly|really|thoroughly|warmly|enthusiastically|happily|straight|immediately|in detail|at length|in depth|a lot|loads|plenty)\b)(?:[a-z][a-z']*,?\s+){0,3}[a-z][a-z']*${WHOLE_ANSWER}`;
/**
 * The candidate asking (not the interviewer asking them): "I asked", "I asked her", "when we asked", a bullet's bare
 * "asked", "Q:". Not a question about the candidate's own doing ("I asked whether I could park").
 */
export const ASKED_I = String.raw`(?:\b(?:i|we) (?:\w+ ){0,2}|^[^\w\n]*|\bq:? ?)(?:ask|asked|asking|question|enquire\w*|inquire\w*)\b(?! (?:me|us)\b|(?: him| her| them)? (?:whether i|if i|why i|how i)\b)`;
/** What it is like there, asked outright: the short-reply cue needs a culture question, not "about the team". */
const CULTURE_Q = String.raw`(?:culture|ethos|values|ambiance|ambience|environment|what it'?s like|like (?:working|to work)|how (?:people|they|the teams?|everyone|staff) (?:work|get on|get along)|what(?:'s| is| be| was) the (?:company|place|firm|office|team|department|school|shop|store) like|(?:team|people) (?:be |is |'s |are )?like)`;
const ASKED_CULTURE =
  "\\b(culture|ethos|values?|vibe|what it'?s like (working|to work)|like (working|to work) (there|here|at|for|with)|like to work (at|for|with)|work(ing)? there|how (the |their |people |the teams? |everyone |they )?(teams? )?(work|get on|run|collaborate|communicate|operate)|work together|environment|team (be|is|'s) like|(about|abt|bout|re|of) (the |their |this )?(company|firm|business|shop|school|agency|organisation|organization|place|studio|office|service)\\b|about the team\\b(?! (and|or|&) (the |my |what |which |how |who |its? |their |her |his ))|the company\\b(?! (is|was|be) (busy|fine))|what (the |it )(\\w+ ){0,4}('s|is|be|was) like|what (the |this |their )(\\w+ ){0,3}\\w+('s| is| be| was) (\\w+ )?like|how (decisions|things|work) (get|gets|are|is|be) (made|done|decided|run|prioriti[sz]ed)|(a )?place to work|what('s| is| be| was) (the |it )(\\w+ ){0,3}like|(about|abt|bout|re|of) (the |their |this )(department|faculty|ward|unit|practice|school|hospital|brand|group)\\b|how (is|was|be) (the )?(organisation|organization|ambiance|ambience|atmosphere|life)|how the \\w+ (is|was|be) (organised|organized|run)|day to day|how (\\w+ ){1,2}works? (with|together|there|across|alongside)|\\w+ culture like|culture\\?|work[- ]life balance|remote work\\w*|hybrid working|working from home|flexible working|as an? (?:company|business|firm|organi[sz]ation)|how (?:the |their |this )?(?:company|firm|charity|practice|business|organi[sz]ation|clinic|school|trust) (?:approach|handle|deal|think|treat|support)\\w*)";
/**
 * The interviewer failing at the candidate's question, told after it: "asked a hundred questions about what the
 * role entailed and she couldn't answer them", "my questions about the team got curt answers". The candidate's own
 * failure ("I couldn't answer her follow-up") is not theirs.
 */
export const FAILED_ANSWER =
  "(?:(?<!\\b(?:i|we) (?:\\w+ )?)\\b(?:(?:nobody|no one|no-one|none of them|neither of them) (?:could|can|be able to|was able to|were able to|seem\\w* able to)|could not|couldn'?t|can not|can'?t|cannot|be not able to|(?:was|were)(?: not|n'?t) able to|(?:be|was|were) unable to|unable to|do not|did not|didn'?t|never|struggle\\w* to|fail\\w* to) (?:really |properly |actually |even |fully |clearly |quite )?(?:answer|explain|say|tell (?:me|us)|describe|give (?:me |us )?(?:a |any )?(?:straight|clear|real|proper|concrete|direct)|(?:have|had|know|knew) (?:an |any |a |the )?(?:\\w+ )?answers?)\\w*\\b(?! (?:enough|more|no|how (?:much|great|excited|happy))\\b)|(?<!\\b(?:i|we) (?:\\w+ )?)\\b(?:do not|did not|didn'?t|don'?t) (?:really |even |actually |seem to |seemed to )?know(?= *(?:[.!,;]|$| either\\b| yet\\b| herself\\b| himself\\b| themselves\\b| for sure\\b))|\\b(?:give|gave|get|got|with|receive\\w*)(?: me| us)? (?:only |just |very |really |pretty |rather |some )?(?:curt|clipped|evasive|one-word|one word|monosyllabic|non-committal|noncommittal|woolly|wishy-washy|rambling) (?:non-answers?|answers?|responses?|repl(?:y|ies))\\b|\\b(?:a |an )?non-answers?\\b|(?<!\\b(?:i|we) )\\b(?:be|was|were|got|get|seem\\w*|sound\\w*|went|go) (?:really |very |a bit |pretty |kinda |so |super |quite |rather |all )?(?:vague|evasive|cagey|noncommittal|non-committal|flustered)\\b)";

/** The candidate asking about the employer itself (not the team or the day, which are the job's). */
const ASKED_COMPANY =
  "\\b(ask\\w*|questions?|enquir\\w*|inquir\\w*)\\b(?! (me|us|him|her)\\b)[^\\n]{0,40}?\\b(culture|ethos|values|what it'?s like|like (working|to work)|(about|abt|re|of|on) (the |their |this |its )?([\\w-]+ )?(company|firm|business|organisation|organization|employer|group|charity|agency|practice|trust|brand)\\b)";

/** Replies that give nothing: deferrals, shrugs, stock lines. */
const BRUSH_OFF =
  "\\b(find out|good vibes|word for word|no more (information|info|details?)|no details? given|(you will|you'll) (like|love) it|(great|good|nice|lovely|fun|friendly) bunch|(will|'ll|would) explain (if|when|once|after|at)|(explained|told|covered) (at|on|when|once) (the )?(time of joining|joining|induction)|if you are (taken|hired|selected|appointed)|got (real |really |very |a bit |kinda )?(short|cagey|defensive|quiet|evasive|vague)|(curt|clipped|evasive|one[- ]word|monosyllabic) (answers?|responses?|repl(y|ies))|not a family|it'?s a (nice|good|great|lovely|normal) (place|company|team)|you'?ll see|you will see|like a family|family ?-? ?like|handbook|(it'?s |it is |that'?s )?all in the (\\w+ )?(pack|policy|policies|intranet|guide|manual|jd|job description|brochure|booklet|leaflet|prospectus)|(it'?s|it is|that'?s|that is) in the ([\\w-]+ )?(pack|brochure|booklet|leaflet|prospectus|intranet|manual)|(you'?ll|you will|you'd|you would) (adjust|adapt|cope|survive|fit (right )?in)\\b|it('s| is| be) (very |quite |pretty |typical(ly)? |just |all )?corporate|(very|so|super) (startup|start-up|horizontal)|fast[- ]paced|it'?s fine|they'?re fine|they be fine|different in every|chang\\w* the subject|mov\\w* (?:straight |swiftly |quickly |right )?on|next question|that was (that|it)|that be (that|it)|brush\\w*|fob\\w*|dodg\\w*|deflect\\w*|shrug\\w*|like any \\w+|buzzwords?|generic|non[- ]answer|didn'?t really answer|not really answer|on the website|(?<!\\b(i|we)\\b[^\\n]{0,30})(?<!\\b((having|have|had|'d|'ve) (read|looked|look|gone|go|been|be|checked|check|studied|study|pored|pore|crammed|cram|scoured|scour|browsed|browse|skimmed|skim)|pored|poring|studied|studying|crammed|cramming|browsed|browsing|scoured|scouring|researched|researching|googled|skimmed|skimming) (over |through |at |up |on |into |all over )?(all )?(of )?(their |the |its |the company's |the firm's |the school's |our )?)website|ask (the |hr|your )?(recruiter|hr|manager|team)|normal \\w+|it'?s (retail|a job|a café|a cafe|the civil service|hospitality|the nhs|a warehouse|a \\w+, innit|busy|ok|okay|alright)|innit|(?<!\\b(when|if|while|whenever) (it|they|we)('s|'re| be| is| are| get|'s all| be all)? )(all )?(very )?busy(?! (season|period|spells?|times?|months?|weeks?|days?|shifts?))|small outfit|traditional|nothing more|nothing else|nothing (of (substance|note|value|use)|concrete|specific|useful)|no (real|proper|straight|clear) answers?|wouldn'?t elaborate|didn'?t elaborate|won'?t elaborate|no elaboration|vague|you know what it'?s like|get used to it|same as (anywhere|everywhere)|like (anywhere|everywhere) else|nothing special|we'?ll see|for later|(that|it|this)('s| is| be)? later|(know|learn|see|find out|understand) (it |that )?later|(cover|discuss|explain|talk about|go into|get to|get into) (it|that|this|all that) later|pick it up|(said|told|got|was told) (me )?(only|just)|only that|nothing further|it'?s a (\\w+ ){1,2}(place|department|firm|company|team|outfit|bunch|school|shop|practice|surgery|hospital|ward|nursery|restaurant|bank|hotel|garage|salon|charity|startup|agency)|annual report|(short|general|vague|stock|one-line|one-word|brief|bland|canned|scripted|rehearsed|boilerplate|textbook|pat|pr|corporate|stock) (reply|answer|response|line)|friendly bunch|heads down|mate\\b|(we'?re|we are|we be|it'?s|it is|it be) (a |an |the )?(\\w+ )?(startup|start-up|hospital|bank|council|factory|call centre|law firm|charity|agency)\\b|it'?s chaos|(don'?t|do not|do n't) (really )?do culture|just get on with it|(?:don'?t|do not|do n't) (?:need to |have to )?worry about (?:that|all that|it|those|any of that|any of it)\\b|(couldn'?t|could not|can'?t|cannot|wouldn'?t|would not) comment|no comment|laugh\\w* (it off|to (him|her|them)sel\\w+)|it('s| is| be) (really |very |pretty )?(good|great|nice|fine|normal|ok|okay|alright)\\s*[.!]?\\s*$|(we're|we are|we be|it's|it is|it be) (basically |just |all |really |kind of |sort of |pretty much )?(like )?(a|one) (big )?(happy )?family|('re|are|be|is|'s) (all )?on (the|a) (wall|poster|website|intranet)|you'?ll (know|learn|understand|get it|get the hang)|when you'?re (here|in)|once you'?re (here|in)|(in|at|during|on) (the )?(onboarding|induction|orientation|training)|wav\\w* (it |them |that )?(away|off)|read (?:about )?(?:us|it|that|them|all that) (?:online|on (?:the|our|their) (?:website|site|linkedin))|(?:have|take) a look at (?:our|the|their) (?:linkedin|website|site|socials|instagram|intranet|careers page|page)|there'?s an? (?:\\w+ )?(?:page|doc|document|pack|booklet|video|deck|section|wiki|leaflet) (?:about|on|for|covering) (?:all )?(?:that|it|this|us)|(?:ask|find out|learn|see) (?:\\w+ )?(?:after|once|when) (?:you )?(?:join|start)\\w*|above my pay ?grade|i (?:just|only) do (?:the )?(?:screening|recruiting|first rounds?|phone screens?)|turn\\w* the page|comme partout|like anywhere|same as any|work hard,? (?:and )?play hard|(not much|nothing (much|really)|nothing) to (say|tell)|see for yourself|what you make (of )?it|(hard|difficult|tough) to (say|describe|explain|put into words)|glassdoor|google (us|it)|look us up|all adults|(have|need) to (check|ask|find out)|(we |they |people )?just (do|get on with) (our|the|their) (work|job|jobs)|get back to (me|you)|(you'?ll|you will) (learn|discover)|depends on the (project|team|client|day|person|manager))";

/** Shrugs that are only a shrug when nothing follows. */
const SHORT_BRUSH = String.raw`(?:(really |very |all |just )?(great|nice|lovely|good|friendly|sound) (people|folks|crew|lot)( here| there)?\b|(people|everyone|everybody|folks|we|they)('s|'re| are| is| be) (all |really |very |super |so )?(nice|lovely|great|friendly|sound|fine)( here| there)?|(we |they )?move fast|(we |they )?figure (it|things) out|standard (corporate|stuff|company)|(very|quite|pretty|typical|standard) corporate\b|(it|that) varies|varies by|depends (on )?(the )?(team|manager|person|day)|(a |it'?s a )?big (organi[sz]ation|company|firm|place)|fast food|just a job|it'?s work|it'?s government|you'?ll meet (them|everyone|the team)|(the |all the )usual( stuff)?\b|hr (can|will|would) (tell|explain|cover|go through)|(?:we'?re|we are|it'?s|it is|they'?re|they are) (?:just )?(?:an?|the) (?:[\w-]+ ){0,2}(?:company|business|firm|outfit|organi[sz]ation|employer)|(?:we'?re|we are|it'?s|it is|they'?re|they are|the company'?s|the company is|everyone'?s|everyone is|people are)(?: all)?(?: very| really| pretty| quite| super| so)? (?:informal|sociable|social|relaxed|chill|laid[- ]back|targets?[- ]driven|results[- ]driven|alright|ok|okay|fun|dynamic|busy)|(at|in) the (next|second|final|later) (stage|round|interview)|competitive)${WHOLE_ANSWER}`;
const BRUSH = `(?:${BRUSH_OFF}|${SHORT_BRUSH})`;

/** The candidate's own homework, not a question put to them: "I read the company's annual report", "looked them up on Glassdoor". */
const OWN_RESEARCH = String.raw`(?<!\b(?:i|we)(?:'ll|'d| will| would| had| have|'ve| also| then| even)? (?:\w+ ){0,2}?(?:read|re-?read|look(?:ed|ing)? (?:up|at|into|through)|research\w*|prep(?:ped|ping|ared|are)?|stud(?:y|ied|ying)|googl\w*|skim\w*|went through|dug into)\b[^\n]{0,40})`;

/**
 * The company asked about by the interviewer, not the candidate: "the first question was what did I know about the
 * company", "when they asked about the school's approach, I realised I hadn't read the policy". What follows is the
 * candidate's answer (candidate-nerves when it fails), not a brush-off.
 */
const NOT_PUT_TO_ME = String.raw`(?<!\b(?:what|how much|anything) (?:did |do |does |would )?(?:i|we) (?:know|knew|think|thought|understand|understood)(?: \w+)? )(?<!\b(?:they|he|she|interviewers?|panel|panellists?|manager|director|chair) (?:\w+ )?(?:ask|asked|ask me|asked me|quiz\w*|grill\w*|press\w*) )`;

/** A question dodged, the dodge named first: "sidestepped my question about", "dodged every question on". */
export const DODGED_Q =
  '(sidestep\\w*|side-step\\w*|dodg\\w*|deflect\\w*|duck\\w*|swerv\\w*|skirt\\w*|avoid\\w*|brush\\w* off|bat\\w* away|evad\\w*|ignor\\w*) (my |the |our |a |every |each |any |all (of )?(my |the )?)?(question|questions|query|queries|ask)\\b';

/** Little about the company, its culture or how people work there, including culture questions brushed off. */
export const littleCompanyInfo: SignPatterns = {
  id: 'little-company-info',
  cues: [
    // the employer kept from the candidate: an agency that could not or would not name its client ("couldn't tell me
    // the client's name", "wouldn't say who the client was"); not the candidate blanking on the company
    {
      re: /(?<!\bi (?:\w+ )?)\b(?:couldn'?t|could not|wouldn'?t|would not|won'?t|will not|didn'?t|did not|can'?t|cannot|refused to) (?:even )?(?:tell|say|name|give|share|reveal|disclose)(?: me| us)? (?:the (?:client|company|employer)(?:'s)? name|the (?:client|employer)\b|who (?:the |their )?(?:client|employer|company) (?:is|was)|the name of the (?:client|company|employer))/,
      neg: 'ignore',
    },
    {
      re: /\b(nothing|nutten|nuttin|nuthin|nothin|little|not much|hardly anything|almost nothing|barely anything|no idea|no sense|no feel|zero|not a thing|not (a|one|a single) (word|peep|sentence|syllable)|sod all|nada|zilch|nowt|naff all|bugger all|next to nothing|very little)\b.{0,25}\b(about|bout|abt|of|for|on) (the |di |de |da |their |what the |this )?(\w+ )?(company|firm|business|organisation|organization|culture|place|employer|team culture|values|ethos|agency|shop|store|school|hotel|surgery|practice|office|studio|clinic|hospital|garage|restaurant|site(?! ?,? (the |a )?(shift|rota|roster|hours|role|job|duties|team|pay|who i))|service|department)\b(?! (role|job|post|position))(?! (was|is|be|were|seemed|seem|felt|feel|struck me as) (\w+ )?(weird|odd|off|strange|wrong|bad|amiss|unusual|concerning|alarming|suspicious|dodgy|sketchy|fake)\b)/,
      neg: 'ignore',
    },
    // "didn't tell me anything about the clinic when I asked what it's like, just 'you'll pick it up'": the negation is part of the brush-off
    {
      re: new RegExp(
        `${OWN_RESEARCH}${NOT_PUT_TO_ME}${ASKED_CULTURE}\\b.{0,140}?(?<!\\b(when|if|while|whenever) )${BRUSH}`,
      ),
      qa: true,
      neg: 'ignore',
    },
    {
      // the question may wander before it names the culture: "asked her about the wider trust, like what it's like to work for"
      re: new RegExp(`${ASKED_I}[^\\n?]{0,60}?\\b${CULTURE_Q}[^\\n]{0,40}?${SHORT_REPLY}`),
      qa: true,
    },
    // the culture question put straight: "What's the company like to work at? 'Great, obviously.'"
    {
      re: new RegExp(`^[^\\w\\n]*(?:q:? ?)?(?:\\w+ ){0,3}?${CULTURE_Q}[^\\n?]{0,30}(?=\\?)${SHORT_REPLY}`),
      qa: 'only',
    },
    // the candidate's own research told them more than the interviewer did
    {
      re: /\b(website|site|glassdoor|linkedin|google|careers page|job ad|advert|brochure|annual report)\b (\w+ )?(tell|told|say|said|give|gave|show|showed) (me |us )?more than (he|she|they|the interview\w*|the \w+) (do|did|does)\b|\bknew more about (the |this |their )?(company|firm|place|business|organisation|organization|them) than (he|she|they|the \w+) (do|did|does)\b|\b(knew|know|knows) (less|little|nothing|no more|even less) about (the |this |their )?(company|firm|place|business|organisation|organization|culture) than (i|me)\b|\b(learn\w*|found out|got|knew|know|picked up) (more|far more|way more|a lot more) (about (them|the (company|firm|place|culture)) )?from (the |their |its )?(website|site|linkedin|glassdoor|google|careers page|job ad|advert|annual report|reviews|instagram)\b/,
      neg: 'ignore',
    },
    {
      re: /\b(never|not|n't|didn't|nobody|no one|no-one) (really )?(talk|say|tell|mention|explain|said|told|speak|spoke|discuss)\w* (me |us )?(anything |much |a thing |a word )?about (the |their |how the |how )?((life|working life|way of working|ways of working|life inside|life at|life in) (in |inside |at |of )?(the )?)?(company|culture|firm|team works|values|business|organisation|organization|\w+ team works|place|clinic|practice|branch|office|shop|store|school|hotel|restaurant|agency|studio|charity|salon|surgery|garage|depot)\b/,
      neg: 'ignore',
    },
    {
      re: /\b(don'?t|do not|still don'?t|still do not|(?<!\b(?:i|we) (?:really |honestly |just |even )?)(?:didn'?t|did not)|doesn'?t|does not) (seem to |seemed to |appear to |really |even )?know (anything|much|a thing|nothing) about (how |what |why )?(this|the|their) (company|firm|place|organisation|organization|business)\b(?![^\n]{0,30}\b(before|beforehand|going in|prior to|ahead of|in advance)\b)|\b(just|only|all i got|nothing but|nothing beyond|no more than)\b[^\n]{0,40}\b(elevator pitch|mission statement|spiel|tagline|slogan|website blurb|press release)\b|\bread (\w+ ){0,3}(off|from) (the |their )?(website|careers page|brochure|job ad|advert)\b/,
      surface: true,
      neg: 'ignore',
    },
    {
      re: /\bhow little (they|he|she) (told|said|shared|gave)\b|\b(no|zero) (culture|company) (stuff|info|information|talk|chat)\b|\bnothing on the (company|culture|firm|place)\b|\bno (real |actual |useful )?(info|information|insight|details?) (on|about|re) (the |their |this )?(company|firm|culture|business|organisation|organization|place|employer)\b/,
      neg: 'ignore',
    },
    {
      re: /\blike any \w+|\bit'?s a (warehouse|job|company|business|café|cafe)\b|\byou know what it'?s like\b|\byou'?ll get used to it\b|\byou'?ll (see|find out)\b|\bit'?s (all )?on the website\b|\bask (the )?(recruiter|hr)\b|\bit'?s the civil service\b/,
      says: 'interviewer',
      weight: 0.5,
    },
    {
      re: /\b(nothing|little|not much|next to nothing|not a word|hardly anything)\b( whatsoever| at all)? (about|on) (how the (\w+ ){0,2}(runs|works|operates|is run)|who else works (there|here)|what (the |it'?s )?(place|shop|company|firm|team)('s| is)? like)\b/,
      neg: 'ignore',
    },
    // never raised at all, or the candidate left none the wiser: "barely mentioned the company", "left with no idea what it's like to work there"
    {
      re: /\b(barely|hardly|never|didn't|did not|not once|nobody|no one)\b (even |really |once |actually )?(mention|mentioned|brought up|bring up|touched on|touch on|talked about|talk about|spoke about|described|describe|discussed|discuss)\b (the |their |what the )?(company|firm|culture|values|ethos|team culture|working environment|organisation|organization)\b|\b(no idea|no clue|no sense|no feel|no picture|clueless|none the wiser|knowing (nothing|no more|little|barely anything))\b.{0,12}\b(what (it'?s|it is|it would be|it'?d be|the (place|company|firm|team) is) like (to work|working|there)|about (the|this|their) (company|firm|place|culture))/,
      neg: 'ignore',
    },
    {
      re: /\b(wouldn'?t|would not|didn'?t|did not|won'?t|will not|couldn'?t|could not|can'?t|cannot|refused to|declined to) (really |even |properly )?(elaborate|expand on (it|that)|go into (it|detail|that))\b|\bnever (actually )?(been|worked) (to|at|in) the (office|site|company|building)\b/,
      neg: 'ignore',
    },
    // the culture question dodged, the dodge named first: "sidestepped my question about how teams collaborate there"
    {
      re: new RegExp(
        `\\b${DODGED_Q} (about|on|re|regarding) (the |their |what |how |whether )?(\\w+ ){0,3}(culture|values|ethos|company|firm|organisation|organization|business|collaborat\\w*|(teams?|people|staff|everyone|they) (work|works|collaborate|operate|get on|communicate)|it'?s like|like to work|working there|environment)\\b`,
      ),
      neg: 'ignore',
    },
    // the ways of working left out of a list of things not told: "couldn't tell me what accounts I'd handle or anything about how they work"
    {
      re: /\b(couldn'?t|could not|can'?t|cannot|didn'?t|did not|wouldn'?t|would not|never|not able to|unable to)\b (really |even |properly )?(tell|say|explain|describe|give)\b[^\n]{0,80}\b(anything|nothing|much|a thing|a word) about (\w+ ){0,3}how (they|people|the team|the teams|everyone|staff|folks?) (work|works|operate|get on|get along|do things)\b/,
      who: 'interviewer',
      neg: 'ignore',
    },
    // the company question failed after it was asked: "asked about the company and she couldn't tell me much"
    { re: new RegExp(`${ASKED_COMPANY}[^\\n]{0,100}?${FAILED_ANSWER}`), qa: true, neg: 'ignore' },
    // "they didn't start (like some do) by telling me about the company": the usual opening left out
    {
      re: /\b(not|never|didn'?t|don'?t|doesn'?t) (\w+ ){0,2}(start|begin|began|open|kick)\w*\b[^\n]{0,60}\bby (tell|talk|explain|introduc|describ|giv)\w*\b[^\n]{0,30}\b(about|of|on) (the |their |this |its )?(company|firm|business|organisation|organization|practice|agency|charity|trust|group)\b/,
      neg: 'ignore',
    },
    // "didn't learn a single thing about the company"
    {
      re: /\b(didn'?t|did not|never|not|barely|hardly) (really |actually |even )?(learn|hear|get|find out|pick up|glean|discover)\w* (a single thing|anything|a thing|much|a lot)\b.{0,15}\babout (the |their |this |how the )?(\w+ )?(company|firm|business|organisation|organization|culture|place|employer|values)\b/,
      neg: 'ignore',
    },
    // terse notes, the topic then the verdict: "Company? Culture? Nothing."
    {
      re: /\b(company|culture|values|ethos|the firm|the place)\s*\?\s*(->|→|=>|-|:)?\s*(nothing|zilch|nada|not a word|zero|blank|n\/a|no idea|no info|none|nowt)\b/,
      qa: 'only',
      neg: 'ignore',
    },
    // the topic steered round: "avoided talking about the company", "wouldn't get into the culture"
    {
      re: /\b(avoid\w*|dodg\w*|sidestep\w*|skirt\w*|steer\w* clear of|stay\w* away from|shied away from|shy\w* away from|refus\w* to|wouldn'?t|would not|won'?t) (talking|talk|going|go|getting|get|saying anything|say anything|discussing|discuss) (about |into |on )?(the |their |this |its )?(\w+ )?(company|firm|culture|values|business|organisation|organization|employer)\b/,
      neg: 'ignore',
    },
    // the culture answer judged empty: "the culture answer was pure PR"
    {
      re: /\b(culture|values|company|firm) (answer|reply|response|pitch|spiel|bit)\b[^\n]{0,25}\b(pr|spin|fluff|buzzwords?|platitudes?|waffle|marketing|boilerplate|canned|scripted|generic|vague|nothing|empty|hollow)\b/,
      neg: 'ignore',
    },
    // "not once did she say a word about the restaurant group itself"
    {
      re: /\b(not once|never once|at no point|not one word|not a single word)\b[^\n]{0,25}\b(say|said|mention\w*|talk\w*|tell|told|explain\w*|speak|spoke|breathe\w*)\b[^\n]{0,20}?\babout (the |their |this |its )?(\w+ ){0,2}(company|group|firm|business|organisation|organization|culture|place|chain|brand|agency|practice|trust|charity|employer)\b(?! (role|job|post|position))/,
      neg: 'ignore',
    },
    // the interviewer unable to say what it is like there: "couldn't really say what it's like day to day"
    {
      re: /\b(couldn'?t|could not|can'?t|cannot|didn'?t|did not|wouldn'?t|would not|unable to|not able to) (really |even |properly |actually )?(say|tell me|tell us|explain|describe|put into words|answer) (\w+ ){0,2}?what (it ?('s|is|be|was)|the (place|company|firm|team|office|culture|department|branch|practice) ?('s|is|be|was)) (really |actually )?like\b/,
      who: 'interviewer',
      neg: 'ignore',
    },
    // the candidate left knowing no more about the employer: "none the wiser about the job or the company",
    // "came out with no real sense of the place" (not knowing it beforehand is the candidate's own nerves)
    {
      re: /\b(?:(?:left|leaving|came (?:out|away)|walked (?:out|away)|went home|ended up)\b[^.]{0,30}?\b(?:with )?(?:no (?:real |clear |proper )?(?:idea|clue|sense|feel|picture)|not knowing|knowing nothing)|none the wiser|no (?:wiser|clearer)|still (?:no (?:real )?(?:idea|clue)|(?:don'?t|do not) (?:really )?know))\b[^.]{0,50}?\b(?:about|of|on|what|how|or|and|nor) (?:about |what |how )?(?:the |this |their |its )?(?:company|firm|business|organi[sz]ation|culture|place|employer)\b(?!'?s? (?:website|site|linkedin|values page))/,
      neg: 'ignore',
    },
    // the interviewer not saying what the employer does or is like: "nobody explained what the company actually does",
    // "couldn't or wouldn't say what kind of place it is to work"
    {
      re: /(?<!\b(?:i|we) (?:\w+ )?)\b(?:nobody|no one|no-one|never|not|n't|didn'?t|did not|couldn'?t|could not|wouldn'?t|would not|unable to)\b(?: (?:really|even|actually|properly|or (?:wouldn'?t|would not|couldn'?t|could not)))* (?:explain|say|tell|describe|mention|share)\w*(?: (?:me|us))?\b[^.]{0,60}?\b(?:what (?:the |this |their )?(?:company|firm|business|organi[sz]ation|agency|employer)(?: (?:actually|really))? (?:does|do|did|is like|was like|'s like|values|value|stands for|stood for|makes|sells|is about)|what (?:kind|sort) of (?:place|company|firm|outfit|business|employer) (?:it|they) (?:is|was|are|were|would be))\b/,
      neg: 'ignore',
    },
    // the culture question dodged, told before it: "deflected when I asked about culture"
    {
      re: /\b(?:deflect|dodg|sidestep|side-step|swerv|brush|bat|laugh)\w*(?: (?:it|that|them|me))?(?: off| away| aside)? (?:when|whenever|every time|each time|as soon as|the moment) (?:i|we) (?:\w+ ){0,2}?(?:asked|brought up|raised|mentioned|got onto|moved onto)\b[^.]{0,20}?\b(?:culture|values|ethos|the company|the firm|the business|the organi[sz]ation|what it'?s like|how (?:people|they|the teams?) work|work[- ]life balance)/,
      neg: 'ignore',
    },
    // recall21: the company side named thin: "the company side of things was a bit thin", "bare minimum on the company"
    {
      re: /\b(?:company|culture|firm|organi[sz]ation|employer) (?:side|bit|part|info|information|details|stuff)(?: of (?:things|it))? (?:was|were|felt) (?:a bit |pretty |very |rather |quite |a little |kind of |super )?(?:thin|light|sparse|lacking|non-existent|nonexistent|missing|skimpy|scant|vague)\b|\b(?:bare minimum|the minimum|next to nothing|sod all|bugger all|nowt|zilch|nada|literally (?:0|zero|nothing)) (?:on|about|re) (?:the |their )?(?:company|firm|business|organi[sz]ation|culture|place|employer|brand)\b|\btold (?:me |us )?(?:literally )?(?:0|zero) (?:about|on) (?:the |their )?(?:company|firm|business|culture|place)\b/,
      surface: true,
      neg: 'ignore',
    },
    // nothing said, hedged or reported: "I don't think she mentioned anything about the company at all", "they couldn't tell
    // her anything about how the place is run", "couldn't say anything about eng culture"
    {
      re: /\b(?:(?:don'?t|do not) think (?:she|he|they|anyone|the \w+) (?:ever |even )?|(?:couldn'?t|could not|wouldn'?t|would not|didn'?t|did not|never) (?:really |even )?)(?:mention\w*|said|say|tell|told|explain\w*)(?: (?:me|us|her|him|them))? (?:anything|much|a thing|a word) (?:about|on|re) (?:how the (?:place|company|firm|office|business) (?:is|was) run|the (?:company|firm|business|organi[sz]ation|place|employer)\b|(?:the |their |\w+ )?culture|what it'?s like (?:to work )?there)/,
      surface: true,
      neg: 'ignore',
    },
    // the culture question dodged: "they skirted round anything to do with company culture", "avoided the culture question",
    // "when I asked why people leave, she changed the subject", "couldn't get a straight answer about what the company's like"
    {
      re: /\b(?:skirt\w*|dodg\w*|avoid\w*|sidestep\w*|side-stepp\w*|deflect\w*|duck\w*|swerv\w*|brush\w* off|brushed|gloss\w* over|fudg\w*)\b(?: round| around| over)?(?: [\w']+){0,5}? (?:culture|values|work-?life(?: balance)?|what it'?s like (?:to work )?there|the company|the firm|staff turnover|turnover|morale|why people leave|the atmosphere there)\b(?! (?:fit|interview))|\bask\w* (?:about |why |what |how )[^.;!?\n]{0,40}\b(?:culture|values|work-?life|people leave|turnover|morale|like to work|like working|the company)\b[^.;!?\n]{0,30}\b(?:changed the subject|moved on|dodged|deflected|brushed it off|avoided it|laughed it off|didn'?t answer|wouldn'?t answer|ignored)\b|\b(?:couldn'?t|could not|didn'?t|did not|never) get (?:a|any) (?:straight|real|proper|clear|direct) answer (?:about|on|re|to) (?:what (?:the company|the firm|it)(?:'s| is) (?:actually |really )?like|the culture|what it'?s like)/,
      surface: true,
      neg: 'ignore',
    },
    // nothing about working there: "sales pitch about the brand, nothing about what working there is actually like"
    {
      re: /\b(?:nothing|not a word|zero|nada) (?:about|on|re) (?:what )?(?:working there|it'?s (?:actually |really )?like (?:to work )?there|what (?:working|it) (?:there )?(?:is|was) (?:actually |really )?like)\b/,
      surface: true,
      neg: 'ignore',
    },
    // the company question sent to a website: "when I asked about the culture she said 'it's all on the website'",
    // "she said 'everything on website'"
    {
      re: /\b(?:said|says|say|told me|replied|answered|just)\W+(?:\w+\W+){0,2}(?:everything|it'?s all|all|it is all)(?: is)? (?:on|in) (?:the |our |their )?(?:website|site|web ?site|handbook|careers page|intranet|brochure)\b/,
      surface: true,
    },
    // session 24: nothing to tell of the firm afterwards: "if I had to describe the firm I'd have drawn a blank"
    {
      re: /\b(?:describe|sum up|explain|tell (?:you|anyone|someone|people) (?:anything |much )?about) (?:the|this|their|that) (?:company|firm|organisation|organization|business|place|agency|practice)\b[^.\n]{0,40}\b(?:draw(?:n)? a (?:complete |total )?blank|drew a blank|couldn'?t (?:have )?(?:told|said)|(?:would|'d) (?:struggle|have nothing|have no idea))\b/,
      who: 'any',
      surface: true,
    },
  ],
};
