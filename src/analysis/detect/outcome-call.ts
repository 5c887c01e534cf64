/**
 * What was said on the call or in the email that brought the outcome, told as the story ends:
 * "HR just rang, I got it. The HR lady said Phil was really impressed", "The Head of School offered
 * a feedback call. He was kind, and said the panel thought I was very strong on research", "His
 * assistant rang. They're offering me the job, and she said Declan was very taken with me". Praise
 * or warmth passed on after the decision is the decision's messenger speaking, not what happened
 * in the interview, so those sentences are dropped like another occasion's (elsewhere.ts).
 *
 * Only sentences that pass a third person's word on ("she said", "he told me") and follow the news
 * on its line go: "I got the offer. Looking back, she smiled the whole way through" is
 * the writer's own recollection of the interview, and stays.
 */
import type { Tok } from '../nlp.js';
import { sentenceText } from './sentence-spans.js';

/** Word arriving: "HR rang", "the email came", "got a call". */
export const CONTACT =
  /\b(?:rang|rung|called|phoned|emailed|e-mailed|texted|messaged|(?:email|call|letter|message|text) came|got (?:a|the) (?:call|email|letter|text)|feedback (?:call|email|session))\b/;
/** The news itself: an offer, a no, or feedback on it. */
export const NEWS =
  /\b(?:offer(?:ed|ing)? me (?:the|a) (?:job|role|position|post|place)|i got (?:it|the job|the role|the offer)|got the job|(?:un|not )successful|rejection|rejected|feedback (?:call|email|session)|gone with (?:another|someone|an internal)|didn'?t get (?:it|the job))\b/;
/** A third person passing word on: "she said", "the HR lady said", "and told me". */
const PASSED_ON =
  /(?:^|\b(?:she|he|they|and|who|[\w-]+ (?:lady|guy|woman|man|person|manager|recruiter|director|head))) (?:also |then |kindly |actually )?(?:said|told me|mentioned|added|explained|passed on|let slip)\b/;
/** Sentences after the news that may still be its call. */
const AFTER_NEWS = 3;

/**
 * Parts of the words CONTACT can match, one of which its match must hold: a text with none of
 * them has no call to read, so its sentences are not joined into strings at all (a megabyte of
 * notes has some sixty thousand). Kept by hand from CONTACT; outcome-call.test checks the two agree.
 */
export const CONTACT_PARTS = [
  'rang',
  'rung',
  'call',
  'phone',
  'mail',
  'text',
  'messag',
  'came',
  'got',
  'feedback',
];

function mayHaveContact(toks: Tok[]): boolean {
  for (const t of toks) for (const part of CONTACT_PARTS) if (t.lower.includes(part)) return true;
  return false;
}

/** Parts of the words NEWS can match, one of which its match must hold, as CONTACT_PARTS for CONTACT (outcome-call.test checks). */
export const NEWS_PARTS = ['offer', 'got', 'successful', 'reject', 'feedback', 'gone', 'get'];
const PARTS = [...new Set([...CONTACT_PARTS, ...NEWS_PARTS])];
/** Whether a token's text holds a part of CONTACT or NEWS, by text (a few thousand distinct ones per megabyte). */
const holdsPart = new Map<string, boolean>();
function mayHaveNews(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = toks[k]!.lower;
    let held = holdsPart.get(w);
    if (held === undefined) {
      if (holdsPart.size >= 10_000) holdsPart.clear();
      held = PARTS.some((part) => w.includes(part));
      holdsPart.set(w, held);
    }
    if (held) return true;
  }
  return false;
}

/** Token ranges [from, to) of the sentences that pass on what the outcome's messenger said. */
export function outcomeCallRanges(toks: Tok[]): [number, number][] {
  const out: [number, number][] = [];
  // no word arriving, no news heard: `heard` below needs CONTACT, and `left` only follows it
  if (!mayHaveContact(toks)) return out;
  let contact = -1;
  let news = -1;
  let left = 0;
  for (let from = 0, i = 1; i <= toks.length; i++) {
    if (i < toks.length && toks[i]!.sent === toks[from]!.sent) continue;
    // the call's account ends with its line
    if (toks[from]!.newline || toks[from - 1]?.newline) left = 0;
    // a sentence that can match neither CONTACT nor NEWS changes nothing unless a call's account
    // runs on (left): only then are its words joined (a megabyte's sentences were ~10 MB of strings)
    if (left === 0 && !mayHaveNews(toks, from, i)) {
      from = i;
      continue;
    }
    const text = sentenceText(toks, from, i, false);
    const sent = toks[from]!.sent;
    if (CONTACT.test(text)) contact = sent;
    if (NEWS.test(text)) news = sent;
    const heard = contact >= 0 && news >= 0 && Math.abs(contact - news) <= 1;
    if (left > 0 && PASSED_ON.test(text)) out.push([from, i]);
    else if (heard && sent === Math.max(contact, news) && PASSED_ON.test(text.slice(text.search(NEWS))))
      out.push([from, i]);
    if (heard && sent === Math.max(contact, news)) {
      left = AFTER_NEWS;
      contact = news = -1;
    } else if (left > 0) left--;
    from = i;
  }
  return out;
}
