import type { SignPatterns } from '../detect/types.js';
import { AFTER_SAID_MY, reportedCriticism } from './raised-concerns-reported.js';
import { voicedDoubts } from './raised-concerns-voiced.js';
import { quotedDoubts } from './raised-concerns-quoted.js';
import { pressedDoubts } from './raised-concerns-pressed.js';
import { idiomDoubts } from './raised-concerns-idioms.js';

/** Asking or doubting verbs, in lemma form (the matcher also tries the surface). */
const ASK = String.raw`(?:ask|asks|asked|asking|questioned|questioning|query|queried|quiz|quizzed|grill|grilled|grilling|press|pressed|probe|probed|push|pushed|pushing|challenge|challenged|bring|brought|raise|raised|mention|mentioned|return|returned|circle|circled|circling|harp|harped|dwell|dwelt|hammer|hammered|doubt|doubted|express|expressed|voice|voiced)`;
/** How often: "twice", "3 times", "again and again", "kept ...". */
/** What a doubt is about: the candidate, or whether they would do. */
// the second person is feedback passed on to the candidate ("he's not sure you've managed people", "about your notice")
const OBJ = String.raw`(?:whether|if|about my|about me|on my|my|it would|it'?d|that would|this would|i'?d|i would|i could|i had|i have|i'?ve|i knew|i know|i understood|i was|i'm|i be|i can|i really|i (?:wouldn|couldn|won|didn|don|hadn|haven|wasn)'?t|how (?:far|long|much|well|quickly) i|about your|on your|you'?ve|you have|you had|you'?d|you would|you could|you can|you'?re|you are)`;
const OFTEN = String.raw`(?:(?:like |about |around |at least |maybe |probably |literally |like literally )?)(?:twice|(?:two|three|2|3) time|[2-9] ?x|x ?[2-9]|(?:two|three|four|five|[2-9]) (?:more |separate |different )?(?:times|occasions)|more than one occasion|\d+ separate times|(?:like |about |at least )?\d+ times|(?:several|many|multiple|a few|a couple of|lots of|loads of|a lot of|so many|three or four|two or three) times|more than once|again and again|over and over|repeatedly|a second time)`;

/** Asked about again and again out of interest, not doubt: "kept asking about my app", "again and again about my project". */
const NOT_WORK = String.raw`(?!,? (?:and again |again )?(?:(?:about|on|into|to) )?(?:my |the |that |this )?(?:[\w-]+ ){0,2}(?:project|portfolio|thesis|dissertation|app|campaign|research|achievements?|designs?|award|startup|side project|prototype|paper|book|product|idea|invention|business)s?\b)`;

/**
 * Doubts about the candidate, more than once. A single doubt weighs 1 and the sign needs 2;
 * a doubt said to repeat ("asked three times whether", "kept circling back to") weighs 2.
 */

/**
 * "I'll be honest" and "I'm not sure" open doubts in a call, but also good news ("I'll be honest, we've
 * been really impressed", "I'll be upfront, I think it's going well") and doubts about something other
 * than the candidate ("I'm not sure that tells us much", "I'm not sure what the policy is", "I'm not
 * sure, to be honest." as an answer).
 */
const GOOD_NEWS = String.raw`(?![^.?!]{0,40}\b(?<!\bnot )(?:impressed|sold|going (?:really )?well|hoping for|delighted|excited|really (?:good|strong|pleased))\b)`;

export const raisedConcerns: SignPatterns = {
  id: 'raised-concerns',
  minWeight: 2,
  // no sign-wide `repeats`: with it the matcher kept one doubt twice (lemma pass and surface pass on the same span);
  // surface-only cues may repeat on their own
  cues: [
    // one doubt, in many voices
    // three families of one doubt, each its own cue so that two in one sentence count twice:
    // "pushed back on my design, then questioned whether the story was mine"
    {
      re: new RegExp(
        String.raw`(?<!\b(?:i|we)(?: \w+){0,2} )\b(?:questioned|questioning|queried|querying|doubted|doubting|doubtful|skeptical|sceptical|dubious|raised (?:some |a few |serious |real )?questions (?:over|about|around|regarding|on))\b.{0,40}\b${OBJ}\b|\b(?:doubtful|skeptical|sceptical|dubious|incredulous)\b(?= (?:when|as|while|once) i\b)|\bdoubt(?:s|ed|ing)? me\b|(?<!\b(?:raise\w*|voice\w*|express\w*|mention\w*|had|have|has|having|no|any|without) (?:a |one |some |his |her |their |real |serious |any )?)\bdoubts? (?:about|on|over|regarding) my\b`,
      ),
      who: 'any',
      neg: 'ignore',
      surface: true,
      // "doubted my figures and later questioned whether I'd stay": each doubt verb is a doubt
      repeats: true,
    },
    {
      re: new RegExp(
        String.raw`\b(?:worried|concerned|unsure|not sure|nuh sure|(?:wasn'?t|weren'?t|isn'?t|aren'?t) sure|hesitant|wary|unconvinced|not convinced|(?:wasn'?t|weren'?t) convinced)\b.{0,40}\b${OBJ}\b|\b(?:she|he|they)(?: was| were|'s| seemed| sounded| looked| felt| is| are)? ['"]?(?:\w+ ){0,2}(?:worried|concerned|unsure|not sure|wary|hesitant) about the\b`,
      ),
      who: 'interviewer',
      neg: 'ignore',
      surface: true,
      // "was concerned I'd never managed, and then later said he wasn't sure I had the commercial side"
      repeats: true,
    },
    {
      re: new RegExp(
        String.raw`\b(?:push|pushed|pushing|challenge|challenged|challenging|probed|pressed|grill|grilled|quiz|quizzed|poke|poked|picked holes|pick holes|took issue|take issue|argued with)\b(?: back| holes)?.{0,40}\b${OBJ}\b|\bchalleng(?:e|ed|es|ing) (?:me|her|him) (?:on|about|over)\b`,
      ),
      who: 'interviewer',
      neg: 'ignore',
      surface: true,
    },
    {
      re: /\bask\w* (?:me )?how (?:i'?d|i would|i'?ll|i will|i could|i'?m going to) (?:cope|adapt|keep up|manage with|fit in)\b|\b(?:ask\w*|want\w* to know) (?:me )?(?:\w+ )?why (?:i|i'?d|i had|i have|i'?ve|i was|my)\b[^.\n]{0,40}?\b(?:out of work|unemployed|between jobs|demoted|sacked|fired|dismissed|let go|only|low|lower|never|(?:had|have|has|was|were|is|are|did|do)n'?t|(?:had|have|has|was|were|is|are|did|do) not|twice|so (?:few|little|many|often|late)|(?:a|any) gap)\b|\bask\w* (me )?(\w+ )?(whether|if|why) (i|i'?d|i would|my)\b.{0,40}\b(up to (?:it|scratch|the job|speed|standard)|still current|current enough|the (?:resilience|temperament|stamina|maturity|gravitas|backbone|grit|toughness|bandwidth|clout|presence|seniority|patience|people skills|discipline|drive)|(?:the )?(?:commercial |business |clinical |sales |political |right )?(?:instincts?|acumen|nous|chops)|stick around|plan\w* to stay|intend\w* to stay|stay (?:longer|more than|beyond|past)|cope|really|actually|enough|handle|ever|able|ready|manage|sure|fast enough|confident|serious|commit|keep up|last|at all|properly|comfortable (?:with|managing|leading|working|doing|taking|being|handling|on|in|around)|bored|translate|overqualified|over-qualified|too (?:junior|senior|young|old|green|inexperienced|experienced)|so (?:fast|quick|quickly|soon|short|young|old|slow|often)|quickly|find it (?:hard|difficult|tough)|struggle|or (?:just|only|merely))\b/,
      who: 'interviewer',
    },
    // a second doubtful question tacked on without a verb ("then whether I'd taught much at all"): the borrowed subject would be the "I" inside the first question
    {
      // the second question may put the doubt about someone like the candidate ("then whether a woman could manage the men"),
      // or about the work ("and, separately, on whether the project could attract funding"); logistics are no doubt
      re: /\b(?:then|later|and|also|separately)(?:,? (?:then|later|also|separately|again|at the end|near the end|towards the end|later on|afterwards|after that|a (?:few|couple of) (?:minutes|moments|questions) later))*,? (?:(?:ask\w*|askin'?|press\w*|push\w*|on|about|over) )?(?:me )?(?:(?:whether|if) (?:i|i'?d|i would|i had|i was|my|\d+ \w+|an? [\w-]+|someone|somebody)|(?:why|how come) (?:i|i'?d|i had|i was|i am|i'?m|my)|(?:did|do|could|can) i (?:even|ever|really|actually))\b(?! (?:could|can|would) (?:start|work|come|drive|travel|commute|relocate|do (?:nights|weekends|shifts))\b)[^.\n]{0,50}?\b(?:at all|really|actually|properly|enough|cope|comfortable (?:with|managing|leading|working|doing|taking|being|handling|on|in|around)|bored|able|ready|handle|manage|ever|even|translate|transfer|carry over|serious|keep up|stick it|last|sure|hard|difficult|struggle|not|n'?t|never|only|attract|afford|deliver|genuinely|reliable|miss|counter-?offers?|twice|so (?:many|often)|changed jobs|moved (?:around|about|jobs))\b|\b(?:then|and|also)(?: then| also)?,? (?:(?:ask\w*|askin'?) )?(?:me )?(?:did|do) i (?:even|ever|really|actually)\b|\b(?:then|and|later|den)(?: then| later| den)? again,?(?: at the end| near the end| towards the end| later on| afterwards)?,? (?:(?:he|she|they|him) )?(?:ask\w* )?(?:whether|if|why|about (?:my|the|how))\b(?!,? (?:and again |again )?(?:(?:about|on|into) )?(?:my |the |that |this )?(?:\w+ )?(?:project|portfolio|thesis|dissertation|app|campaign|research|achievements?|designs?|award|startup|side project|prototype|paper|book|product|idea|invention|business)s?\b)/,
      who: 'any',
      worryOk: true,
    },
    {
      re: /\bask\w* (?:me )?(?:why|whether|if|about) [^.\n]{0,80}?\b(?:then|later|and) (?:\w+ ){0,3}?(?:came|come|circle|circled|went|go) back to (?:it|that|this)\b|\b(?:came|come|circled|went) back to (?:it|that|this|the (?:\w+ ){1,2}(?:thing|point|question|issue|bit|topic|part)) (?:again|near the end|at the end|later|towards the end)\b/,
      who: 'any',
      weight: 2,
      conf: 0.65,
    },
    // tone that marks a question as a doubt: "like it was a problem", "my experience is mostly retail", "me being quite young"
    {
      re: /\b(?:like|as if|as though) (?:it|that|this) (?:is|was|were|be|would be) (?:a |some )?(?:problem|bad thing|crime|red flag|negative|weakness|minus|sin)\b|\b(?:me|my) being (?:quite |too |a bit |very |rather |so )?(?:young|old|junior|inexperienced|green|overqualified|fresh)\b/,
      who: 'any',
    },
    {
      re: /\bask\w* (?:me )?to (?:explain|justify|account for) (?:my|the gap|why|the (?:[\w-]+ ){0,3}(?:months?|years?|weeks?|time) (?:off|out|away|out of work)|the (?:\w+ )?(?:gap|break))\b|\bask\w* (?:me )?why (?:i'?d|i would) (?:even |ever )?want\b/,
      who: 'interviewer',
    },
    {
      re: /\b(?:kept|keep|keeps) (?:going|go|banging|bang|harping|harp) on about\b[^.\n]{0,40}\b(?:not sure|unsure|worried|concerned|doubt\w*|lack|whether i|if i|me not|my not|not having|never having)\b/,
      who: 'interviewer',
      weight: 2,
      neg: 'ignore',
    },
    {
      re: /\bwhy (i|i'?d|i had|i was|i have)\b.{0,40}\b(only|just|so short|(left|leave) (so|after (only|just)|within|before)|gap|so long|moved (so|around|about)|job[- ]hop)\b/,
      who: 'interviewer',
    },
    {
      // a verdict said of the record ("said my CV was a bit thin") is the reported-verdict cue's: one doubt, one count
      re: new RegExp(
        String.raw`(?<!${AFTER_SAID_MY})\b(might need work|not (quite )?(ready|enough) (for|to)|(is|be|was|were) not (quite )?enough|(was|be|is) not quite there|a bit (junior|student\w*|light|thin|green)|(quite|too|a bit|very|rather) (senior|junior|green|inexperienced|overqualified|over[- ]qualified|young|old|underqualified|under[- ]qualified|academic|specialist|specialised|specialized)|overqualified|over[- ]qualified|underqualified|under[- ]qualified|(a|an) flight risk|too (?:expensive|pricey|costly)|not (really |quite )?(the right|a good|a natural) fit|not cut out for|(maybe|might be|could be) (a )?problem|not the same as|different game)\b`,
      ),
      who: 'interviewer',
    },
    {
      // the doubt's own object, not a second doubt: "had concerns about my lack of forklift experience"
      re: /(?<!\b(?:concern\w*|doubt\w*|worr\w*|reservation\w*|question\w*|quer\w*|s[ck]eptical|unsure|sure|push\w*|challeng\w*|press\w*|grill\w*|prob\w*|poke|poked|quiz\w*) (?:\S+ ){0,3})\b(my )?(lack of|lacking|limited|not having|no) (a )?(\w+ ){0,2}(experience|degree|qualification|background|exposure)\b/,
      who: 'interviewer',
      neg: 'ignore',
      conf: 0.6,
    },
    // a question that names what the candidate has never done: "how would you run a hearing you'd never seen?",
    // "how would I feel about the fact I've never managed anyone"
    {
      re: /\bhow (?:(?:would|will|could|do|did) (?:you|u|i)|(?:you|u|i)(?:'d| would| could)) (?:\w+ ){1,8}?(?:the fact |given )?(?:that )?(?:you|u|i)(?:'ve|'d| have| had| would)? never (?:\w+ed|done|seen|run|led|taught|sold|been|had|worked|managed)\b/,
      who: 'any',
      surface: true,
      worryOk: true,
    },
    {
      re: /\b(only|just|never) (done|did|worked|been|had)\b.{0,25}\b(how would you cope|how will you cope|how could you cope|cope|keep up)\b|\bhow (would|will|could) (you|u) (cope|adapt|keep up)\b/,
      who: 'interviewer',
    },
    {
      // a gap named by its year or its place in the record is the CV's gap: "the gap in 2024", "the gap between my last two roles"
      re: /\bgap (in|on) (my|the) (cv|resume|employment|career|history)\b|\b(cv|resume|employment) gap\b|\bgap (?:in|from|since|during) (?:19|20)\d\d\b|\bgap between (?:19|20)\d\d and\b|\b(?:queried|questioned|asked about|brought up|pressed me on|probed) (?:the|my|a) (?:\w+ )?gap\b|\bgap between (?:my|your|the|her|his) (?:last |previous |two |past )*(?:\w+ )?(?:roles|jobs|contracts|posts|positions|placements)\b/,
      who: 'interviewer',
      conf: 0.6,
    },
    {
      re: /\b(not|n't|never) (think|sure) (he|she|they) (bought|buy|was convinced|believe|believed)|\b(?:not|wasn'?t|weren'?t|isn'?t|wasnt) (?:fully |really |entirely |quite |totally |yet )?convinced\b|\bunconvinced\b|\b(not|n't|\w+n't|never|neither|nobody|none of them) (seem|seemed|look|looked) (convinced|happy with|satisfied|sold)\b|\bconvinc\w* (him|her|them)\b|\bwasn'?t sold\b|\b(?:not|no|don'?t|didn'?t|did not|doesn'?t|does not) (?:really )?(?:believe|believed) (?:me|my)\b|\bas if (he|she|they) (did not|didn'?t|do not) believe\b|\b(?:didn'?t|did not|doesn'?t|does not|wasn'?t|was not) (?:seem|look|sound|appear)(?: to| like (?:he|she|they)| as if (?:he|she|they)| as though (?:he|she|they))? (?:really |quite |fully |entirely )?(?:believe[ds]?|bought|buy|trust(?:ed)?) (?:me|my|it|a word|that|what i)\b|\blike (he|she|they) (thought|think) i'?d? (made|make) it up\b/,
      neg: 'ignore',
    },
    // a verdict said to the candidate's face, one doubt each (said, or a line of its own: advice to the reader in an
    // answer column is neither): "You're green." "You're inexperienced."
    // ("under-qualified", "too junior", "not a good fit" are the modal-verdict cue's: one verdict must not count twice)
    // "you and I wouldn't get along" (not advice to the reader: "if you're under-qualified, apply anyway")
    {
      re: /(?:^(?:[\w'-]+,? ){0,3}?|\b(?:said|say|says|told me|tell me|went|go|goes|replied|reply|added|add|snapped|snap|announced|announce|declared|declare|stated|state|began|begin|opened with|open with|continued|continue|remarked|remark|blurted|blurt|whisper\w*|told (?:him|her|them))\b[^.\n]{0,40}?)(?<!\b(?:if|when|unless|whether|because|since|though|although|even if|as long as) )\byou(?:'re| are| be| were)? (?:(?:a little|way|far|still|so|wholly|totally|completely|clearly|obviously|really|pretty|kind of|just|simply|a tad|slightly) )*(?:green|unqualif\w*|not qualif\w*|inexperienced|too (?:expensive|quiet)|not (?:ready\b(?! (?:for|to)\b)|experienced enough|senior enough|the right (?:person|candidate)|right for (?:this|the) (?:role|job|position)|what (?:we'?re|we are) looking for))\b(?! (?:light|card|belt|team|room|zone|line|tick|energy|space|party|tea|salad|beans?|apple|pepper)\b)/,
      who: 'any',
      neg: 'ignore',
      surface: true,
    },
    // what the candidate lacks, said to their face, and a clash of people: its own cue, so it counts beside a "you're ..." in one sentence
    {
      re: /(?:^(?:[\w'-]+,? ){0,3}?|\b(?:said|say|says|told me|tell me|went|go|goes|replied|reply|added|add|snapped|snap|announced|announce|declared|declare|stated|state|began|begin|opened with|open with|continued|continue|remarked|remark|blurted|blurt|whisper\w*|told (?:him|her|them))\b[^.\n]{0,40}?)(?<!\bwhat |\b(?:if|when|unless|whether|because|since|though|although) )\byou (?:(?:do not|don'?t|did not|didn'?t) (?:really |even )?have (?:enough|the (?:right |relevant |necessary |required )?|much|any) (?:\w+ )?(?:experience|skills?|background|qualifications?|knowledge)\b|(?:have|'ve) (?:no|never) (?:\w+ )?(?:experience|managed|led|worked)\b)|\byou and (?:i|me) (?:would|will|could|wouldn'?t|won'?t|couldn'?t|would not|will not|could not|do not|don'?t) (?:not |never )?(?:get along|get on|work well together|see eye to eye|click|gel|mesh)\b|\bi (?:look|looked|looking) at your (?:resume|cv|résumé|application|record|background) and (?:i )?(?:see|saw)\b(?! (?:\w+ ){0,4}?(?:great|strong|impressive|exactly|perfect|ideal|excellent|someone (?:who|with) (?:great|strong|real|lots|a lot)))/,
      who: 'any',
      neg: 'ignore',
      surface: true,
    },
    // the same verdict passed on: "told me I was under-qualified", "said I wasn't what they were looking for"
    {
      re: /(?<!\b(?:mum|mom|mam|dad|husband|wife|partner|boyfriend|girlfriend|friends?|sister|brother|family|mates?)\b[^.\n]{0,40})(?<!\bi (?:\w+ )?)\b(?:said|says|told me|felt|thought|feel|think|decided|explained)(?: that)? i (?:was|be|were|am|'m|'d be|would be) (?:(?:a little|way|far|still|just|simply|probably|slightly) )*(?:unqualif\w*|not qualif\w*|inexperienced|not (?:ready\b(?! (?:for|to)\b)|experienced enough|senior enough|the right (?:person|candidate)|what (?:they|we|he|she) (?:were|was|are|be) looking for))\b/,
      who: 'any',
      neg: 'ignore',
      surface: true,
    },
    // repeated doubt: two by itself
    {
      re: new RegExp(
        String.raw`\b${ASK}\b,?(?! (?:\S+ ){0,2}(?:to )?repeat)(?!(?: back| it| us)? (?:the |our |my )?(?:start date|date|interview|meeting|call|deadline|time|appointment|slot)\b)(?: \S+){0,7} ${OFTEN}\b${NOT_WORK}(?! (?:if|whether) (?:i|we) (?:wanted|would like|needed|was (?:ok|okay|alright|still there)|had any questions|have any questions|any questions|was comfortable|could hear))|\b${OFTEN} (?:\S+ ){0,2}(?:ask|asked|asking|questioned|whether|about my|that my)\b(?! (?:me |us )?(?:to )?(?:repeat|speak up|slow down|say that again)| (?:me |us )?to (?!justify|explain|account)\w+| i (?:wanted|would like|needed|was (?:ok|okay|alright|still there|comfortable)|had any|have any|could hear))${NOT_WORK}`,
      ),
      who: 'interviewer',
      weight: 2,
      conf: 0.7,
      surface: true,
      worryOk: true,
    },
    // the same after "then", where the subject is lost to a reported question before it:
    // "asked me how I'd handle it, then brought up twice that I'd only worked with adults"
    {
      re: new RegExp(
        String.raw`(?<!\b(?:i|we) )\b(?:then|later|and then|and later|and also|also|later on)(?: again)? ${ASK}\b,?(?! (?:\S+ ){0,2}(?:to )?repeat)(?: (?:up|it|that|me|on|about))? ${OFTEN},? (?:that |whether |if |about |how |why |on )?(?:i|i'?d|i had|i was|i'?ve|i have|i would|my|me)\b(?! (?:wanted|would like|needed|was (?:ok|okay|alright|still there)|had any questions|have any questions|any questions|was comfortable|could hear))`,
      ),
      who: 'any',
      weight: 2,
      conf: 0.7,
      surface: true,
      worryOk: true,
    },
    {
      re: new RegExp(
        String.raw`\b${OFTEN},? (?:(?:if|whether|why) (?:i|i'?d|i'?m|i had|i was|my)\b(?! (?:wanted|would like|needed|was (?:ok|okay|alright|still there)|had any questions|have any questions|any questions|was comfortable|could hear))|about my\b${NOT_WORK}|that my\b)|\b(?:said|say|says|told me|mentioned) ${OFTEN} (?:\S+ ){0,5}?(?:not|\S*n't|\S*nt|never|wasn'?t|weren'?t|isn'?t|too|only|lack|lacked|doubt\w*|might|may|worried|concerned|unsure|struggle|overqualified|over-qualified|a bit)\b`,
      ),
      weight: 2,
      conf: 0.7,
      surface: true,
      worryOk: true,
    },
    {
      re: /(?<!\b(?:question\w*|quer\w*|doubt\w*|push\w*|press\w*|challeng\w*|prob\w*|grill\w*|quiz\w*|worr\w*|concern\w*|unsure|sure|s[ck]eptical) (?:\S+ ){0,3})\b(whether|if) (i|i'?d) (really |actually )?(could|can|would|will) (really |actually )?(handle|cope|manage|deal with|keep up|hack|adapt|step up)\b/,
      who: 'interviewer',
    },
    // a doubt in the interviewer's own words ("I'm not sure you have the experience") or reported ("wasn't fully convinced")
    {
      re: /\b(?:i'?m|i am) not (?:sure|convinced) (?:that )?(?:you|u)\b|\byou (?:haven'?t|have not|'ve not|have never|'ve never) (?:really |actually )?(?:done|do|managed|manage|led|lead|run|worked|work|had)\b|\b(?:really |ideally |mainly )?look\w* for someone (?:with|who)\b|\bhow i would feel (?:about )?being managed\b|\b(?:whether|if) (?:i|i'?d|i would) (?:be able to|manage to) (?:keep up|cope|handle|adapt)\b/,
      neg: 'ignore',
    },
    {
      re: /\byou'?(ve| have) (only|never|not) (done|worked|had|been|managed|led)\b|\bhow (would|will|could) (you|u) (cope|adapt|keep up)\b|\byour (last|current|previous) \w+ (was|is|were) (only |much |a lot |half |quite )?(smaller|small|half|tiny|junior|different)\b/,
    },
    {
      re: /\b(kept|keep|keeps|kept on|keep on) (pushing|push|hinting|hint|implying|imply|questioning|question|challenging|challenge|probing|probe|coming back|come back|going back|go back|circling|circle|returning|return|harping|harp|bringing|bring|hammering|pressing|press|poking|poke|doubting|doubt|grilling|grill)\b(?!(?<=(?:back|return|returning|circle|circling)) (?:to|on|about) (?:my |the |that |this )?(?:[\w-]+ ){0,3}(?:project|portfolio|thesis|dissertation|app|campaign|research|achievements?|designs?|award|startup|prototype|paper|book|product|idea|invention|business|scheme)s?\b| (?:to|on|about) (?:my|the) (?:[\w-]+ ){1,3}i (?:built|build|led|lead|made|make|ran|run|set up|designed|design|wrote|write)\b)|\b(kept|keep|keeps) (asking|ask|saying|say)\b(?! (me )?(more|follow|for (more|detail|examples)|loads|lots|great|good|interesting|smart|clever|brilliant))(?! (?:\S+ ){0,3}?(?:wow|ooh|nice|great|cool|amazing|sick|awesome|brilliant|love|loved|impressive|dope|fire|class|mint|wicked|lush|perfect|exactly)\b)[^:]{0,20}\b(whether|if i|about my|why i|the same|if my|that my|i was|i'?d|are (?:you|u) (?:really |actually )?sure|have (?:you|u) (?:actually|really)|but (?:why )?(?:you|u|your))\b(?! (?:i |we )?(?:was |were |am |'m |felt |be |feel )?(?:ok|okay|alright|all right|fine|comfortable|warm|cold|needed|wanted|need|want|would like|had any|have any|could hear|was still there)\b)(?!,? (?:and again |again )?(?:(?:about|on|into) )?(?:my |the |that |this )?(?:\w+ )?(?:project|portfolio|thesis|dissertation|app|campaign|research|achievements?|designs?|award|startup|side project|prototype|paper|book|product|idea|invention|business)s?\b)/,
      who: 'interviewer',
      weight: 2,
    },
    // coming back to a doubt, or asking it again, is the second raising by definition; so are "the same question three
    // different ways", "kept getting asked if I was sure" and "made me justify everything"
    {
      re: /\b(came|come|coming|went|go|going|circled|circle|circling|return\w*|brought|bring|bringing) (back to (it|that|this|my|me about|the (gap|point|question|issue|same|topic|subject|fact|concern|doubt|worry))|back round|back on|it up again|up again|it back)\b|\b(asking|asked|ask) (me )?(it |that |about it )?again\b(?!,? (?:and again |again )?(?:(?:about|on|into) )?(?:my |the |that |this )?(?:\w+ )?(?:project|portfolio|thesis|dissertation|app|campaign|research|achievements?|designs?|award|startup|side project|prototype|paper|book|product|idea|invention|business)s?\b)|\bagain (if|whether|about my|at the end)\b(?!,? (?:and again |again )?(?:(?:about|on|into) )?(?:my |the |that |this )?(?:\w+ )?(?:project|portfolio|thesis|dissertation|app|campaign|research|achievements?|designs?|award|startup|side project|prototype|paper|book|product|idea|invention|business)s?\b)|\breturning to it\b|\b(?:raised|raise|raises|raising|mentioned|mention|mentions|flagged|flag) (?:it|that|this|the (?:point|issue|question|gap)) again\b|\bin different ways\b|\bsame (question|point|doubt|concern) (again|twice)\b|\bsame (question|thing|point) (in )?(two|three|four|several|a few|\d) (different )?ways\b|\b(kept|keep|keeps) (getting|being) (asked|questioned|challenged|pressed|pushed|grilled|quizzed)\b(?! (?:about|on|into) (?:my |the |that |this )?(?:\w+ )?(?:project|portfolio|thesis|dissertation|research|achievements?|designs?|award|startup|paper|book|product|idea|business)s?\b)|\b(made|make|makes|making) me justify (everything|every|each|all|my|why|how)\b/,
      who: 'interviewer',
      weight: 2,
    },
    {
      re: /(?<!\b(?:i|we|i'?ve|i'?d)(?: \S+){0,2} )\b(several|multiple|a few|a couple of|some|lots of|a lot of|two|three|four|2|3|4|real|serious|many|various|both|plenty of|a list of|a whole list of|a string of|a series of)(?: different| separate| distinct)? (doubts|concerns|objections|reservations|worries|questions marks|red flags|challenges|pushback|push-backs?)\b|\bconcerns about my\b.{0,40}\band (my|the)\b|\b(both|each|all) (of them |panel members |interviewers )?(raised|had|voiced|expressed|questioned|doubted|pushed)\b|\bboth (?:the )?\w+ and (?:the )?\w+ (?:\w+ )?(?:raised|had|voiced|expressed|questioned|doubted|pushed|queried|asked whether|asked if)\b|\b(?:two|three|a couple of|several|a few|some) (?:things|points|issues|areas|aspects|bits)(?: \w+){0,2} (?:bother|worr|concern|troubl|niggl)\w* (?:him|her|them)\b/,
      weight: 2,
    },
    {
      re: /\b(raise|raised|voice|voiced|express|expressed|mention|mentioned|had|have) (a |one |some |his |her |their )?(concerns?|doubts?|reservations?|objections?|worry|worries|issues?|problems?) (about|with|over|regard\w*|around|that|as to)\b/,
      who: 'interviewer',
    },
    {
      re: /\bwe (really )?need someone (who|with)\b|\b(on the small side|(?<!\b(?:said|say|says|seh|sey|told me|thought|felt|reckoned|pointed out|mentioned|noted|worried|implied|suggested)(?: that)? (?:i|mi|me) (?:\w+ ){0,2}?)not enough experience)\b/,
      who: 'interviewer',
    },
    // "one doubt" is said outright: it cancels a second reading of the same doubt
    {
      re: /\b(one|a single|only one|the only|just one) (doubt|concern|worry|reservation|question mark|niggle)\b|\bonly (concern|doubt|worry|reservation)\b/,
      weight: -1,
      neg: 'ignore',
    },
    // the same with its verb: "then a few questions later asked whether I'd ever", "and later queried whether my background would transfer"
    {
      re: /\b(?:then|later|and|also)(?: then| later| also| again| a few questions later| near the end| at the end| towards the end| after that)*(?: (?:she|he|they))? (?:ask\w*|quer\w*|question\w*|want\w* to know|wonder\w* aloud)(?: me)?(?: again)? (?:whether|if) (?:i|i'?d|i would|i had|i was|my|\d+ \w+)\b[^.\n]{0,50}?\b(?:at all|really|actually|properly|enough|cope|comfortable (?:with|managing|leading|working|doing|taking|being|handling|on|in|around)|bored|able|ready|handle|manage|ever|translate|transfer|carry over|serious|keep up|stick it|last)\b/,
      who: 'any',
      worryOk: true,
      conf: 0.65,
    },
    // a second person with the same doubt: "the son said the same about unvented cylinders" (the subject is often lost in a run-on)
    {
      re: /(?<!\b(?:i|we) )\b(?:said|asked|raised|mentioned|felt|thought|had) the (?:very )?same (?:thing |doubt |concern |worry |question )?(?:about|with|re|over|regarding)\b/,
      who: 'any',
      weight: 2,
    },
    // their verdict on the record ("said my CV looked thin") is raised-concerns-reported.ts's
    // a doubt on every answer is more than one: "questioned literally every answer", "picked apart each example",
    // "challenged everything I said"; and "every answer I gave, she came back with 'but...'"
    {
      re: /\b(?:question\w*|challeng\w*|doubt\w*|disput\w*|second[- ]guess\w*|pick\w* apart|pull\w* apart|pick\w* holes in|poke\w* holes in|push\w* back on|argu\w* with|contradict\w*|nit-?pick\w*|quer(?:y|ied|ies|ying)|scrutini[sz]\w*|grill\w* me on) (?:literally |basically |pretty much |practically |nearly |almost |just about |virtually |near enough |like )?(?:everything|every (?:single |last )?(?:answer|response|reply|thing|claim|point|example|statement|word|number|figure|decision|story|one|bit)|each (?:of my |one of my |and every )?(?:answer|response|reply|claim|point|example|statement|number|figure|decision|story|one)s?|(?:all|most) (?:of )?my (?:answers|responses|replies|claims|points|examples|statements|numbers|figures|decisions|stories))\b/,
      who: 'interviewer',
      weight: 2,
    },
    {
      re: /\b(?:every|each) (?:single )?(?:answer|example|point|claim|thing i said|story)\b[^.\n]{0,30}?\b(?:came back with|come back with|push\w* back|questioned (?:it|that|me|whether|if|how)|challenged|doubted|had (?:a|an|some) (?:but|objection|comeback|counter\w*|problem)|(?:said|went|asked|say|go) ['"“‘]?but)\b/,
      who: 'any',
      weight: 2,
      surface: true,
    },
    // a doubt said more than once in so many words: "made it clear a couple of times she thought I was overqualified"
    {
      re: /(?<!\b(?:i|we) (?:\S+ ){0,2})\b(?:made (?:it )?clear|said|hinted|implied|suggested|mentioned|told me|asked|wondered)\b[^.\n]{0,15}?\b(?:a couple of times|a few times|several times|more than once|twice|three times|repeatedly)\b[^.\n]{0,40}?\b(?:overqualified|over-qualified|underqualified|under-qualified|not sure|unsure|worried|doubt\w*|concern\w*|bored|too (?:junior|senior|young|old|inexperienced|green|academic)|not (?:ready|experienced enough|senior enough))\b/,
      who: 'interviewer',
      surface: true,
      weight: 2,
    },
    // doubts put as questions or forecasts: "asked whether I'd considered that I might find the team old school", "whether I
    // was worried about the drop in salary", "'you'd probably be bored here'", "'you sure you don't want something more
    // senior?'", "seemed to have a real problem with my notice period"
    {
      re: /(?<!\b(?:i|we) (?:\S+ ){0,2})\bask\w* (?:me )?(?:whether|if) (?:i'?d|i had|i have|i'?ve) (?:really |actually |properly )?(?:considered|thought about|thought through|realised|realized) (?:that|how|what|whether)\b|(?<!\b(?:i|we) (?:\S+ ){0,2})\b(?:ask\w*|wonder\w*|and also|and|also) (?:me )?(?:whether|if) i (?:was|am|'m|were|would be|'d be) (?:\w+ )?(?:worried|concerned|bothered) (?:about|by)\b|\b(?:you|u)(?:'d| would|'ll| will) (?:probably |soon |quickly |just |definitely )?(?:get |be |end up )?bored\b|(?:^|[\s'"‘“])(?:you|u) sure (?:you|u)\b|\b(?:seemed to have|had|has|have) (?:a |some )?(?:real |big |bit of a |slight )?(?:problem|issue|hang-up|hangup) (?:with|about|over) my\b/,
      // any subject: in "and also whether I was worried" the nearest person word is the candidate's own "I"
      who: 'any',
      surface: true,
      repeats: true,
    },
    // a doubt quoted in the interviewer's words: "are you sure?", "have you actually done that?", "that's not really leadership, is it"
    {
      re: /\bare (?:you|u|ya) (?:really |actually |absolutely |totally |100% )?sure\b(?! (?:you (?:want|would like|don'?t want) (?:a |some |the |another )?(?:tea|coffee|water|drink|biscuit|glass)))|\bhave (?:you|u) (?:actually|really|ever actually|ever really) (?:done|managed|led|run|worked|had|used|dealt|handled|taught|built)\b|\bis that (?:really|actually|honestly) (?:enough|leadership|management|experience|relevant|the same)\b|\bthat'?s not (?:really |quite |exactly )?(?:leadership|management|experience|relevant|the same thing|enough)\b/,
      who: 'interviewer',
      neg: 'ignore',
      surface: true,
    },
    // the record itself addressed as lacking: 'your grades are a bit low', 'ur experience is quite thin'
    {
      re: /\b(?:your|ur|yr) (?:\w+ ){0,4}(?:is|are|was|were|'s|look|looks|seem|seems|feels|felt|sounds) (?:a bit |quite |rather |very |a little |pretty |kind of |kinda |bit |too |a bit too |rather too |far too |way too )?(?:low|thin|light|weak|patchy|sparse|limited|narrow|junior|basic|average|mediocre|lacking|general|generic|vague|shallow|high[- ]level|superficial|dated|out of date|old-fashioned|all over the place|messy|unfocused|scattered|confusing|rusty|naive)\b/,
      who: 'interviewer',
      surface: true,
    },
    // "questioned why I left", "challenged me on why my figures dipped": the why as a doubt
    {
      re: /\b(?:questioned|queried|challenged|challenging|questioning) (?:me )?(?:on |about )?(?:why|how come) (?:i|i'?d|i had|my)\b/,
      who: 'interviewer',
      surface: true,
    },
    // a doubt asked as "why is my X so low", "why I never did Y"
    {
      re: /\b(?:ask\w*|quer\w*|question\w*|want\w* to know) (?:me )?why my (?:\S+ ){1,3}(?:is|was|were|are|be|'s) (?:so |quite |a bit |rather |that |this |only |still )?(?:low|poor|weak|short|bad|patchy|thin|limited|average|mediocre|unfinished|incomplete|gappy|small|narrow|junior|basic)\b|\b(?:ask\w*|quer\w*|question\w*|want\w* to know) (?:me )?why (?:i|i'?d) (?:never|didn'?t|did not|don'?t|do not|haven'?t|hadn'?t|had not|have not) (?:\w+ )?(?:do|did|done|have|had|get|got|take|took|taken|finish\w*|complete\w*|go|gone|work\w*|manage\w*|lead|led|try|tried)\b/,
      who: 'interviewer',
      surface: true,
    },
    // a doubt reported in a dialect or plainly: "him keep seh mi nuh have enough experience", "said I wasn't ready for"
    {
      re: /(?<!\b(?:i|we) )\b(?:kept|keep|keeps) (?:saying|say|seh|sey|telling me|tell me|pointing out|point out)(?: that)? (?:i|mi|me|my)\b[^.\n]{0,30}?\b(?:not|n'?t|nuh|no|never|lack\w*|too|only|unsure|doubt\w*)\b/,
      who: 'any',
      weight: 2,
      neg: 'ignore',
      surface: true,
    },
    {
      re: /\b(?:said|say|says|seh|sey|told me|thought|felt|reckoned|pointed out|mentioned|noted|worried|implied|suggested)(?: that)? (?:i|mi|me)\b (?:\w+ ){0,2}?(?:lacked|lack|didn'?t have|don'?t have|did not have|do not have|nuh have|no have|had no|have no|hadn'?t got|haven'?t got|wasn'?t|was not|am not|is not|might not be|may not be|would not be|wouldn'?t be|nuh|not|wasn'?t yet|was still) (?:quite |really |yet |fully )?(?:enough|sufficient|much|the (?:right|necessary|required)|ready|experienced|senior|qualified|strong|up to)\b/,
      who: 'interviewer',
      neg: 'ignore',
      surface: true,
    },
    // "and then again said he was worried about": the subject is lost to the clause before
    {
      re: /(?<!\bi )\bagain,? (?:(?:he|she|they|him|her) )?(?:said|say|says|seh|sey|told me|mentioned|noted|pointed out)\b(?: (?:that|he|she|they|him|her))*[^.\n]{0,20}?\b(?:not sure|unsure|nuh sure|doubt\w*|worried|concerned|not convinced|wasn'?t sure|too|lack\w*|not enough|not ready)\b/,
      who: 'any',
      neg: 'ignore',
      surface: true,
    },
    // a doubt that weighed on them: "my gap bothered her", "it worried him that I", "she clearly has doubts"
    {
      re: /(?<!\bi )\b(?:bother\w*|worr(?:y|ied|ies)|concern\w*|trouble\w*|niggl\w*) (?:him|her|them)\b/,
      who: 'any',
      surface: true,
    },
    {
      re: /\bput (?:him|her|them) off\b|\bdid(?:n'?t| not) sit (?:well|right) with (?:him|her|them)\b|\b(?:has|had|have|having) (?:some |real |serious |clear |obvious |big |major |a few )?(?:doubts|reservations|misgivings)\b|\braised an eyebrow (?:at|when|over)\b|\bflag\w* (?:up )?my (?:\S+ ){1,3}(?:as|like) (?:a |an )?(?:concern|risk|issue|problem|red flag|weakness)\b/,
      who: 'interviewer',
      surface: true,
    },
    // "another concern was", "her other worry": a doubt named as the second
    {
      re: /\b(?:another|(?:his|her|their|the) other|a second|the second|a further|one more) (?:big |major |small |real )?(?:concern|doubt|worry|reservation|objection|question mark|red flag|sticking point|niggle)\b/,
      who: 'any',
      worryOk: true,
    },
    // a second doubt after "and" in the same clause, which one cue counts only once: "sceptical about my figures and sceptical that I'd stay",
    // "worried I'd leave and that my salary expectations were too high"
    {
      re: /\b(?:and|plus|as well as)(?: also)? (?:(?:he|she|they)(?:'s|'re| is| are| was| were)? )?(?:a bit |quite |very |really |clearly |also |seemed |was |were )?(?:doubt\w*|worr\w*|concern\w*|unsure|not sure|s[ck]eptical|dubious|wary|hesitant|unconvinced|not convinced) (?:about|over|if|whether|that) (?:my|i|i'?d|me|your|you|you'?d|the)\b/,
      who: 'interviewer',
      worryOk: true,
    },
    {
      re: /\band (?:also )?that my (?:\w+ ){0,3}(?:was|were|is|are|would be|might be|'s) (?:a bit |far |way |much |rather |quite |probably )?too (?:high|low|much|little|junior|senior|narrow|limited|young|old|specialist|specialised|specialized|academic|niche)\b/,
      who: 'any',
      worryOk: true,
      surface: true,
    },
    // the doubt said again: "thought I was a flight risk and said so twice"
    {
      // any subject: the one before is often the "I" of the doubt itself ("thought I was a flight risk and said so twice")
      re: new RegExp(
        String.raw`(?<!\b(?:i|we) )\b(?:said|say|says|mentioned|repeated|brought (?:it|that) up|raised it) (?:it|so|that|this) ${OFTEN}\b`,
      ),
      who: 'any',
      surface: true,
    },
    // quoted doubts about the record's size or shape: "that's not a lot of experience", "why so many jobs in three years?"
    {
      re: /\bthat'?s not (?:a lot of|much|very much|a great deal of|loads of) (?:\w+ )?(?:experience|time|exposure|management|leadership)\b/,
      who: 'interviewer',
      surface: true,
    },
    {
      re: /\bwhy (?:so many|all (?:the|these|those)) (?:jobs|moves|job changes|changes|roles|gaps|employers|short stints)\b/,
      who: 'interviewer',
      surface: true,
    },
    // their view of the candidate as too much or too little: "thought I was underqualified", "felt I was too junior"
    // (the "I" after a thinking verb is not the subject; the engine takes it for one, so any subject, and none first-person before;
    // after "said" the engine reads it right and the one-doubt cues above take it: one doubt must not count twice)
    {
      re: /(?<!\b(?:i|we) (?:\S+ ){0,2})\b(?:thought|felt|believed|decided|worried|feared|made it clear|hinted|insinuated|implied)(?: that)? (?:i|i'?m|i'?d) (?:was |am |be |would be |might be |'d be )?(?:probably |maybe |a bit |quite |far |way |much |rather |just |still |slightly )?(?:underprepared|under-prepared|unprepared|too (?:young|old|junior|senior|green|inexperienced|academic|specialist|specialised|specialized|expensive|qualified|experienced)|(?:a bit|a little|quite|rather|slightly) (?:junior|green|inexperienced|young|quiet|academic)|underqualified|under-qualified|overqualified|over-qualified|a flight risk|not (?:ready|experienced enough|senior enough|qualified enough|the right fit|a good fit|a fit))\b/,
      who: 'any',
      surface: true,
    },
    // "also doubt about my Excel", "also worried that I": a doubt named as one more
    {
      re: /\balso (?:a |had |has |seemed |was |were )?(?:doubt\w*|worr\w*|concern\w*|question\w*|quer\w*|unsure|not sure|s[ck]eptical) (?:about|on|over|if|whether|that) (?:my|i|me)\b/,
      who: 'any',
      worryOk: true,
    },
    // a list of doubts gone through: "she listed her concerns", "ran through his worries", "a list of reasons I might not suit"
    {
      re: /(?<!\b(?:i|we) )\b(?:listed|lists|list|ran through|run through|went through|go through|reeled off|rattled off|read out|spelled out|spelt out) (?:a (?:list|number|bunch|series|couple) of |all (?:of )?)?(?:(?:his|her|their|the|some|several|a few|all the) )?(?:concerns?|worr(?:y|ies)|doubts?|reservations?|objections?|red flags?|reasons? (?:i|why i|that i) (?:might|may|would|wouldn'?t|could|couldn'?t|was|wasn'?t))\b/,
      who: 'any',
      worryOk: true,
      weight: 2,
    },
    // "my lack of experience came up again and again"
    {
      re: new RegExp(
        String.raw`\bmy (?:\S+ ){1,4}(?:came|come|comes|cropped|crops) up(?: again)?,? ${OFTEN}|\bmy (?:\S+ ){1,4}(?:kept|keeps) (?:coming|cropping) up\b`,
      ),
      who: 'any',
      weight: 2,
      surface: true,
    },
    // a doubt named as theirs: "her first worry was my notice period", "his main concern being whether I'd stay"
    {
      re: /\b(?:his|her|their|the panel'?s|the manager'?s) (?:first |main |biggest |big |major |real |one |only )?(?:concern|worry|doubt|reservation|hesitation|objection|sticking point|question mark)s? (?:was|were|is|are|being|seemed to be|:) (?:about |around |over )?(?:my|me|that i|whether|if|how i|the fact)\b/,
      who: 'any',
      worryOk: true,
    },
    // a list of doubts: "her concerns were my age and my lack of a licence", "doubts about my Excel, plus whether I'd cope",
    // "the rest was doubts: that I'd only done agency work, and that my German was rusty" (the first item a clause);
    // "my concerns were the pay and the commute" are the candidate's own
    {
      re: /(?<!\b(?:i|we|i'?ve|i'?d)(?: \S+){0,2} )(?<!\b(?:my|our) (?:\w+ )?)\b(?:concerns|doubts|worries|reservations|objections|question marks|red flags)\b[^.\n]{0,15}?(?:\b(?:were|was|included|including|being|about|over|around|regarding|re|on)\b:?|:)[^.\n]{0,40}?\b(?:my|your|the|that (?:i|i'?d|i'?ve|i'?m|my))\b[^.\n]{0,50}?(?:,| and| plus| as well as| also| then) (?:\(?[b-e]\) )?(?:my|your|the|that|whether|how|if|about)\b/,
      weight: 2,
      surface: true,
    },
    // a doubt as a modal verdict on the candidate's record: "said my ICU experience 'may not translate'", "my design 'wouldn't scale'"
    {
      re: /(?<!\b(?:i|we|i'?d|i would) (?:\S+ ){0,2})\b(?:said|say|says|saying|felt|thought|reckoned|suggested|implied|told me|pointed out|noted|remarked|warned|worried)(?: that)? ['"“‘]?(?:my|all my|i|i'?d|the (?:\S+ ){0,2}i|a|an) (?:[\w/&-]+ ){0,5}?['"“‘]?(?:may not|might not|mightn'?t|would not|wouldn'?t|will not|won'?t|could not|couldn'?t|did not|didn'?t|does not|doesn'?t|do not|don'?t|wasn'?t|isn'?t) (?:really |necessarily |quite |actually |fully |exactly |directly )?(?:translate|transfer|carry over|scale|hold up|stack up|stand up|cut it|survive|apply|be relevant|be enough|count|compare|match|fit)\b/,
      who: 'any',
      surface: true,
      neg: 'ignore',
      worryOk: true,
    },
    // the same doubt asked: "whether a regional firm background would 'hold up'", "questioned if my degree would transfer"
    {
      re: /(?<!\b(?:i|we) (?:\S+ ){0,2})\b(?:ask\w*|wonder\w*|question\w*|quer\w*|want\w* to know|doubt\w*)(?: me)?(?: aloud)? (?:whether|if) (?:my|all my|a|an|the|that|this) (?:[\w/&-]+ ){0,5}?['"“‘]?(?:would|will|could|can|'d|might|may|really) (?:really |actually |ever |even )?['"“‘]?(?:translate|transfer|carry over|scale|hold up|stack up|stand up|cut it|survive|be relevant|be enough)\b|\b(?:ask\w*|wonder\w*) (?:me )?(?:whether|if) i (?:thought|think|saw|see|felt|feel) (?:that|it|this) (?:was|is|be|would be|might be|could be|as) (?:a |an )?(?:real |big |bit of a |significant |major )?(?:gap|weakness|problem|stretch|red flag)\b|(?<!\b(?:i|we) (?:\S+ ){0,2})\b(?:said|called|reckoned|felt|thought|noted)(?: that)? ['"“‘]?(?:that|it|this)(?:'s| is| was| would be| might be| could be| be) (?:a |an )?(?:real |big |bit of a |significant |major |clear )?(?:gap|weakness|stretch|red flag)\b/,
      who: 'any',
      surface: true,
      worryOk: true,
    },
    // a gap in the record pointed out: "flagged that I've never led a team", "pointed out that I'd never run a trial"
    {
      re: /(?<!\b(?:i|we) (?:\S+ ){0,2})\b(?:flagged|flags|flag|pointed out|points out|highlighted|picked up on|noted)(?: up)?(?: the fact)?(?: that)? (?:i'?ve|i have|i had|i'?d|i) (?:never|not|only|hardly|barely|no|hadn'?t|haven'?t)\b/,
      who: 'any',
      surface: true,
      worryOk: true,
    },
    // a downside of the job held up against the candidate: "asked whether I'd be ok w/ the pay grade", "happy on less money"
    {
      re: /(?<!\b(?:i|we) (?:\S+ ){0,2})\b(?:ask\w*|wonder\w*|question\w*|check\w*|want\w* to know)(?: me)? (?:whether|if) (?:i'?d|i would|i'?m|i am|i was|i could|i can|i really) (?:really |actually |honestly |be |really be )*(?:ok|okay|alright|all right|fine|happy|comfortable (?:with|managing|leading|working|doing|taking|being|handling|on|in|around)|content|cool) (?:w\/|with|on|taking|about) (?:a |the |such a |that |taking a )?(?:\w+ )?(?:pay|salary|money|drop|cut|step down|step back|lower|less|demotion|reduced|reduction|smaller|junior)\b/,
      who: 'any',
      surface: true,
      worryOk: true,
    },
    // a verdict on how the candidate would fare: "reckoned I'd be bored within a month", "didn't think I'd last"
    {
      re: /(?<!\b(?:i|we) (?:\S+ ){0,2})\b(?:said|reckoned|thought|felt|suggested|implied|warned)(?: that)? (?:i'?d|i would|i'?ll|i will|i might|i may) (?:probably |soon |quickly |likely )?(?:get |be |end up )?(?:bored|restless|frustrated|struggle|find it (?:hard|tough|difficult)|find (?:the \w+|it|things|this|that) (?:a bit |quite |rather |all )?(?:too much|overwhelming|a struggle|a shock|daunting)|not last|not cope|not fit|not settle|leave within|out of my depth|not be (?:fully |really |properly )?(?:committed|suited|ready|happy|right|a (?:good )?fit))\b|(?<!\b(?:i|we) )\b(?:didn'?t|did not|doesn'?t|does not) (?:seem to )?think (?:that )?(?:i'?d|i would|i could|i'?ll|i will|i) (?:really |actually )?(?:last|cope|fit in|settle|stick it|keep up|be happy|suit|manage|handle)\b/,
      who: 'any',
      surface: true,
      neg: 'ignore',
      worryOk: true,
    },
    // a question asked again because they were not listening is no doubt: "asked me the same question twice like he wasnt listening"
    {
      re: /\bask\w* (?:me )?the (?:exact |very )?same (?:question|thing|q) (?:\S+ ){0,3}?(?:twice|again|three times|(?:two|2|3) times)\b[^.\n]{0,12}?\b(?:like|as if|as though|because|cos|coz|cuz|since) (?:he|she|they|he'?d|she'?d|they'?d) (?:wasn'?t|wasnt|weren'?t|was not|were not|hadn'?t|had not|didn'?t|didnt|did not|forgot|had forgotten|was distracted|wasn'?t listening)\b/,
      // cancels both readings of the repeat: the asked-often cue and the same-question cue
      weight: -4,
      neg: 'ignore',
      worryOk: true,
      surface: true,
    },
    // a blemish on the record asked about, and a second one after it: "asked about my one log violation, then about a fender-bender"
    // (two cues: a sentence gives each cue one count)
    {
      re: /(?<!\b(?:i|we) (?:\S+ ){0,2})\b(?:ask\w*|askin'?|quer\w*|question\w*|grill\w*|press\w*|prob\w*|quiz\w*|brought up|bring up|raised|went on about|dwelt on|dwell\w* on) (?:me )?(?:about|on|over|why i (?:had|got|have)) (?:my|the|a|an|that|this) (?:[\w-]+ ){0,4}?(?:violations?|infractions?|accidents?|fender[- ]benders?|crash(?:es)?|collisions?|prangs?|convictions?|offen[cs]es?|penalty points|points on my licen[cs]e|speeding tickets?|tickets?|dui|dwi|disciplinar(?:y|ies)|warnings?|write[- ]ups?|complaints?|dismissals?|sackings?|firings?|suspensions?|resits?|re-?sits?|failed (?:exams?|modules?|papers?|audits?|inspections?|probations?)|bad reference|claims?|bankruptc(?:y|ies)|ccjs?|criminal record|sick (?:days|leave|record|notes?)|absences?|attendance(?: record)?)\b/,
      who: 'interviewer',
      surface: true,
    },
    {
      re: /\b(?:then|and|also|later)(?: then| also| later)?,? (?:ask\w* |askin'? )?(?:me )?(?:about|on|over) (?:my|the|a|an|that|this) (?:[\w-]+ ){0,4}?(?:violations?|infractions?|accidents?|fender[- ]benders?|crash(?:es)?|collisions?|prangs?|convictions?|offen[cs]es?|penalty points|points on my licen[cs]e|speeding tickets?|tickets?|dui|dwi|disciplinar(?:y|ies)|warnings?|write[- ]ups?|complaints?|dismissals?|sackings?|firings?|suspensions?|resits?|re-?sits?|failed (?:exams?|modules?|papers?|audits?|inspections?|probations?)|bad reference|claims?|bankruptc(?:y|ies)|ccjs?|criminal record|sick (?:days|leave|record|notes?)|absences?|attendance(?: record)?)\b/,
      who: 'any',
      surface: true,
      worryOk: true,
    },
    // a doubt asked as a question about the record, quoted or in learner English: "why your English not so fluent ah"
    {
      re: /\bwhy (?:your|ur|yr) (?:\w+ ){1,3}(?:not|so|too|only|never|is not|isn'?t|are not|aren'?t)\b|\b(?:say|says|said|tell me|told me)(?: that)? my (?:\w+ ){1,2}(?:is |was |be )?(?:not|no|nuh) (?:so |very |too |really |quite )?(?:good|strong|fluent|enough|great|ready)\b/,
      who: 'any',
      surface: true,
    },
    // the doubt said again, counted first: "Two times he say like that", "three times she said it"
    {
      re: new RegExp(
        String.raw`\b${OFTEN},? (?:he|she|they|the \w+) (?:say|said|says|ask|asked|asks|bring|brought|mention\w*|repeat\w*|come back to|came back to|raise|raised) (?:like that|that|so|it|this|the same)\b`,
      ),
      who: 'any',
      surface: true,
      worryOk: true,
    },
    // doubts left hanging: "said they'd have to think about the insurance side of that"
    {
      re: /\b(?:said|told me|reckoned|mentioned)(?: that)? (?:they|she|he|we)(?:'d| would| will|'ll)? (?:have to|need to|'d have to|would have to) (?:think about|consider|check|look into|weigh up) (?:the )?(?:\w+ ){0,2}(?:side|risk|issue|implications?|question) of (?:that|it|this|those)\b/,
      who: 'any',
      surface: true,
      worryOk: true,
    },
    // doubts counted out: "he did flag two things:", "she raised a couple of concerns"
    {
      // "had a few things to ask" is no doubt: only doubt nouns after "had" and "mentioned"
      re: /(?<!\b(?:i|we|i'?ve|i'?d)(?: \S+){0,2} )(?:\b(?:flag\w*|picked up on) (?:up )?(?:two|three|four|a couple of|a few|several|2|3|4) (?:\w+ )?(?:things|concerns|issues|doubts|worries|reservations|red flags|question marks|sticking points|weaknesses|gaps)\b(?! (?:that )?(?:they|he|she|we|i) (?:loved|liked|enjoyed|admired|praised|valued|were impressed)\b)|\b(?:raised|raise|listed|named|voiced) (?:two|three|four|a couple of|a few|several|2|3|4) (?:\w+ )?(?:concerns|doubts|worries|reservations|red flags|question marks|sticking points|weaknesses|gaps)\b|\b(?:had|has|have|mentioned) (?:two|three|four|a couple of|a few|several|2|3|4) (?:\w+ )?(?:concerns|doubts|worries|reservations|red flags|question marks|sticking points)\b)/,
      who: 'any',
      weight: 2,
      surface: true,
      worryOk: true,
    },
    // transcripts: the interviewer voices a doubt
    {
      re: new RegExp(
        String.raw`\bi'?m (?:also |still |just )?(a (little|bit) )?(worried|concerned|not sure|unsure)\b(?<!not sure(?=(?:,? to be honest)?[.?!]|,? (?:that (?:tells|says|shows|proves|helps|matters|means)|what (?:the|our|their|its?|that) )))|\byou'?ve never (?:actually |really )?(?:done|managed|led|run|worked|had|taught|used|handled)\b|\bwhy (?:so many|all (?:the|these|those)) (?:jobs|moves|job changes|changes|roles|gaps|employers|short stints)\b|\b(?:that|it)'?s not (?:a lot of|much|very much|loads of) (?!money|pay|salary|notice|fun|travel|parking)(?:\w+ )?\w+\b|\blimited (?:\w+ ){0,2}experience\b|\bi'?ll be (?:frank|blunt|straight|upfront|candid)\b${GOOD_NEWS}|\bi'?ll be honest\b(?!,? (?:(?:with you,? )?(?:i'?d|we'?d|i would|we would) (?:like|love)|about what (?:this|it) is))${GOOD_NEWS}|\b(?:one|something|a) (?:thing|point|concern|issue) i (?:wanted|want|need|have|had) to (?:raise|flag|pick up on|bring up|push on)\b|\bi (?:just )?(?:want|need|have|'d like) to be (?:sure|certain|confident) (?:that )?(?:you|you'?ve|you have|you'?re|you can|you could|it'?s workable|this is workable|it would work|it'?ll work)\b|\ba gap (?:on|in) your (?:cv|resume|record|employment|history)\b|\bwhy should (?:i|we) (?:believe|trust|think)\b|\byou'?ve (?:been at|been in|had|worked at|worked in|moved through) (?:\w+ ){0,2}(?:places|jobs|companies|employers|roles|positions) in (?:\w+ ){1,2}years\b|\b(?:is|are|was|were)(?:n'?t| not) the same (?:as|thing)\b|\banyone could(?:'ve| have) (?:thought of|done|come up with|said) that\b|\b(?:don'?t|doesn'?t|do not|does not) (?:really )?(?:mean|count for) (?:much|a lot|anything)\b|\b(?:you'?d|you would|you will|you'?ll|could you|can you|would you) (?:really |actually )?(?:cope|manage|handle it|keep up|adapt)\b(?! (?:with )?(?:the )?(?:commute|travel|parking))|\bmy (worry|concern|hesitation|reservation)\b|\bthe (worry|concern) (is|i have|would be)\b|\bnot sure about\b|\byou('ve| have) not\b|\byou haven'?t (really |actually )?(done|worked|had|managed|led)\b|\bhave you (actually|really|ever)\b|\bdifferent game\b|\bhow would you cope\b|\bthat'?s (a )?(bit of )?a (gap|jump|stretch|concern)\b|\bis that (really )?enough\b|\bcan you really\b|\bare you sure\b`,
      ),
      says: 'interviewer',
      neg: 'ignore',
      surface: true,
    },
    ...reportedCriticism,
    ...voicedDoubts,
    ...quotedDoubts,
    ...pressedDoubts,
    ...idiomDoubts,
  ],
};
