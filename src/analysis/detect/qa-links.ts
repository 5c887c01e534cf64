/**
 * Notes often put a question and its answer in two sentences or lines: "I asked about the
 * culture. 'Standard corporate,' she said." / "Team? -> 'you'll meet them'" / "Q: ... A: ...".
 * A linked segment spans the question and the reply after it, so cues marked `qa` read the
 * reply as the answer to that question. Only those cues run on linked segments.
 */
import { isSpaceCode, isWordCode } from '../char-class.js';
import { compiledNative } from '../exec-all.js';
import type { Tok } from '../nlp.js';
import type { Clause, SignPatterns } from './types.js';
import { linkedClause } from './clauses.js';

/** The candidate asking, in a segment's lemmas: "I asked", a note's bare "asked ...", "Q:". Not "she asked me". */
const ASKS = /\b(i|we) (\w+ ){0,2}(ask|question|wonder|enquire|inquire)\b|^\W*(ask|asked|question|q)\b/;
/** A reply: an answer verb near the start or the end ("'varies,' he said"), or a bare answer. */
const REPLY_VERB =
  /^(?:\S+ ){0,5}?(?:he|she|they|it|we|him|her|them|\w+) (?:just |only |simply |then |kinda |kind of |sort of )?(?:say|reply|answer|go|tell|shrug|laugh|smile|mumble|mutter|respond|deflect|dodge|wave|give|look)\b|\b(?:he|she|they|\w+) (?:say|reply|answer|go|add)\s*[.!]?\s*$/;
// a note's "Answer: ..." labels the reply as plainly as "A:"
const REPLY_MARK = new Set([
  '->',
  '→',
  '=>',
  '-',
  '–',
  '—',
  ':',
  'a',
  '>',
  'answer',
  'reply',
  'response',
  'ans',
]);
const QUOTE = new Set(["'", '"', '\u201C', '\u201D', '`', "''"]);
// run on every segment after the cue regexes have compiled: compiled first, as optimized code
// (compiled after them, V8 gives a regex unoptimized code for good; see exec-all.ts)
for (const re of [ASKS, REPLY_VERB]) compiledNative(re);
/** A short segment after a question reads as its answer. */
const SHORT_REPLY = 8;

function firstTok(toks: Tok[], c: Clause): Tok | undefined {
  for (let i = c.from; i < c.to; i++) if (!toks[i]!.newline && toks[i]!.pos !== 'SPACE') return toks[i];
  return undefined;
}

/** Does `s` hold a word character (`/\w/.test(s)`)? */
export function hasWordChar(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (isWordCode(s.charCodeAt(k))) return true;
  return false;
}

/** Does `s` end in a question mark, white space after it passed over (`/\?\s*$/.test(s)`)? */
export function endsAsQuestion(s: string): boolean {
  let k = s.length - 1;
  while (k >= 0 && isSpaceCode(s.charCodeAt(k))) k--;
  return k >= 0 && s.charCodeAt(k) === 63;
}

function words(toks: Tok[], c: Clause): number {
  let n = 0;
  for (let i = c.from; i < c.to; i++) if (hasWordChar(toks[i]!.lower)) n++;
  return n;
}

function isQuestion(c: Clause): boolean {
  return endsAsQuestion(c.surface) || ASKS.test(c.lemmas);
}

function isReply(toks: Tok[], c: Clause): boolean {
  if (endsAsQuestion(c.surface)) return false;
  const t = firstTok(toks, c);
  if (!t) return false;
  if (QUOTE.has(t.lower) || REPLY_MARK.has(t.lower)) return true;
  return REPLY_VERB.test(c.lemmas) || words(toks, c) <= SHORT_REPLY;
}

/** Doubts named in one sentence and spelled out in the next: "She had her doubts. First about my gap, then my commute." */
const DOUBTS = new Set(['doubts', 'concerns', 'reservations', 'worries', 'objections']);
const SPELLED_OUT = new Set(['first', 'firstly', 'namely', 'one']);

function lastWord(toks: Tok[], c: Clause): Tok | undefined {
  for (let i = c.to - 1; i >= c.from; i--) if (hasWordChar(toks[i]!.lower)) return toks[i];
  return undefined;
}

/** Question segments joined with the reply that follows them, and doubts named with the sentence that lists them. */
export function qaLinks(toks: Tok[], clauses: Clause[]): Clause[] {
  const out: Clause[] = [];
  for (let k = 0; k + 1 < clauses.length; k++) {
    const q = clauses[k]!;
    if (!q.lemmas || !hasWordChar(q.lemmas)) continue;
    if (!isQuestion(q)) {
      const next = clauses[k + 1]!;
      if (DOUBTS.has(lastWord(toks, q)?.lower ?? '') && SPELLED_OUT.has(firstTok(toks, next)?.lower ?? ''))
        out.push(linkedClause(toks, q, next));
      continue;
    }
    // a line break alone makes an empty segment between the question and its answer, and a
    // doubled mark ("Role?? -> ...") a segment of bare punctuation
    let n = k + 1;
    while (n < clauses.length && !hasWordChar(clauses[n]!.lemmas)) n++;
    const a = clauses[n];
    if (a && isReply(toks, a)) out.push(linkedClause(toks, q, a));
  }
  return out;
}

const qaSigns = new WeakMap<readonly SignPatterns[], SignPatterns[]>();
/** The signs' `qa` cues only, built once per list. */
export function qaSignsOf(signs: readonly SignPatterns[]): SignPatterns[] {
  let out = qaSigns.get(signs);
  if (!out) {
    // `only` cues are left out of the usual pass (cue-index), so here they become plain `qa` cues
    out = signs
      .map((s) => ({
        ...s,
        cues: s.cues.filter((c) => c.qa).map((c) => (c.qa === 'only' ? { ...c, qa: true } : c)),
      }))
      .filter((s) => s.cues.length > 0);
    qaSigns.set(signs, out);
  }
  return out;
}
