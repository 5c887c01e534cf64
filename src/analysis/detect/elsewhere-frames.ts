/**
 * Openings that frame a sentence as about another interview, employer or person's story
 * ("Another place told me...", "In my last job...", "My friend said her interviewer..."),
 * or as advice and general truths; which of them carry on over the next sentences, and what
 * brings the account back (elsewhere.ts).
 */

import { MORE_ORG, SEARCH_CARRIED, SEARCH_FRAMES } from './elsewhere-search.js';
import { BEFORE_FRAMES } from './elsewhere-before.js';
import { compiledNative } from '../exec-all.js';

const ORG = `(?:${MORE_ORG}|compan(?:y|ies)|agenc(?:y|ies)|universit(?:y|ies)|charit(?:y|ies)|consultanc(?:y|ies)|vacanc(?:y|ies)|(?:place|firm|employer|school|hospital|practice|shop|store|restaurant|bank|brand|start-?up|association|council|trust|organi[sz]ation|lab|uni|college|studio|hotel|cafe|bar|office|business|outfit|crowd|site|chain|clinic|job|application|role|position|post|interview|process|recruiter)s?|finals|final rounds|onsites)`;
/** A time before the interview being told: "last month", "earlier in the day", "two weeks ago". */
const EARLIER_TIME =
  '(?:earlier (?:in the day|that day|today|this week|this month|in the week|in the year|this year)|the (?:day|week|month) before|last (?:week|month|year|spring|summer|autumn|fall|winter)|(?:a|one|two|three|four|a few|several|a couple of) (?:days|weeks|months|years|day|week|month|year) (?:ago|before|earlier))';
/** An employer, not the recruiter or the job who may open this story ("Two weeks ago a recruiter rang me..."). */
const EMPLOYER =
  '(?:compan(?:y|ies)|universit(?:y|ies)|charit(?:y|ies)|consultanc(?:y|ies)|(?:firm|employer|school|hospital|practice|shop|store|restaurant|bank|brand|start-?up|association|council|trust|organi[sz]ation|lab|college|studio|hotel|cafe|bar|business|chain|clinic|retailer|insurer|fintech|supermarket|manufacturer|publisher)s?)';
/** The people whose own interviews a writer may set beside theirs. */
const REL =
  '(?:friends?|mates?|sisters?|brothers?|cousins?|colleagues?|coworkers?|co-workers?|flatmates?|housemates?|roommates?|partner|husband|wife|boyfriend|girlfriend|mum|mom|dad|mother|father|son|daughter|uncle|aunt|neighbou?r|classmates?)';
/**
 * Someone else's interview named by its owner: "My flatmate's interviewer spent the whole thing on his phone". Alone
 * this is often the story itself, told for a relative (narrator.ts); it is another interview only when the writer's
 * own is set against it ("Mine was nothing like that", mineFollows).
 */
export const THEIR_INTERVIEW = new RegExp(
  `^(?:my|our) (?:[\\w-]+ )?${REL} ?['’]s (?:[\\w-]+ )?(?:interviewers?|interview|panel|phone screen)\\b`,
);
export const RECRUITER_BRIEFING =
  /^(?:(?:earlier|yesterday|today|this morning|this afternoon|last night),? )?(?:the|my|our|a) (?:recruiter|agent|agency|headhunter|recruitment consultant|hr (?:person|lady|guy|contact))(?: \w+){0,2}? (?:rang|called|phoned|emailed|e-mailed|messaged|texted|had a call with me|got in touch)(?: me)?(?: \w+){0,3}? to (?:prep|brief|prepare|coach|warn|tell me what to expect)\b/;
/** What the go-between went on to say in a briefing: "She said...", "He warned me that...". */
export const BRIEFED =
  /^(?:she|he|they|the recruiter|the agent)(?: also)? (?:said|says|told me|mentioned|warned|reckons|reckoned|added|explained|stressed)\b/;
/**
 * Reviews read before the interview ("I'd read the Glassdoor reviews the night before"), and what
 * they went on to say in the next sentences (REVIEWED): "Half of them said the interviews were a
 * grilling", "One said the director never smiles".
 */
export const REVIEWS_READ =
  /^(?:(?:the night before|the day before|beforehand|before (?:the interview|going in|i went)),? )?(?:i|we)(?:'d| had)? (?:also |already |even |first )?(?:read|checked|looked (?:at|up|through)|went through|scrolled through|trawled through|googled)\b[^.!?]{0,30}\b(?:reviews|glassdoor|indeed)\b/;
export const REVIEWED =
  /^(?:(?:half|most|some|many|all|a few|several|two|three|four|five|one|a couple|none|the rest|others|another)(?: of (?:them|the reviews|those|these))?|(?:one|another|a|the) (?:review|reviewer|post|comment)s?) (?:said|say|says|mentioned|called|described|reckoned|complained|warned|claimed|talked|moaned|gave)\b/;
/**
 * Another employer placed before this story in time: "Last month a logistics firm walked me through...", "Earlier in
 * the day I had another interview, where...", "My first interview of the year, at a bakery, ...".
 */
const EARLIER_ELSEWHERE: readonly RegExp[] = [
  new RegExp(
    `^${EARLIER_TIME},? (?:(?:a|an|another|one) (?:[\\w-]+ ){0,2}?${EMPLOYER}|i (?:had|did|sat|went for) (?:another|a different|one more) (?:[\\w-]+ ){0,2}?(?:round|interview|onsite|call|screen|panel|trial(?: shift| day)?)s?)\\b`,
  ),
  /^(?:the|my) (?:first|second|third|other|last|previous|earlier) (?:one|interview|round|call|attempt|application)s? of the (?:year|week|month|day|search),? (?:at|with|for|in) (?:a|an|another|one)\b/,
];
export const FRAMES: readonly RegExp[] = [
  REVIEWS_READ,
  ...SEARCH_FRAMES,
  ...BEFORE_FRAMES,
  ...EARLIER_ELSEWHERE,
  // another employer or occasion: "Another place...", "One firm...", "Some companies...", "Two of the other schools..."
  new RegExp(
    `^(?:another|one|some|other|a different|the other|two|three|four|several|a few|most|many|all the other|both other|every other|each other)(?: of (?:the|my|them))?(?: other)?(?: [\\w-]+)? ${ORG}\\b(?! (?:question|questions|answer|tip|today|yesterday|tonight|this|done|down|under)\\b| ?[,.!:;—–-]|$)`,
  ),
  /^another (?:one )?(?:in|at|from|down|up|over)\b/,
  // an earlier job: "In my last job...", "At my old place...", "When I worked at..."
  /^(?:in|at|during|on|for) (?:my|a|one) (?:last|previous|old|former|first|current|other|summer|part-time) (?:job|role|company|workplace|placement|internship|position|team|post|firm|school|place|gig)\b/,
  /^(?:back )?when i (?:worked|was working|was employed|was at|was in) (?:at|in|for|as)\b/,
  // a job got since, told with its own interview: "I've since been offered a job at a state school where the interview
  // was friendly", "In February I got a job at a housing association where the panel..." (an indefinite job: "the job" is this one)
  /^(?:in (?:january|february|march|april|may|june|july|august|september|october|november|december),? i (?:got|was offered|landed|accepted|started)|i(?:'ve| have)? (?:since|now|eventually|later|finally) (?:got|been offered|landed|accepted|started|taken)) (?:a|an) (?:[\w-]+ ){0,3}?(?:job|role|post|position|place)\b/,
  /^(?:my|our) (?:last|previous|old|former|current|ex) (?:boss|manager|supervisor|employer|job|company|team lead|line manager|head|hod|principal)\b/,
  // without "my": "Previous place ghosted me for weeks", "The old employer took a month", "Last company never rang"
  /^(?:(?:the|our) )?(?:previous|old|former|ex) (?:employer|company|firm|workplace|place|lot|job)\b|^(?:last|previous) (?:place|employer|company|firm|lot)\b/,
  // an earlier interview or occasion: "My previous interview, at a dental group, was...", "At another,
  // they...", "Years ago, at a bank, an interviewer...", "I keep imagining the panel frowning"
  /^(?:[\w' ]{1,30}: )?(?:my|our|one|an|the) (?:previous|earlier|prior|other|last) (?:interviews?|rounds?|applications?|attempts?),? (?:at|with|for|in)\b/,
  /^(?:[\w' ]{1,30}: )?(?:my|our|one|an) (?:previous|earlier|prior) interviews?\b/,
  // "My other interview last month, with a different contractor, ..." (the writer's own: "the other
  // interview" may be this one's second half)
  /^(?:[\w' ]{1,30}: )?(?:my|our) other interviews?\b(?! (?:questions?|answers?|nerves|notes|prep))/,
  // earlier interviews counted off: "The first one, at a trust up north, was grim", "My second
  // interview, with an agency, ..." (an indefinite employer; "the first round, with HR" is this one)
  /^(?:the|my) (?:first|second|third|fourth|fifth|other|last|previous|earlier) (?:one|interview|attempt|application|place)s?,? (?:at|with|for|in) (?:a|an|another|one)\b/,
  // employers listed one per line: "- A bank: the HR screen was fine, then...", "An insurer: ghosted"
  new RegExp(
    `^(?:a|an|another) (?:[\\w-]+ ){0,2}(?:${ORG}|retailers?|insurers?|fintechs?|scale-?ups?|supermarkets?|brokers?|lenders?|manufacturers?|publishers?|law firms?|agency)[:—–-]`,
  ),
  // another employer's round named by its place and time: "The council one back in the summer was decent"
  /^the (?:[\w-]+ ){1,2}one,? (?:back )?(?:in|last|from|earlier|over) (?:the )?(?:spring|summer|autumn|fall|winter|year|month|january|february|march|april|june|july|august|september|october|november|december)\b/,
  // the applications counted off: "One did not reply. One called me for a demo class and..."
  /^one (?:of them )?(?:called|rang|phoned|emailed|e-mailed|texted|invited|interviewed|offered|ghosted|rejected|turned) me\b|^one (?:of them )?(?:did not|didn'?t|never|doesn'?t) (?:reply|respond|answer|call|get back|bother)\b/,
  // "In my last interview (at another company), the interviewer kept checking his phone"
  /^(?:in|at|during) my (?:last|other) (?:interview|round|application|assessment|panel)s?\b/,
  /^(?:at|in|with|from|for) (?:another|a different|the other|one other|a previous|an earlier|my previous|the previous|a prior|the prior|my prior|my earlier|the earlier|a third|a fourth|a fifth)\b/,
  /^(?:(?:many|a few|some|two|three|four|five|several|ten) )?(?:years|decades) (?:ago|back|before|earlier)\b|^(?:a|one) (?:year|decade) (?:ago|back|before|earlier)\b|^back in (?:(?:19|20)\d\d|the day)\b/,
  /^i (?:keep |kept |was |am |'m |'ve been |have been |had been |spent [\w ]{1,20}? )?(?:imagin|pictur)(?:e|es|ed|ing)\b/,
  // the go-between's briefing before the interview (and what they said in it, BRIEFED): "The recruiter rang
  // to prep me for Thursday. She said the hiring manager can come across as cold"
  RECRUITER_BRIEFING,
  // someone else's interview, told by them: "My friend said her interviewer was on his phone",
  // "My sister told me that when she interviewed there, the manager never smiled"
  /^(?:my|a|one|another|our) (?:[\w-]+ )?(?:friends?|mates?|sisters?|brothers?|cousins?|colleagues?|coworkers?|co-workers?|flatmates?|housemates?|roommates?|partner|husband|wife|boyfriend|girlfriend|mum|mom|dad|mother|father|son|daughter|uncle|aunt|neighbou?r|classmates?)\b(?: [\w',-]+){0,6}? (?:said|says|told me|tells me|mentioned|reckons|swears|warned me)(?: that)?,? (?:her|his|their|when (?:she|he|they) (?:interviewed|applied|worked|was|were|had))\b/,
  // someone else's interview set beside this one: "my friend had her interview the same day and...",
  // "my sister had an awful interview there last year", "I keep thinking of my cousin's interview
  // last year", "a guy in my group said his interviewer..."; a relative's interview told with no
  // such marker ("My girlfriend had her interview yesterday") is the story itself (narrator.ts)
  new RegExp(
    `^(?:i (?:keep|kept) (?:thinking|thinking back) (?:of|about|to) )?(?:my|a|one|another|our) (?:[\\w-]+ )?${REL}(?: [\\w-]+)?(?: ?'s [\\w-]+)? (?:had|did|has had|went to|sat) (?:her|his|their|my|an?|the) (?:[\\w-]+ ){0,2}(?:interviews?|phone screen|screen|call|panel)\\b(?: [\\w-]+){0,4}? (?:(?:on )?(?:the )?same|there|last|too|as well|also|years? ago|months? ago)\\b`,
  ),
  // their going for the same job or place, told as a deed: "My sister interviewed at the same place last year and
  // said...", "My brother went for the same bank job", "my friend Jade applied there too" (not "went for a job at...")
  new RegExp(
    `^(?:my|a|one|another|our) (?:[\\w-]+ )?${REL}(?: [\\w-]+)? (?:also |too |once |previously )?(?:interviewed|applied|went for|was interviewed|sat)\\b(?: [\\w-]+){0,4}? (?:the same|there)\\b`,
  ),
  new RegExp(
    `^(?:my|a|one|another|our) (?:[\\w-]+ )?${REL}(?: [\\w-]+)? (?:had|did|sat) (?:her|his|their|my) (?:real|actual|own|proper) (?:[\\w-]+ )?(?:interview|phone screen|panel)\\b`,
  ),
  new RegExp(
    `^(?:i (?:keep|kept) (?:thinking|thinking back) (?:of|about|to) )?(?:my|our) (?:[\\w-]+ )?${REL} ?'s (?:[\\w-]+ )?(?:interview|phone screen|panel)s?\\b(?: [\\w-]+){0,3}? (?:last|there|too|as well|where|(?:at|with) the same|years? ago|months? ago)\\b`,
  ),
  /^(?:a|one|another|some) (?:guy|girl|lad|lass|woman|man|bloke|person|someone|somebody|candidate|applicant)(?: [\w-]+){0,4}? (?:said|says|told me|tells me|mentioned)(?: that)?,? (?:her|his|their)\b/,
  /^(?:my|our) (?:boss|manager|line manager|supervisor|team lead|team leader) (?:at|in|from) (?:my|our|the) (?:current|old|last|previous|present|day|other) (?:job|role|work|company|place|firm|employer)\b/,
  // advice and general truths: "Advice: ...", "Lessons: ...", "If you're...", "Don't panic if...", "A good interviewer will..."
  /^(?:(?:my|some|top|pro|one|the) )?(?:advice|lessons?|tips?|moral|takeaways?|psa|tl;?dr for (?:anyone|others))\b[^.]{0,40}[:—-]/,
  /^(?:my advice|a word of advice|advice for|lesson learned|lesson learnt|lesson for)\b/,
  // the writer's people's advice before it: "My sister's advice was to smile a lot" (not the interviewer's)
  /^(?:my|our) [\w-]+'s (?:[\w-]+ )?(?:advice|tips?|suggestions?)\b/,
  // advice headed by whom it is for: "For chefs wanting to step up: ...", "For anyone going for promotion -"
  /^for (?:[\w'-]+ ){1,4}?(?:want\w*|looking|thinking|hoping|considering|going for|applying|trying|stepping|moving|starting out|new to)\b[^:—–]{0,40}[:—–]/,
  // the reader's case, not the writer's: "If you're applying there...", "If you hear nothing in a week..."
  // ("If you'd put a statue in his chair..." is this interview, told as a counterfactual)
  // not "If you ask me, …", nor the interviewer's own conditional passed on ("If you join us,
  // you'll own the pipeline, she said"), which is about this job
  /^if (?:you|your)\b(?!'d\b| had\b| were\b| could have\b| would have\b| ask me\b| (?:join|joined|start|started|come on board|are successful|were successful|(?:get|got|take|took|accept|accepted) (?:the|this) (?:job|role|offer|position|post))\b)(?!.*\b(?:she|he|they|interviewer|manager|recruiter|panel) (?:said|says|told|explained|mentioned|added|promised)\b)/,
  /^(?:always|never|don'?t|do not) (?:\w+ )?(?:ask|assume|read|panic|take|forget|expect|let|worry|stress|overthink|judge|give up|lose hope|be afraid)\b/,
  /^(?:a|an|any|every|the best|the worst|most|good|bad) (?:good |bad |great |decent |warm |cold |friendly |nice |real |proper )?(?:interviewer|interview|recruiter|panel|manager|hiring manager|employer|company)s? (?:is|are|will|should|does|do|doesn'?t|don'?t|isn'?t|aren'?t|means?|can|won'?t|who|that|always|usually|often|never)\b/,
  /^(?:most|many|some|a lot of|lots of|plenty of|half the|half of the) (?:interviewers|recruiters|hiring managers|employers|companies)\b/,
  /^(?:interviewers|recruiters|hiring managers|employers|companies|managers|panels) (?:who|that|are|will|often|always|sometimes|usually|never|can|don'?t|do|tend|love|like|want|just)\b/,
];

/**
 * Another employer's round told whole, read past the opening words since the time comes late:
 * "I had a final round at a spine company in the spring that was honestly great".
 */
export const ROUND_ELSEWHERE =
  /^i had (?:a|an|one) (?:[\w-]+ ){0,2}?(?:round|interview|onsite|call|screen|panel) (?:at|with) (?:a|an|another) (?:[\w-]+ ){0,3}?(?:in|last|back in|earlier|this) (?:the )?(?:spring|summer|autumn|fall|winter|year|month|week|january|february|march|april|may|june|july|august|september|october|november|december)\b/;

/** Frames that name another occasion outright and go on like an aside, stopped only by a RETURN. */
export const CARRIED: readonly RegExp[] = [
  new RegExp(
    `^(?:another|a different|the other)(?: [\\w-]+)? ${ORG}\\b(?! (?:question|questions|answer|tip)\\b)`,
  ),
  /^another (?:one )?(?:in|at|from)\b/,
  /^(?:in|at|during) (?:my|a) (?:last|previous|old|former) (?:job|role|company|workplace|position|firm|school|place)\b/,
  /^(?:back )?when i (?:worked|was working|was employed) (?:at|in|for)\b/,
  /^(?:at|in|with) (?:another|a different|the other|a previous|an earlier|my previous)\b/,
  /^(?:(?:many|a few|some|two|three|several) )?years (?:ago|back|before|earlier)\b/,
  /^(?:the|my) (?:first|second|third|fourth|fifth|other|last|previous|earlier) (?:one|interview|attempt|application|place)s?,? (?:at|with|for|in) (?:a|an|another|one)\b/,
  /^one (?:of them )?(?:called|rang|phoned|emailed|e-mailed|texted|invited|interviewed) me\b/,
  new RegExp(
    `^(?:a|an|another) (?:[\\w-]+ ){0,2}(?:${ORG}|retailers?|insurers?|fintechs?|scale-?ups?|supermarkets?|brokers?|lenders?|manufacturers?|publishers?|law firms?|agency)[:—–-]`,
  ),
  /^the (?:[\w-]+ ){1,2}one,? (?:back )?(?:in|last|from|earlier|over) (?:the )?(?:spring|summer|autumn|fall|winter|year|month|january|february|march|april|june|july|august|september|october|november|december)\b/,
  ...EARLIER_ELSEWHERE,
  ...SEARCH_CARRIED,
];
export const CARRY_FRAME = 2;
/**
 * The next item of a list of other employers, told while one is carried: "At a fintech, the
 * manager was on his phone. At a parcel company, the panel... At a housing association, nobody
 * could tell me..." Each such item carries the frame on afresh.
 */
export const NEXT_ITEM = /^(?:at|in|with|for|from) (?:a|an|one|another|the other)(?: [\w&'-]+){1,4}?,/;
/** An aside goes on over the next sentences of its line, up to this many. */
export const CARRY = 3;
/**
 * Openings that come back to the interview being told: "This interview was warm", "Anyway,
 * ...", "But today...". They end a carried aside.
 */
export const RETURN =
  /^(?:but|however|whereas|still|anyway|back to|this time|today|tonight|this morning|now|in contrast|unlike|by contrast|compared)\b|\b(?:this|today'?s?) (?:interview|interviewer|interviewers|panel|one|call|chat|meeting|round|place|company|firm|job|role|post|position|hiring manager|recruiter)\b/;
/** After an aside, any word of the interview brings the account back ("They said they'd ring"). */
export const INTERVIEW_TALK =
  /\b(?:interview\w*|panel|recruiter|hiring|they said|she said|he said|they asked|she asked|he asked|the (?:job|role|post|position|company|firm|manager))\b/;

// large, and first run on short strings: compiled to machine code at load, so their bytecode
// does not spend V8's regex budget (ADR 0008, "Session 20")
for (const re of [...FRAMES]) compiledNative(re);

/**
 * Another occasion set against this one as its opposite, read over the whole sentence since the
 * contrast comes late: "Honestly my other interview last month (a bank) was the opposite: the
 * engineer walked me through...", "The next day I got a PPI from a smaller company which was the
 * opposite experience, the interviewer was so warm", "my interview last week with a big German
 * insurer was the opposite – the interviewer didn't smile once". Not when this interview is the
 * one named before the contrast ("unlike my last one, this interview was the complete opposite").
 */
const EMPLOYER_ONLY = `(?:${MORE_ORG}|compan(?:y|ies)|agenc(?:y|ies)|universit(?:y|ies)|charit(?:y|ies)|consultanc(?:y|ies)|(?:firm|employer|school|hospital|practice|shop|store|restaurant|bank|brand|start-?up|association|council|trust|organi[sz]ation|lab|college|studio|hotel|cafe|business|outfit|chain|clinic)s?)`;
export const OPPOSITE_ELSEWHERE = new RegExp(
  `(?:\\b(?:another|other|previous|earlier|different)\\b(?: [\\w'()-]+){0,5}? (?:${ORG}|ppis?|offers?)|\\ban? (?:[\\w-]+ ){0,3}?${EMPLOYER_ONLY})\\b(?:(?!\\b(?:this|today'?s?|here|these)\\b)[^.!?]){0,80}?\\b(?:was|were|felt) (?:(?:just|literally|honestly|totally|completely) )?(?:the (?:complete |total |exact |polar |very )?opposite(?! of\\b)|(?:totally|completely|entirely) different(?! (?:from|than|to)\\b))`,
);
