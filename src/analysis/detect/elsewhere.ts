/**
 * Sentences about some other interview than the one being told. Long accounts (a blog post, a
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
  '(?:compan(?:y|ies)|agenc(?:y|ies)|universit(?:y|ies)|charit(?:y|ies)|consultanc(?:y|ies)|vacanc(?:y|ies)|(?:place|firm|employer|school|hospital|practice|shop|store|restaurant|bank|brand|start-?up|association|council|trust|organi[sz]ation|lab|uni|college|studio|hotel|cafe|bar|office|business|outfit|crowd|site|chain|clinic|job|application|role|position|post|interview|process|recruiter)s?)';
const FRAMES: readonly RegExp[] = [
  // another employer or occasion: "Another place...", "One firm...", "Some companies...", "Two of the other schools..."
  new RegExp(
    `^(?:another|one|some|other|a different|the other|two|three|four|several|a few|most|many|all the other|both other|every other|each other)(?: of (?:the|my|them))?(?: other)?(?: [\\w-]+)? ${ORG}\\b(?! (?:question|questions|answer|tip|today|yesterday|tonight|this|done|down|under)\\b| ?[,.!:;—–-]|$)`,
  ),
  /^another (?:one )?(?:in|at|from|down|up|over)\b/,
  // an earlier job: "In my last job...", "At my old place...", "When I worked at..."
  /^(?:in|at|during|on) (?:my|a|one) (?:last|previous|old|former|first|current|other|summer|part-time) (?:job|role|company|workplace|placement|internship|position|team|post|firm|school|place|gig)\b/,
  /^(?:back )?when i (?:worked|was working|was employed|was at|was in) (?:at|in|for|as)\b/,
  /^(?:my|our) (?:last|previous|old|former|current|ex) (?:boss|manager|supervisor|employer|job|company|team lead|line manager|head|hod|principal)\b/,
  // advice and general truths: "Advice: ...", "Lessons: ...", "If you're...", "Don't panic if...", "A good interviewer will..."
  /^(?:(?:my|some|top|pro|one|the) )?(?:advice|lessons?|tips?|moral|takeaways?|psa|tl;?dr for (?:anyone|others))\b[^.]{0,40}[:—-]/,
  /^(?:my advice|a word of advice|advice for|lesson learned|lesson learnt|lesson for)\b/,
  /^if (?:you(?:'re| are)?|your) (?:ever |going |applying|interviewing|get an? |have an? |find yourself|want|are ever|interviewer|recruiter|panel|hiring manager)/,
  /^(?:always|never|don'?t|do not) (?:\w+ )?(?:ask|assume|read|panic|take|forget|expect|let|worry|stress|overthink|judge|give up|lose hope|be afraid)\b/,
  /^(?:a|an|any|every|the best|the worst|most|good|bad) (?:good |bad |great |decent |warm |cold |friendly |nice |real |proper )?(?:interviewer|interview|recruiter|panel|manager|hiring manager|employer|company)s? (?:is|are|will|should|does|do|doesn'?t|don'?t|isn'?t|aren'?t|means?|can|won'?t|who|that|always|usually|often|never)\b/,
  /^(?:interviewers|recruiters|hiring managers|employers|companies|managers|panels) (?:who|that|are|will|often|always|sometimes|usually|never|can|don'?t|do|tend|love|like|want|just)\b/,
];

const QUOTE = /^["'\u201C\u201D`]+$/;
/**
 * Opening words of the sentence from token `from`, lower-cased and joined as written; empty for
 * a sentence that opens a quote, since speech ("When you join you'll...") frames nothing.
 */
function opening(toks: Tok[], from: number, to: number): string {
  let i = from;
  while (
    i < to &&
    (LEAD.has(toks[i]!.lower) || /^[,;:.!?…\-–—()*•]+$/.test(toks[i]!.lower) || toks[i]!.newline)
  )
    i++;
  if (i < to && QUOTE.test(toks[i]!.lower)) return '';
  let s = '';
  for (let n = 0; i < to && n < OPENING_WORDS; i++, n++) {
    const t = toks[i]!;
    if (t.newline) break;
    s += (s && t.spaceBefore ? ' ' : '') + t.lower;
  }
  return s;
}

/** Token ranges [from, to) of the sentences framed as about another interview, in text order. */
export function elsewhereRanges(toks: Tok[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 1; i <= toks.length; i++) {
    if (i < toks.length && toks[i]!.sent === toks[from]!.sent) continue;
    const head = opening(toks, from, i);
    if (FRAMES.some((re) => re.test(head))) out.push([from, i]);
    from = i;
  }
  return out;
}
