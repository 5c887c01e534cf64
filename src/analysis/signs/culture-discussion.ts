import type { SignPatterns } from '../detect/types.js';

const PLACE =
  '(team|teams|office|ward|department|school|unit|site|shop|store|kitchen|lab|practice|home|studio|firm|company|business|charity|place|group|salon|restaurant|bar|clinic|library|agency|org|organisation|organization|gallery|museum|theatre|theater|hotel|farm|orchard|vineyard|workshop|garage|depot|warehouse|factory|plant|bakery|cafe|café|pub|venue|nursery|college|university|hospital|surgery|station|centre|center)';
/** "a weird vibe", "good vibes": the feel of the interview room, unless a workplace is named after it. */
const ROOM_VIBE =
  '(weird|odd|strange|bad|off|tense|awkward|cold|good|great|nice|chill|friendly|warm|relaxed|positive|negative|funny|nervous|stiff|formal|serious|flat|fun|lovely|calm|immaculate|chaotic|intense|frosty|icy|welcoming|uncomfortable)';
const CULTURE = `(?<!\\b(your|my|ur) (\\w+ )?)(culture|how (they|we|the \\w+|the teams|people|staff|everyone|their (\\w+ )?teams?|volunteers|the (ward|department|office|unit|site)) (\\w+ )?(work|works|operate|operates|run|runs|look after|treat|get on|gets on|decide|make decisions|do things)|values|ethos|philosophy|mission|ambiance|ambience|wellbeing|well-being|work[- ]life|environment|ways? of working|working style|management style|(?<!\\b${ROOM_VIBE} )vibe(?! (was|is|be|felt) )|\\b${ROOM_VIBE} vibe (in|at|of|around) (the|their) ${PLACE}\\b|atmosphere (in|at|on) the (${PLACE})|(remote|hybrid|wfh|flexible[- ]working) (policy|set-?up|working|days?)|flexi(ble)?[- ](hours|time|working)|what it'?s like (to work|working) (there|here)|what (working|life) (there|here|(at|in|on) (the )?\\w+) (is|be|was|'s) like|how (\\w+ ){1,3}(works?|operates?) (there|here|together|day to day|in practice)|how (\\w+ ){1,2}(is|are|be|get|gets) (treated|valued|done|run|managed|supported|recognised|recognized|heard|rewarded) (there|here)|what (it|the \\w+)('s| is| be| was) like|(their|its) (whole |general |overall )?approach\\b(?! to (the |this |my |a |your )?(role|job|interview|question|case|problem|project|task|hiring|recruitment|it))|peer support|(somewhere|place|a place) (where )?people (actually |really |genuinely )?(like|love|enjoy|want) (working|to work))`;

/**
 * Culture or values named with a pointer elsewhere ("the culture deck on the website covers it", "our values
 * on the careers site"): a brush-off, little-company-info's, not a talk about how people work.
 */
export const NOT_POINTED_ELSEWHERE = String.raw`(?![^.?!\n]{0,40}\b(?:on|in) (?:the|our) (?:careers? (?:site|page)|website|web ?site|intranet|(?:staff |employee )?handbook|(?:\w+ )?pack)\b)`;

/**
 * "There's a section on our values", "a page about the culture": a document pointed to (after "it's all on the careers
 * page"), not the culture told.
 */
export const NOT_A_DOCUMENT_ON = String.raw`(?<!\b(?:section|page|part|chapter|video|slide|statement|leaflet|booklet|bit)s? (?:on|about|with|listing) (?:the )?)`;

/**
 * "We're very relaxed about all that", "it's all quite informal about that stuff": a question waved off with a
 * pat line, not a description of the place (a norm names its object: "relaxed about hours"). Nor a quip about what was
 * just said ("we haven't decided, we're very laid back like that") or the interview itself ("today, it's a relaxed one").
 */
export const NOT_WAVED_OFF = String.raw`(?! about (?:all )?(?:that|this|it|those|these)\b| like that\b| one\b)`;

/** The candidate asking about culture is not the interviewer talking about it. */
const NOT_ASKED =
  '(?<!\\b(ask|asked|asking|question|questions|wonder|wondering|know) (about |re |regarding |what |how |if |whether )?(the |their |a )?(company |team |work |office |\\w+ )?)';

/** A real answer about culture, values or how people work. Brush-offs are little-company-info. */
export const cultureDiscussion: SignPatterns = {
  id: 'culture-discussion',
  cues: [
    {
      re: new RegExp(
        `(?<!\\bi (\\w+ )?)\\b(talk\\w*|told|tell|shar\\w*|explain\\w*|describ\\w*|spent|spend|spoke|speak|at length|went into|go into|a lot|lots|loads|plenty|bit|chat\\w*|open(ly)?|honest|frank|candid|upfront|walk\\w* me (through|thru)|talk\\w* me (through|thru)|sold me on|passionate)\\b.{0,30}\\b(about |on |into |me |us )?${CULTURE}`,
      ),
    },
    {
      re: new RegExp(
        `(?<!\\bi (\\w+ )?)\\b(talk\\w*|spoke|speak\\w*|spent \\w+ (long )?time) (a lot |loads |at length |for ages |a (fair |good |little )?bit |quite a bit |a fair amount |plenty |lots )?(about|on) (the|their|this) ${PLACE}\\b(?! ?:)`,
      ),
      who: 'interviewer',
      conf: 0.65,
    },
    {
      re: new RegExp(
        `${NOT_ASKED}\\b${CULTURE}\\b.{0,60}\\b(talk\\w* for ages|talk\\w* (a lot|loads)|real answer|proper answer|went into detail|explain\\w*)`,
      ),
    },
    {
      re: new RegExp(
        `${NOT_ASKED}(?<!\\b(what|how) )\\b(the|their|our|its|a) (\\w+ )?(culture|ethos|values|philosophy|vibe(?! (was|is|be) (off|weird|odd|strange|bad|awful|terrible|tense|cold|flat)))\\b(:| is| was| be| sound| seem|,? (which|where|where|with))(?<!\\b(the|a) vibes? (is|was|be|sound|seem))`,
      ),
      who: 'interviewer',
      conf: 0.65,
    },
    // One family split across several regexes: V8 runs a single 3,000-character alternation slowly.
    // Named in the candidate's own question ("I asked whether they're blameless"), it is no answer.
    {
      re: /(?<!\b(?:ask\w*|wonder\w*)\b(?:(?!\b(?:said|say|says|told|tell|replied|answered|explained|explain)\b)[^\n.?":;]){0,80})\b(no[- ]blame|blameless|meeting[- ]free|no emails? after|look(s)? after each other|work[- ]life balance|no (\w+ )?hierarchy|flat (hierarchy|structure|organisation|organization|team)|everyone gets a say|psychological safety|crits? every|wins call|workload (charter|policy)|no graded|family[- ]friendly|(eat|eats|ate|eating|have|has|had|do|does|share|shares|take|takes) (their |our |a )?(lunch|breakfast|dinner|tea|meals?|brunch|smoko|breaks?|coffee|tea breaks?) together|lunch together|(eat|eats|ate|eating|lunch|lunches) with (everybody|everyone|the (whole )?(staff|team))|async (by default|first)|no (calls|meetings|emails) (before|after|on)|written proposals)\b/,
      who: 'interviewer',
      conf: 0.7,
    },
    // inside a "we're like a family" brush-off, "everyone pitches in" is the stock line, not a norm
    {
      re: /(?<!\b(like a|one big|one happy|big happy) family\b[^\n]{0,40})\b(staff (meal|lunch|breakfast|drinks|socials?|book club|party|parties|away ?days?|quiz|outings?|bbq|night out|choir|football|running club)|(team|staff|company|office) (socials?|drinks|nights? out|away ?days?|outings?|bbq|lunches|breakfasts|retreats?|quiz)|social (calendar|committee|club|events?)|(everyone|everybody) (mucks in|pitches in|pitch in|muck in|chips in|chip in|helps out|help out|knows everyone|knows everybody|gets on|rotates|does a bit|including (the )?(boss|bosses|head|heads|ceo|owner|owners|manager|managers|management|director|directors|partner|partners|senior \w+|leadership|founder|founders)|eats|has lunch|goes))\b/,
      who: 'interviewer',
      conf: 0.7,
    },
    {
      re: /\b((support|help|helps|supports|cover|covers|look out for|looks out for) (for )?each other|collegial(?! (conversation|chat|interview|discussion|exchange|call|talk|debate|tone|back-and-forth))(?![^.\n]{0,60}\b(that (was|be) (it|all)|that'?s (it|all)|nothing (more|else)))|(real|good|clear|honest|proper|great) (sense|feel|picture|idea) (of|for) (the culture|the place|what it'?s like)|(way|ways) of doing things|(people|staff|most of the team|most people|everyone|half the team) (have|has|'ve) (been|be) (there|here) (for )?(\d+|\w+ years?|years|ages|decades|donkey'?s|forever))\b/,
      who: 'interviewer',
      conf: 0.7,
    },
    {
      re: /\b((friday|thursday) (drinks|lunch|pizza|socials?|beers)|dog[- ]friendly|dogs in the office|(people|everyone|staff|folk) (actually |really )?(take|takes|use|uses) (their |the )?(holidays?|vacation|leave|flexi|lunch breaks?)|celebrat\w* (the )?(small |little |big )?(wins|successes)|(meets?|get together|gets together) every (monday|tuesday|wednesday|thursday|friday|week|morning)|work\w* in pairs|nobody gets side-eye|no screamers)\b/,
      who: 'interviewer',
      conf: 0.7,
    },
    {
      re: /\b(nobody (gets? (blamed|named|laughed at|shouted at|yelled at|told off|tell off|in trouble|punished|judged|penali[sz]ed|written up|disciplined|a hard time)|('s|is|be) (\w+ )?expect(ed)? to|(checks?|answers?|reads?|sends?|replies to|looks? at) (work )?(emails?|messages|slack|teams)|is stuck|works (more|past|late|weekends|alone)|is expected to|shouts|is forced|stays late)|no[- ]one (gets (blamed|shouted at)|works late)|no (us and them|egos?|politics|blame culture|shouting|late nights|long hours|marking at weekends)|no[- ](\w+)[- ]hour[- ]days?|open[- ]door (policy|culture)|people stay (for )?(years|ages|a long time|forever)|(low|high) (staff )?(turnover|attrition)|(staff )?(turnover|attrition) (is|be|was|'s|are) (\w+ )?(high|low|huge|bad|awful|tiny|minimal|non-existent|terrible)|open ?-? ?door (policy|culture|thing|approach|management|vibe|style))\b/,
      who: 'interviewer',
      conf: 0.7,
    },
    {
      re: /\b((big|huge|really|very|so) (big )?on (\w+ ){0,2}(mentor\w*|learning|feedback|wellbeing|work[- ]life|balance|autonomy|ownership|collaboration|transparency|inclusion|diversity|kindness|respect|teamwork)|(?<!contribute to )diversity(?! (and inclusion |& inclusion )?(act|acts|law|laws|legislation|regulations?)\b)|inclusion|(?<!\bthe )co-?op|cooperative|everyone (has|gets) a (vote|say)|pay ratio|team lunch|go for a pint|nobody takes (themselves|itself|it) (too )?seriously|\bdei\b|\bedi\b|ed&i|resource groups?|neurodivers\w*|pride network)\b/,
      who: 'interviewer',
      conf: 0.7,
    },
    {
      re: /\b(menopause policy|(\w+ )?days? (a week )?in the office|(hybrid|remote|wfh|flexible) (policy|working|first|friendly)|(four|4)[- ]day (working )?week|compressed hours|core hours|go to (press nights|the pub|gigs|shows) together|\w+ together (every|each|on)|(close|closes|shut|shuts) (for|over) (the whole of )?(christmas|boxing|the holidays|new year)|no[- ]\w+ (behaviour )?(policy|rule))\b/,
      who: 'interviewer',
      // session 25: the policy known from the candidate's research or the recruiter before ("I knew loads about them going in,
      // the four-day week pilot", "recruiter gave me the full lowdown ..., hybrid policy"), not talked over in the interview
      notAt:
        /(?<=\b(?:i (?:knew|know|had read|'d read|read|researched|research|looked up|look up|found out)|glassdoor|linkedin|recruiter|agency|headhunter|going in|beforehand)\b[^.\n]{0,80})/y,
      conf: 0.7,
    },
    {
      re: /\b(no (weekend|evening|late|out of hours) (work|working|emails|calls|marking)|anything goes|(go|goes|went) home (at|on time|by)|protected (time|hour|hours|afternoon)|(retros?|retrospectives?|reflective practice|critiques?) (every|each|weekly|on (mondays|tuesdays|wednesdays|thursdays|fridays|a (monday|tuesday|wednesday|thursday|friday)))|critique the work|(we|they) pair on|rule is|(?<!\b(your|my) (\w+ )?)(ethos|philosophy)(?![^.\n]{0,40}\b(resonat\w*|appeal\w*|attract\w*|drew me|draw me|spoke to me|speak to me|inspir\w*|why i appl\w*)))\b/,
      who: 'interviewer',
      conf: 0.7,
    },
    // candour about the working life there: "frank about crunch", "candid about the department: collegial but stretched"
    {
      re: /\b(honest|honestly|frank|frankly|candid|candidly|open|openly|upfront|up-front|straight|realistic|blunt|transparent)\b.{0,15}\b(about|on|re) (the |their |how |what )?(crunch|overtime|workload|long hours|hours|burnout|turnover|attrition|politics|pressures?|stress|morale|department|place|firm|company|organisation|organization|office|downsides|bad bits|hard bits|what it'?s like|how (it|they|people|things) (work|run|go))\b/,
      who: 'interviewer',
      conf: 0.65,
    },
    // a culture question that got a real answer: "asked about work culture and she told honestly"
    {
      re: /\bask\w* (about |re |how (is|be|'s) |what (is|be|'s) )?(the |their |work |team |company |office ){0,2}(culture|values|ethos|environment|ambiance|ambience|atmosphere|vibe|what it'?s like (to work|working) there)\b.{0,40}\b(told|tell|said|say|answer\w*|explain\w*|describ\w*) (me |us )?(very |really |quite )?(honestly|openly|frankly|candidly|properly|straight|in detail|at length|in depth)\b/,
      conf: 0.7,
    },
    // the culture question answered with a list: "when I asked what it's really like there they talked about the Friday
    // demos, how juniors present to the whole company, and…" (a dodge says little: "talked about nothing much, and moved on")
    {
      re: /\bask\w* (?:about (?:the |their )?(?:\w+ )?(?:culture|ethos|values)|what (?:it|the (?:place|company|firm|team|office)) (?:is|be|was|'s) (?:really |actually )?like(?: there| to work| working)?)\b[^.\n?]{0,30}?\b(?:they|he|she) (?:\w+ )?(?:talk|talked|tell me|told me|describe|described|explain|explained|go through|went through)(?: (?:me|us))?(?: about)? (?!(?:nothing|very little|little|not much|anything|something else|the weather|around)\b)(?:the|their|how|that|a|an)\b[^.\n]{8,}?(?:,|\band\b)[^.\n]{6,}/,
      who: 'any',
      conf: 0.7,
    },
    // norms said as what people there do: "drivers get a say in home time", "people leave at 5 and mean it", a "no silly questions" rule
    {
      re: /\b(get|gets|got|have|has|given) (a |an |their )?(real |proper |genuine |big |equal )?(say|vote|voice) (in|on|over)\b|\bno[- ]((?!(idea|clue|word|mention|sense|real|info|details?|answer|such|specific|set|clear|formal|written|hard|about|on|of|the|a|for|in|to|with)\b)[a-z]+[- ]){1,3}(rule|policy|culture)\b/,
      who: 'interviewer',
      conf: 0.7,
    },
    // present tense on the surface: "everyone leaves by 6" is a norm, "everyone left at 5" is the day of the interview
    {
      re: /\b(people|everyone|everybody|staff|folk|folks|nobody|no one|most people|the (whole )?(team|office|lab|staff|studio|department)) (all )?(actually |genuinely |really |always )?(leave|leaves|go home|goes home|clock off|clocks off|log off|logs off|knock off|knocks off) (at|by|on time|before|bang on)\b/,
      surface: true,
      who: 'interviewer',
      conf: 0.7,
    },
    // rituals named with their rhythm, meals shared, bosses doing the same work: "monthly latte art comps", "eats together before service"
    {
      re: /\b(weekly|monthly|fortnightly|quarterly|annual|yearly|friday|thursday|monday|summer|christmas|regular) (\w+ ){0,2}(quiz|quizzes|comps?|competitions?|socials?|drinks|bake[- ]?offs?|bbqs?|barbecues?|book clubs?|away ?days?|breakfasts?|game nights?|karaoke|part(y|ies)|outings?|meetups?|lunch and learns?|open meetings?|town ?halls?|all[- ]hands)\b|\b(eat|eats|ate|eating|dine|dines|dining|sit down|sits down|break bread) together\b|\b(staff |team |company |office )?(book|running|cycling|walking|choir|knitting|baking|staff social) (club|league)s?\b|\b(leaders?|leadership|managers?|management|bosses|boss|heads?|owners?|partners?|directors?|seniors|ceo|founders?|head chef|the head)\b (\w+ ){0,4}?(like everyone else|same as everyone( else)?|alongside everyone|with the rest of (us|them|the team)|(muck|mucks|pitch|pitches|chip|chips) in)\b/,
      who: 'interviewer',
      conf: 0.7,
    },
    // the workplace characterised: "described the office as quiet and focused"
    {
      re: /\b(describ\w*|paint\w*|sum\w* up|call\w*|characteri[sz]\w*) (the |their |our |this )?(office|team|place|culture|ward|workplace|atmosphere|environment|department|studio|kitchen|floor|site|company|firm) as\b/,
      who: 'interviewer',
      conf: 0.65,
    },
    // how the place is, said with pride or weight: "proud of how inclusive the place is", "they take wellbeing seriously"
    {
      re: /\bhow (inclusive|diverse|supportive|collaborative|flexible|open|welcoming|sociable|close-knit|tight-knit|family[- ]friendly|progressive) (the |their |this )?(\w+ )?(place|team|office|company|firm|culture|environment|department|workplace|organisation|organization|business) (is|be|was|are)\b|\b(take|takes|taking|took) (\w+ )?(wellbeing|well-being|mental health|work[- ]life balance|inclusion|diversity|feedback|safety|flexibility) (really |very |super )?seriously\b|\bmental health days?\b|\bergs\b|\bstaff networks?\b/,
      who: 'interviewer',
      conf: 0.65,
    },
    // the place summed up in a word about its people: "said it's a pretty relaxed place", "reckons they're a tight-knit crew"
    {
      re: /(?<!\b(ad|advert|advertisement|listing|posting|description|spec|website|site|glassdoor|reviews?|brochure) )\b(said|says|say|told me|tell me|reckon\w*|describ\w*|explain\w*)( that)? (it'?s|it is|it was|they'?re|they are|we'?re|it'?d be) (a |an )?(pretty |really |very |quite |super |fairly |genuinely )?(relaxed|laid[- ]back|informal|chilled|chill|supportive|collaborative|close[- ]knit|tight[- ]knit|family[- ]run|sociable|easygoing|easy-going|flat|egalitarian|no[- ]nonsense|old[- ]school|traditional|hierarchical|corporate|competitive|cutthroat|cut-throat|high[- ]pressure|fast[- ]paced) (place|team|office|shop|firm|company|crew|bunch|environment|workplace|culture|outfit|kitchen|site|organisation|organization|practice|department|structure)\b/,
      surface: true,
      who: 'interviewer',
      conf: 0.65,
    },
    // a shared meal or ritual with its rhythm, and time given for good causes: "staff tea every Friday", "volunteering days"
    {
      re: /\b(staff|team|office|company|department|whole[- ]team|all[- ]staff) (tea|coffee|cake|breakfast|brunch|lunch|dinner|pizza|walk|drinks|meal|huddle)s? (every|each|on|once a) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|fortnight|month|morning|afternoon|mondays|tuesdays|wednesdays|thursdays|fridays)\b|\bvolunteer(ing)? (days?|leave|time|hours)\b|\b(paid|charity|giving) (volunteering|volunteer) (days?|leave|time)\b/,
      who: 'interviewer',
      conf: 0.7,
    },
    // culture named as a topic, the content after it: "the firm's culture came up too: ...", "culture-wise, ...", "on culture, she said..."
    {
      re: /\b(culture|values|ethos|work[- ]life balance|wellbeing|well-being)\b (\w+ )?(also |too |briefly |eventually |then |quickly )?(came|come|coming) up\b|\bculture[- ]wise\b|\bon (the )?culture,? (she|he|they|the \w+) (said|say|told|tell|explain\w*|describ\w*)\b|\b(got|get|getting) (onto|on to|into|round to|around to) (talking about |discussing )?(the )?(\w+ )?(culture|values|ethos)\b/,
      who: 'interviewer',
      conf: 0.65,
    },
    // perks that set the tone of the place, named with their day: "they have beer cart Fridays", "pizza Thursdays"
    {
      re: /\b(beer|pizza|cake|bagel|donut|doughnut|taco|casual|dress[- ]down|jeans|happy hour|wine|cocktail)( cart| trolley| fridge| o'?clock)? (friday|thursday|wednesday|tuesday|monday)s?\b(?! (night|morning|afternoon|evening|lunch|dinner)\b)/,
      who: 'interviewer',
      conf: 0.7,
    },
    // the same perks as things the place has: "there's a beer fridge and a ping pong table", "they do free lunches"
    {
      re: /\b((have|has|'ve got|have got|there'?s|there is|there are|there be|offer|offers|provide|provides|do|does|run|runs) |(told (me|us) about|mention\w*|talk\w* about|brag\w* about|rav\w* about|proud of)\b[^\n]{0,40}?\b)(a |an |the |their |our |free |regular |weekly |monthly |proper )?(beer (cart|fridge|trolley|taps?|kegs?)|kegerator|ping[- ]?pong( table)?|table tennis|foosball|pool table|games? (room|console)|nap (pods?|rooms?)|free (lunch|lunches|breakfasts?|snacks|food|beer|meals)|(fully )?stocked (kitchen|fridge)|happy hours?)\b/,
      who: 'interviewer',
      conf: 0.65,
    },
    // the place described bluntly by its own people: "complained they're all overworked", "joked the department is a dump";
    // a subject check would take the letter-writer's "I would point out that your comments..." for the speaker, so the
    // first person is ruled out in the pattern instead
    {
      re: /(?<!\b(i|we) (\w+ ){0,2})(?<!\b(my|our) (\w+ )?)\b(said|say|says|told (me|us)|tell (me|us)|admit\w*|(honest|frank|candid|upfront|up-front|open) (that|about how)|complain\w*|moan\w*|grumbl\w*|jok\w*|warn\w*|confess\w*|vent\w*|let slip|comments?|remarks?)\b[^\n]{0,40}?\b(overwork\w*|over-work\w*|understaffed|under-staffed|short[- ]staffed|stretched (thin|to breaking)|underpaid|under-resourced|morale (is|be|was) (low|rock bottom|terrible|awful|bad|poor)|low morale|(people|staff|everyone|folk|they|nurses|teachers|workers|employees|new starters|new hires) (\w+ ){0,2}burn\w* out|(high|huge|constant) turnover|(is|be|'s|was|are|were|can be|gets|get|getting) (pretty |very |quite |really |a bit |super |so |incredibly |horribly |fairly |extremely )?(political|cliquey|cliquy|chaotic|cutthroat|cut-throat)|nobody (stays|stay|lasts|last)|(a |an )?(total |complete |absolute |real |bit of a |actual )?(dump|shambles|madhouse|mad house|zoo|circus|sinking ship|revolving door|snake pit|hellhole|toxic (place|environment|culture|workplace))\b)/,
      conf: 0.65,
    },
    // shared chores with the bosses in them, and nobody above the work: "everyone takes a turn on the desk, herself included",
    // "naebody's precious about mucking in, managers included", "nobody in that branch is above a returns trolley"
    {
      re: /\b(everyone|everybody|all of us|the whole (team|staff|crew)|all the staff)\b[^.\n]{0,80}\b(managers?|bosses|boss|herself|himself|themselves|the (boss|owner|manager|head|director|partners?|doctors?|chef|gm)|partners|seniors|directors|owners?|leadership|me) included\b|\b(nobody|no one|no-one|naebody|noone)( \w+){0,4} ('s|is|be|are) (\w+ )?(above|precious about|too (good|senior|grand|important|proud) (for|to))\b|\b(everyone|everybody) (takes|take|gets|get) (a |their )?turns?\b/,
      who: 'interviewer',
      conf: 0.7,
    },
    // habits named as the place's own: "a wee tradition", "the staff eat Christmas dinner with the residents",
    // "they value speed over polish", "people regularly work weekends", "open door Fridays", "a demo day every Friday"
    {
      re: /\b(have|has|'ve|got|there'?s|there is|it'?s|a) (a |this |their |our )?(wee |little |small |lovely |nice |long-?standing |proper )?tradition\b|\b(staff|team|everyone|everybody|we|they) (all )?(eat|eats|ate|have|has|share|shares) (\w+ ){0,2}(dinner|lunch|breakfast|meals?|tea) with the (residents|patients|kids|children|pupils|customers|guests|clients|students)\b|\b(value|values|valued|prize|prizes|favou?r|favours|prioriti[sz]e|prioriti[sz]es) (\w+ ){0,2}over (\w+ ){0,2}(polish|perfection|process|hierarchy|hours|speed|titles|seniority|presenteeism)\b|\b(people|everyone|staff|folk|most people|the team) (regularly|often|usually|always|routinely|sometimes|generally) (work|do) (weekends|late|nights|evenings|overtime|long hours)\b|\bopen[- ]door (fridays|mondays|days?|hours?|sessions?|afternoons?)\b|\b(demo|hack|learning|innovation|wellbeing|well-being|show and tell|show-and-tell) (days?|afternoons?|sessions?|fridays) (every|each|once a)\b|(?<!\b(ask\w*|wonder\w*|question\w*)\b[^\n]{0,100})\bhow (feedback|information|decisions|ideas) (flows?|travels?)\b/,
      who: 'interviewer',
      conf: 0.65,
    },
    // "we don't rush personal care here": a norm said as the house's own refusal
    {
      re: /\bwe (don'?t|do not|never) (rush|hurry|chase|micromanage|do overtime|do blame|shout|judge|work weekends|do long hours|cut corners)\b[^.\n]{0,40}\b(here|in this (place|house|home|team|kitchen|branch|office|school|ward))\b/,
      surface: true,
      conf: 0.65,
    },
    // transcripts: the interviewer describing how people are there
    {
      re: new RegExp(
        String.raw`\b(it'?s|it is|we'?re|we are) (a |quite |very |really |pretty |more of )?(a )?(\w+ ){0,3}(culture|flat|informal|relaxed|close[- ]knit|tight[- ]knit|collaborative|sociable|supportive|laid[- ]back|family)\b${NOT_WAVED_OFF}|\beveryone knows everyone\b|\bwork[- ]life balance\b|\bno emails? (after|at|on|over)\b|\b(team|staff) (lunch|breakfast|drinks|social)(es|s)? (every|each|on|once)\b|\blunch together\b|\b(we|they|everyone) (all )?(get on|get along|look after each other|help each other|support each other)\b|\bhow (the (team|lab|office|department|school|ward|unit|place)|we) (works?|operates?)\b|\bthe rule is\b|\bcritique (the work|every)\b|\bwe pair\b|\bnobody (gets|is) (laughed at|blamed|forced|expected)\b|${NOT_A_DOCUMENT_ON}\bour values\b${NOT_POINTED_ELSEWHERE}|\bquiz league\b|\b(running|book|social) (club|league)\b|\bevenings back\b`,
      ),
      says: 'interviewer',
      weight: 1,
    },
    // a weekday is a ritual when people gather on it ("a crit every Thursday", "every Friday we all..."); "the rota
    // comes out every Friday" and "he orders the same thing every Thursday" are the job's schedule
    {
      re: /\b(meeting[- ]free|blameless|no graded|nobody'?s expected to answer|nobody is expected to answer|workload charter|eat lunch together|pair a lot|how we work|we'?re quite (deliberate|open)|place people stay|no[- ]blame|nobody gets named|we don't do|we cut|stand-?up|(meeting|crit|critique|huddle|session|slot|lunch|drinks|breakfast|cake|quiz|social|clinic|catch-?up|demo|retro|retrospective|time|tea|pizza|walk|briefing|get-together)s?( [\w-]+){0,3} every (thursday|friday|monday|tuesday|wednesday)|every (thursday|friday|monday|tuesday|wednesday)\b[^.?!\n]{0,30}\b(we|everyone|everybody|the (whole )?(team|office|staff)))\b/,
      says: 'interviewer',
      weight: 0.5,
    },
    // recall21: open about what it is like there: "really open with her about what it's like to work there, good and bad",
    // "very open about what day-to-day life is like in the office", "candid about the office politics"
    {
      re: /\b(?:open|honest|candid|frank|upfront|up-front|transparent|straight|real|forthcoming)(?: with (?:me|us|her|him|them))? (?:about|on|re) (?:what (?:it'?s|it is|it was|life is|life'?s|day-to-day life is|day to day life is|the day[- ]to[- ]day is|working there is|working there'?s|working here is) (?:really |actually |truly )?like|the good and (?:the )?bad|how (?:it|things|the place|people|everyone) (?:really |actually )?(?:is|are|work|works|get on)(?: there)?|the (?:office )?politics|the (?:long )?hours culture)\b/,
      surface: true,
    },
    // the real picture given: "gave me the lowdown on what it's really like there", "got a real sense of the environment",
    // "the real picture of the culture, not the careers-page version"
    {
      re: /\b(?:low-?down|inside scoop|real picture|full picture|honest picture|true picture|real story|warts and all|unvarnished (?:view|picture|version)) (?:on|about|of) (?:what it'?s (?:really |actually )?like|the (?:culture|place|environment)|working there|how (?:it|things|people) (?:really )?(?:is|are|work))\b|\b(?:got|get|gave me|give me|left with) (?:a )?(?:real|good|clear|proper|great|decent|strong|genuine) (?:sense|feel|idea|picture|flavour|flavor) (?:of|for) (?:the )?(?:environment|culture|place|team dynamic|what it'?s like|how (?:they|people|the team|everyone) work)\b/,
      surface: true,
    },
    // a culture question answered for real: "asked what they value in people and he gave a proper answer"
    {
      re: /\bask\w* (?:them |her |him )?(?:about |what |how |whether |if )[^.;!?\n]{0,40}\b(?:culture|values?|value in|work-?life|like to work|like working|environment|people (?:leave|stay))\b[^.;!?\n]{0,40}\b(?:got|gave|give|giving|had|getting) (?:me )?(?:a |an )?(?:real|proper|straight|genuine|honest|full|thoughtful|detailed|candid|frank|long|good) (?:answer|response|reply)\b/,
      surface: true,
    },
    // how the place runs, told: "we touched on how the place runs", "discussed the organisation's values"
    {
      re: /\b(?:touched on|went (?:over|through)|talked (?:about|through)|explained|described|discussed|told me|covered) how (?:the place|the office|the shop|the site|the ward|the kitchen|the floor|things|the company|the firm) (?:really |actually )?(?:runs|works|operates|is run|gets run)\b|\bdiscuss\w* (?:the )?(?:organi[sz]ation|company|firm|trust|school|practice|business)'?s? values\b/,
      surface: true,
    },
    // a culture question answered at length after a dash or colon: "I asked what they're like as a firm - family owned,
    // no tracking drivers like robots, drivers set their own breaks"; a culture named by its habits: "they have a culture of
    // Monday safety huddles", "the crew all go for a fry-up after big shows"
    {
      re: /\bask\w* (?:them |her |him )?(?:about |what |how )[^.;!?\n]{0,40}\b(?:culture|how (?:they|you|people|the team) work|like as an? (?:firm|company|team|place|employer)|crunch|work-?life|values|(?:it'?s|it is|working there'?s?|working there is) like)\b[^.;!?\n]{0,30}?(?:\s[-–—]\s?|:\s?)[^.;!?\n]{40,}|\b(?:have|has|had|got) a (?:real |strong |big |proper )?culture (?:of|where)\b|\b(?:the )?(?:crew|team|staff|everyone|everybody|whole (?:team|office|floor)|they) (?:there )?(?:all )?(?:go|goes) (?:out )?for (?:a |an |their )?(?:[\w-]+ ){0,2}(?:after|on|every|each|together)\b/,
      surface: true,
    },
    // how the people are with each other (session 23): "a supportive bunch who have each other's backs", "heads-down
    // most days", "people tend to stay for years because it's a nice place to work"
    {
      re: /\b(?:have|got|has) (?:each other'?s|one another'?s) backs?\b|\b(?:supportive|friendly|lovely|close|tight|sociable|chatty|welcoming) (?:bunch|crew|lot|gang)\b|\bheads[- ]down\b|\b(?:nice|great|good|lovely|happy|friendly|fun) place to work\b|\b(?:people|staff|everyone|most people|folk) (?:tend to |usually |generally )?stay (?:for )?(?:years|ages|decades|a long time)\b/,
      who: 'interviewer',
    },
    // norms told in passing (session 23): "there's no dress code", "everyone's on first names", "you'll love the staff
    // parties", "nobody gets blamed if a check goes wrong"
    {
      re: /\b(?:no|relaxed|casual|strict|smart) dress code\b|\bdress code (?:is|was|'s) (?:relaxed|casual|strict|smart)\b|\b(?:everyone|everybody|all)(?:'s| is| are)? on first[- ]names?\b|\bfirst[- ]name terms\b|\bstaff (?:parties|party|dos|socials?|nights? out)\b|\b(?:nobody|no one|no-one) (?:gets|is|'s) (?:blamed|shouted at)\b/,
      who: 'interviewer',
    },
    // session 24: norms told by how the company gathers and looks after its people: "they do an offsite twice a year",
    // "70% of the company is remote", "they co-plan everything so nobody burns out"
    {
      re: /\b(?:do|does|did|have|has|had|hold|holds|held|run|runs|go on|goes on|organise|organises|organize|organizes) (?:an? |the |their |regular |quarterly |annual |yearly |monthly |company[- ]wide |big )?(?:company |team |staff |all[- ]hands )?(?:offsites?|off-sites?|away ?days?|retreats?)\b|\b(?:(?:\d+ ?%|\d+ per ?cent|most|half|a third|two[- ]thirds|all) of (?:the )?(?:company|staff|team|us|workforce|employees|people there)|the whole (?:company|team|office)) (?:is |are |works? |working )(?:fully |mostly |entirely |partly )?(?:remote(?:ly)?|from home|hybrid)\b|\b(?:nobody|no one|no-one|people don'?t|staff don'?t|the team doesn'?t) (?:ever )?burns? out\b|\b(?:stop|stops|stopping|prevent|prevents|avoid|avoids|avoiding|guard against|guards against) (?:people |staff |anyone |teachers |nurses |the team )?(?:from )?(?:burning out|burnout|burn-out)\b/,
      who: 'interviewer',
      surface: true,
    },
  ],
};
