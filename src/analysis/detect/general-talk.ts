/**
 * Sentences of a long account that tell no one occasion of this interview: the writer's habits
 * ("Usually I ramble when I'm nervous"), their experience of interviews in general ("I've had
 * panels that never looked up"), advice to the reader ("Make sure you ask when you'll hear"),
 * what everyone says of a place ("Everyone says they're lovely there") and a time before the
 * story ("The week before, I'd had a screen with a courier firm"). Read by elsewhere.ts on a
 * sentence's opening words, past its leads.
 */
import type { Tok } from '../nlp.js';
import { compiledNative } from '../exec-all.js';

/** Habits and the run of things, not one day: cut at a contrast ("Usually I ramble, but today..."). */
export const HABIT =
  /^(?:normally|usually|typically|generally|in general|as a rule|most of the time|more often than not|nine times out of ten|in my experience|from (?:my )?experience|historically|most days|on a normal day|i (?:tend|tended) to|i (?:usually|normally|generally|typically))\b(?! (?:that|this) (?:day|morning|afternoon|interview|call)\b)/;

/**
 * Interviews in general, told from experience or to the reader: "I've had interviews where...",
 * "I've sat through panels that...", "Make sure you...", "Remember, an interviewer who...",
 * "Everyone says...", "Glassdoor reviews said...".
 */
export const GENERAL: readonly RegExp[] = [
  /^i(?:'ve| have)(?: (?:also|definitely|certainly|honestly|literally|even|personally|since|before|already))? (?:had|been (?:in|to|through|on)|sat (?:in|through)|done|gone through|seen|faced|met|known) (?:[\w-]+ ){0,4}?(?:interviews|panels|interviewers|recruiters|hiring managers|phone screens|screens)\b/,
  /^i(?:'ve| have) (?:had|met|sat with|done) (?:an?|one|only one|just one) (?:[\w-]+ )?(?:interview|panel|interviewer|recruiter|hiring manager)\b(?: [\w-]+){0,4}? (?:where|who|that|which|once|before|ever)\b/,
  /^i(?:'ve| have) (?:also |since |before |previously |already )?interviewed (?:at|in|with|for|a lot|loads|plenty|many|dozens|a few|several|people|candidates)\b/,
  /^(?:make sure|be sure to|remember(?=,| that| to| you| an?\b| interviewers| recruiters)|trust me|take it from me|word to the wise|word of warning|my (?:two|2) cents)\b/,
  // what a go-between or the ad led the writer to expect: "the recruiter made it sound like a friendly chat", "the ad
  // billed it as informal"; and the reader's own word before it, in a letter: "You had told me the interview will be..."
  /^(?:the|my|our|a|their) (?:recruiter|agent|agency|headhunter|hr (?:person|lady|guy|contact|woman|man)|ad|advert|job ad|posting|listing|job description|invite|invitation|email)(?: [\w-]+){0,2}? (?:had )?(?:made (?:it|them|him|her|the [\w-]+) (?:sound|seem)|made out|described (?:it|them|him|her|the [\w-]+) as|billed (?:it|them) as|sold (?:it|them) as|called it)\b/,
  /^(?:you|u) (?:had |'d |already |have )?(?:told|warned|promised) me\b/,
  // an insider's word passed on: "A friend who works there said they pay for your licence"
  /^(?:my|a|one|another|our) (?:[\w-]+ )?(?:friends?|mates?|sisters?|brothers?|cousins?|colleagues?|neighbou?r|partner|husband|wife|mum|mom|dad|uncle|aunt|someone|guy|girl|woman|man|lad|bloke|contact)(?:,)? (?:who|that) (?:works?|worked|used to work|has worked|drives?|drove|is|was|used to be|interned|temped|volunteers?)\b(?: [\w',-]+){0,8}? (?:said|says|told me|tells me|mentioned|reckons|swears|warned me)\b/,
  // the writer on the other side of the table, a wish, a practice run, an earlier time of life
  /^(?:as (?:a|an) (?:hiring manager|interviewer|recruiter|manager|employer|boss)(?: myself)?\b|when i(?:'m| am)? (?:interview|hire|recruit|interviewing|hiring|recruiting|sit on (?:a|the) panel)\b|on the other side of the table\b)/,
  /^(?:what i(?:'d| would) (?:love|like|want|prefer|give anything for)|in an ideal world|ideally|my (?:dream|ideal) (?:interview|interviewer|panel|employer|job))\b/,
  /^(?:[\w]+,? )?(?:(?:in|during|at|for|on) (?:the|my|a|our|one|each|every) )?(?:mock|practice|practise|dummy|rehearsal) (?:interviews?|runs?|sessions?|rounds?|panels?|calls?)\b/,
  /^(?:(?:to prepare|beforehand|before that|the night before|the day before|on sunday|on saturday),? )?(?:i|we|my [\w-]+) (?:did|had|ran|went through|sat|set up|arranged|booked) (?:a |an |some |two |three |my |our |another )?(?:mock|practice|practise|dummy) (?:interview|run|session|round|panel|call)s?\b/,
  /^(?:back )?when i was (?:interviewing|applying|job[- ]hunting|looking for (?:work|a job)|younger|a (?:student|teenager|kid|graduate|grad|trainee|junior|temp)|at (?:uni|university|school|college)|in (?:school|college|my (?:twenties|teens|first job))|starting out|just starting|(?:1[5-9]|2\d)|sixteen|seventeen|eighteen|nineteen|twenty)\b/,
  /^(?:looking back (?:at|on)|thinking back (?:to|on)) (?:my|a|one) (?:old|last|previous|former|first) (?:job|role|boss|manager|company|workplace|team)\b/,
  /^(?:(?:at|back at|in) work|at my (?:day job|current job|current place|regular job))\b(?! (?:experience|trial|placement)\b)/,
  /^(?:before (?:this|that) (?:one|interview|call)|by then|by that point|up to then|until then),? (?:i(?:'d| had)|there (?:had been|were|was))\b/,
  /^when i (?:got|landed|started|applied for|interviewed for|went for) (?:my|the|this) (?:current|last|previous|old|first|present|old) (?:job|role|position|post)\b/,
  // the go-between's word before the interview, told in the pluperfect or said to come before: "The recruiter had
  // told me the team is five people", "the agency said beforehand it's nights" (what they promised about hearing back
  // stays: "the recruiter had said I'd hear by Friday" is the wait's anchor)
  /^(?:(?:earlier|beforehand|last week|before (?:the|my) (?:interview|call|meeting)),? )?(?:the|my|our|a) (?:recruiter|agent|agency|headhunter|recruitment consultant|hr (?:person|lady|guy|contact))(?: on the phone)?(?: had (?:already )?(?:told|said|mentioned|explained|described|promised|assured|warned)| (?:told|said|mentioned|explained|described|warned)(?: me| us)? (?:beforehand|in advance|before (?:the|my) (?:interview|call|meeting)))\b(?! (?:me |us )?(?:that )?(?:i|we)(?:'d| would| will|'ll) (?:hear|know|get)\b)/,
  /^(?:i(?:'d| had) been (?:told|warned|assured|briefed)|(?:the|my|a) (?:recruiter|agent|agency|headhunter|hr (?:person|lady|guy|contact)) (?:had )?(?:warned|briefed|prepped|prepared|coached) (?:me|us))\b/,
  /^(?:my|our|a|one|an) (?:[\w'-]+ ){0,3}?(?:used to|always|would always|once) (?:say|said|tell|told|tells|says|swear|swore|reckon)\b/,
  // the writer's people weighing in afterwards: "My flatmate says she probably had an emergency";
  // not one telling their own interview ("My girlfriend says the interview was like a debate")
  /^(?:my|our) (?:[\w-]+ )?(?:friends?|mates?|sisters?|brothers?|cousins?|colleagues?|flatmates?|housemates?|roommates?|partner|husband|wife|boyfriend|girlfriend|mum|mom|dad|mother|father|parents|nan|gran|grandma|family|therapist|tutor|mentor)(?:,)? (?:says|reckons|thinks|swears|keeps saying|is sure|is convinced)\b(?:,? that)?(?! (?:the|her|his|their|my) (?:interviews?|interviewers?|panel|call|chat)\b)/,
  // the recruiter's word on the panel before meeting it: "The recruiter who set up the interview said they were lovely"
  /^(?:before (?:the|my) (?:interview|call|meeting),? )?(?:the|my|a|our) (?:recruiter|agent|agency|headhunter|hr (?:person|lady|guy|contact))(?: on (?:the )?phone)?(?:,)? (?:who|that) (?:set (?:it |this |me |the \w+ )?up|arranged|booked|put me forward|found me|sourced me|placed me|got me)\b|^before (?:the|my) (?:interview|call|meeting),? (?:the|my|a|our) (?:recruiter|agent|agency|headhunter)\b/,
  // the writer reminding the reader of their own life: "So you know I've been at the front desk for four years"
  /^(?:as )?you know,? (?:i(?:'ve| have)(?: always)? (?:been|wanted|worked|done|had)|i(?:'m| am) (?:a|an|still|currently|working)|my (?:job|work|boss|manager|life))\b(?! (?:waiting|chasing|hearing|checking))/,
  /^(?:i(?:'ve| have)? (?:learned|learnt|realised|realized|found|read|heard|noticed)|they say|it'?s (?:said|true)|(?:the )?(?:truth|thing|reality|lesson) is)(?: that)?,? (?:(?:an?|any|every|most|some|the best|the worst|good|bad|great|warm|friendly|cold|nice|quiet|smiley|chatty|busy) )*(?:interviewers?|recruiters?|hiring managers?|panels?|employers?|managers?)\b/,
  // the other candidates' word on their own turn: "The guy before me came out saying they grilled him"
  /^(?:the|a|one|another) (?:other |previous |next |last )?(?:candidate|applicant|interviewee|guy|girl|woman|man|lad|lass|person|bloke)s?(?: [\w-]+){0,6}? (?:before|after) me\b|^(?:the|an?|one|another|some|two|both) (?:of the )?other (?:candidates|candidate|applicants?|interviewees?)\b(?: [\w',-]+){0,8}? (?:said|says|told|mentioned|reckoned|complained|warned|came out)\b/,
  // the writer's people after the interview: "Afterwards I met my sister and we laughed about it"
  /^(?:(?:afterwards|after that|after the interview|on the (?:way|train|bus|drive|walk|ride) home|that (?:evening|night)|later(?: that (?:day|evening|night))?|when i got (?:home|back)|back home),? )?(?:i|we) (?:then )?(?:met|rang|called|phoned|texted|facetimed|saw|went (?:for (?:a|lunch|dinner|drinks|coffee)|out|to see)|had (?:lunch|dinner|a drink|a coffee|coffee|drinks|a pint)|told|celebrated) (?:up )?(?:with )?(?:my|our) (?:[\w-]+ )?(?:friends?|mates?|sisters?|brothers?|cousins?|partner|husband|wife|boyfriend|girlfriend|mum|mom|dad|parents|mother|father|nan|gran|grandma|family|flatmates?|housemates?)\b/,
  /^when i (?:did|had|sat|went for|was going for)\b(?: [\w'-]+){0,8}? (?:years?|months?|decades?) (?:ago|back|before|earlier)\b/,
  // bosses of other days: "I once had a boss who...", "In my twenties I..."
  /^(?:i (?:once (?:had|worked (?:for|under|with))|used to (?:have|work (?:for|under|with)))|i(?:'ve| have) (?:had|worked (?:for|under)) (?:bosses|managers|supervisors|an? (?:[\w-]+ )?(?:boss|manager|supervisor) (?:who|that)))\b/,
  /^in my (?:teens|twenties|thirties|forties|fifties|youth|student days|uni days|school days|early (?:twenties|thirties|career|days)|last (?:job|role|post|company))\b/,
  // the candidate's hopes: "I'm hoping they'll put me on the management track"
  /^(?:i(?:'m| am)?|we(?:'re| are)?) (?:really |just |still |secretly |desperately |so )?(?:hoping|hope|praying|pray|dreaming)\b/,
  // people at large: "Some people smile and nod at everything" (not "some people on the panel")
  /^(?:some|most|many|a lot of|lots of|plenty of) (?:people|folks?|candidates)\b(?! (?:on|in|at|from|there)\b)/,
  /^(?:everyone|everybody|people|the internet|reddit|glassdoor|indeed|online reviews?|(?:the )?reviews?(?: online| on glassdoor)?) (?:always |all |keep |kept )?(?:say|says|said|tell|tells|told|telling|reckon|reckons|swear|swears|warned|warn|knows?|knew)\b/,
];

/**
 * The candidate's own preparation: what they read, looked up or rehearsed ("I read everything
 * about their culture", "I practised with my flatmate, who played a grumpy manager"). Cut where
 * the interview comes in (prepEnd): "I prepared a deck and the manager loved it". Terse notes drop
 * the "I": "Looked at their annual report, had my answers ready".
 */
export const PREPARATION =
  /^(?:(?:to prepare|beforehand|before(?: the interview)?|the night before|the day before|going in),? )?(?:i|we)(?:'d)? (?:had )?(?:also |even |then |already |first )?(?:looked (?:at|through) (?:their|the (?:website|company|annual|job|reviews|brochure))|(?:read|re-?read)(?= up| about| through| everything| all| their| reviews| glassdoor| articles?| the (?:website|job|company|annual|brochure|reviews|spec|description|ad)\b)|researched|looked up|looked into|studied|googled|checked out|went through (?:their|the (?:website|job|company|spec)|my notes)|scrolled through|stalked|memori[sz]ed|skimmed|combed through|trawled through|practi[sc]ed|rehearsed|role-?played|prepared|prepped|spent (?:the|all|a|my) [\w ]{1,20}?(?:preparing|reading|researching|practi[sc]ing|rehearsing|prepping)|watched (?:a |some |loads of |hours of )?(?:youtube|videos?|clips?|tiktoks?|tutorials?))\b|^(?:looked (?:at|through)|read up on|researched|googled|prepped|prepared|practi[sc]ed|rehearsed) (?:their|the|my|all|everything|loads|some)\b/;
/**
 * What the candidate expected before going in: "Before I went in I was convinced they'd grill me on the gap year", "I
 * was sure I'd seem nervous". A forecast is no event; it is cut where the interview comes in (prepEnd: "... but they
 * were lovely"), and the next sentence ("They didn't") tells what happened.
 */
export const EXPECTED =
  /^(?:(?:before (?:i went in|going in|the interview|i got there|it)|beforehand|going in),? )?(?:i|we) (?:was|were|'d been|had been) (?:so |totally |absolutely |fully |half |pretty |completely |dead |really |quite |very )?(?:convinced|sure|certain|positive|expecting|dreading)(?: that)? (?:they|she|he|the [\w-]+|i|we)(?:'d|'ll| would| were going to| was going to| will| might)\b/;
/**
 * The candidate telling their own job: "Told them all about my current job — I run the returns desk, about 200
 * cases a week, two juniors", "I walked them through my day at the hospital: ward rounds, discharge letters". Its
 * duties, team and shifts are the candidate's, not the job on offer. It ends as prepEnd says ("... and she said
 * that was impressive" is evidence again).
 */
export const OWN_JOB =
  /^(?:i )?(?:told|tell|talked|walked|took|ran|described|explained|outlined|went through|went over)(?: (?:them|him|her|the (?:panel|interviewers?|manager|director|chair|owner|head|lead)))?(?: (?:all|everything|a bit|a lot|loads|lots))?(?: (?:about|through|over))? (?:my|what i do (?:in|at) my|what i do (?:now|at the moment|day to day)\b) ?(?:current|day|present|last|previous|old|existing)? ?(?:job|role|position|post|work|duties|responsibilities|team|days?|shifts?|week)\b/;
const INTERVIEW_SIDE = new Set(['she', 'he', 'they', 'we']);
const INTERVIEWER_NOUN =
  /^(?:manager|interviewer|interviewers|panel|recruiter|director|chair|owner|boss|head|lead|supervisor|hiring|partner|principal|matron|chef|team)$/;
/** Where the preparation's sentence turns to the interview: a contrast, "when", "and she...". */
export function prepEnd(toks: Tok[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const w = toks[k]!.lower;
    if (CONTRAST.has(w) || w === 'still' || w === 'when' || w === 'then') return k;
    const next = toks[k + 1]?.lower ?? '';
    if (
      w === 'and' &&
      (INTERVIEW_SIDE.has(next) || (next === 'the' && INTERVIEWER_NOUN.test(toks[k + 2]?.lower ?? '')))
    )
      return k;
  }
  return to;
}

/**
 * The job once started: "My new manager is lovely", "The induction day was relaxed", "At the
 * offer meeting the director smiled". Not when it is the interviewer's forecast (FORECAST):
 * "On my first day, she said, I'll shadow Tom".
 */
export const AFTER_HIRE =
  /^(?:(?:my|our) new (?:manager|boss|team|colleagues?|supervisor|line manager|workplace|job|role|employer|company|team lead|coworkers?)\b|(?:(?:on|during|at|in) )?(?:the|my|our) (?:induction|onboarding|first (?:day|week|shift|month|fortnight)) (?:(?:day|week|session|itself) )?(?:was|were|has|had|went|is|,|the|i|we|they|everyone)\b|(?:at|in|during) (?:the|my) (?:offer|contract|onboarding|induction) (?:meeting|call|chat|day|session)\b)/;
export const FORECAST = /\b(?:you'?ll|you will|you'?d|i'?d|i would|i'?ll|i will)\b/;

/**
 * A time before the story told as its own occasion: "The week before...", "A month earlier...",
 * "Earlier that week...", "Last time I interviewed (the Argos one)...". Carried over the next sentences of its line when it names another
 * interview (the one that came before).
 */
export const EARLIER =
  /^(?:(?:the )?(?:last|previous|other) time (?:i|we) (?:interviewed|was interviewed|were interviewed|had an? (?:[\w-]+ ){0,2}?interview|went for an? (?:[\w-]+ ){0,2}?(?:interview|job)|applied)\b|(?:the )?time before(?: that| this| last)?\b|(?:the|that) (?:day|week|month|year|weekend|fortnight) (?:before|prior|earlier)\b|(?:a|one|two|three|four|five|six|a few|a couple of|several) (?:days?|weeks?|months?|years?) (?:before|earlier|prior)\b(?! (?:the|that|this|my) (?:interview|call|panel|meeting)\b)|(?:the )?previous (?:day|week|month|year|weekend|spring|summer|autumn|winter|fall)\b|earlier (?:that|this|in the) (?:week|month|year|spring|summer|autumn|winter|fall)\b)/;
/**
 * Another interview told beside this one: "I also had a call with an agency that afternoon",
 * "I had a second interview that week", "Compare that with the bank, where...". Carried like
 * a time before the story.
 */
export const ANOTHER_INTERVIEW =
  /^(?:(?:that|the) same (?:week|day|month|morning|afternoon),? )?(?:i (?:also|then also|'d also|had also) interviewed (?:at|with|for)\b|i (?:also|then also|'d also|had also) had (?:a|an|another|one more) (?:[\w-]+ ){0,3}?(?:interview|call|phone screen|screen|chat|panel|assessment)\b|i had (?:another|one more) (?:[\w-]+ )?(?:interview|call|phone screen|screen|panel)\b(?! (?:with|from) (?:them|the same)\b)|i(?:'d| had)? had (?:one|an|a) (?:[\w-]+ )?(?:interview|round|call|phone screen|screen|panel),? (?:earlier|before|already|previously|last (?:month|week|year|spring|summer|autumn|winter))\b(?! (?:today|tonight|this|that (?:day|morning|afternoon))\b)|(?:compare|contrast) (?:that|this|it) (?:with|to)\b)/;
/** The earlier occasion is an interview of its own. */
export const OTHER_INTERVIEW =
  /\b(?:interview(?:s|ed|ing)?|phone screen|screen(?:ing)?|panel|assessment (?:day|centre|center)|trial shift|applied|application)\b/;

const CONTRAST = new Set(['but', 'whereas', 'yet', 'however', 'though', 'although', 'except']);
/** Where a habit's sentence turns to this time: "Usually I freeze | but today I didn't". */
export function contrastEnd(toks: Tok[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const w = toks[k]!.lower;
    if (CONTRAST.has(w)) return k;
    if ((w === 'this' && /^(?:time|morning|afternoon|one)$/.test(toks[k + 1]?.lower ?? '')) || w === 'today')
      return k;
  }
  return to;
}

/** "Unlike the bank, where they sat stone-faced, this lot were lovely": the comparison's side. */
export const UNLIKE = /^(?:unlike|compared (?:to|with)|as opposed to|in contrast to|contrary to)\b/;
const SUBJECT_AFTER = new Set([
  'this',
  'these',
  'today',
  'here',
  'the',
  'they',
  'she',
  'he',
  'i',
  'we',
  'my',
  'our',
  'it',
  'everyone',
]);
/** Where the other side of a comparison ends: at the comma before this interview's subject. */
export function unlikeEnd(toks: Tok[], from: number, to: number): number {
  for (let k = from + 1; k < to - 1; k++)
    if (toks[k]!.lower === ',' && SUBJECT_AFTER.has(toks[k + 1]!.lower)) return k + 1;
  return from;
}

// large, and first run on short strings: compiled to machine code at load, so their bytecode
// does not spend V8's regex budget (ADR 0008, "Session 20")
compiledNative(PREPARATION);
