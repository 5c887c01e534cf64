/**
 * Segments are sentences (also cut at new lines and bullets, for notes typed as
 * lists); cues match over a whole segment so "asked about culture ... got 'you'll
 * find out'" is one match. Inside a segment, clause starts (at contrast and sequence
 * words: "stiff at first, then we were joking") bound negation and worry scope.
 */
import type { Tok } from '../nlp.js';
import type { Clause } from './types.js';

const BREAK_WORDS = new Set(['but', 'however', 'although', 'though', 'whereas', 'then', 'later', 'until', 'because', 'bc', 'cause', 'cuz', 'while', 'otherwise', 'so', 'and']);
const CLAUSE_PUNCT = new Set([',', ';', ':', '-', '–', '—', '(', ')']);
const SEGMENT_PUNCT = new Set(['|', '•', '!', '?', '...', '…']);
const QUOTES = new Set(["'", '"', '\u201C', '\u201D', '`', "''"]);

function buildClause(toks: Tok[], from: number, to: number, fromEnd: number, role: Clause['role'], clauseStart: Int32Array): Clause {
  const lemmaParts: string[] = [];
  const surfParts: string[] = [];
  const lemmaIdx: number[] = [];
  const surfIdx: number[] = [];
  let pendingSpace = false;
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    if (QUOTES.has(t.lower) || t.newline || t.pos === 'SPACE') {
      pendingSpace = true;
      continue;
    }
    if (lemmaParts.length) lemmaIdx.push(i);
    const spaced = surfParts.length > 0 && (t.spaceBefore || pendingSpace);
    if (spaced) surfIdx.push(i);
    pendingSpace = false;
    lemmaParts.push(t.lemma);
    surfParts.push(spaced ? ' ' + t.lower : t.lower);
    for (let k = 0; k < t.lemma.length; k++) lemmaIdx.push(i);
    for (let k = 0; k < t.lower.length; k++) surfIdx.push(i);
  }
  return {
    from, to, role, fromEnd, clauseStart,
    lemmas: lemmaParts.join(' '),
    surface: surfParts.join(''),
    lemmaTok: Int32Array.from(lemmaIdx),
    surfaceTok: Int32Array.from(surfIdx),
  };
}

/**
 * Splits tokens [from, to) into segments. `clauseStart` (shared, indexed by token) is
 * filled with the first token of each token's clause.
 */
export function clausesFrom(toks: Tok[], from = 0, to = toks.length, role?: Clause['role'], clauseStart = new Int32Array(toks.length)): Clause[] {
  const out: Clause[] = [];
  const lastSent = to > from ? toks[to - 1]!.sent : 0;
  let start = from;
  let cStart = from;
  const push = (end: number) => {
    if (end > start) out.push(buildClause(toks, start, end, lastSent - toks[start]!.sent, role, clauseStart));
    start = end;
    cStart = end;
  };
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    const prev = i > from ? toks[i - 1]! : undefined;
    if (prev && prev.sent !== t.sent) push(i);
    if (BREAK_WORDS.has(t.lower) && i > cStart + 1) cStart = i;
    clauseStart[i] = cStart;
    if (t.newline) { push(i + 1); continue; }
    if (SEGMENT_PUNCT.has(t.lower)) { push(i + 1); continue; }
    if (CLAUSE_PUNCT.has(t.lower)) cStart = i + 1;
  }
  push(to);
  out.forEach((c, k) => (c.fromEnd = out.length - 1 - k));
  return out;
}
