/**
 * Sentences about something other than the interview being told. Long accounts (a blog post, a
 * forum update) tell the whole job search: "Another place told me they'd paused the req",
 * "One association interviewed me and the panel was so hostile...", "In my last job the
 * manager never smiled", "Advice: if your interviewer checks their phone, don't panic",
 * "Interviewers who check their phones are just rude". What such a sentence says is not
 * evidence about this interview, so its hits are dropped (like a retraction, corrections.ts).
 *
 * Only a sentence's opening is read, so the frame has to govern the sentence: "she asked how
 * my last job went" or "another interviewer joined" open with other words and stay evidence.
 */
import type { Tok } from '../nlp.js';
import {
  AFTER_HIRE,
  ANOTHER_INTERVIEW,
  FORECAST,
  contrastEnd,
  EARLIER,
  GENERAL,
  HABIT,
  OTHER_INTERVIEW,
  PREPARATION,
  prepEnd,
  UNLIKE,
  unlikeEnd,
} from './general-talk.js';

/** Openers passed over before the frame: "And another place...", "But one firm...". */
const LEAD = new Set([
  'and',
  'but',
  'so',
  'then',
  'also',
  'plus',
  'oh',
  'well',
  'meanwhile',
  'still',
  'anyway',
  'like',
]);
const OPENING_WORDS = 9;

const ORG =
  '(?:compan(?:y|ies)|agenc(?:y|ies)|universit(?:y|ies)|charit(?:y|ies)|consultanc(?:y|ies)|vacanc(?:y|ies)|(?:place|firm|employer|school|hospital|practice|shop|store|restaurant|bank|brand|start-?up|association|council|trust|organi[sz]ation|lab|uni|college|studio|hotel|cafe|bar|office|business|outfit|crowd|site|chain|clinic|job|application|role|position|post|interview|process|recruiter)s?|finals|final rounds|onsites)';
/** The people whose own interviews a writer may set beside theirs. */
const REL =
  '(?:friends?|mates?|sisters?|brothers?|cousins?|colleagues?|coworkers?|co-workers?|flatmates?|housemates?|roommates?|partner|husband|wife|boyfriend|girlfriend|mum|mom|dad|mother|father|son|daughter|uncle|aunt|neighbou?r|classmates?)';
const FRAMES: readonly RegExp[] = [
  // another employer or occasion: "Another place...", "One firm...", "Some companies...", "Two of the other schools..."
  new RegExp(
    `^(?:another|one|some|other|a different|the other|two|three|four|several|a few|most|many|all the other|both other|every other|each other)(?: of (?:the|my|them))?(?: other)?(?: [\\w-]+)? ${ORG}\\b(?! (?:question|questions|answer|tip|today|yesterday|tonight|this|done|down|under)\\b| ?[,.!:;—–-]|$)`,
  ),
  /^another (?:one )?(?:in|at|from|down|up|over)\b/,
  // an earlier job: "In my last job...", "At my old place...", "When I worked at..."
  /^(?:in|at|during|on|for) (?:my|a|one) (?:last|previous|old|former|first|current|other|summer|part-time) (?:job|role|company|workplace|placement|internship|position|team|post|firm|school|place|gig)\b/,
  /^(?:back )?when i (?:worked|was working|was employed|was at|was in) (?:at|in|for|as)\b/,
  /^(?:my|our) (?:last|previous|old|former|current|ex) (?:boss|manager|supervisor|employer|job|company|team lead|line manager|head|hod|principal)\b/,
  // an earlier interview or occasion: "My previous interview, at a dental group, was...", "At another,
  // they...", "Years ago, at a bank, an interviewer...", "I keep imagining the panel frowning"
  /^(?:[\w' ]{1,30}: )?(?:my|our|one|an|the) (?:previous|earlier|prior|other|last) (?:interviews?|rounds?|applications?|attempts?),? (?:at|with|for|in)\b/,
  /^(?:[\w' ]{1,30}: )?(?:my|our|one|an) (?:previous|earlier|prior) interviews?\b/,
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
  /^(?:at|in|with|from|for) (?:another|a different|the other|one other|a previous|an earlier|my previous|the previous|a prior|the prior|my prior|my earlier|the earlier|a third|a fourth|a fifth)\b/,
  /^(?:(?:many|a few|some|two|three|four|five|several|ten) )?(?:years|decades) (?:ago|back|before|earlier)\b|^(?:a|one) (?:year|decade) (?:ago|back|before|earlier)\b|^back in (?:(?:19|20)\d\d|the day)\b/,
  /^i (?:keep |kept |was |am |'m |'ve been |have been |had been |spent [\w ]{1,20}? )?(?:imagin|pictur)(?:e|es|ed|ing)\b/,
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
const ROUND_ELSEWHERE =
  /^i had (?:a|an|one) (?:[\w-]+ ){0,2}?(?:round|interview|onsite|call|screen|panel) (?:at|with) (?:a|an|another) (?:[\w-]+ ){0,3}?(?:in|last|back in|earlier|this) (?:the )?(?:spring|summer|autumn|fall|winter|year|month|week|january|february|march|april|may|june|july|august|september|october|november|december)\b/;

/**
 * A question put to the reader about the writer's own moves: "Do you keep applying elsewhere at
 * full speed?", "Would you take it?". Not one about the interviewer ("Should I worry that he kept
 * checking his phone?"), which tells what happened.
 */
const ASKS_READER =
  /^(?:do|would|should|have|did|will|could|can|is it|am i|are you) (?:you|i|we|it|y'?all|u)\b/;
const ABOUT_THEM =
  /\b(?:he|she|they|him|her|them|his|their|interview\w*|panel|manager|recruiter|boss|hr|chair|director|lead)\b/;

const QUOTE = /^["'\u201C\u201D`]+$/;
/**
 * Where the opening words of the sentence from token `from` start (leads, punctuation and line
 * breaks passed over), or -1 for a sentence that opens a quote, since speech ("When you join
 * you'll...") frames nothing.
 */
function openingStart(toks: Tok[], from: number, to: number): number {
  let i = from;
  while (
    i < to &&
    (LEAD.has(toks[i]!.lower) || /^[,;:.!?…\-–—()*•]+$/.test(toks[i]!.lower) || toks[i]!.newline)
  )
    i++;
  return i < to && QUOTE.test(toks[i]!.lower) ? -1 : i;
}

/** Up to OPENING_WORDS lower-cased words from token `i`, joined as written, stopping at a new line. */
function wordsOnLine(toks: Tok[], i: number, to: number): string {
  let s = '';
  for (let n = 0; i < to && n < OPENING_WORDS; i++, n++) {
    const t = toks[i]!;
    if (t.newline) break;
    s += (s && t.spaceBefore ? ' ' : '') + t.lower;
  }
  return s;
}

/**
 * Sentences that open a stretch about something else: the writer's life between the news
 * ("Other stuff: the cat's been sick"), an aside ("Side note:", "In other news"). Like a frame
 * about another interview, what they say is not evidence, and they carry on (see CARRY).
 */
const ASIDES: readonly RegExp[] = [
  /^(?:(?:some|in|and|now|also|more|a few|my) )*(?:other|non-interview) (?:stuff|news)\b/,
  /^(?:(?:some|and|now|also|more|a few|my) )*(?:personal|life|family|home|house|money) (?:stuff|news|updates?|admin|matters|front|otherwise|-?wise)\b/,
  /^(?:in other news|on (?:an|a) ?other note|on a (?:different|separate|lighter|personal|side) note|side note|unrelated|completely unrelated|totally unrelated|separate thing|different subject|change of subject|off topic|off-topic|meanwhile, life)\b/,
];
/**
 * The writer talking about the writing: "Sorry for rambling", "typing this on my phone on the
 * bus", "rambly voice note for Liv", "long post, sorry". Its rambling, phone and nerves are the
 * post's, not the interview's. Only the sentence itself is dropped.
 */
const WRITING: readonly RegExp[] = [
  /^(?:(?:so|and|ok|okay|right|sorry),? )*(?:i'?m |i am |am |just |currently |been )*(?:typing|writing|dictating|recording|posting|journaling|voice-noting|thumbing)\b(?: (?:this|it|all this|all of this|these|on|in|from|up|down|because|while|so|with|one-thumbed))/,
  /^(?:(?:so|and|ok|okay|right),? )*(?:a |my |this |another |one more )?(?:long|rambl(?:y|ing)|messy|late-night|2am|3am|brain-dump|brain dump|voice|emotional) ?(?:post|note|voice note|ramble|rant|vent|brain ?dump)(?:[,.!:;—–-]?\s*(?:sorry|apologies|incoming|ahead|alert|warning)\b|\s+(?:for|to|because|since|so|from|on|in|while|i'?m|i am)\b|\s*[.!]?$)/,
  /^(?:(?:so|and|also|but),? )*(?:(?:i'?m |i am )?sorry|apologies|excuse|forgive)(?: in advance)? (?:for|about) (?:the |my |this )?(?:ramble|rambling|rambly|long|length|wall|essay|novel|formatting|format|typos?|spelling|mumbling|grammar|english|vent|rant|post)\b/,
  /^(?:(?:sorry|apologies),? )?(?:on mobile|typed on (?:my )?phone|throwaway|using a throwaway|wall of text)\b/,
];
/** A date or the wait in the writer's words is evidence: "writing this on 30 October, still nothing". */
const WRITING_TIMED =
  /\b(?:after|since|ago|later|still(?! (?:processing|digesting|reeling|shaking|buzzing))|nothing|heard|weeks?|days?|months?|\d+(?:st|nd|rd|th)?|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december)\b/;
/**
 * The poster's background before the story: "Background: maths grad, a year in consulting",
 * "For context, I'm a sous chef". Only the sentence itself: the story often starts in the next.
 */
const BACKGROUND =
  /^(?:(?:some|a bit of|a little|quick|brief|short|a quick) )?(?:background|context|backstory|back story) ?[:—–-]|^for (?:some )?(?:context|background)\b/;
/**
 * The job ad quoted: "The job ad said the role involves...", "The JD mentioned training". Not
 * when the sentence weighs the interview against it ("The advert said more than the manager did").
 */
const JOB_AD =
  /^(?:(?:according to|per|from|in) )?(?:the|their|a|this) (?:original |online |actual )?(?:job |role |vacancy )?(?:ad|advert|advertisement|posting|listing|description|spec|specification|jd|person spec)\b(?: [\w',-]+){0,3}? (?:said|says|mentioned|mentions|listed|lists|described|describes|stated|states|promised|promises|talk(?:s|ed)?(?: a lot| loads| so much)? about|went on about|(?:is|was) all about|emphasi[sz](?:es|ed)|stress(?:es|ed)|highlight(?:s|ed)|focus(?:es|ed) on|boast(?:s|ed)|covers|covered|includes|included|read|reads|had|has|asked for|wanted|wants)\b/;
const INTERVIEWERS = /\b(?:interview\w*|manager|panel|recruiter|hr|they|she|he|them|him|her)\b/;
/**
 * The outcome told as the story ends: the call with the offer or the no, and life after joining.
 * "Two days later the recruiter called with the offer and was lovely", "In the rejection email
 * they said my experience was impressive", "Six months in, the team is lovely". What the offer
 * call or the job itself was like is not how the interview went.
 */
const OUTCOME: readonly RegExp[] = [
  /\b(?:called|rang|phoned|emailed|e-mailed|texted|messaged|rung)(?: me)?(?: back)? (?:with|to (?:offer|give|tell|say|let me know)(?: me)?(?: (?:that|i'?d|i had|i got|i was))?) (?:(?:the|an|a|my|formal|verbal|job) )?(?:offer|job|rejection|role|position|(?:good|bad|great|the) news|a (?:no|yes))\b/,
  /^(?:in|on|during|with) (?:the|their|her|his|my) (?:offer|rejection|feedback|decline|outcome|result) (?:call|email|e-mail|letter|message|phone call|text)\b/,
  /^(?:now that i|since i|when i|after i|once i) (?:'ve |have |had )?(?:(?:started|began) (?:the (?:job|role|post)|there|working there|work there|at)|joined (?:the (?:company|team|firm)|them)|got the job|accepted the (?:offer|job|role))\b|^(?:(?:\w+|\d+) (?:days|weeks|months|years) (?:in|into the (?:job|role)|on the job)|on my first (?:day|week|month))\b/,
  /^(?:edit|update|eta|edit \d|update \d)\b\W*(?:i )?(?:got|accepted|started|joined|landed)\b/,
];
/** A reply that came weeks late is the wait told, evidence of no-follow-up (detect/aftermath.ts). */
const WEEKS_LATE =
  /\b(?:weeks?|months?) (?:later|after|on|of)\b|\bafter (?:[\w-]+ ){0,3}(?:weeks?|months?)\b/;
/** Frames that name another occasion outright and go on like an aside, stopped only by a RETURN. */
const CARRIED: readonly RegExp[] = [
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
];
const CARRY_FRAME = 2;
/** An aside goes on over the next sentences of its line, up to this many. */
const CARRY = 3;
/**
 * Openings that come back to the interview being told: "This interview was warm", "Anyway,
 * ...", "But today...". They end a carried aside.
 */
const RETURN =
  /^(?:but|however|whereas|still|anyway|back to|this time|today|tonight|this morning|now|in contrast|unlike|by contrast|compared)\b|\b(?:this|today'?s?) (?:interview|interviewer|interviewers|panel|one|call|chat|meeting|round|place|company|firm|job|role|post|position|hiring manager|recruiter)\b/;
/** After an aside, any word of the interview brings the account back ("They said they'd ring"). */
const INTERVIEW_TALK =
  /\b(?:interview\w*|panel|recruiter|hiring|they said|she said|he said|they asked|she asked|he asked|the (?:job|role|post|position|company|firm|manager))\b/;

/** Where the sentence's first words as written start, leading punctuation passed over. */
function rawStart(toks: Tok[], from: number, to: number): number {
  let i = from;
  while (i < to && (/^[,;:.!?…\-–—()*•"'“”`]+$/.test(toks[i]!.lower) || toks[i]!.newline)) i++;
  return i;
}

/** Where the writer's words about the writing stop: "Writing this because | the interview was hard". */
const WRITING_STOP = new Set([':', '—', '–', ';', 'because', 'since', 'but', 'as', 'cos', 'coz', "'cause"]);
function writingEnd(toks: Tok[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++)
    if (WRITING_STOP.has(toks[k]!.lower) || toks[k]!.lower === '-') return k;
  return to;
}

function sentenceText(toks: Tok[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) s += (s && toks[k]!.spaceBefore ? ' ' : '') + toks[k]!.lower;
  return s;
}

/** Where the sentence that runs through token `i - 1` ends. */
function sentenceEnd(toks: Tok[], i: number): number {
  const sent = toks[i - 1]!.sent;
  while (i < toks.length && toks[i]!.sent === sent) i++;
  return i;
}

/** The unit ends on a colon (a heading over the lines that follow) or a full stop. */
function endsOnStop(toks: Tok[], from: number, to: number): boolean {
  let last = to - 1;
  while (last > from && (toks[last]!.newline || QUOTE.test(toks[last]!.lower))) last--;
  return /^[:.!?…]+$/.test(toks[last]!.lower);
}

/** The sentence ends on a question mark and names no one on the employer's side. */
function asksReader(toks: Tok[], from: number, to: number): boolean {
  let last = to - 1;
  while (last > from && (toks[last]!.newline || QUOTE.test(toks[last]!.lower))) last--;
  return toks[last]!.lower === '?' && !ABOUT_THEM.test(sentenceText(toks, from, to));
}

/** Where the line of the sentence at `from` ends: a bullet run on into the next is not one sentence. */
function lineEnd(toks: Tok[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) if (toks[k]!.newline) return k;
  return to;
}

/** Does the sentence at `from` open a new line (or paragraph)? */
function opensLine(toks: Tok[], from: number, to: number): boolean {
  for (let k = Math.max(0, from - 1); k < to && (k < from || toks[k]!.newline); k++)
    if (toks[k]!.newline) return true;
  return false;
}

/**
 * Token ranges [from, to) of what is not about this interview, in text order: sentences framed
 * as about another interview, the poster's background, the writer's words about the writing,
 * and asides, which run on over the next sentences of their line ("Other stuff: Mum's cat has
 * gone missing. Dad laughed about it.") up to CARRY of them, until one comes back (RETURN) or
 * speaks of the interview again. A frame that names another employer outright runs on the same
 * way, up to CARRY_FRAME sentences ("At my last job the manager was cold. He never smiled."),
 * stopped only by a RETURN or a new line, since that story has its own interviewer.
 */
export function elsewhereRanges(toks: Tok[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  let carry = 0;
  let frame = false;
  // the sentence a whole-sentence frame dropped: its later lines go with it ("Tips:\n- Wear...")
  let dropped = -1;
  for (let i = 1; i <= toks.length; i++) {
    // a line break starts a unit too: a list's items ("- A bank: ...") run on in one sentence after a colon
    if (i < toks.length && toks[i]!.sent === toks[from]!.sent && !(toks[i]!.newline && !toks[i - 1]!.newline))
      continue;
    const runsOn = toks[from]!.sent === dropped;
    // the sentence's first words as written, lower-cased, and its opening words past any lead
    // ("And another place..."): mostly the same words, then built once
    const rawAt = rawStart(toks, from, i);
    const headAt = openingStart(toks, from, i);
    const raw = wordsOnLine(toks, rawAt, i);
    const head = headAt < 0 ? '' : headAt === rawAt ? raw : wordsOnLine(toks, headAt, i);
    if (carry > 0 && (opensLine(toks, from, i) || RETURN.test(raw) || (!frame && INTERVIEW_TALK.test(raw))))
      carry = 0;
    // frames that take the whole sentence take its later lines too; the others stop at the line's end
    const at = out.length;
    let whole = true;
    if (ASIDES.some((re) => re.test(raw)) && !INTERVIEW_TALK.test(raw)) {
      out.push([from, i]);
      carry = CARRY;
      frame = false;
    } else if (carry > 0) {
      out.push([from, i]);
      carry--;
    } else if (
      FRAMES.some((re) => re.test(head)) ||
      (head.startsWith('i had ') && ROUND_ELSEWHERE.test(sentenceText(toks, headAt, i)))
    ) {
      out.push([from, i]);
      if (CARRIED.some((re) => re.test(head))) {
        carry = CARRY_FRAME;
        frame = true;
      }
    } else if (HABIT.test(head)) {
      whole = false;
      out.push([from, contrastEnd(toks, from, lineEnd(toks, from, i))]);
    } else if (GENERAL.some((re) => re.test(head))) {
      whole = false;
      out.push([from, lineEnd(toks, from, i)]);
    } else if (AFTER_HIRE.test(head) && !FORECAST.test(sentenceText(toks, from, i))) {
      whole = false;
      out.push([from, lineEnd(toks, from, i)]);
    } else if (PREPARATION.test(head)) {
      whole = false;
      out.push([from, prepEnd(toks, from, lineEnd(toks, from, i))]);
    } else if (UNLIKE.test(head) && unlikeEnd(toks, from, i) > from) {
      whole = false;
      out.push([from, unlikeEnd(toks, from, i)]);
    } else if (EARLIER.test(head) || ANOTHER_INTERVIEW.test(head)) {
      whole = false;
      out.push([from, lineEnd(toks, from, i)]);
      if (ANOTHER_INTERVIEW.test(head) || OTHER_INTERVIEW.test(sentenceText(toks, from, i))) {
        carry = CARRY_FRAME;
        frame = true;
      }
    } else if (BACKGROUND.test(raw) && !INTERVIEW_TALK.test(raw)) out.push([from, i]);
    else if (ASKS_READER.test(head) && asksReader(toks, from, i)) out.push([from, i]);
    else if (OUTCOME.some((re) => re.test(raw)) && !WEEKS_LATE.test(sentenceText(toks, from, i)))
      out.push([from, i]);
    // the whole sentence, not only its line: "- the job ad said X\n- in the interview he said nothing"
    else if (JOB_AD.test(raw) && !INTERVIEWERS.test(sentenceText(toks, from, sentenceEnd(toks, i))))
      out.push([from, i]);
    else {
      whole = false;
      if (WRITING.some((re) => re.test(raw)) && !WRITING_TIMED.test(raw))
        out.push([from, writingEnd(toks, from, i)]);
    }
    // a list run on after a colon is read line by line: the lines under a heading a whole frame took
    // ("Tips:\n- Wear...") go with it, as do those wink ran on after a full stop; a line beside them
    // that stops short ("- the job ad said 'you will manage...'") takes only itself
    if (runsOn) {
      if (out.length === at) out.push([from, i]);
      else out[out.length - 1]![1] = i;
    } else if (whole && endsOnStop(toks, from, i)) dropped = toks[from]!.sent;
    from = i;
  }
  return out;
}
