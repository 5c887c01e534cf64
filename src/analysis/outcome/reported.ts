/**
 * The answer itself, when the text already tells it: "they offered me the job", "got the
 * rejection email on Monday", "I'm through to the final round". Someone who writes that has
 * their answer; Debrief should say so and offer to record it rather than present a toss-up.
 *
 * Only the writer's own process counts, told as done: hopes ("hoping they offer me the job"),
 * conditions ("if I get the job"), questions ("did I get it?"), denials ("no rejection yet") and
 * other applications ("rejected by three other firms") are not an answer. When a text tells
 * several (a first round passed, then a rejection), the last one told is the answer.
 */
import { readText, type ReadText } from '../nlp.js';
import type { EvidenceQuote, ReportedOutcome } from '../types.js';
import { compiledNative, execAll } from '../exec-all.js';

const JOB = String.raw`(?:job|role|position|post|place|gig|contract|internship|offer|spot|vacancy|opening)`;
/** The writer as subject: "I", "I've", "I'd". */
const I = String.raw`\bi(?:'?ve|'?d|'m)? `;
/** The writer as subject, or no subject at a sentence's start ("Got the offer!"), never "she got the job". */
const SELF = String.raw`(?:${I}(?:\w+ ){0,3}?|(?:^|(?<=[.!?\n:(] {0,3})))`;
const ROUND = String.raw`(?:second|2nd|third|3rd|fourth|4th|final|last|next|onsite|on-site|panel|follow-up|follow up|in-person|face-to-face|technical)`;
const STAGE = String.raw`(?:round|stage|interview|step|part)`;

type Kind = ReportedOutcome['outcome'];
const PATTERNS: ReadonlyArray<readonly [Kind, RegExp]> = [
  [
    'offer',
    new RegExp(
      String.raw`\b(?:(?:offered|gave|made) me (?:the |a |an |my )?(?:${JOB}|it|one)\b(?![-'])|${SELF}(?:was|been|be|got|get|have been|'ve been) (?:formally |verbally |officially )?offered (?:the |a |an )?${JOB}|${SELF}(?:got|received|had|accepted|took|signed|have|'ve got) (?:the |an |a |their |my )?(?:(?:verbal|formal|written|official|job|conditional|firm) )*offer\b(?! (?:of (?:a|an) interview|to interview))|${SELF}got (?:the|that) (?:${JOB})\b(?! (?:description|spec|ad|advert|posting|title|interview|application|details|listing))|${SELF}(?:was|got|have been|'ve been|been|be) (?:hired|taken on)\b|(?:they|she|he) (?:hired me|took me on(?! (?:a|an|the|my|their|our|to|through|around|round)\b))\b|\bi(?:'?ve|'?d| have| had)? accepted (?:the |their |an? )?(?:${JOB}|offer)\b|offer letter (?:came|arrived)|i start (?:on|next|in|monday|tuesday|wednesday|thursday|friday)\b|i (?:got|landed) it\b(?! (?:wrong|right|done|across|out|over|back|in|all|together|off))(?!\w))`,
      'gi',
    ),
  ],
  [
    'rejected',
    new RegExp(
      String.raw`\b(?:(?:got|received|had|opened|came|arrived)(?: back)? (?:a |the |my |an |their )?(?:(?:polite |standard |generic |automated |form |kind |short |brief )?(?:rejection|decline|no thanks|thanks but no)(?: (?:email|e-mail|letter|call|message|note|text))?)|rejection (?:email|e-mail|letter|call|message) (?:came|arrived|landed)|${I}(?:\w+ ){0,2}?(?:was|got|been|am|'m) (?:rejected|unsuccessful|turned down|passed over|knocked back|declined)|(?:^|(?<=[.!?\n] {0,3}))(?:got |was )?(?:rejected|unsuccessful)\b|(?:they|she|he|hr|the company) (?:rejected|turned down|declined|passed on) me|(?:${I}(?:\w+ ){0,2}?|^|(?<=[.!?\n] {0,3}))(?:didn'?t|did not|never) get (?:it|the (?:${JOB})|an offer|the offer|through|past|to the next)|(?:went|gone|go|going|decided to go|chose to go|chosen to go) (?:with|for) (?:someone|somebody)(?: else)?|(?:went|gone|go|going|decided to go|chose to go|chosen to go) with (?:another|a different|an internal|the other|other|a more) (?:\w+ )?(?:candidate|applicant|person|hire|internal)|(?:decided|chosen|elected) not to (?:proceed|progress|move forward|go forward|continue|take (?:me|it|my application))|(?:not|no longer) (?:be )?(?:moving|going) forward with (?:me|my|your)|(?:the )?(?:${JOB}) (?:had|has|was) (?:been )?(?:filled|given to)|offered (?:the |it |my )(?:${JOB} )?to (?:another|someone|somebody|a different|an internal|the other|an external)|it was a no\b)`,
      'gi',
    ),
  ],
  [
    'next-round',
    new RegExp(
      String.raw`\b(?:(?:invited|asked|called|brought|had|wanted|want) (?:me )?(?:back )?(?:to|for|in for) (?:a |the |an )?${ROUND} ${STAGE}|(?:got|made it|moved|moving|progressed|passed|advanced|invited|went through|got through|put through) (?:on )?(?:through )?to (?:the )?${ROUND} ${STAGE}|${SELF}(?:got|have|landed|booked|scheduled) (?:a |the |my )?${ROUND} ${STAGE}|(?:they|she|he) want(?:ed|s)? (?:to see )?me (?:back|again)\b|(?:i'?m|i am|i was) through to (?:the )?${ROUND})`,
      'gi',
    ),
  ],
  [
    'withdrew',
    new RegExp(
      String.raw`\b(?:i (?:then |eventually |finally )?(?:withdrew (?:my application|from (?:the|their|this) (?:process|running|recruitment|race))|pulled out of (?:the|their|this) (?:process|running|recruitment|race)|pulled my application|withdrew(?! (?:from|my|the|their|it|a|an|all|money|cash|into)\b))|i (?:have |'ve )?decided to withdraw(?: my application)?)\b`,
      'gi',
    ),
  ],
];

/** What, just before the match, makes it not a told answer: a denial, a hope, a condition, a wait. */
const NOT_TOLD =
  /(?:\bnot|\bno|\bnever|n't|\bwithout|\bif|\bwhether|\bhope[sd]?|\bhoping|\bwish\w*|\bpray\w*|\bguess\w*|\bassum\w*|\bthink|\bthought|\bprobably|\breckon|\bsuppose|\bmaybe|\bperhaps|\buntil|\btill|\bbefore|\bunless|\bwhen|\bonce|\bwould|\bwould've|\bcould|\bmight|\bmay|\bshould|\bwill|\b'll|\bgoing to|\bgonna|\bwanna|\bwant to|\blike to|\blove to|\bwait\w*|\bexpect\w*|\bchance|\bas (?:if|though|having)|\bconvinced|\bsuspect\w*|\bbet\b|\bsure|\bcertain|\bfigured|\bfelt like|\bfeeling|\bodds|\bfear\w*|\bworr\w*|\bafraid|\bscared|\bdream\w*|\bimagin\w*|\bin case|\bhow to|\bdid i|\bwill i|\bam i|\bcan i|\bdo i|\bwhy)\W+(?:\w+\W+){0,3}$/i;
/** Other applications in the same sentence: "rejected by three other firms", "in my last job hunt". */
const ELSEWHERE =
  /\b(?:other|another|previous|last|former|old|different) (?:jobs?|compan(?:y|ies)|firms?|interviews?|applications?|places|employers?|roles|positions|job hunts?|job search)|\b(?:dozens|hundreds|lots|loads|so many|plenty|all) of (?:jobs|companies|firms|interviews|applications|places|rejections)|\b(?:every|each) (?:job|company|firm|interview|application|place)\b|\brejections\b|\bone (?:\w+ ){0,2}(?:compan(?:y|ies)|firm|place|practice|school|hospital|store|shop|agency|bank|brand|employer|of them|of the others)\b|\b(?:years|months) ago\b/i;
/** A hedge inside the words themselves: "I probably didn't get it". */
const HEDGED = /\b(?:probably|maybe|perhaps|possibly|likely|surely|guess|think)\b/i;
const QUESTION_END = /^[^.!\n]*\?/;
/**
 * A next round told before the interview is ("I was invited to a final interview; it was a
 * panel of four") is how this interview came about, not its answer: it counts in the text's
 * second half, or when its sentence places it after ("the next day they asked me back").
 */
const AFTERWARDS =
  /\b(?:later|afterwards?|after (?:that|the|my|our|it)|the next (?:day|morning|week)|next day|the following|today|this morning|yesterday|just (?:got|heard|had)|finally|since then|in the end|good news|update)\b/i;
const SENTENCE_START = /[.!?\n][^.!?\n]*$/;

function sentenceOf(text: string, at: number, end: number): { before: string; after: string } {
  const head = text.slice(Math.max(0, at - 300), at);
  const m = SENTENCE_START.exec(head);
  const before = m ? head.slice(m.index + 1) : head;
  const after = text.slice(end, end + 300);
  return { before, after };
}

/**
 * The last answer the text tells, with the words that tell it; undefined when it tells none.
 * `read` is `readText(raw)`, when the caller has it.
 */
export function reportedOutcomeFrom(
  raw: string,
  read: ReadText = readText(raw),
): ReportedOutcome | undefined {
  // read as the rules read it (OCR-repaired, soft wraps as spaces); same length as raw: offsets carry over
  const { text } = read;
  let best: { kind: Kind; start: number; end: number } | undefined;
  for (const [kind, re] of PATTERNS) {
    for (const m of execAll(re, text)) {
      const start = m.index;
      const end = start + m[0].trimEnd().length;
      const { before, after } = sentenceOf(text, start, end);
      if (NOT_TOLD.test(text.slice(Math.max(0, start - 40), start)) || HEDGED.test(m[0])) continue;
      if (QUESTION_END.test(after)) continue;
      const rest = after.split(/[.!?\n]/, 1)[0] ?? '';
      if (ELSEWHERE.test(before) || ELSEWHERE.test(rest)) continue;
      if (kind === 'next-round' && start < text.length / 2 && !AFTERWARDS.test(before + rest)) continue;
      if (!best || start > best.start) best = { kind, start, end };
    }
  }
  if (!best) return undefined;
  const evidence: EvidenceQuote = {
    quote: raw.slice(best.start, best.end),
    start: best.start,
    end: best.end,
  };
  return { outcome: best.kind, evidence };
}

// large, and first run on short strings: compiled to machine code at load, so their bytecode
// does not spend V8's regex budget (ADR 0008, "Session 20")
for (const re of [NOT_TOLD, ELSEWHERE]) compiledNative(re);
