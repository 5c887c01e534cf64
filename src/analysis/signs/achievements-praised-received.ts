/**
 * achievements-praised told from the receiving end: praise the candidate got ("I was complimented on my deck",
 * "got lots of positive feedback on my portfolio"), praise passed on ("got told my answers were among the best",
 * "apparently my cover letter stood out"), the verdict as what the candidate had done ("said I'd done fine work"),
 * the interviewer warm about the record ("very positive about my experience"), a real interest taken in a piece of
 * work, the work probed, and the questions told as a heap of their own ("loads of follow-up on my thesis", "my
 * dissertation got a lot of questions"), as notes put it without an asking verb.
 */
import type { Cue } from '../detect/types.js';

/** Not the writer's own doing: "I had loads of questions about…", "we took an interest in…". */
const NOT_SELF = String.raw`(?<!\b(?:i|we) (?:\S+ ){0,3})`;
/** The candidate's work: "my X", "the X I built", "the stall we had organised". */
const WORK = String.raw`(?:my|the (?:[\w'-]+ ){1,3}(?:that )?(?:i|we)(?:'d|'ve| had| have)? [\w-]+)`;
/** Not the record: papers, logistics, sore points, the job to come ("my visa", "my gap", "my role"). */
const NOT_WORK = String.raw`(?! (?:[\w'-]+ ){0,2}?(?:lack|gaps?|absence|weakness\w*|failures?|mistakes?|inexperience|accent|name|hometown|hobbies|outfit|suit|clothes|hair|notice|salary|pay|availability|visa|age|commute|grades?|gpa|reasons?|references?|health|sick\w*|start date|contract|hours|role|job|future|chances|odds|prospects|fit|questions?|answers?|responses?|english|interview|day|visit|meeting|call|session|chat|trip|sector|field|industry|profession)\b)(?! (?:[\w'-]+ ){0,3}?in general\b)(?! experience (?:today|there|here|with|of|at|so far)\b)`;
/** Said of another time or person: "from my old boss", "at my last job". */
const NOT_ELSEWHERE = String.raw`(?![^.\n]*\b(?:from|by|at|in) (?:my|a|his|her) (?:old|last|previous|former|current|careers?|friend|mentor|tutor|teacher|mum|dad|partner)\b)`;
/** A question the candidate failed is no dig: "lots of questions about my placement, which I struggled with". */
const FAILED = String.raw`(?![^.\n]*?,? (?:which|that|and|but) i (?:couldn'?t|could not|can'?t|cannot|didn'?t|did not|wasn'?t able|struggl\w*|fumbl\w*|blank\w*|stumbl\w*|fail\w*|botch\w*)\b)`;
/** The praise words of feedback received. */
const GOOD = String.raw`(?:positive|nice|good|great|glowing|lovely|kind|warm|encouraging|brilliant|amazing|excellent|fantastic|strong)`;

export const receivedPraise: Cue[] = [
  // praise the candidate got: "I was complimented on my presentation", "got some nice comments on my portfolio"
  {
    re: new RegExp(
      String.raw`\b(?:i|we) (?:was|were|got|get|been|'ve been|have been|had been) (?:\w+ )?(?:praised|complimented|commended|congratulated)\b (?:on|for|about) ${WORK}\b${NOT_WORK}${NOT_ELSEWHERE}|\b(?:got|get|getting|received|receiving)\b (?:(?:a lot|lots|loads|plenty|a bit|a couple|a few|heaps) of |some |really |very |such |so much )*${GOOD} (?:feedback|comments?|remarks?|words|reactions?|responses?|noises)\b (?:on|about|for|re) ${WORK}\b${NOT_WORK}${NOT_ELSEWHERE}`,
    ),
    who: 'any',
    surface: true,
  },
  // praise passed on about the work: "got told my answers were some of the best", "made a point of saying how strong
  // my application was", "apparently my cover letter stood out"
  {
    re: new RegExp(
      String.raw`\b(?:got|was|were|been|being) told (?:that )?${WORK}\b${NOT_WORK}[^.\n]{0,40}?\b(?:one of the (?:best|strongest)|some of the (?:best|strongest)|the best|impressive|excellent|brilliant|outstanding|really good|very good|really strong|very strong|exactly what)\b|${NOT_SELF}\b(?:said|saying|say|says|told (?:me|us)|mentioned|commented on|remarked on|noted) (?:\w+ )?how (?:very |really |so )?(?:strong|impressive|good|great|polished|thorough|solid|clear|detailed|professional|creative|original|well[- ]\w+) ${WORK}\b${NOT_WORK}|\b(?:apparently|said|says|told (?:me|us)|mentioned|feedback (?:was|said)|(?:got|was|were) told)\b(?: that)?[^.\n]{0,20}?\bmy (?:[\w'-]+ ){0,2}?(?:application|cv|resume|cover letter|portfolio|project|work|presentation|answers?|case study|dissertation|thesis|submission|task|test|sample|record|experience|background|profile)s? (?:really |genuinely |definitely |had |have )?(?:stood|stands|stand) out\b`,
    ),
    who: 'any',
    surface: true,
  },
  // the work's verdict given as what the candidate had done: "said I'd done fine work there", "reckoned I'd done a
  // cracking job on the rota" (not the writer's own "I said I'd done a good job")
  {
    re: /(?<!\b(?:i|we) (?:\w+ )?)\b(?:said|says|told me|reckoned) (?:that )?i'?d done (?:a |some )?(?:really |very |such |a really |a very )?(?:fine|great|good|excellent|brilliant|amazing|fantastic|solid|impressive|cracking|superb|top|terrific|sterling) (?:work|job)\b/,
    who: 'any',
    surface: true,
  },
  // warm about the record: "he was super positive about my experience", "full of praise for my placement"
  {
    re: new RegExp(
      String.raw`${NOT_SELF}\b(?:(?:very|really|super|so|extremely|quite|incredibly|genuinely) )?(?:positive|enthusiastic|effusive|glowing|full of praise) (?:about|on|for|over) ${WORK}\b${NOT_WORK}`,
    ),
    who: 'interviewer',
    surface: true,
  },
  // a real interest taken in a piece of the work: "took a real interest in my publication"
  {
    re: new RegExp(
      String.raw`${NOT_SELF}\b(?:took|take|takes|taking|showed|show|shows|showing) (?:a |an )?(?:real|genuine|keen|big|great|particular|special|strong|deep|huge|lively) interest in ${WORK}\b${NOT_WORK}`,
    ),
    who: 'interviewer',
    surface: true,
  },
  // the work probed head-on: "spent twenty minutes probing my open-source library"
  {
    re: new RegExp(String.raw`${NOT_SELF}\b(?:probed|probing) ${WORK}\b${NOT_WORK}`),
    who: 'interviewer',
    surface: true,
  },
  // the questions as a heap of their own: "loads of follow-up on my thesis", "lots of probing on the case I described",
  // "my dissertation got a lot of questions", "followed up on nearly every project I mentioned"
  {
    re: new RegExp(
      String.raw`${NOT_SELF}${FAILED}\b(?:(?:a lot|lots|loads|plenty|heaps|tons|a load|a ton|a bunch|a barrage|a string|a stream|a raft|dozens) of|so many|endless) (?:detailed |specific |probing |pointed |good |sharp |technical )*(?:follow[- ]?ups?|follow[- ]?up questions|questions|probing|digging)\b (?:about|on|into|around|re) (?:${WORK}\b${NOT_WORK}(?! (?:[\w'-]+ ){0,2}?(?:experience|background|cv|resume|career)\b)|my [^.\n]{1,40}?[,:;] (?:how|what|why|which) (?:i|we)\b)|\bmy (?:[\w'-]+ ){0,2}(?:project|thesis|dissertation|research|publication|paper|poster|portfolio|case study|app|startup|campaign|prototype|presentation|demo|pitch|proposal|report|design|code|work|achievements?|results|record|win)s? (?:got|drew|attracted|had) (?:quite )?(?:a lot of|lots of|loads of|plenty of|so many|heaps of) (?:questions|follow[- ]?ups|interest|attention)\b|\bfollowed up on (?:nearly |almost |just about |pretty much )?(?:every|each|all(?: of)?(?: the)?) (?:[\w'-]+ )?(?:project|example|point|thing|answer|story|achievement)s? i\b`,
    ),
    surface: true,
    conf: 0.7,
  },
];
