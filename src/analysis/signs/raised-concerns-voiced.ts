/**
 * raised-concerns, doubts the other modules missed as a second doubt: a doubt put on someone who stands for the
 * candidate ("doubted a career changer would settle"), the record set against the employer's norm ("lower than
 * they usually take", "they normally want five years"), a credential that "doesn't make me a manager", sceptical
 * questions quoted ("won't you get bored?", "do you even know…?"), a wish for someone more senior, "a concern that
 * I…", what the record was called ("called my CV all over the place") and a second verdict after "and".
 * Each family is its own cue, one doubt each: raised-concerns still needs two.
 */
import type { Cue } from '../detect/types.js';
import { AFTER_SAID_MY, SAID } from './raised-concerns-reported.js';

/** Not the writer's own saying or doubting: "I doubted a newcomer would…", "we normally want…" is the employer's voice. */
const NOT_SELF = String.raw`(?<!\b(?:i|we) (?:\S+ ){0,2})`;
/** Someone who stands for the candidate: "a career changer", "someone from retail", "a graduate". */
const STAND_IN = String.raw`(?:someone|somebody|anyone|a person|a candidate|an? (?:[\w-]+ ){0,2}?(?:[\w-]+(?:er|or|ist|ian)|owner|grad|graduate|student|junior|fresher|outsider|newcomer|starter|returner|mum|mother|dad|veteran|generalist|academic))(?: (?:like me|like her|like him|(?:with|from|of|in) (?:(?:my|her|his|a|an|the) )?(?:[\w-]+ ){0,2}?[\w-]+))? (?:would|could|can|will|might|'d|really)\b`;
/** Doubting words before it. */
const DOUBTING = String.raw`(?:doubted|doubts?|doubtful|questioned|wondered|(?:was|were|wasn'?t|weren'?t|is|isn'?t) (?:not )?(?:really |quite |entirely |totally )?sure|not (?:really |quite |entirely |totally )?sure|unsure|s[ck]eptical|dubious)`;
/** What a shortfall is compared to: "than they usually take", "than she'd like", "than the firm normally wants". */
const THAN_NORM = String.raw`than (?:what )?(?:we|they|he|she|the (?:firm|panel|school|practice|trust|board|programme|program|scheme|team|company))(?:'d| would| had)?(?: (?:usually|normally|typically|generally|ideally|really|tend to|like to|would))* (?:like|want|wanted|take|took|expect|expected|need|needed|prefer|look for|hire|accept|see|ask for|require|hoped|hope)\b`;

/** The comparison that raised-concerns-reported.ts reads as a verdict right after "said my X was". */
const SAID_VERDICT = String.raw`(?:narrower|thinner|weaker|lighter|smaller|lower) than (?:we|they|he|she|i)'?d?(?: would| had)? (?:like|want|hope|hoped|expect|expected)\b`;

export const voicedDoubts: Cue[] = [
  // a doubt put on a stand-in for the candidate: "doubted a researcher would have the gravitas",
  // "wasn't sure someone from hospitality could handle it"
  {
    re: new RegExp(String.raw`${NOT_SELF}\b${DOUBTING} (?:whether |if |that )?${STAND_IN}`),
    who: 'any',
    surface: true,
    neg: 'ignore',
    worryOk: true,
  },
  // the record short of the employer's norm: "my grades were lower than they usually take", "less than they'd want"
  // (after "said my X was" the reported verdict of raised-concerns-reported.ts reads it: one verdict, one count)
  {
    re: new RegExp(
      String.raw`(?:(?<!${AFTER_SAID_MY})|(?!${SAID_VERDICT}))\b(?:lower|less|fewer|narrower|thinner|weaker|lighter|smaller|shorter|younger|older|more junior|less senior|not as (?:much|many|strong|broad|deep|senior|good|high)(?: as)?) (?:\w+ )?${THAN_NORM}`,
    ),
    who: 'any',
    surface: true,
    neg: 'ignore',
  },
  // the employer's norm told to the candidate: "said they usually hire people with a degree", "normally want five years"
  {
    re: new RegExp(
      String.raw`(?<!\bwe (?:\S+ ){0,2})\b(?:said|told (?:me|her|him)|mentioned|explained|pointed out|made (?:it )?clear|warned)(?: that)? (?:they|he|she|the (?:firm|panel|school|programme|program|scheme|practice|trust|board|company)|(?:most|many|their) (?:\w+ )?(?:programmes|programs|firms|schools|practices|hires|candidates))(?:'d| would)? (?:usually|normally|typically|generally|ideally|tend to|mostly|really|only|prefer to|like to)(?: \w+)? (?:hire|take|want|look for|recruit|go for|prefer|expect|require|need|get|ask for|shortlist|come from)\w* (?:(?:people|someone|somebody|candidates|applicants|grads|graduates|those|ones) (?:with|who have|who'?ve|who had|from (?:a |the )?(?:bigger|larger|big|top|other|more))|more|at least|a (?:minimum|degree|master'?s|masters|phd)|(?:\d+|two|three|four|five|six|seven|eight|ten) (?:years|yrs)|(?:big|bigger|large|larger|top) (?:firms|companies|schools|hospitals))\b`,
    ),
    who: 'any',
    surface: true,
    neg: 'ignore',
  },
  // a credential discounted: "said my amateur record doesn't mean I can coach", "a certificate doesn't make me a manager"
  {
    re: /\b(?:said|says|told (?:me|her|him)|reckoned|pointed out|remarked|added|went|goes|made (?:it )?clear)\b[^.\n]{0,60}?\b(?:doesn'?t|does not|don'?t|do not|didn'?t|did not|won'?t|wouldn'?t|would not|will not) (?:automatically |necessarily |really |actually )?(?:mean (?:that )?(?:i|you|she|he)(?:'d| would| can| could| will|'ll| know| am|'m| are|'re| is| was| have| had)?|make (?:me|you|her|him) (?:a|an|any|more)|qualify (?:me|you|her|him)|prove (?:that )?(?:i|you|she|he|anything|much))\b(?! (?:can'?t|cannot|won'?t|wouldn'?t|not|no|never)\b)/,
    who: 'any',
    surface: true,
    neg: 'ignore',
  },
  // a sceptical question quoted: "won't you get bored?", "do you even know what a P&L is?", "isn't this a step down
  // for you?", "why would someone with your background want this?", "what makes you think you could?"
  {
    re: /\b(?:won'?t|wouldn'?t|will not|would not) (?:you|u|ya) (?:just )?(?:get|be|find|feel|end up)(?: \w+)?? (?:bored|restless|frustrated|lonely|overwhelmed|fed up|out of (?:your|ur) depth|it (?:hard|tough|difficult|a (?:big )?(?:step|adjustment|change)))\b|\b(?:do|did|can|could|are|would) (?:you|u|ya) (?:even|honestly|seriously|genuinely) (?:know|have|understand|speak|drive|do|want|like|care|realise|realize|qualify|need)\b|\bisn'?t (?:this|that|it) (?:just |really |a bit |kind of |all )?(?:a )?(?:stopgap|stop-gap|step down|step back|backward step|step backwards|come ?down|beneath you|below you|demotion)\b|\bwhy would (?:someone|somebody|anyone|a person|you|u|ya) (?:with|like|from|of) (?:your|ur|that|this|such)\b|\bwhat makes (?:you|u|ya) think (?:you|u|ya)(?:'d|'re| would| could| can| are)?\b|\bhow (?:do|can|could|would|will) (?:i|we|you|u) (?:know|be sure|trust|tell) (?:that )?(?:you|u)(?:'ll|'d| will| would| can| could| won'?t| are|'re)?\b/,
    who: 'any',
    surface: true,
    neg: 'ignore',
    worryOk: true,
  },
  // a wish for someone more than the candidate: "said the role needs someone more senior" or "someone quicker", "wanted someone with more
  // clinical hours" ("we need someone with", "looking for someone with" and "that they'd prefer someone" have cues of
  // their own)
  {
    re: /(?<!\bwe (?:really )?|\bthat (?:he|she|they|we)(?:'d| would)? (?:really )?)\b(?:need|needs|needed|want|wants|wanted|prefer|preferred|would (?:like|prefer|rather have)|'d (?:like|prefer|rather have)) (?:someone|somebody|a person|a candidate|people|candidates) (?:a bit |a little |much |a lot |slightly |far )?(?:more (?:senior|experienced|qualified|technical|established|seasoned|hands-on|commercial|mature|specialist|rounded)|with (?:a bit |a lot |much |far |quite a bit )?more (?!time\b|availability\b|flexibility\b)|(?:quicker|faster|stronger|fitter|sharper|tougher)\b)/,
    who: 'any',
    surface: true,
    neg: 'ignore',
  },
  // proof asked for, and a lack stated plainly: "asked me to prove I'd led it", "was blunt that I lacked the hours"
  // (after a reporting verb, or "and that", the reported cues read the lack)
  {
    re: /\b(?:ask\w*|demand\w*) (?:me )?(?:for proof|to prove)\b|\bwant\w* (?:me to prove|proof (?:that )?i)\b|(?<!\b(?:said|told me|thought|felt|reckoned|pointed out|mentioned|noted|worried|implied|suggested|and|then|also|plus) )\bthat (?:i|i'?d) (?:lacked|lack)\b/,
    who: 'any',
    surface: true,
  },
  // an answer said to fall short, or the answers to lack something: "said I hadn't really answered the question",
  // "said they lacked detail"
  {
    re: /(?<!\bi (?:\S+ ){0,2})\b(?:said|told me|felt|thought|reckoned|pointed out|noted|commented)(?: that)? (?:(?:i|i'?d) (?:hadn'?t|had not|didn'?t|did not|never|haven'?t|have not) (?:really |quite |fully |actually |properly )?(?:answer\w*|address\w*|explain\w*|give|gave|given|show\w*|demonstrat\w*|evidenc\w*|back\w* (?:it|that) up)|(?:they|it|these|those|both|each|all of them|most of them)(?: \w+)? (?:lacked|lack|were missing|was missing|needed more|didn'?t have enough) (?:\w+ )?(?:detail|depth|specifics|substance|evidence|structure|examples|numbers|figures|impact|focus|clarity|results)|(?:it|this|that|they|my(?: [\w'-]+){1,2}) (?:didn'?t|did not|doesn'?t|does not|don'?t|do not) (?:really |quite |fully )?(?:show|demonstrate|prove|evidence|reflect) (?:\w+ )?(?:ownership|leadership|impact|initiative|judge?ment|depth|enough|much))\b/,
    who: 'any',
    surface: true,
    neg: 'ignore',
  },
  // the move called a big one for the candidate: "quite a jump for you", "the step up from coordinator was big",
  // "they'd be taking a risk on me", "asked if I'd considered something less technical"
  {
    re: /\b(?:quite|a bit of|a big|a huge|a real|such|a massive|a bit) (?:a )?(?:jump|leap|step up|stretch) for (?:you|u|her|him|me|someone)\b|\bthe (?:jump|leap|step(?: up)?|move) (?:up )?from (?:\w+ ){1,3}(?:was|is|be|would be|'s|seemed|looked) (?:quite |a bit |very |too |really |pretty )?(?:big|large|huge|steep|a lot|a stretch|a leap)\b|\b(?:would|'d|will|'ll|might|may) (?:be )?(?:tak\w* )?(?:a )?(?:bit of a |big |real |huge )?(?:risk|gamble|punt|chance) (?:on|with) (?:me|her|him|you|u)\b|\bask\w* (?:me )?(?:if|whether) i'?d (?:ever )?(?:considered|thought about|looked at) (?:something|a role|roles|a job|jobs|a position|positions|somewhere|applying for) (?:\w+ )?(?:less|more junior|smaller|lower|else|different|junior)\b/,
    who: 'any',
    surface: true,
    neg: 'ignore',
    worryOk: true,
  },
  // a verdict relayed without its verb: 'apparently my experience is "not really what they're after"', "my day rate was
  // way off" (after "said my" the reported verdict reads it)
  {
    re: new RegExp(
      String.raw`(?<!\b${SAID}(?: flat out| straight| bluntly)?(?: that)? )\bmy (?:(?:[\w'-]+ ){0,3}(?:(?:is|was|'s|were|are) not|isn'?t|wasn'?t|weren'?t|aren'?t) (?:really |quite |exactly |just )?what (?:they|we|he|she|the \w+)(?:'re| are|'d| were| was| is|'s)? (?:after|looking for|want|wanted|need|needed))\b`,
    ),
    who: 'any',
    surface: true,
    neg: 'ignore',
  },
  {
    re: new RegExp(
      String.raw`(?<!\b${SAID}(?: flat out| straight| bluntly)?(?: that)? )\bmy (?:salary|pay|rate|day rate|money|expectations?|ask)(?: \w+)? (?:is|was|were|are|'s) (?:a bit |way |far |too |rather |quite |just )*(?:off|too high|steep|unrealistic|toppy|out of (?:their|our|the) (?:range|budget|band))\b`,
    ),
    who: 'any',
    surface: true,
    neg: 'ignore',
  },
  // more wanted than was shown: "he'd have expected more from someone with my years", "wants to see more initiative"
  {
    re: /(?<!\b(?:i|we) (?:\S+ ){0,2})\b(?:(?:expected|expect|'d have expected|would have expected|hoped for|wanted) (?:a bit |a lot |much |quite a bit )?more (?:from|of) (?:someone|somebody|a candidate|me|you|her|him)|(?:want|wanted|like|expect|expected|need|needed|hope|hoped)(?:ed)? to see (?:a bit |a lot |much |quite a bit )?more (?:\w+ )?(?:initiative|evidence|experience|leadership|detail|depth|examples|ownership|confidence|drive|structure|impact|results|numbers|judgement|judgment))\b/,
    who: 'any',
    surface: true,
  },
  // how the candidate came across, as a fault, and the role judged wrong for them: "told me I'd come across as arrogant",
  // "I don't think this is the right role for you", "not sure this is the right fit for her"
  {
    re: /(?<!\bi (?:\S+ ){0,2})\b(?:said|told me|felt|thought|reckoned|mentioned|noted)(?: that)? (?:i|i'?d) (?:came|come|had come|'d come|was coming|come) across (?:as )?(?:a bit |quite |too |rather |very |really |pretty |slightly |a little )?(?:arrogant|cocky|rehearsed|scripted|unprepared|vague|negative|aggressive|blunt|passive|unsure|flat|robotic|defensive|overconfident|abrasive|over-rehearsed|lacking|junior|green|naive)\b|\b(?:don'?t|do not|didn'?t|did not) think (?:this|it|that|the (?:role|job|position))(?:'s| is| was| would be|'d be| will be) (?:the )?(?:right|a good|a great) (?:role|fit|job|match|place|move|step|position) for (?:you|u|her|him|me)\b|\bnot (?:sure|convinced) (?:this|it|that|the (?:role|job|position))(?:'s| is| was| would be|'d be) (?:the )?(?:right|a good|a great) (?:role|fit|job|match|place|move|step|position) for (?:you|u|her|him|me)\b/,
    who: 'any',
    surface: true,
    neg: 'ignore',
  },
  // disbelief: "found it hard to believe I'd done all that", "seemed to think I was exaggerating", "wasn't buying it"
  {
    re: /(?<!\bi (?:\S+ ){0,2})\b(?:hard to believe (?:that )?(?:i|i'?d|my)\b|(?:wasn'?t|was not|weren'?t|were not|isn'?t) (?:really |quite |totally |entirely )?buying (?:it|that|my|what i|any of)\b|\bask\w* (?:me )?(?:if|whether) (?:i'?d|i had|i was|i) (?:\w+ )?(?:inflat|exaggerat|overstat|embellish|padd|made (?:it|them|that) up|fudg)\w*)/,
    who: 'any',
    surface: true,
    neg: 'ignore',
  },
  {
    re: /(?<!\bi (?:\S+ ){0,2})\b(?:(?:think|thought|felt|suspected|implied|seemed to think)(?: that)? i (?:was|were|had been|'d been|might be|'m) (?:exaggerat|overstat|oversell|overplay|inflat|embellish|stretch)\w*|i (?:seemed|came across as|sounded) (?:to be )?(?:exaggerat|overstat|oversell|overplay|inflat|embellish)\w*)/,
    who: 'any',
    surface: true,
  },
  // the candidate not pictured in the job: "couldn't see me fitting in", "had a hard time seeing me in a client role"
  {
    re: /(?<!\bi (?:\S+ ){0,2})\b(?:couldn'?t|could not|can'?t|cannot|didn'?t|did not|struggl\w* to|had (?:a )?(?:hard|tough) time|found it hard to) (?:really )?(?:see|seeing|picture|picturing|imagine|imagining) (?:me|her|him|you) (?:(?:\w+ )?(?:in|as|fitting|fit|doing|leading|managing|running|handling|working|with|at|on|taking|being)\b)/,
    who: 'any',
    surface: true,
    neg: 'ignore',
  },
  // set below the field: "said I'd be the least experienced on the team", "the other candidates had more experience",
  // "I'd be starting from scratch compared to the others"
  {
    re: /\b(?:i'?d|i would|i was|i'?m|i am|i) (?:be )?(?:by far |probably )?the (?:least (?:experienced|qualified|senior)|most junior|only one without)\b|\bother (?:candidates|applicants|people (?:they'?re|they are|they were|they'?d) (?:seeing|interviewing|seen|interviewed)) (?:\w+ )?(?:had|have|all had|all have|were|are) (?:a lot |much |far |way |quite a bit )?(?:more|stronger|better|bigger)\b|\bstart\w* (?:from scratch|from zero|from a standing start) (?:compared|next) to\b/,
    who: 'any',
    surface: true,
    worryOk: true,
  },
  // work still to do: "said my German would need to improve", "said I'd have to get up to speed fast", "show a lot more"
  {
    re: /(?<!\bi (?:\S+ ){0,2})\b(?:said|told me|felt|thought|warned|pointed out|made (?:it )?clear|reckoned)(?: that)? (?:i'?d|i would|i|my (?:[\w'-]+ ){1,2})(?:would |will |'d )?(?:(?:need|needs|needed|have|has|had) to (?:really )?(?:improve|get up to speed|catch up|show (?:a lot |much |a bit |quite a bit |them )?more|prove (?:myself|it|that)|work on|brush up|step up|up my|raise my)|(?:need|needed|require|required) (?:a lot of |lots of |too much |loads of |a fair bit of )(?:hand[- ]holding|supervision|babysitting|guidance))\b/,
    who: 'any',
    surface: true,
    neg: 'ignore',
  },
  // cut in to correct or doubt: "interrupted to say that wasn't leadership", 'cut in with "but that was a team effort"'
  {
    re: /\b(?:interrupt\w*|cut (?:me )?(?:in|off|across)|jump\w* in|butt\w* in)\b[^.\n]{0,20}?\b(?:to (?:point out|correct|challenge|question|disagree|contradict)|to (?:say|tell me) (?:that )?(?:i|my|(?:that|it|this) (?:was|is)(?:n'?t| not)|but)|with (?:a )?(?:but|hang on|hold on|wait|really|are you sure|that'?s not|that isn'?t))\b/,
    who: 'interviewer',
    surface: true,
  },
  // the candidate's kind met before, and badly: "we've had people like you before", "bad experiences with agency people";
  // a dare to convince: "convince me", "why should we take a chance on you?"
  {
    re: /\b(?:had|had some|'d had|have had|'ve had) (?:bad|mixed|poor|terrible|negative) (?:experiences?|luck|results) (?:with|from) (?:people|candidates|hires|staff|folk|grads|graduates|someone|others|career changers|returners|\w+ (?:people|staff|folk|types))\b|\b(?:had|'ve had|have had|hired|seen) (?:people|candidates|someone|others|folk|lots) like (?:you|me|her|him) before\b|(?<!\bto )\bconvince (?:me|us)\b(?! (?:to|that (?:the|this|it)|of (?:the|this)|otherwise)\b)|\bwhy should (?:we|i|they) (?:take a (?:chance|risk|punt|gamble) on|trust|believe) (?:you|u|me)\b/,
    who: 'any',
    surface: true,
    worryOk: true,
  },
  // a weak spot to explain or defend: "asked how I'd explain the drop in my numbers", "what I'd say to people who think
  // I'm too young", "pushed me to admit it had failed", "my CV doesn't exactly scream manager"
  {
    re: /\bask\w* (?:me )?how i'?d (?:explain|justify|account for|defend) (?:my|the (?:gap|drop|dip|fall|decline|move|switch|change|break|time off|short)|why|being|having|leaving|not)\b|\bask\w* (?:me )?what i'?d say to (?:someone|anyone|people|a client|a colleague|a parent|the team) (?:who|that) (?:said|says|thought|thinks|doubted|doubts|felt|feels)\b|\b(?:push\w*|press\w*|got|made|tried to get) (?:me )?(?:to )?admit\b|\b(?:cv|resume|background|profile|record|experience|application)\b (?:\w+ )?(?:doesn'?t|does not|didn'?t|did not) (?:exactly |really |quite )?(?:scream|shout)\b/,
    who: 'any',
    surface: true,
  },
  // the interviewer's own words quoted in notes: 'she said "I'm a little worried about the gap"', '"we were expecting
  // someone more senior"' (after a reporting verb: unquoted, "I'm worried about the…" is the writer's own worry)
  {
    re: /(?<=\b(?:said|says|say|went|goes|told (?:me|her|him)|added|replied|admitted|continued|began|started with|opened with)\b[,:]? [^.\n]{0,40})\b(?:i'?m (?:a little |a bit |slightly |quite |really |also |still |just |somewhat )?(?:worried|concerned|unsure|not sure|not convinced|hesitant) (?:about|that|whether|if|by) (?:the (?:gap|move|switch|jump|commute|distance|lack|fact)|your|you|how you|whether you)|(?:we were|we'?d been) (?:expecting|hoping for|looking for) (?:someone|somebody|a candidate|people) (?:a bit |much |a lot )?(?:more|with more|older|younger))\b/,
    who: 'interviewer',
    surface: true,
    neg: 'ignore',
  },
  // the record put to the candidate in a quote: '"your experience is mostly small firms"', '"you don't have a teaching
  // qualification, do you?"', '"would you really be happy on a TA salary?"', '"why did you leave after eight months?"'
  {
    re: /\byour (?:experience|background|cv|resume|record|career|work|time) (?:is|was|has been|'s) (?:mostly|mainly|largely|only|all|just|pretty much all|entirely)\b|\byou (?:don'?t|do not|haven'?t|have not|didn'?t|did not) (?:actually |really |even )?(?:have|hold|get|got) (?:a|an|any) (?:[\w-]+ ){0,2}(?:qualification|degree|licen[cs]e|certificate|ticket|registration|accreditation|chartership)\b|\bwould (?:you|u) (?:really|honestly|actually|genuinely) (?:be )?(?:happy|ok|okay|content|fine|comfortable|want)\b|\bhave (?:you|u) (?:ever )?(?:actually |really )?(?:worked|managed|led|run) (?:on |with )?(?:a|an|anything|any) (?:\w+ )?(?:bigger|larger|more (?:senior|complex)) than\b|\bthat'?s (?:a lot of|quite a lot of|a fair bit of|loads of) (?:moving (?:around|about)|job[- ]hopping|jumping (?:around|about)|gaps)\b|\bwhy did (?:you|u) (?:leave|quit|go|move) (?:after (?:only |just )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d+)|so (?:soon|quickly|fast)|within)\b/,
    who: 'any',
    surface: true,
    neg: 'ignore',
  },
  // left25: a doubt put as a question to the candidate, quoted: '"can you really handle the travel?"', '"why did you only
  // stay eight months?"', '"won't the commute be a problem for you?"' (each one doubt; two in a row, in one sentence or
  // two, make the sign)
  {
    re: /\b(?:can|could|would|will) (?:you|u) (?:really|honestly|actually|genuinely|realistically) (?:handle|cope|manage|deal with|keep up|commit|stick (?:it|with))\b|\bwhy did (?:you|u) only (?:stay|last|spend|work|do)\b|\b(?:won'?t|wouldn'?t|will not|would not) (?:the|your|that|this|all (?:the|that|this)) (?:[\w-]+ ){0,2}be (?:a |an )?(?:bit of a |real |big )?(?:problem|issue|struggle|stretch|strain|worry)(?: for (?:you|u))?\b/,
    who: 'interviewer',
    surface: true,
    neg: 'ignore',
  },
  // an answer doubted in a quote: '"not sure that scales"', '"I don't think that would work"'
  {
    re: /\b(?:not sure|don'?t think|do not think|doubt) (?:that|it|this) (?:would |will |'d |'ll )?(?:really )?(?:scales?|works?|holds? up|stacks? up|flies|fly)\b/,
    who: 'interviewer',
    surface: true,
    neg: 'ignore',
  },
  // people like the candidate said to struggle: 'said "IMGs sometimes struggle with the pace here"', "warned that career
  // changers often find it hard"
  {
    re: /(?<=\b(?:said|says|told (?:me|her|him)|warned|mentioned|pointed out|reckoned|added)\b[^.\n]{0,30})\b(?:[\w-]+s|people (?:like (?:you|me|her|him)|from (?:\w+ ){1,2})|(?:career )?changers) (?:sometimes|often|usually|tend to|generally|can) (?:struggle|find it (?:hard|tough|difficult)|don'?t last|do not last|leave (?:quickly|early|within|after))\b/,
    who: 'any',
    surface: true,
    worryOk: true,
  },
  // the candidate called a risk, or below what was expected: "said I'd be a big risk", "expected me to know more",
  // "seemed surprised I hadn't heard of it"; a dislike of an answer; a weak spot flagged
  {
    re: /(?<!\bi (?:\S+ ){0,2})\b(?:said|told me|thought|felt|reckoned|called me|implied|suggested)(?: that)? (?:(?:i'?d be|i would be|i was|i'?m|i might be) )?(?:a |an )(?:bit of a |big |real |huge |slight |serious )?(?:risk|gamble|punt|long shot|unknown quantity|wildcard)\b(?![ -]tak)|\bexpected me to (?:know|have|be|bring) (?:a (?:lot|bit) )?(?:more|better|already)\b|\b(?:surprised|taken aback|shocked|amazed|astonished) (?:that )?i(?: hadn'?t| had not| didn'?t| did not|'d never| had never| haven'?t| have never| wasn'?t| couldn'?t)\b/,
    who: 'interviewer',
    surface: true,
    neg: 'ignore',
  },
  {
    re: /(?<!\bi (?:\S+ ){0,2})\b(?:didn'?t|did not) (?:really |seem to |much |particularly )?like (?:my|her|his) (?:[\w-]+ ){0,2}(?:answer|answers|approach|idea|plan|response|example|reasoning|solution|attitude)\b|(?<!\b(?:i|we) (?:\S+ ){0,2})\bflag\w* (?:up )?(?:my|her|his) (?:[\w-]+ ){0,2}(?:short \w+|lack of|gaps?|tenure|job[- ]hopping|absences?|grades?|inexperience|age)\b|\bask\w* (?:me )?(?:why|what made me think|whether) i (?:thought|think|felt|believed) i (?:was|am|'m|would be|could)\b/,
    who: 'any',
    surface: true,
    neg: 'ignore',
  },
  // the doubt named as a concern about the candidate: "it was a concern that I hadn't used SAP", "a worry for them that my"
  {
    re: /(?<!\bi (?:\S+ ){0,3})\b(?:a|an) (?:bit of a |slight |real |big |major |possible |potential |genuine |serious )?(?:concern|worry|problem|issue|sticking point|red flag|weakness|drawback|question mark) (?:for (?:them|him|her|the panel|the team) )?that (?:i|i'?d|i'?ve|i had|i have|i was|i'?m|my)\b/,
    who: 'any',
    surface: true,
    worryOk: true,
  },
  // what the record was called: "called my CV a bit all over the place", "called my plan a gamble"
  {
    re: /(?<!\b(?:i|we) (?:\S+ ){0,2})\bcalled (?:my|her|his) (?:[\w'-]+ ){1,3}(?:(?:a bit|a little|quite|rather|very|pretty|too|far too|kind of|slightly|somewhat) )*(?:all over the place|messy|unfocused|scattered|confusing|thin|light|weak|patchy|narrow|dated|generic|naive|optimistic|unrealistic|a (?:bit of a )?(?:mess|worry|concern|risk|red flag|gamble|stretch|jump|leap|punt|long shot))\b/,
    who: 'any',
    surface: true,
    neg: 'ignore',
  },
  // a second verdict after "and", quoted or not: 'said I was "a bit junior" and "maybe not technical enough"'
  // (the quotes are dropped before matching; the verb before anchors it to a verdict)
  {
    re: /(?<=\b(?:said|says|told (?:me|her|him)|thought|felt|reckoned|called|described)\b[^.\n]{0,60})\band (?:also )?(?:maybe |probably |perhaps |possibly |still |just |also )*(?:not (?:quite |really |yet )?(?:\w+ )?(?:enough|ready)|too (?:junior|senior|green|young|old|inexperienced|academic|niche|quiet|expensive|corporate|specialist)|(?:a bit|a little|quite|rather|slightly) (?:junior|green|light|thin|narrow|weak|dated|young|academic|niche|generic|raw|rusty)|under-?qualified|over-?qualified|inexperienced)\b/,
    who: 'any',
    surface: true,
    neg: 'ignore',
    worryOk: true,
  },
  // the job weighed against the candidate's life: "said the shifts might be too much with my kids", "asked how I'd
  // manage the school run"
  {
    re: /\b(?:might|would|could|may) be (?:a bit |rather )?too much (?:for (?:me|her|him) )?(?:with|given|for|on top of|alongside) (?:my|her|his|the) (?:kids|children|childcare|family|caring|studies|course|back|health|commute|little ones)\b|\bask\w* (?:me |her |him )?how (?:i'?d|i would|i'?ll|i will|i could|i'?m going to|she'?d|he'?d) (?:manage|juggle|fit (?:it|this|that|the \w+) (?:in|round|around)|cope with|balance) (?:the |my |her |his |with )?(?:childcare|school run|kids|children|caring|family|commute|travel|little ones)\b/,
    who: 'any',
    surface: true,
    worryOk: true,
  },
  // a part of the record judged short of the mark: "didn't think my agency experience was enough"
  {
    re: new RegExp(
      String.raw`${NOT_SELF}\b(?:didn'?t|did not|doesn'?t|does not|don'?t) (?:seem to |really )?think (?:that )?(?:my|her|his) (?:[\w-]+ ){1,6}?(?:was|were|is|are|would be) (?:quite |really |nearly |big |strong |good |broad |deep |senior |relevant )?enough\b`,
    ),
    who: 'any',
    surface: true,
    neg: 'ignore',
    worryOk: true,
  },
  // one doubting verb, two things doubted: "questioned my lack of X and then my notice period", "doubted my CAD and my
  // travel" (the verb's own cue counts the first)
  {
    re: /(?<!\b(?:i|we) (?:\S+ ){0,2})\b(?:questioned|queried|challenged|doubted|probed|pressed me on|grilled me on) (?:my|her|his) (?:[\w-]+ ){1,4}?and (?:then |also |later )?(?:my|her|his) /,
    who: 'any',
    surface: true,
    neg: 'ignore',
    worryOk: true,
  },
];
