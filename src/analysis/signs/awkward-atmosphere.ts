import type { SignPatterns } from '../detect/types.js';
import { NOT_STAFF, NOT_YES_NO_QUESTION, PERSON } from './positive-atmosphere.js';

// "I was so tense" / "I was stiff" are the candidate's nerves, not the room
const NOT_ME_BE =
  "(?<!\\b(?:i|i'm|im)(?: (?:be|was|am|'m|felt|feel|get|got|so|really|very|a bit|quite|pretty|super|just|all|too|kind of|sort of|the|probably|definitely|always))* )";
// "would be awkward", "going to be tense": a forecast, not what happened
const NOT_FORECAST =
  '(?<!\\b(?:would|might|could|will|wo|gonna|to|may|should|if|unless|whether)(?: \\w+){0,2} )';
// "my tie felt uncomfortable", "the seats were uncomfortable": the body's discomfort, not the room's
const NOT_CLOTHES =
  '(?:(?<!\\b(?:tie|suit|shoes?|boots|collar|shirt|heels|jacket|blazer|trousers|dress|skirt|tights|chairs?|seats?|sofa|bench|stool|desk|parking|commute|journey|train|bus)(?: \\w+){0,3} )(?=uncomfortabl)|(?!uncomfortabl))';
// "I expected it to be awkward", "might be tense": named before it happened
const NOT_EXPECTED =
  '(?<!\\b(?:would|might|could|will|wo|gonna|may|should)(?: \\w+){0,3} )(?<!\\b(?:expect\\w*|assum\\w*|imagin\\w*|predict\\w*|brac\\w* (?:myself )?for)(?: \\w+){0,3} )';

// "bored stiff" is boredom (interviewer-disinterest), not a stiff room; "the only awkward bit was the car
// park", "the awkward part was me spilling my water": the awkwardness is named as not the room's
const NOT_BORED_OR_ASIDE =
  '(?<!\\bbor(?:ed|e) stiff)(?! (?:bit|part|moment|thing) (?:be|was|is) (?:me|my|i|when i|the (?:car ?park|parking|journey|commute|bus|train|lift|door|weather)|finding|getting (?:there|in|lost)))';

// "sat with his arms folded and barely looked up, proper frosty": a last word on his manner (body language), not the room
const NOT_BODY_SUMMARY =
  '(?!(?<=\\b(?:frosty|icy)) *(?:[,.;!?\\n]|$)(?<=\\b(?:arm fold|arm cross|fold (?:his|her|their) arm|cross (?:his|her|their) arm|arms? (?:folded|crossed)|eye contact|look up|looked up|frown\\w*|scowl\\w*|glar\\w*|star(?:e|ed|ing)|lean\\w* back)\\b[^\\n]{0,100}))';

// people the candidate deals with in the job itself: "how would I handle a rude customer", "a patient yelled at me";
// and rude for never replying is the silence afterwards, not the room
const NOT_THE_PUBLIC =
  '(?<!\\b(?:customer|client|patient|caller|guest|parent|kid|child|children|student|pupil|resident|passenger|diner|shopper|member of the public|coworker|co - worker|colleague|mom|mum|dad|husband|wife|boyfriend|girlfriend|brother|sister)s? (?:\\w+ ){0,3})(?! (?:customer|client|patient|caller|guest|parent|kid|child|children|student|pupil|resident|passenger|diner|shopper|people|person|member|email|letter|review|work environment|environment|takeover)s?\\b| (?:not to|to not|to never|to ignore|to ghost|to leave|to keep|of them|that)\\b)';
// words for hostility that only a person can show; "hostile" and "rude" need a person as subject (below)
const SCORN =
  '(?:abrasive|condescend(?:ing)?|obnoxious|snide|hateful|belittling|patroni[sz]ing|sneering|contemptuous|snarky|snotty|combative|belligerent|confrontational|antagonistic|disrespectful|demeaning)';
// "she said I came across as abrasive": feedback on the candidate, not the room
const NOT_SAID_OF_ME =
  '(?<!\\b(?:i|me|myself) (?:(?!(?:she|he|they|her|him|them|it|interviewer|manager|panel)\\b)\\w+ ){0,5})';
const HOSTILE = `(?:angry|irate|furious|livid|hostile|rude|aggressive|nasty|arrogant|sarcastic|argumentative|snippy|${SCORN})`;
const SO =
  '(?:(?:so|really|very|incredibly|quite|pretty|a bit|a little|visibly|actually|openly|downright|straight - up|straight up|genuinely|extremely|utterly|borderline|almost|rather|kind of|sort of|just|totally|outright|plain|bordering on|increasingly|clearly|obviously) )*';

/** Tense or uncomfortable feel: named outright, or in the telling (pauses, a joke that dies). */
export const awkwardAtmosphere: SignPatterns = {
  id: 'awkward-atmosphere',
  cues: [
    // real writers (real22 round): the interviewer out to trip them up, mocking them, and a silence nobody broke
    {
      re: /\b(?:trying|tried|try|wanted|want|seemed to want|set out) to (?:intimidate|trip me up|catch me out|rattle me)\b|\b(?:mocked|mocking|made fun of|making fun of|ridiculed|ridiculing|sneered at|scoffed at) (?:me|my|us|every|each|the way i|what i)\b|\bevery (?:question|answer) (?:was|got) (?:mocked|ridiculed|sneered at|scoffed at)\b/,
      who: 'interviewer',
      surface: true,
    },
    {
      re: /\bsilence (?:prevailed|fell|descended|hung)\b|\bthe room (?:was|went|fell) (?:silent|dead quiet|deathly quiet|deathly silent)\b|\bthe room went (?:very |quite |really |all |a bit |completely |totally |dead )?quiet\b/,
      who: 'any',
      surface: true,
    },
    {
      re: new RegExp(
        `${NOT_STAFF}${NOT_ME_BE}${NOT_EXPECTED}${NOT_CLOTHES}\\b(?:awkward\\w*|uncomfortable|uncomfortably|uncomfy|tense|tension|tensions|stiff|stiffly|stilted|frosty|icy|strained|excruciating|painful(?:ly)? (?:slow|quiet|formal)|weird vibes?|odd vibes?|off vibes?|bad vibes?|strange vibes?|weird energy|uneasy|unnerving|intimidating|nerve[- ]?wracking)\\b(?<!(?:past|present|future|surface) tense)(?<!(?:past|present|future|surface) tension)(?! (?:competition|neck|back|drink|chairs?|seats?|sofa|bench|stool|shoes|suit|heels|collar|bed))${NOT_BORED_OR_ASIDE}${NOT_BODY_SUMMARY}${NOT_YES_NO_QUESTION}`,
      ),
      // not said in a call: there "stiff", "tension" and "uncomfortable" are mostly about other
      // things (a valve, two teams, "the uncomfortable question"); transcript-cues reads the room named aloud
    },
    // "I'm afraid the meeting felt uncomfortable": the politeness word is not a worry
    {
      re: new RegExp(
        `${NOT_STAFF}${NOT_FORECAST}\\b(?:(?<!\\bi )(?:be|was|were|got|get)|felt|feel|seem|seemed)\\w* (?:(?!not\\b|nothing\\b|no\\b|never\\b|n't\\b)\\w+ )?${NOT_CLOTHES}(?:awkward|uncomfortable|uncomfy|tense|stiff|stilted|strained|frosty|icy)\\b${NOT_BORED_OR_ASIDE}${NOT_YES_NO_QUESTION}`,
      ),
      worryOk: true,
    },
    {
      re: /\b(?:so|really|very|pretty|super|a bit|kinda|kind of|deeply|proper|be|was|felt|pure|total|absolute|utter) cringe\w*|\bcringe(?:y|worthy)\b|\bcringe[- ]?(?:moment|silence|vibe)/,
    },
    // a barrier that would not give: "like a wall I couldn't get past", "every answer landed in silence" (a message
    // "met with silence" is the wait afterwards, not the room)
    {
      re: /\b(?:a|this|like a|brick) wall (?:there |up )?(?:that |which )?(?:i|we|nobody|no one) (?:(?:could|can|ca|would|did|do)(?: ?n'?t| not| never)? |couldnt |cant |cannot )?(?:get|break|climb|see) (?:past|through|thru|over|round|around)\b|\b(?:(?:could|can|ca|would)(?: ?n'?t| not| never)|couldnt|cant|cannot) (?:\w+ )?(?:get|break) (?:through|thru) (?:to )?(?:her|him|them|the panel|either of them|any of them)\b|\b(?:answer|answers|joke|jokes|word|words|comment|comments|everything i said)\b (?:\w+ ){0,2}?(?:land|landed|fell|fall|drop|dropped|be met|was met|were met|met) (?:in|into|with) (?:total |complete |dead |stony |awkward )?(?:silence|nothing|blank (?:stares|looks|faces))\b|(?<!\b(?:e-?mails?|messages?|letters?|follow[- ]?ups?|calls?|voicemails?|applications?|texts?|requests?)\b[^.;!?\n]{0,40})\b(?:met|greeted|followed) (?:with|by) (?:total |complete |stony |awkward |dead |more )?(?:silence|blank stares)\b|\b(?:answer|answers|joke|jokes|comment|comments|everything i said|every(?:thing| time) i (?:said|spoke))\b (?:\w+ ){0,2}?(?:be met|was met|were met|met|greeted) (?:with|by) (?:an? )?(?:long |short |little |awkward |pregnant |heavy |blank |stony |empty )?(?:pause|pauses|stare|stares|look|looks|face|faces)\b(?! of\b)|\b(?:never|not|n't|couldnt|cant|cannot) (?:\w+ )?(?:find|found|get|got|see|saw)\w* (?:a |any )?way in\b|\bno way in\b|\b(?:(?:could|can|ca)(?: ?n'?t| not| never)|couldnt|cant|cannot|never) (?:quite |really |even |once )?(?:read|crack|thaw|reach) (?:her|him|them|either of them|any of them|the panel)\b(?= *(?:[,.;:!?)—–-]|$| at all| either| one bit| whatsoever| and| but| no matter))|\b(?:quiet|silent) (?:\w+ ){0,3}?(?:that )?(?:i|you|we|one) could (?:hear|have heard) (?:a pin|the clock|a clock|my own|every)\b/,
      neg: 'ignore',
    },
    // the room's weight in the telling: "a heavy feel", "a cold air in the room", "dead air", "you could hear a pin drop"
    {
      re: /\b(?:heavy|awful|weird|strange|odd|tense|uncomfortable|frosty|icy|cold|chilly|oppressive|funny) (?:feel|air|mood)\b(?! (?:good|great|nice|better|welcome|like home|at home))|\b(?:heavy|tense|uncomfortable|frosty|icy|oppressive) feeling\b|\bdead air\b|\bhear a pin drop\b|\bsilence (?:\w+ ){0,3}?(?:you|one) could (?:have )?(?:cut|bottle\w*|hear|touch|feel)\b|\b(?:pause|pauses|silence|silences) (?:that )?(?:\w+ )?(?:stretch|stretched|stretching|drag|dragged|dragging)\b|\b(?:stiffness|tenseness|frostiness|froideur|formality that never)\b|\b(?:room|atmosphere|mood|panel|ice) (?:finally |eventually |slowly |only )?(?:unfroze|thawed|defrosted)\b/,
    },
    {
      re: /\b(?:long|awkward|uncomfortable|painful|dead|deafening|heavy|stony|loaded|excruciating|weird|endless) (?:\w+ )?(?:pause|silence|quiet)s?\b|\b(?:long|awkward|uncomfortable|painful|dead|weird|endless) (?:gap|lull)s? (?:where|when|in the conversation|after (?:my|each|every|that))\b|\b(?:where|when|and|while|then) (?:nobody|no one) (?:said|say) (?:anything|a word|a thing)\b(?! about)|\b(?:atmosphere|mood|vibe|vibes|energy|air) (?:in the room )?(?:be|was|were|felt|feel|seemed) (?:so |really |very |just |a bit |kind of |super |pretty |quite )?(?:weird|strange|odd)\b|\bsilences? (?!since|from|after the|ever)(?:\w+ ){0,4}?(?:be|was|were|felt) (?:\w+ )?(?:deafening|unbearable|excruciating|crushing|thick|awful|painful|endless)\b|\b(?:nobody|no one|neither of us|none of us|nothing) (?:\w+ )?(?:broke|break|fill|filled|breaking|filling) (?:the|those|that) silences?\b|\bconversation (?:kept |keep |just |kind of )?(?:dying|died|die|stall\w*|fizzl\w*|peter\w* out|dried up|dry up|ground to a halt)\b|\b(?:a |real |definite |certain |noticeable )chill (?:in|to|about|over) (?:the|that)\b|\bchill in the (?:room|air)\b|\bsilences?\b.{0,30}\b(?:go|went|going|drag\w*|stretch\w*) on\b|\b(?:nobody|no one) (?:said|say) (?:anything|a word) for (?:like |about )?(?:a|an|\d+|two|three|several|a few) (?:minute|min|second|sec|age)s?\b|\bsat (?:there )?in silence\b/,
      says: 'any',
      notes: true,
    },
    {
      // "it turned into an interrogation", "became a grilling": the talk changed into one
      re: /\b(?:like|as if|as though|felt|be|was|a bit of|basically|practically|almost|(?:turned|turning|turns|became|becomes|descended|devolved) into) (?:an? |the |some |being in an? |being at an? |being under )?(?:\w+ )?(?:deposition|interrogation|cross[- ]examination|police interview|firing squad|tribunal|grilling|inquisition|court ?room)\b(?! than)/,
    },
    // sat like an exam: "felt like a viva", "like sitting an exam in a language I don't speak" ("stopped feeling like a test" is the opposite)
    {
      re: /(?<!\b(?:stop|stopped|stopping|stops|less|n't|not|never) )\b(?:feel|felt|feeling|seem|seemed|be|was|were|basically|almost|literally|honestly|totally|just|bit|all|more) (?:(?:a bit|a little|more|just|basically|almost|literally|totally|exactly|very much) )?like (?:an? |the |sitting an? |taking an? |doing an? |being in an? |being at an? |sit an? |take an? |do an? )?(?:\w+ )?(?:exam|exams|exam hall|viva|oral|test|quiz|audition|examination)\b(?! (?:than|case|run|drive|of|for|on|i|we)\b)/,
    },
    // idioms and unfillable silence in the room: "total tumbleweed" (not "weeks of tumbleweed", which is silence after), "a silence I couldn't fill", "a heaviness in the room"
    {
      re: /\b(?:total|complete|utter|absolute|pure|proper|real|such) tumbleweed\b(?! since| for)|\btumbleweed (?:moment|in the room|when|after (?:my|each|every|that))\b|\b(?:silence|quiet|gap)s? (?:\w+ ){0,4}?(?:(?:i|we|anyone) (?:could|can|would)(?: not|n'?t| never)|(?:nobody|no one|none of us|neither of us) (?:could|can|would)?) (?:really )?(?:fill|break)\b|\b(?:familiar |a |that |this |real |awful )heaviness\b|\bheaviness in the (?:room|air)\b/,
      neg: 'ignore',
    },
    {
      re: /\bjoke\w*\b.{0,60}\b(?:die|died|fall flat|fell flat|flop\w*|land badly|landed badly|went nowhere|go nowhere|bomb\w*|n't land|not land|did not land|met with silence)\b|\b(?:nobody|no one|noone) (?:\w+ )?laugh\w*(?![^.\n]{0,40}\b(?:not a bad sign|is (?:normal|usual|standard)|(?:normal|usual|standard) (?:here|there))\b)/,
      neg: 'ignore',
    },
    {
      re: /\b(?:walk|walked) in on\b|\blike i (?:be|was|were|'d|had) (?:interrupting|intruding|interrupted|in the way|a nuisance|bothering|an inconvenience|an intruder|imposing)/,
      who: 'any',
    },
    // "neither of us knew what to say"; the writer's "I don't know what to say" is now, not the room
    {
      re: /(?:\bnot(?<!\bdo not)|(?<!\bdo)n't|\bneither of us|\bnobody|\bno one)\b.{0,30}\b(?:know|knew|known|knowing) (?:what to say|whether to|where to look|how to (?:fill|break|respond))/,
      surface: true,
      neg: 'ignore',
    },
    // the ice that would not break ("couldn't break the ice"); "it breaks the ice" as advice, or ice broken, is not tension
    {
      re: /(?:\bnot|n't|\bnever|\bnobody|\bno one|\bnothing|\btr(?:y|ied|ying) to|\battempt\w* to|\bimpossible to|\bhard to)\b[^.\n]{0,30}\bbreak the ice\b|\b(?:no rapport|zero rapport|any rapport|could cut the (?:tension|atmosphere)|cut the tension with a knife|atmosphere (?:be|was|felt|seemed) (?:off|cold|heavy|frosty|chilly|icy|weird|odd|strange|flat|dead|stiff)|vibes? (?:be|was|were|felt) (?:off|weird|odd|strange|cold|bad|awful|terrible)|(?:at |at an? )?arm'?s length|like pulling teeth|walk(?:ing)? on eggshells|on eggshells|on trial|in the hot seat|under a microscope)\b/,
      neg: 'ignore',
    },
    {
      re: /\b(?:the )?(?:interview|room|atmosphere|mood|whole thing|energy|meeting|call|conversation|vibe|everything) (?:be|was|felt|feel|seemed) (?:so |really |very |just |a bit |kind of |weirdly |strangely |super |pretty |totally |definitely |properly |slightly |bit |quite )?(?:off|cold|heavy|uncomfortable|tense|weirdly formal|unfriendly|frosty|icy|chilly|strained|hostile|sterile|uneasy)\b(?! (?:to|the|with|by|topic|at first))|\bfrom the (?:first|start|get[- ]go|outset)\b.{0,30}\b(?:felt|feel|was) off\b|\b(?:it|something|things) (?:just )?(?:felt|feel|seemed) off\b/,
    },
    // the room named with a chill: "awful atmosphere", "really cold vibe", "atmosphere so heavy", "the atmosphere went
    // brittle" (not the weather, "it was cold out", nor storage, "the cold room"; "it went cold" may be a person, and the
    // read sets split on it)
    {
      re: /\b(?:awful|horrible|horrid|heavy|cold|frosty|icy|chilly|hostile|oppressive|tense|strained|brittle|grim|miserable|sterile|stiff)(?: \w+)? (?:atmosphere|vibes?|feeling in (?:the|that) room)\b|\b(?:atmosphere|vibe|mood)(?: in (?:the|that) room)? (?:so |really |very |super |pretty |quite |proper )?(?:awful|horrible|heavy|cold|frosty|icy|chilly|hostile|oppressive|tense|strained|brittle|grim)\b|\b(?:atmosphere|vibe|mood|room) (?:went|turned|got|grew|became|felt) (?:so |really |very |a bit |quite |properly |all )?(?:cold|frosty|icy|chilly|brittle|tense|hostile|heavy|awkward|strained)\b(?! (?:out|outside|in here|day|morning|weather|water|drink)\b)/,
    },
    // the interviewer turned on the candidate: "he got angry and said, in a hateful tone...", "she was so rude
    // to me", "this guy was straight-up obnoxious", "snide comments", "yelling at me"
    {
      re: new RegExp(
        `${NOT_STAFF}${NOT_FORECAST}${NOT_THE_PUBLIC}(?:${NOT_SAID_OF_ME}\\b${SCORN}\\b|\\b${PERSON} (?:(?!not\\b|never\\b|i\\b|me\\b)\\w+ ){0,2}?(?:be|get|become|grow|turn|seem|sound|come across as|act)\\w*? ${SO}${HOSTILE}\\b)${NOT_THE_PUBLIC}`,
      ),
      who: 'interviewer',
    },
    {
      re: new RegExp(
        `${NOT_FORECAST}${NOT_THE_PUBLIC}(?:\\b(?:yell|shout|scream|snap|bark|snarl|sneer|scoff|holler)\\w* (?:at|to) (?:me|us)\\b|\\btalk\\w* down to (?:me|us)\\b|\\b(?:belittl|mock|berat|insult|patroni[sz]|ridicul|demean)\\w* (?:me|us)\\b|\\braise\\w* (?:his|her|their) voice\\b|\\b(?:rude|nasty|hostile|condescending|patroni[sz]ing|sharp|aggressive|snippy) (?:with|to|towards|toward) (?:me|us)\\b|\\bin an? (?:\\w+ )?(?:hateful|nasty|condescending|patroni[sz]ing|hostile|aggressive|sarcastic|snide|angry|mocking|rude|sneering|snotty|snippy|snarky|accusatory|accusing|belittling|contemptuous) (?:tone|voice|manner)\\b|\\b(?:snide|sarcastic|condescending|patroni[sz]ing|belittling|nasty|rude|hostile|snarky|sneering|cutting|passive - aggressive|passive aggressive) (?:comment|remark|question|grilling|dig|jab|quip|aside|tone|attitude)s?\\b)`,
      ),
      who: 'interviewer',
    },
    // how the room left the candidate: "I have never felt so disrespected in an interview", "made me feel
    // belittled", "felt talked down to the whole time" ("I feel so disrespected that they never called" is the
    // silence afterwards, so the feeling must be tied to the interview)
    {
      re: /\b(?:(?:never|n't|not) (?:\w+ )?(?:feel|felt) so |(?:made|make|makes|making) me (?:feel )?(?:so |very |really |completely |utterly |totally |quite )?|be made to feel (?:so |very |really |completely |utterly |totally |quite )?)(?:disrespect|disrespected|belittle|belittled|patronise|patronised|patronize|patronized|talk down to|talked down to|insult|insulted|demean|demeaned|unwelcome|unwanted)\b|\b(?:feel|felt|feeling) (?:so |very |really |completely |utterly |totally |quite |incredibly |a bit |a little )?(?:disrespect|disrespected|belittle|belittled|patronise|patronised|patronize|patronized|talk down to|talked down to|attack|attacked|ambush|ambushed|insult|insulted|demean|demeaned|unwelcome|unwanted)\b(?= (?:\w+ ){0,3}?(?:during|in (?:the|that|this) (?:interview|room|meeting)|throughout|the (?:whole|entire) (?:time|interview|hour|way)|from the (?:start|beginning|outset|first)|by (?:her|him|them|the (?:panel|interviewers?|manager)))\b)/,
      neg: 'ignore',
      worryOk: true,
    },
    // no rapport at all ("no warmth" is a flat interviewer): "there was no personal connection", "we just didn't click", "couldn't even find
    // common chit-chat", "zero attempts to make me feel comfortable", "his chewing was the only sound"
    {
      re: /\b(?:no|zero|not any|not a|not much|little|without any|never any|not one bit of) (?:\w+ )?(?:(?:personal|real|human|genuine|emotional) connection|connection (?:between us|with (?:her|him|them|the panel|either of them)|at all|whatsoever)|chemistry)\b|\b(?:not|never|n't|didnt) (?:really |quite |ever |even |exactly |just |at all )?(?:gel|gels|gell|gelled|hit it off)\b|\b(?:not|never) (?:really |quite |ever |even |exactly |just |at all )?click\w*\b(?! (?:on|the|a|that|this|it|through|send|submit|link|button|here)\b)|\b(?:not|never) (?:\w+ ){0,2}?(?:find|make|manage|get|strike up|strike)\w* (?:any |some |much |a bit of |common |even |the )*(?:small - talk|small talk|chit - chat|chit chat|chitchat|common ground|anything to (?:talk|chat) about|any rapport|rapport)\b|\b(?:no|zero|not one|not a single|not any|without (?:any|an?)|make no|made no|never make an?|never made an?|not make any|not made any) (?:\w+ )?(?:attempt|effort|try)s? (?:\w+ ){0,2}?to (?:put me at ease|make me (?:feel )?(?:comfortable|welcome|at ease|relaxed|at home)|welcome me|break the ice|build rapport|engage with me|connect)\b|\b(?:be|was) the only (?:sound|noise)\b|\bthe only (?:sound|noise) (?:in the room|in (?:his|her|the) (?:\w+ ){0,3}?office)\b|\b(?:sat|sit) (?:there )?(?:wordlessly|silently|mutely)\b/,
      neg: 'ignore',
    },
    // made unwelcome: "I didn't feel welcome at any point", "treated me like an idiot", "a cold reception"
    // ("didn't feel comfortable answering that" is about a question, not the room)
    {
      re: /\b(?:not|never) (?:really |exactly |at all |once |ever )?(?:feel|felt|made to feel) (?:very |at all |remotely |particularly |in the least )?(?:welcome|welcomed|wanted|at ease|comfortable)\b(?! (?:with|about|answer\w*|ask\w*|giv\w*|shar\w*|talk\w*|discuss\w*|bring\w*|mention\w*|negotiat\w*|say\w*|tell\w*)\b)|\b(?:treat|treated|treating|talk|talked|talking|speak|spoke|speaking) (?:to )?me like (?:an? |some )?(?:\w+ )?(?:idiot|child|kid|moron|fool|dirt|criminal|suspect|nuisance|inconvenience|schoolkid|schoolboy|schoolgirl)\b|\bmade me feel (?:so |really |very |quite |a bit |a little )?(?:stupid|small|worthless|like (?:an? )?(?:idiot|fool|child|criminal|nuisance|inconvenience|intruder))\b|\bcold (?:reception|welcome|shoulder)\b/,
      neg: 'ignore',
      worryOk: true,
    },
    // questioned like a suspect, or called names: "I felt like I was being interrogated", "he interrogated me",
    // "the interviewer was a total jerk" (not "my old boss was a bully": that is why the candidate is leaving)
    {
      re: /\b(?:be|being|been|was|were|got|get|feel|felt) (?:\w+ )?(?:interrogate|interrogated|cross - examine|cross - examined|cross-examined|put through the wringer)\b(?= *(?:[,.;:!?)]|$| by\b| about\b| for\b| on\b| like\b| the whole\b| from\b| all\b| non - stop\b| again\b| and\b| rather\b))|\binterrogat\w* (?:me|us)\b|(?<!\b(?:my|our) (?:current |old |last |previous |former |ex )?(?:boss|manager|supervisor|line manager|team lead|director|coworker|colleague)s? (?:\w+ ){0,4})\b(?:she|he|they|interviewer|interviewers|hiring manager|this guy|the guy|this woman|the woman|the man|this man|the lady|this lady|the panel|the chair) (?:\w+ ){0,2}?(?:be|was|were|seemed|seem|came across as|come across as) (?:a |such a |an? (?:total|absolute|complete|real|right|utter|massive|huge) |a bit of an? )(?:jerk|ass|asshole|arse|arsehole|dick|prick|bully|cow|bitch|piece of work|nightmare|tyrant|snob)\b/,
      who: 'any',
    },
    // the air in the telling: "the air in that room was that thick ye could've cut it", "the whole place was so heavy"
    // ("the office was cold" is the heating, so only weight and thickness count for a place)
    {
      re: /\b(?:air|atmosphere|tension)\b(?: in (?:that|the) (?:room|office))? (?:was|were|felt|got|is) (?:so |that |really |very |pretty |quite |super |properly )?thick\b|\bthick (?:\w+ ){0,2}could(?:'ve| have)? cut it\b|\b(?:could(?:'ve| have)?|can) cut (?:it|the air|the atmosphere) with a (?:knife|chainsaw)\b|\b(?:whole place|place|air|office|room)\b (?:was|felt|seemed) (?:so |really |very |just |a bit |kind of |quite |that )?(?:heavy|thick)\b/,
      surface: true,
    },
    // questioned like a suspect, in any English: "like kena interrogate by police", "like getting interrogated"
    {
      re: /\blike (?:(?:kena|being|getting|get|got|i was|i'm|im|i am|i was being) )?interrogat(?:e|ed|ing)\b/,
      surface: true,
    },
    // a warm-up that did not take: "tried a joke, got nothin back", "I tried to make it a conversation and it just
    // didn't take", "tried to break the ice and he just stared"
    {
      re: /\b(?:tried|try|trying|attempted) (?:to )?(?:make (?:it )?(?:a |into a )?(?:conversation|chat)|(?:make|making) (?:small )?talk|(?:make|making) conversation|lighten(?:ing)? (?:it|things|the mood)(?: up)?|(?:break|breaking) the ice|warm(?:ing)? (?:him|her|them|it|things) up|(?:crack|cracking) a joke|a joke|a bit of humou?r|some humou?r|joking|small talk)\b[^.!?\n]{0,60}?(?:\bdidn'?t (?:take|work|land|help|go anywhere)|\bdid not (?:take|work|land|help|go anywhere)|\bwent nowhere|\bgot nothin[g']?(?: back)?|\bfell flat|\bdied\b|\bjust stared|\bno reaction|\bbounced off|\blanded like a (?:brick|lead balloon)|\bblank (?:look|stare|face))/,
      surface: true,
      neg: 'ignore',
    },
    // a silence left hanging: "he said nothing for a long time, and I did not know what to do with my hands", "the
    // silence when I said my expected salary", "then we both just sat there"
    {
      re: /\b(?:he|she|they|the panel|the interviewer|the manager|nobody|no one) (?:just )?said nothing for (?:a (?:long|good|very long) (?:time|while|minute)|ages|(?:what felt like )?(?:a|an|one|two|several|a few|a full) (?:minute|minutes|age|ages|eternity))\b|\b(?:he|she|they|the panel|the interviewer) (?:just )?went (?:completely |totally )?(?:quiet|silent) for (?:a long time|ages|a (?:good |full )?minute|what felt like)|\b(?:did not|didn'?t|didnt) know what to do with my (?:hands|face|eyes)\b|\bthe silence (?:when|after) (?:i|we) (?:said|asked|mentioned|gave|told|answered|made|cracked|named|quoted)\b|\b(?:we|both of us) (?:both |all )?(?:just )?sat there\b(?= *(?:[.;!]|$| in silence| staring| looking at each other))/,
      surface: true,
      neg: 'ignore',
    },
    // Q&A notes asking for the room in one word: "Q: vibes? A: cold. like a waiting room."
    {
      re: /\b(?:vibes?|atmosphere|mood|room|energy)\b ?\? (?:a\W+)?(?:(?:honestly|um|uh|ugh|god|oof)\W+)?(?:cold|tense|awkward|icy|frosty|weird|off|uncomfortable|heavy|strained|hostile|grim)\b/,
      qa: 'only',
    },
    // Q&A notes: "Q: was it tense? A: yeah, horribly"
    {
      re: /\b(?:be|was|were|do|did) (?:it|they|she|he|the (?:room|atmosphere|mood|vibe|interview|panel|interviewer|manager)|things) (?:feel |seem |felt |seemed )?(?:\w+ )?(?:awkward|tense|uncomfortable|stiff|frosty|icy|cold|strained|weird|off)\b ?\? (?:a\W+)?(?:(?:god|oh|honestly|ugh|um|uh|erm|lol|haha|omg)\W+)?(?:yes|yeah|yep|yup|very|horribly|totally|definitely|massively|so|extremely|a bit|a little|kind of|sort of|quite|pretty|hugely|painfully|incredibly|absolutely|100)\b/,
      qa: 'only',
    },
    // calls: the candidate says aloud they cannot read the room ("I genuinely can't tell if that's what you're after",
    // "you're hard to read", "sorry, is this a bad time?", "should I not have said that?")
    {
      re: /\b(?:can'?t|cannot|couldn'?t) (?:\w+ )?(?:tell|read) (?:at all )?(?:if|whether|what|how) (?:i'?m|i am|that'?s|that is|that was|this is|it'?s|you)\b|\b(?:finding|find) (?:this|it|you|this panel) (?:\w+ )?hard to read\b|\byou'?re (?:\w+ )?hard to read\b|\bis (?:this|now) a bad time\b|\b(?:have|did) i (?:\w+ )?said? something wrong\b|\bshould i not have (?:said|mentioned)\b|\bam i boring you\b/,
      surface: true,
      says: 'candidate',
    },
    // calls: the panel concedes the format feels hostile ("I know it can feel a bit like an interrogation")
    {
      re: /\b(?:can|might|may|will|must|does|do) (?:\w+ )?feel (?:a bit |a little |rather |quite )?like an? (?:interrogation|grilling|inquisition|exam)\b/,
      surface: true,
      says: 'interviewer',
      weight: 0.5,
    },
    // calls: pauses the transcriber marked; one is thinking time, several are a room that will not warm
    {
      re: /\[(?:long |awkward )?(?:pause|silence)\]|\((?:long |awkward )?(?:pause|silence)\)/,
      surface: true,
      says: 'any',
      weight: 0.4,
    },
    // recall21: the ice that would not break, told by what fell flat: "every joke landed like a brick", "I tried to
    // lighten the mood and it didn't take", "nobody laughed"
    {
      re: /\b(?:jokes?|humou?r|quips?|small talk|icebreakers?|attempts? at (?:humou?r|a joke|small talk|conversation))\b(?: [\w']+){0,2}? (?:fell flat|falls flat|fall flat|landed like|land like|went down like|died a death|bombed|(?:didn'?t|did not|never) (?:land|take|work|go down well|get a laugh))\b|\bwent down like a lead balloon\b|\b(?:jokes?|humou?r|quips?)\b[^.;!?\n]{0,30}\b(?:hung|hang|hangs|hanging) (?:there|in the air)\b|\b(?:tried|try|trying) to (?:lighten|liven) (?:the mood|things up|it up|the atmosphere)\b[^.;!?\n]{0,30}\b(?:didn'?t|did not|never|no|nothing) (?:take|work|land|luck|joy|dice|helped)\b|\b(?:nobody|no one|no-one|not one of them|none of them) (?:even )?laughed\b(?= *(?:[.;!]|$| at (?:it|my|the)))/,
      surface: true,
      neg: 'ignore',
    },
    // the room likened to a place of dread: "felt like the headmaster's office", "great atmosphere, if you like funerals"
    {
      re: /\b(?:head ?master|head ?mistress|head ?teacher|principal)'?s office\b|\bif you like funerals\b|\b(?:like|at) a (?:funeral|wake|morgue)\b|\bpin[- ]drop\b|\b(?:could|can|you could) (?:have )?hear(?:d)? a pin drop\b|\bstand-?off\b(?!ish)/,
      surface: true,
    },
    // understated: "it wasn't the most relaxed room I've been in", "not the warmest welcome"
    {
      // "not a friendly room", "not exactly a warm welcome": the same understatement with "a"
      re: /\bnot (?:exactly |really )?an? (?:very |particularly |especially )?(?:friendly|warm|relaxed|comfortable|welcoming|happy) (?:room|atmosphere|vibe|panel|welcome|reception)\b|\b(?:wasn'?t|was not|isn'?t|not|hardly|never) (?:exactly )?the (?:most (?:relaxed|comfortable|welcoming|friendly|pleasant|chilled|laid[- ]back|easygoing|relaxing)|warmest|friendliest|cosiest|cosiest|comfiest|chattiest) (?:\w+ )?(?:room|atmosphere|vibe|interview|hour|panel|setting|environment|welcome|crowd|bunch|audience|reception)\b/,
      surface: true,
      neg: 'ignore',
    },
    // the room that never eased: "the panel didn't warm up at all", "the atmosphere was not relax", "everything felt forced"
    {
      re: /\b(?:panel|they|she|he|interviewers?|room|atmosphere|mood|manager|board)\b (?:just |really |ever |even )?(?:didn'?t|did not|never|wouldn'?t) (?:really |ever |even )?warm(?:ed)? up\b|\b(?:atmosphere|feeling|room|mood|ambient|ambience|environment|vibe)\b(?: [\w']+){0,3} (?:was|is|be|felt|were) (?:not|no|n'?t|never) (?:very |really |so |at all )?(?:relax|relaxed|relaxing|comfortable|comfy|easy|friendly|warm|welcoming|pleasant|nice)\b|\b(?:everything|it all|the whole thing|conversation|convo|the talk|the chat|small talk)\b(?: [\w']+){0,2} (?:felt|seemed|was|were) (?:so |very |really |a bit |kind of |all |quite )?(?:forced|strained)\b(?! to\b)/,
      surface: true,
      neg: 'ignore',
    },
    // session 24: a silence felt as time ("the longest ten seconds of my life"), a start on the wrong foot, the
    // candidate watched like an exhibit ("like a specimen under glass", "like a goldfish in a bowl")
    {
      re: /\b(?:the )?longest (?:\w+ )?(?:seconds?|minutes?|pauses?|silences?) (?:of my (?:life|career)|i'?ve ever|ever)\b|\b(?:got|get|gets|getting|started|start|starting|kicked|began|begin) off on the wrong foot\b|\blike (?:a|an|some) (?:\w+ )?(?:specimen|exhibit|lab rat|goldfish in a bowl|animal in a zoo|bug under a microscope|insect under a microscope)\b/,
      who: 'any',
      surface: true,
    },
  ],
};
