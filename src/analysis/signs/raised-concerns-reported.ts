/**
 * raised-concerns, reported criticism: doubts the writer passes on as what was said ("said my
 * experience was 'a bit light'", "and that I'd 'struggle with the pace'"), a doubt verb with two
 * objects, and the writer's own count of the doubts ("two strikes", "three separate worries").
 * Each family is its own cue, so two in one sentence count twice; one of them alone is one doubt.
 */
import type { Cue } from '../detect/types.js';

/** Not the writer's own saying or doubting: "I said my CV was thin", "we questioned our plan". */
const NOT_SELF = String.raw`(?<!\b(?:i|we|i'?d|i would) (?:\S+ ){0,2})`;
/** Whose record: the writer's, or the candidate's in a relayed account ("her CV", "his commute"). */
const WHOSE = String.raw`(?:my|her|his|the candidate'?s)`;
/** Whose record a verdict is said of: "her team was small" is as likely the interviewer's own. */
const MINE = String.raw`(?:my|the candidate'?s)`;
/** Who it is about, after "that": "that I'd ...", "that my ..." ("that she'd never seen ..." is as likely the interviewer). */
const THAT_WHO = String.raw`(?:i'?d|i would|i'?m|i am|i was|i had|i'?ve|i have|i|my)`;
/** What the candidate has not done or would not manage: "never managed", "only been there a year", "would struggle". */
const LACKED = String.raw`(?:never (?:\w+ )?(?:managed|led|run|worked|done|used|sold|taught|had|been|shipped|supervised|tested|covered|handled|trained|coached|built|delivered)|only (?:ever )?(?:been|had|done|worked|managed|led)|(?:hadn'?t|haven'?t|had not|have not|didn'?t|did not|don'?t|do not) (?:\w+ )?(?:have|had|managed|led|run|worked|done|used|tested|covered|handled|trained|coached|supervised|built|delivered|know|knew|understand|understood|show|shown|showed|sold|taught|give|gave|given|provide|provided|prepare|prepared)|(?:wasn'?t|was not|am not|'m not) (?:really |quite |yet )?(?:ready|experienced|qualified|senior|strong|suited|a fit|right|registered|chartered)|lacked|lack|seemed (?:unsure|hesitant|nervous|quiet)|(?:probably |likely |soon |quickly )?(?:get bored|be bored|get restless|not last|not stay)|(?:taken|took|spent|talked|gone on|went on) too long|should (?:get|gain|build up|go and get) (?:a bit |some |a lot )?more (?:experience|training|exposure)|(?:would|'d) need (?:a lot |a bit |much |some )?more (?:experience|training|exposure)|needed (?:a lot |a bit |much |some )?more (?:[\w-]+ )?(?:experience|training|exposure)|(?:might|may|would|could|'d) (?:\w+ )?(?:struggle|not cope|not last|not fit|get bored|be bored|find it (?:hard|tough|difficult))|struggle)`;
/** Up to six words before the verdict, none a modal: "my day would be mostly meetings" is the job, not a verdict. */
const FILLER = String.raw`(?:(?!(?:would|will|might|may|could|should|can|i'?d|i'?ll|you'?d|you'?ll|we'?d|we'?ll) |to (?!(?:the|my|a|an|this|that|our|their|his|her) ))[\w'-]+ ){0,6}?`;
// session 23: "said my tickets might not be current enough" is the same doubt as "might not be up to it"
const MAY_BE_A_PROBLEM = String.raw`(?:(?:might|may|could|would) (?:well )?(?:not be up to (?:it|scratch)|not be (?:\w+ )?(?:current|relevant|recent|up to date) enough|not be (?:relevant|current|recent|up to date)\b|be (?:a |an )?(?:real |bit of a )?(?:problem|issue|concern|tricky|stretch|worry|hard to \w+))|(?:(?:might|may|could|would) (?:well |probably )?not|(?:probably )?(?:wouldn'?t|won'?t|couldn'?t|doesn'?t|does not)) (?:really |quite |necessarily )?(?:suit|fit|translate|transfer|carry over))`;
/** A money or time ask held too high: "my salary expectation was 'ambitious'" ("ambitious" alone is as often praise). */
const ASK_TOO_HIGH = String.raw`(?:salary|pay|money|rate|expectations?|ask|estimate|forecast|timeline|numbers|figures)\w* (?:[\w'-]+ )?(?:is|was|were|are|'s|looked|seemed|sounded) (?:a bit |quite |rather |very |too |pretty |a little )?(?:ambitious|optimistic|high|steep|unrealistic|punchy|toppy)`;
/** Reporting verbs, surface and lemma forms. */
export const SAID = String.raw`(?:said|says|say|told (?:me|her|him)|tell (?:me|her|him)|noted|note|pointed out|point out|remarked|remark|reckoned|reckon|felt|feel|thought|think|called|call|described|describe|commented|comment|added|add|suggested|suggest|implied|imply)`;
/** Being, looking or seeming, surface and lemma forms. */
const BE = String.raw`(?:is|was|were|are|be|'s|had been|has been|'d been|looked|looks|look|seemed|seems|seem|sounded|sounds|sound|felt|feel|came across as|come across as)`;
const BE_NOT = String.raw`(?:wasn'?t|weren'?t|isn'?t|aren'?t|was not|were not|is not|are not|be not|did(?:n'?t| not) (?:look|seem|sound)|does(?:n'?t| not) (?:look|seem|sound))`;
const INTENSIFIER = String.raw`(?:a bit|a little|quite|rather|very|pretty|too|far too|way too|kind of|kinda|bit|a touch|slightly|probably|maybe|possibly|still|fairly|somewhat|really|a tad)`;
/**
 * Where the one-doubt cue of raised-concerns.ts ("a bit thin", "too junior") stands right after "said my X was":
 * that cue yields there to the reported verdict below, so one verdict counts once.
 */
export const AFTER_SAID_MY = String.raw`\b${SAID}(?: that)? ${MINE} (?:[\w'-]+ ){0,4}?(?:(?:${BE}|${BE_NOT})(?: not)? (?:${INTENSIFIER} )*)?`;
/** What is wrong with it: "thin", "too academic", "a concern", "hard to compare", "not relevant". */
const VERDICT = String.raw`(?:${INTENSIFIER} )*(?:thin|light|weak|narrow|basic|soft|patchy|sparse|limited|lacking|dated|old|out of date|outdated|short|small|low|poor|junior|senior|green|young|inexperienced|student\w*|corporate|academic|traditional|specialist|speciali[sz]ed|generic|vague|shallow|theoretical|textbook|robotic|wooden|surface[- ]level|naive|simplistic|woolly|muddled|flimsy|all over the place|(?:too|a bit|quite|rather|very) (?:high[- ]level|hand[- ]wavy|abstract|operational|tactical)|rehearsed|scripted|waffly|long-winded|unfocused|unrealistic|implausible|irrelevant|concerning|worrying|problematic|mostly|mainly|only(?! (?:one|person|candidate|applicant|thing|reason)\b)|largely|average|mediocre|modest|underwhelming|unremarkable|insufficient|inadequate|uneven|overqualified|over-qualified|underqualified|under-qualified|hard to (?:compare|follow|judge|verify|read)|on the (?:low|small|light|thin|high|short|slow|young) side|well above|above (?:their|our|the) (?:band|range|budget)|(?:a|an) (?:real |big |bit of a |slight |major |serious |possible )?(?:concern|problem|worry|issue|gap|red flag|weakness|stretch|risk|flight risk|different world|drawback|sticking point|different game)|small beer|(?:a bit|a little|too|quite|rather) (?:comfortable|cushy|safe|cosy|cozy|sheltered)|too (?:long|far|slow|quiet|loud|expensive|rigid|ambitious)|over-?ambitious|(?:narrower|thinner|weaker|lighter|smaller|lower) than (?:we|they|he|she|i)'?d?(?: would| had)? (?:like|want|hope|hoped|expect|expected)|quiet|reserved|hesitant|unsure|(?:more|better) suited (?:to|for) (?:a |an )?(?:bigger|smaller|larger|different|another|other)|not (?:quite )?ready|not (?:really |quite )?(?:the right|a good|a natural) fit|not cut out for|(?:might|may|could) (?:need work|not be up to|be (?:a )?(?:problem|issue|concern|tricky|stretch)))`;
/**
 * What the work did not do or was not, said of it: "said my synthesis didn't answer the client's question", "pointed
 * out my structure wasn't MECE", "said my example wasn't specific".
 */
const FELL_SHORT = String.raw`(?:(?:didn'?t|did not|doesn'?t|does not|don'?t|do not) (?:really |quite |fully |actually )?(?:answer|address|add up|hold up|hold together|show|demonstrate|cover|fit|work|match|meet|land|convince|stack up|make sense|go (?:deep|far) enough)|(?:wasn'?t|weren'?t|isn'?t|aren'?t|was not|were not|is not|are not) (?:very |really |quite |that |particularly |at all )?(?:mece|structured|clear|coherent|convincing|specific|detailed|quantified|robust|rigorous|thorough|focused|concise|accurate|correct|right|realistic|credible|deep|technical|commercial|strategic|current|up to date|modern))`;
/** What it is not: "not relevant", "wasn't what we need", "not strong enough". */
const NOT_WHAT = String.raw`(?:${INTENSIFIER} |as |that |directly |fully |entirely |so )?(?:relevant|enough|transferable|the same|same|comparable|recogni[sz]ed|equivalent|valid|suitable|applicable|up to|what|secure|strong|impressive|scalable|good enough|strong enough|quite there|at (?:the|a|their|our) (?:\w+ )?level|up to (?:the|their|our) (?:\w+ )?(?:standard|level|bar))`;

export const reportedCriticism: Cue[] = [
  // a verdict on the record, reported: "said my references were 'a bit thin'", "told me my degree was irrelevant",
  // "said my sales numbers weren't quite what we'd look for"
  {
    re: new RegExp(
      String.raw`${NOT_SELF}\b${SAID}(?: flat out| straight| bluntly| plainly| outright| frankly)?(?: that)? ${MINE} (?!(?:notice|commute|journey|risk|absences?|sickness|stress)\b)${FILLER}(?:${BE} ${VERDICT}|${ASK_TOO_HIGH}|(?:had|has) (?:some |a few |big |obvious |too many )?(?:gaps|holes|weaknesses)|(?:had|has) (?:too much|too many|too little|not enough)|(?:needs|needed|need) (?:some |a bit of |a lot of |more |a little |serious )?(?:work|improving|improvement|polish|polishing|developing|development|tightening|sharpening)|(?:${BE_NOT}|${BE} (?:not|no|nuh)) ${NOT_WHAT}|${MAY_BE_A_PROBLEM}|${FELL_SHORT})\b`,
    ),
    who: 'any',
    surface: true,
    repeats: true,
    neg: 'ignore',
  },
  // the second verdict in a row, joined by "and (that)" or "then": "and that my last two roles were 'quite narrow'",
  // "and also that I'd 'struggle with the pace'", "then that I'd only been there a year"
  {
    re: new RegExp(
      String.raw`(?<!\b(?:i|we) )(?:\b(?:and|then|also|later|plus|as well as)|,)(?: also| then| later| again| separately| near the end| at the end| after that)*,? (?:(?:he|she|they|the (?:[\w-]+ ){0,2}?(?:manager|director|partner|interviewer|lead|head|chair|owner|recruiter|supervisor|boss)) )?(?:(?:also )?(?:said|added|noted|told (?:me|her|him)|pointed out|mentioned|reckoned|felt|thought|suggested|warned|flagged|raised) )?(?:that ${THAT_WHO} ${FILLER}(?:${BE} ${VERDICT}|${ASK_TOO_HIGH}|(?:${BE_NOT}|${BE} not) ${NOT_WHAT}|${MAY_BE_A_PROBLEM}|${LACKED})|(?:that |(?<=\b(?:said|added|noted|mentioned|told me|felt|thought) ))(?:he|she|they|you) (?:\w+ )?(?:didn'?t think|did not think|wasn'?t sure|was not sure|weren'?t sure|wasn'?t convinced|doubted|wondered (?:whether|if|how)|had doubts about|had concerns about|was worried|was concerned) (?:that )?(?:i|my)|that (?:he|she|they|you)(?:'d| would) (?:prefer|rather have|want|like) (?:someone|somebody|a candidate|people)|that (?:he|she|they|we)(?: really)? (?:needed|wanted) (?:someone|somebody) (?:with more|more|who (?:could|had|already|knew|knows|has|spoke|speaks|can|'d|would)))\b|(?<!\b(?:i|we) (?:\S+ ){0,6})\band (?:that )?(?:i (?:don'?t|do not|didn'?t|did not) (?:really )?have (?:enough|the right|the necessary|the required|the relevant)|(?:i'?d |i would |would )(?:probably |likely |soon |quickly )?(?:leave|get bored|be bored|not last|not stay|move on|struggle)|(?:i'?m|i am|i was) ['"‘“]?(?:${INTENSIFIER} )*(?:old|young|junior|green|inexperienced|overqualified|over-qualified|underqualified|under-qualified) for)\b|(?<!\b(?:i|we) (?:\S+ ){0,6})\b(?:and|plus) (?:also )?my (?:[\w-]+ ){1,2}(?:(?:is|was|were|are) )?(?:irrelevant|not relevant|unrealistic|implausible|(?:too|a bit|quite|very) (?:narrow|thin|light|weak|basic|junior|academic|corporate|old|dated|short|small|low|limited|generic|high))\b`,
    ),
    who: 'any',
    surface: true,
    repeats: true,
    neg: 'ignore',
    worryOk: true,
  },
  // one doubt verb with two objects: "doubted my CAD skills and my availability", "questioned both her lack of a degree
  // and whether she'd worked weekends", "doubted my client experience, then my French", "pushed hard on my lack of X, and later on whether"
  {
    re: new RegExp(
      String.raw`${NOT_SELF}\b(?:questioned|queried|doubted|challenged(?: me| her| him)?(?: on)?|pushed (?:hard |back )?on|pressed (?:me |her |him )?on|picked (?:holes )?(?:at|in)|critici[sz]ed|grilled (?:me |her |him )?on) (?:both )?(?:${WHOSE}|whether|if|why)\b[^.\n;]{0,70}?(?:,|;| and| then| plus| as well as)(?: then| also| later| again)*,? (?:later |also |then )?(?:(?:doubted|questioned|queried|challenged) )?(?:on |about )?(?:${WHOSE}|whether|if|why (?:i|she|he))\b`,
    ),
    who: 'any',
    surface: true,
  },
  // a second doubt verb after "then": "then doubted whether her degree was relevant", "then questioned his commitment"
  {
    re: new RegExp(
      String.raw`(?<!\b(?:i|we) )\b(?:then|and then|and later|later|and also|and|also)(?: then| later| also| again| separately)*,? (?:(?:he|she|they) )?(?:came back (?:later )?to )?(?:doubt(?:ed)?|question(?:ed)?|quer(?:ied|y)|challenged (?:me |her |him )?on|pushed (?:hard |back )?on) (?:whether |if |why )?(?:${WHOSE}|i|i'?d|she'?d|he'?d|she|he)\b`,
    ),
    who: 'any',
    surface: true,
    worryOk: true,
  },
  // a point raised against the record, or a dislike of it: "raised that I'd had a lot of short jobs",
  // "didn't like that I'd not used their package", "hated that I hadn't managed people"
  {
    re: new RegExp(
      String.raw`${NOT_SELF}\b(?:raised|flagged up|brought up|hated|disliked|didn'?t like|did not like|wasn'?t keen on|was not keen on|weren'?t keen on|took issue with|had an issue with|had a problem with|objected to)(?: the fact)? that (?:i|i'?d|i had|i'?ve|i have|i was|i'?m|my)\b`,
    ),
    who: 'any',
    surface: true,
    neg: 'ignore',
    repeats: true,
  },
  // a doubt wondered aloud: "she wondered whether I'd stick at litigation", "wondered how I'd adapt" (not an offer: "if I'd like a tour")
  {
    re: new RegExp(
      String.raw`${NOT_SELF}\bwondered(?: aloud| out loud)? (?:whether|if|how) (?:i'?d|i would|i could|i'?ll|i will|i was|i had|my)\b(?! (?:like|want|wanted|mind|be interested|be available|prefer|fancy|have any|had any|could start|can start|'d like|'d prefer)\b)`,
    ),
    who: 'interviewer',
    surface: true,
  },
  // their view that the record would not do: "didn't think my B2C background would work", "didn't think I had the technical depth"
  {
    re: new RegExp(
      String.raw`${NOT_SELF}\b(?:didn'?t|did not|doesn'?t|does not|don'?t|do not) (?:really )?think (?:that )?(?:i|i'?d|i had|i have|i'?ve|my) (?:[\w'-]+ ){0,5}?(?:enough|would (?:really )?(?:work|fit|suit|translate|transfer|carry over)|could (?:really )?(?:work|cope|handle|manage)|the (?:\w+ )?(?:experience|skills|depth|background|knowledge|temperament))\b`,
    ),
    who: 'any',
    surface: true,
    neg: 'ignore',
  },
  // criticism of what the candidate showed: "criticised my presentation", "rubbished my plan", "wasn't impressed with my figures"
  {
    re: new RegExp(
      String.raw`${NOT_SELF}\b(?:critici[sz]ed|critici[sz]ing|picked holes in|tore apart|ripped apart|pulled apart|slated|rubbished|scoffed at|sneered at|belittled|(?:wasn'?t|weren'?t|was not|were not|didn'?t seem|did not seem|not) (?:very |too |that |particularly |at all )?(?:impressed|happy|satisfied|keen) (?:with|by|on)|(?:seemed |was |were |looked )?put off by|(?:looked |seemed |was |were )?unimpressed (?:with|by)|(?:was|were|seemed) (?:quite |very |a bit |pretty |rather )?(?:negative|dismissive|critical|sniffy|snooty) about) (?:me for )?${WHOSE}\b`,
    ),
    who: 'any',
    surface: true,
    neg: 'ignore',
    repeats: true,
  },
  // one worry with two objects: "concerned about my job hopping and my lack of a degree", "sceptical about my figures and my notice"
  {
    re: /\b(?:concern\w*|worr(?:y|ied|ies)|s[ck]eptical|doubts?|doubtful|unsure|not sure|wary|reservations?|hesitant|dubious|negative|critical|dismissive) (?:about|over|with|regarding|around|of) my\b[^.\n,;]{0,50}?\b(?:and|as well as|plus) (?:about |over |also )?my\b/,
    who: 'interviewer',
    surface: true,
  },
  // more needed first: "said I'd need more experience", "felt I should get more training first"
  {
    re: new RegExp(
      String.raw`${NOT_SELF}\b(?:said|told me|felt|thought|reckoned|suggested|advised)(?: that)? (?:i'?d|i would|i) (?:probably |really |first )?(?:need|needed|should get|should gain|should go and get) (?:a lot |a bit |much |some )?more (?:experience|training|exposure)\b`,
    ),
    who: 'any',
    surface: true,
  },
  // the writer's count of what was said against them: "two strikes", "three knocks", "two digs", "both were gaps", "pushed on both"
  {
    re: /(?<!\b(?:i|we) (?:\S+ ){0,3})\b(?:two|three|four|2|3|4|a couple of|several|a few) (?:\w+ )?(?:strikes|knocks|digs|jabs|black marks|marks against me|fair points|valid points|dings|criticisms|concerns|doubts|worries|objections|reservations|red flags|question marks|reasons (?:not to (?:hire|take|pick|choose|have) me|against (?:me|hiring me)))\b|\b(?:said|called|reckoned|thought|felt|saw|named) (?:that )?(?:both|all three|each) (?:of them |of those )?(?:are|were|was|is|as|be) (?:a |an |real |big |clear )?(?:gaps?|problems?|problem|concerns?|issues?|weaknesses|red flags?|worr\w+|blockers?|deal[- ]?breakers?)\b|\bboth (?:felt like|were|seemed|sounded like) (?:real |fair |big |clear )?(?:blockers|knocks|digs|red flags|fair points|criticisms)\b|\bfair points?,? both\b|\bpush\w* (?:back )?on both\b|\b(?:felt|feel|was|got) (?:totally |completely |a bit )?(?:picked|pulled|torn|ripped) apart\b|\bpick\w* at my (?:answers|cv|record|examples|figures|numbers|application|background)\b/,
    who: 'any',
    surface: true,
  },
  // doubts counted out before a list: "had two issues: that I'd never sold property", "dinged me on two things out loud:",
  // "pushed hard on two other things:", "raised the awkward points: whether I'd miss…",
  // "raised objections: that I'd been freelance too long", "had concerns — that I'm not registered"
  {
    re: /(?<!\b(?:i|we) (?:\S+ ){0,2})\b(?:(?:had|has|raised|listed|named|voiced|expressed|flagged|relayed) (?:(?:the panel'?s|his|her|their|some|real|serious|a few|several|two|three|four|a couple of) )?(?:\w+ )?(?:issues|problems|concerns|doubts|worries|objections|reservations|weaknesses)|(?:dinged me on|push(?:ed|ing)? (?:(?:hard|back|really hard) )?(?:on me (?:on|about)|me (?:on|about)|on|about)|press(?:ed|ing)? (?:me )?(?:hard )?on|(?:challenged|grilled|questioned|quizzed) me on|picked (?:up )?on|knocked me on|marked me down on|criticised|criticized|raised) (?:two|three|four|a couple of|a few|several) (?:other |more |separate |different )?(?:\w+ )?(?:things|points|gaps|areas)|raised (?:the|some|a few) (?:awkward|tricky|difficult|hard|tough|sticky|uncomfortable|thorny|harder) (?:points|questions|bits|things|issues|subjects|stuff))(?: (?:out loud|to me|with me|about me))?\s?(?::|—|–| -|[,.]? (?:first|firstly|namely|one))/,
    who: 'any',
    surface: true,
    weight: 2,
    worryOk: true,
    // the list may open the next sentence: "She had her doubts. First about my gap, then about my commute." (qa-links.ts)
    qa: true,
  },
  // the record picked at, then the doubts listed: "kept picking at my CV: the gap in 2021, the short contract, why I never
  // finished", "questioned my background — the agency years and the gap" (a list of two or more after the colon)
  {
    re: /(?<!\b(?:i|we) (?:\S+ ){0,2})\b(?:pick(?:ed|ing|s)? (?:holes )?(?:at|in)|question(?:ed|ing)|quer(?:ied|ying)|grill(?:ed|ing) me on|push(?:ed|ing)? (?:back )?on|prob(?:ed|ing)|challeng(?:ed|ing)(?: me on)?) (?:my|her|his) (?:cv|resume|record|background|application|history|experience|career|work history)\s?(?::|—|–| -)(?=[^.\n]{3,80}?(?:,|;| and | plus ))/,
    who: 'any',
    surface: true,
    weight: 2,
    worryOk: true,
  },
  // "first that ... then that ...", "first, whether ...; second, whether ...": two doubts told in order
  {
    re: new RegExp(
      String.raw`\bfirst(?:ly)?,? (?:that|whether) ${THAT_WHO}\b[^\n]{0,120}?\b(?:then|second(?:ly)?|and then|next|later)(?: later| also| again)?\b,? (?:that|whether) ${THAT_WHO}\b`,
    ),
    who: 'any',
    surface: true,
    weight: 2,
    worryOk: true,
  },
  // coming back to doubt again: "came back later to doubt whether", "came back twice to say she was worried"
  {
    re: /\bcame back (?:later |again |twice |at the end |near the end )?to (?:doubt|question|query|challenge|press|push|probe|say (?:that )?(?:(?:she|he|they) (?:was|were) (?:still )?(?:worried|concerned|unsure|not sure|not convinced|doubtful)|i (?:was|wasn'?t|had|hadn'?t|lacked|might|would)|my))\b/,
    who: 'any',
    surface: true,
    worryOk: true,
  },
  // every answer met with a "but": "every answer got 'right, but'", "every answer, another 'but'", "lots of 'but' from him"
  {
    re: /\bpick\w* at (?:every|each|all (?:of )?my) (?:single )?(?:answer|number|figure|example|point|claim|thing)s?\b|\bevery (?:single )?(?:answer|reply|response|example)\b[^.\n]{0,25}?\b(?:got|gets|another|with|met with|they say|he say|she say|said|say)\b,? (?:a |an )?(?:\w+,? ){0,2}?but\b|\b(?:lots|a lot|loads) of buts?\b/,
    who: 'any',
    surface: true,
    weight: 2,
  },
  // what the record lacks, said of it: "her CV 'lacks leadership'", "my answers lacked specifics"
  {
    re: new RegExp(
      String.raw`${NOT_SELF}\b(?:(?:said|told me|felt|thought|noted|reckoned)(?: that)? (?:${MINE}|i)|told (?:her|him)(?: that)? (?:her|his|she|he)) (?:[\w'-]+ ){0,4}(?:lacks|lacked|lacking|didn'?t seem to (?:know|have|understand|grasp|show))\b`,
    ),
    who: 'any',
    surface: true,
    neg: 'ignore',
  },
  // the interviewer's own voice, quoted: "we'd usually want someone with a degree", "we tend to find agency people struggle",
  // "you'll be off in a year", "you haven't used Unit4 though, have you", "and you lack a degree"
  {
    re: /\bwe(?:'d| would) (?:usually|normally|typically|ideally|generally|really) (?:want|need|expect|prefer|look for) (?:someone|somebody|people|candidates)\b|\bwe (?:usually|normally|typically|ideally|generally) (?:want|need|expect|prefer|look for) (?:someone|somebody|people|candidates)\b|\bwe (?:really )?need (?:people|somebody) (?:who|with)\b|\bwe(?:'d| would) (?:need|want|expect) (?:a bit |a lot |quite a bit )?more than\b|\bwe (?:tend to|usually|often|generally) find (?:that )?(?:\w+ ){0,3}(?:people|candidates|folk|grads|graduates|students|types) (?:tend to |usually |often )?(?:struggle|don'?t last|do not last|leave|get bored|find it hard)\b|\byou'?ll (?:be off|leave us|get bored|be bored|move on) (?:in|within|after)\b|\bthat'?s (?:a |an )?(?:bit of a |real |big |slight |possible |definite )?(?:gap|concern|worry|red flag|weakness|sticking point) for (?:us|me|the role|this role|the team)\b|\b(?:said|went|goes),? ['"‘“]?(?:hmm+,? |well,? |ok(?:ay)?,? |right,? )?that'?s (?:a |an )?(?:bit of a |real |big |slight |possible |definite )?(?:gap|concern|worry|red flag|weakness|sticking point)\b/,
    who: 'any',
    surface: true,
    neg: 'ignore',
    // "we tend to find agency people struggle ... and we'd need more than scripting": two requirements in one sentence
    repeats: true,
  },
  // what the record lacks, said to the candidate's face: its own cue, so it counts beside a requirement in one sentence
  {
    re: /\byou (?:haven'?t|have not|'ve not|have never|'ve never) (?:really |actually |ever )?(?:used|sold|taught|driven|held|touched|covered)\b[^.\n]{0,40}\b(?:have you|did you|though)\b|(?<!\bwhat )\byou (?:also |really |clearly )?lack\b/,
    who: 'any',
    surface: true,
    neg: 'ignore',
  },
];
