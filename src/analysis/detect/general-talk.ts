/**
 * Sentences of a long account that tell no one occasion of this interview: the writer's habits
 * ("Usually I ramble when I'm nervous"), their experience of interviews in general ("I've had
 * panels that never looked up"), advice to the reader ("Make sure you ask when you'll hear"),
 * what everyone says of a place ("Everyone says they're lovely there") and a time before the
 * story ("The week before, I'd had a screen with a courier firm"). Read by elsewhere.ts on a
 * sentence's opening words, past its leads.
 */
import type { Tok } from '../nlp.js';

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
  // an insider's word passed on: "A friend who works there said they pay for your licence"
  /^(?:my|a|one|another|our) (?:[\w-]+ )?(?:friends?|mates?|sisters?|brothers?|cousins?|colleagues?|neighbou?r|partner|husband|wife|mum|mom|dad|uncle|aunt|someone|guy|girl|woman|man|lad|bloke|contact)(?:,)? (?:who|that) (?:works?|worked|used to work|has worked|drives?|drove|is|was|used to be|interned|temped|volunteers?)\b(?: [\w',-]+){0,8}? (?:said|says|told me|tells me|mentioned|reckons|swears|warned me)\b/,
  /^(?:everyone|everybody|people|the internet|reddit|glassdoor|indeed|online reviews?|(?:the )?reviews?(?: online| on glassdoor)?) (?:always |all |keep |kept )?(?:say|says|said|tell|tells|told|telling|reckon|reckons|swear|swears|warned|warn)\b/,
];

/**
 * A time before the story told as its own occasion: "The week before...", "A month earlier...",
 * "Earlier that week...". Carried over the next sentences of its line when it names another
 * interview (the one that came before).
 */
export const EARLIER =
  /^(?:(?:the|that) (?:day|week|month|year|weekend|fortnight) (?:before|prior|earlier)\b|(?:a|one|two|three|four|five|six|a few|a couple of|several) (?:days?|weeks?|months?|years?) (?:before|earlier|prior)\b(?! (?:the|that|this|my) (?:interview|call|panel|meeting)\b)|(?:the )?previous (?:day|week|month|year|weekend|spring|summer|autumn|winter|fall)\b|earlier (?:that|this|in the) (?:week|month|year|spring|summer|autumn|winter|fall)\b)/;
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
