/**
 * raised-concerns, doubts in wordings the other modules did not know (session 20, from a paraphrase corpus written
 * off the spec before the cues were read): many doubts in one phrase ("objection after objection", "challenged me on
 * pretty much everything"), the doubts told as a list after a colon or as "first ..., then ...", the writer made to
 * defend the record, the record held against the hire's usual pick ("we'd normally want five years"), and verdicts
 * said in words the reported-verdict cue lacks ("sounded too good to be true", "didn't add up", "not technical
 * enough"). Each family is its own cue, so one doubt counts once and two families in one sentence count twice.
 */
import type { Cue } from '../detect/types.js';

/** Not the writer's own doubting: "I questioned everything", "we pushed back on all of it". */
const NOT_SELF = String.raw`(?<!\b(?:i|we|i'?d|i would) (?:\S+ ){0,2})`;
/** The doubt nouns an interviewer's list is made of. */
const DOUBTS = String.raw`(?:concerns|doubts|worries|reservations|objections|hang-?ups|sticking points|red flags|question marks|issues with me|problems with me)`;
/** What the candidate is not enough of, as interviewers put it: "not technical enough", "not hands-on enough". */
const ENOUGH_OF = String.raw`(?:technical|senior|experienced|hands[- ]on|commercial|strategic|qualified|confident|detailed|specific|strong|rounded|well[- ]rounded|polished|analytical|assertive|outgoing|mature|numerate|client[- ]facing|practical|proactive|resilient|independent)`;

export const pressedDoubts: Cue[] = [
  // many doubts in one phrase: "objection after objection", "one doubt after another"
  {
    re: /\b(objection|doubt|concern|criticism|dig|knock|challenge)s? after (?:another )?\1s?\b|\bone (?:objection|doubt|concern|criticism|dig|knock) after (?:another|the other)\b/,
    who: 'any',
    surface: true,
    weight: 2,
    worryOk: true,
  },
  // a doubt laid on every answer: "challenged me on pretty much everything", "every answer got a sceptical follow-up"
  {
    re: new RegExp(
      String.raw`${NOT_SELF}\b(?:challenged|questioned|queried|doubted|picked (?:holes )?(?:at|in)|poked holes in|pushed back on|critici[sz]ed|nit-?picked|argued with)(?: me)?(?: on| about| over)? (?:pretty much |nearly |almost |basically |just about )?(?:everything|every (?:single )?(?:answer|thing|point|example|claim|figure)|all (?:of )?my (?:answers|examples|points|figures)|most of (?:my answers|what i said))\b`,
    ),
    who: 'interviewer',
    surface: true,
    weight: 2,
  },
  // "every example I gave drew a sceptical look": the writer is the grammatical subject
  {
    re: /\bevery (?:single )?(?:answer|example|reply) (?:i (?:gave|had|offered) )?(?:got|gets|drew|met|had) (?:a |an )?(?:\w+ )?(?:sceptical|skeptical|doubtful|critical|pointed|suspicious)\b/,
    who: 'any',
    surface: true,
    weight: 2,
  },
  // the doubts named by whose they are, then listed: "Their main hang-ups: no clinical background, the notice period"
  {
    re: new RegExp(
      String.raw`\b(?:their|his|her|the panel'?s|the manager'?s) (?:main |two |big |biggest |key |only )?${DOUBTS}(?: (?:were|are))?\s?(?::|—|–| -)\s?[^.\n]{3,60}?(?:,|;| and | plus | \+ )`,
    ),
    who: 'any',
    surface: true,
    weight: 2,
    worryOk: true,
  },
  // "first about my visa, then about whether I'd relocate": a doubt told, then its two objects in order
  {
    re: /\b(?:doubt\w*|concern\w*|worr\w*|s[ck]eptical|reservations?|hesitan\w*|unsure|not sure)\b[^\n]{0,40}?\bfirst(?:ly)?,? (?:about|over|on|with|it was) [^.\n]{2,60}?\bthen(?:,? (?:about|over|on|with|whether|if|that))\b/,
    who: 'any',
    surface: true,
    weight: 2,
    worryOk: true,
  },
  // the record torn apart: "tore my presentation apart", "took my case study apart"
  {
    re: new RegExp(
      String.raw`${NOT_SELF}\b(?:tore|torn|tear|tears|tearing|ripped|rip|rips|took|taken|takes|pulled) (?:my|me|all my) (?:[\w-]+ ){0,2}apart\b`,
    ),
    who: 'interviewer',
    surface: true,
  },
  // a fixation on one doubt: "well hung up on my notice period", "fixated on whether I'd stay"
  {
    re: /\b(?:hung up|hung-up|fixated) on (?:my|me|the fact|whether|how|why)\b/,
    who: 'interviewer',
    surface: true,
  },
  // a gap in the record named as the object of a doubt: "pushback on ... the fact I've only used Azure",
  // "then about the fact I've only ever worked for family"
  {
    re: /\b(?:on|about|over|at|with|re) the fact (?:that )?(?:i'?ve|i have|i had|i'?d|i'?m|i am|i was|i) (?:only|never|not|no|don'?t|didn'?t|haven'?t|hadn'?t|can'?t|couldn'?t|wasn'?t|lack)\b/,
    who: 'interviewer',
    surface: true,
    worryOk: true,
  },
  // pushback as a noun: "pushback on my day rate", "a lot of push-back about my notice"
  {
    re: /\b(?:pushback|push-back)\b[^.\n]{0,20}?\b(?:on|about|over) (?:my|me|whether|why|how)\b/,
    who: 'any',
    surface: true,
    worryOk: true,
  },
  // the writer made to defend the record: "had to justify my degree, then justify leaving teaching",
  // "defending myself the whole time" (said to last, it is more than one doubt)
  {
    re: /\b(?:had to|having to|kept having to|made me) (?:\w+ )?(?:justify|defend|explain away)\b|\band (?:then )?(?:justify|defend) (?:my|why|leaving|the gap)\b|\bdefending (?:myself|my (?:\w+ ){0,2}(?:record|cv|choices|decisions|background|gap))\b(?! (?:the whole time|all the way through|throughout|the entire time|constantly)\b)/,
    who: 'any',
    surface: true,
    repeats: true,
    worryOk: true,
  },
  {
    re: /\bdefending (?:myself|my (?:\w+ ){0,2}(?:record|cv|choices|decisions|background)) (?:the whole time|all the way through|throughout|the entire time|constantly)\b/,
    who: 'any',
    surface: true,
    weight: 2,
    worryOk: true,
  },
  // a question put pointedly: "asked pointedly why none of them was a manager", "pointed questions about why it failed"
  {
    re: /\b(?:ask\w*|question\w*) (?:me )?pointedly\b|\bpointed (?:questions?|remarks?|comments?) (?:about|on|over|regarding|around) (?:my|why|whether|the gap|how)\b/,
    who: 'interviewer',
    surface: true,
  },
  // the record held against what they usually take: "she'd want to see more band 5 experience", "we'd normally want
  // five years", "they normally go for graduates"
  {
    re: /\b(?:want|wanted|wants|like|liked|need|needed|expect|expected|hoped)(?: to see)? (?:a lot |a bit |much |quite a bit |far )?more (?:[\w-]+ ){0,3}(?:experience|exposure|evidence|depth|seniority)\b/,
    who: 'interviewer',
    surface: true,
  },
  {
    re: /\b(?:we|they)(?:'d| would)? (?:usually|normally|typically|ideally|generally) (?:want|need|expect|prefer|look for|go for|hire|take|recruit) (?:at least )?(?:(?:\d+|two|three|four|five|six|seven|ten) (?:\+ )?years|graduates|grads)\b/,
    // "was told they normally go for graduates": the telling has the writer for subject
    who: 'any',
    surface: true,
  },
  // a verdict on a claim or answer: "sounded too good to be true", "the numbers didn't add up", "not really how we'd do it"
  {
    re: /\btoo good to be true\b|\b(?:numbers|figures|maths|math|sums|story|timeline|dates) (?:just )?(?:didn'?t|did not|don'?t|do not|doesn'?t) (?:quite |really )?add up\b|\bnot (?:really |quite )?how (?:we'?d|we would|we do|we'?re going to|they'?d|they would|they do) (?:do|approach|handle|want|tackle|run)\b/,
    who: 'any',
    surface: true,
    neg: 'ignore',
  },
  // a part of the record said not to count: "my last job 'doesn't really count'"
  {
    re: new RegExp(
      String.raw`${NOT_SELF}\bmy (?:[\w-]+ ){1,4}['"]?(?:doesn'?t|didn'?t|does not|did not|wouldn'?t|would not|won'?t) (?:really |quite |actually )?count\b(?! (?:towards?|to|on|against)\b)`,
    ),
    who: 'any',
    surface: true,
    neg: 'ignore',
  },
  // not enough of what they want: "not technical enough", "not hands-on enough"
  {
    re: new RegExp(String.raw`\bnot (?:quite |really |nearly )?${ENOUGH_OF} enough\b`),
    who: 'interviewer',
    surface: true,
    neg: 'ignore',
  },
  // being told a verdict on the record: "loved being told my degree is 'irrelevant'"
  {
    re: /\b(?:being|was|got|get) told (?:that )?my (?:[\w'-]+ ){1,4}(?:is|was|were|are|'s) ['"]?(?:a bit |too |very |quite |pretty )?(?:irrelevant|not relevant|thin|weak|light|lacking|generic|vague|rehearsed|dated|outdated|wrong|basic|empty)\b/,
    who: 'any',
    surface: true,
  },
  // a doubt in the manner: "like she didn't trust me to handle it", "like they thought I'd go off again"
  {
    re: /\b(?:like|as if|as though) (?:he|she|they) (?:didn'?t|did not|don'?t|doesn'?t) (?:really )?(?:trust|believe|rate) me\b|\b(?:like|as if|as though) (?:he|she|they) (?:thought|think|suspected|expected|assumed) (?:i'?d|i would|i was|i'?m|i am|i) (?:\w+ )?(?:go off|leave|quit|bail|flake|not last|not stay|not cope|lying|lie|exaggerat\w*|be bored|get bored|struggle)\b/,
    who: 'any',
    surface: true,
    worryOk: true,
  },
  // a doubt counted by its counts: "not convinced on two counts", "unsure on both fronts"
  {
    re: /\b(?:not convinced|unconvinced|doubt\w*|concern\w*|worr\w*|unsure|not sure|s[ck]eptical|unhappy|not happy|reservations?)\b[^.\n]{0,20}?\bon (?:two|three|several|multiple|both|a couple of) (?:counts|fronts|points)\b/,
    who: 'any',
    surface: true,
    worryOk: true,
  },
  // what the record lacks, said in passing: "she mentioned my age, and mentioned I'd never run a team"
  {
    re: new RegExp(
      String.raw`${NOT_SELF}\b(?:mentioned|brought up|raised|commented on|queried|questioned|asked about) my age\b|${NOT_SELF}\b(?:mentioned|brought up|raised)(?: the fact)?(?: that)? (?:i'?ve|i have|i had|i'?d) never (?!had to\b)(?:\w+ed|run|led|done|been|had|taught|sold|worked|managed|used)\b`,
    ),
    who: 'interviewer',
    surface: true,
    // "mentioned my age, and mentioned I'd never run a team": each mention is a doubt
    repeats: true,
  },
  // the record doubted as a question: "you've moved around a lot", "and you've not used SAP at all?", "was I sure I was up for that", "asked if I'd done
  // groundworks or just fit-out" (the one-question cue takes "or just")
  {
    re: /\byou(?:'ve| have) not (?:actually |really |ever )?(?:used|done|worked|led|managed|had|run|sold|taught)\b|\byou(?:'ve| have) moved (?:around|about) (?:a lot|a bit|quite a bit|loads|so much)\b|\b(?:was|were) i (?:really |actually |honestly |definitely )?(?:sure|certain|confident) (?:i was |i'?d be |i could )?(?:up for|ready|able|cut out)\b/,
    who: 'any',
    surface: true,
    worryOk: true,
  },
  // experience doubted to carry over: "she wasn't sure agency experience transfers to acute medicine"
  {
    re: /\b(?:not|wasn'?t|weren'?t|isn'?t) (?:really |entirely |quite )?(?:sure|convinced|certain) (?:that )?(?:my |the |her |his )?(?:[\w-]+ ){0,3}(?:experience|background|skills|training|qualifications?|degree|work) (?:would |will |really |actually )?(?:transfers?|translates?|carr(?:y|ies) over|counts?|applies)\b/,
    who: 'interviewer',
    surface: true,
    neg: 'ignore',
  },
  // the record picked at, then again: "picked at my safeguarding answer, then at my knowledge of the EYFS"
  {
    re: new RegExp(String.raw`${NOT_SELF}\bpick(?:ed|ing|s)? at my\b[^.\n]{2,50}?\bthen at my\b`),
    who: 'interviewer',
    surface: true,
    weight: 2,
  },
  // the doubt raised a second time: "returned to the point later, evidently unsatisfied"
  {
    re: /\breturn(?:ed|s|ing)? to (?:it|that|this|the (?:same )?(?:point|question|issue|topic|subject|gap|concern)) (?:again|later|at the end|near the end|towards the end|afterwards)\b/,
    who: 'interviewer',
    surface: true,
  },
  // not believed: "didn't seem to buy any of my answers"
  {
    re: /\b(?:didn'?t|did not|doesn'?t|does not) (?:seem to |really )?(?:buy|believe) any (?:of )?(?:it|that|my|what)\b/,
    who: 'any',
    surface: true,
    neg: 'ignore',
  },
  // someone else preferred: "she'd expected someone with more experience", "he'd prefer someone local" ("the role
  // needed someone more senior" is as often the post described)
  {
    re: /\b(?:expected|hoped for|'d prefer|would prefer|preferred|'d rather have|would rather have|'d rather|would rather) (?:someone|somebody|a candidate|people)\b|\b(?:want|wanted|looking for|after) (?:someone|somebody|a candidate|people) (?:with )?(?:a lot |much |quite a bit |a bit )?more (?:[\w-]+ )?(?:experience|experienced|senior|background|knowledge)\b/,
    who: 'interviewer',
    surface: true,
  },
  // said to suit somewhere else: "suggested I might be better suited to a bigger company"
  {
    re: new RegExp(
      String.raw`${NOT_SELF}\b(?:said|suggested|reckoned|thought|felt|implied|hinted|told me)(?: that)? (?:i|i'?d|i would|i might|i may|i'?m) (?:\w+ ){0,2}(?:better|more) suited (?:to|for)\b`,
    ),
    who: 'any',
    surface: true,
  },
  // a remark on the record: "made a comment about my age", "remarked on my accent"
  {
    re: new RegExp(
      String.raw`${NOT_SELF}\b(?:made|passed) (?:a |some |one |another )?(?:\w+ )?(?:comment|remark|joke|crack|dig)s? (?:about|on) my (?:age|accent|gap|cv|experience|qualifications?|degree|background|english)\b|${NOT_SELF}\b(?:commented|remarked) on my (?:age|accent|gap|lack)\b`,
    ),
    who: 'interviewer',
    surface: true,
  },
  // a lack noted: "she noted I didn't have a licence", "commented that I hadn't stayed anywhere long", "hinted that I
  // might not have enough experience" ("mentioned I didn't need to bring ID" is no lack)
  {
    re: new RegExp(
      String.raw`${NOT_SELF}\b(?:noted|commented|remarked|hinted|implied|observed|pointed out)(?: that)? (?:i|i'?d|i had|i have|i'?ve) (?:(?:didn'?t|don'?t|hadn'?t|haven'?t|wasn'?t|couldn'?t|might not|may not|wouldn'?t) (?!(?:need|have|had|has) to\b)|lacked\b)`,
    ),
    who: 'interviewer',
    surface: true,
  },
  // critical of the record: "was critical of my presentation", "dismissive about my degree"
  {
    re: /\b(?:critical|dismissive|disparaging|scathing|sniffy) (?:of|about) my\b/,
    who: 'interviewer',
    surface: true,
  },
  // not what they wanted: "said I'm not really what they had in mind"
  {
    re: /\bnot (?:really |quite |exactly )?what (?:they|he|she|we)(?:'d| had| were| was|'re| are)? (?:had in mind|were after|was after|are after|after|wanted|were expecting|expected)\b/,
    who: 'any',
    surface: true,
    neg: 'ignore',
  },
  // the step down questioned: "asked why I wanted to go backwards in my career", "why I'd take a pay cut"
  {
    re: /\b(?:ask\w*|wonder\w*|question\w*|want\w* to know|quer\w*) (?:me )?why (?:i'?d|i would|i'?m|i am|i was|i) (?:\w+ ){0,3}(?:go(?:ing)? backwards|step(?:ping)? (?:back|down)|take a (?:step back|step down|pay cut|demotion|drop)|(?:a |an )?(?:lower|more junior|less senior)\b|pay cut|demotion)/,
    who: 'interviewer',
    surface: true,
  },
  // the job said to be a stretch for the candidate: "a steep learning curve for me", "a big step up for someone like me"
  {
    re: /\b(?:steep learning curve|big step up|huge step up|big jump|huge jump|big leap|stretch) for (?:me|you|someone like me|someone with my)\b/,
    who: 'any',
    surface: true,
  },
  // what they wanted to know, doubting: "wanted to know if I'd get bored", "how I'd handle it given I've only done part-time"
  {
    re: /\bwant\w* to know (?:whether|if) (?:i'?d|i would|i) (?:\w+ ){0,2}?(?:get bored|be bored|cope|stick (?:it|around)|last|stay|struggle|really|actually|handle)\b|\bhow (?:i'?d|i would|i could|i'?ll|i will) (?:\w+ ){1,5}given (?:that )?(?:i'?ve|i have|i'?d|i had|i) (?:only|never|not|no|hadn'?t|haven'?t|didn'?t)\b/,
    who: 'interviewer',
    surface: true,
  },
  // not impressed by the record: "was not impressed that I'd never used the software"
  {
    re: /(?:\bnot|n'?t|\bless than) (?:\w+ )?impressed (?:that|by|with) (?:i|my)\b/,
    who: 'interviewer',
    surface: true,
    neg: 'ignore',
  },
  // a doubt raised as a fact of the record, and a second after it: "raised that I'd had a lot of short jobs, and then
  // that I'd said I don't like confrontation" (one "raised that I" is the main module's, one doubt)
  {
    re: new RegExp(
      String.raw`${NOT_SELF}\b(?:raised|brought up|queried|questioned)(?: the fact)? that (?:i|i'?d|i had|i'?ve|i was|i'?m|my)\b[^.\n]{3,80}?\b(?:and )?(?:then|also|later)(?: also)?,? that (?:i|i'?d|i had|i'?ve|i was|i'?m|my)\b`,
    ),
    who: 'interviewer',
    surface: true,
    weight: 2,
  },
  // the doubts counted out after "concerns": "said 'I have some concerns' and listed like four"
  {
    re: /\bconcerns?\b[^.\n]{0,30}?\b(?:listed|named|reeled off|rattled off|went through) (?:like |about |maybe |at least )?(?:two|three|four|five|several|a few|2|3|4|5)\b/,
    who: 'any',
    surface: true,
    weight: 2,
    worryOk: true,
  },
  // questioned, then the doubts listed: "questioned her: why she'd left, whether she really had P&L"
  {
    re: /\b(?:question|questioned|quiz|quizzed|grill|grilled|challenge|challenged|press|pressed|probe|probed)(?: (?:me|her|him))?(?: on)?\s?:\s?[^.\n]{3,80}?(?:,|;) (?:whether|why|if|how)\b/,
    who: 'any',
    surface: true,
    weight: 2,
  },
];
