/**
 * Runs every sign's cues over the segments that could match them: each cue's trigger
 * words (detect/triggers.ts) pick its candidate segments, so most regexes touch only a
 * few short strings instead of the whole document.
 */
import type { SignId } from '../../core/signs/ids.js';
import type { Tok } from '../nlp.js';
import type { Clause, Cue, Hit, SignPatterns } from './types.js';
import { charTokenRange, QUOTES } from './clauses.js';
import { isHedged, isNegated } from './scope.js';
import { isWorry } from './worry.js';
import { subjectOf } from './subject.js';
import { candidates } from './candidates.js';
import { compiledNative } from '../exec-all.js';
import { compileBusiestFirst } from './compile-order.js';
import { indexOf, NONE } from './cue-index.js';
import { matchedText } from './lookbehind.js';
import { isLatin1, oneByte, regexReadable } from './one-byte.js';

const HEDGE_PENALTY = 0.15;

/** Signs about how the interviewer behaved: what someone else in the room did is not one. */
const INTERVIEWER_MANNER = new Set<SignId>([
  'interviewer-disinterest',
  'negative-body-language',
  'interviewer-smiling',
  'flat-interviewer',
]);
/**
 * The room's feel, which a receptionist or another candidate does not set: "the receptionist was the
 * friendliest person I've met", "the other candidate looked awkward". Their cues marked 'any' still drop
 * a third person, as the manner signs do.
 */
const ROOM_FEEL = new Set<SignId>(['positive-atmosphere', 'awkward-atmosphere', 'engaging-conversation']);

/** What an interviewer does to the candidate, told in the passive: "I was rushed", "I got cut off", "we were kept waiting". */
const DONE_TO = new Set([
  'interrupted',
  'rushed',
  'hurried',
  'ignored',
  'cut',
  'put',
  'kept',
  'left',
  'ushered',
  'dismissed',
]);
const PASSIVE_AUX = new Set([
  'was',
  'were',
  'got',
  'get',
  'gets',
  'getting',
  'be',
  'been',
  'being',
  "'m",
  'am',
  'is',
]);

function doneToMe(toks: Tok[], c: Clause, from: number): boolean {
  if (!DONE_TO.has(toks[from]!.lower)) return false;
  for (let k = from - 1; k >= Math.max(c.from, from - 3); k--) {
    const w = toks[k]!.lower;
    if (PASSIVE_AUX.has(w)) return true;
    if (toks[k]!.pos !== 'ADV') return false;
  }
  return false;
}

/** "asked twice and got 'it varies'", "got \"ok\" in the same tone": a reply the candidate got is the interviewer's. */
const RECEIVING = new Set(['got', 'get', 'gets', 'getting', 'received']);

function receivedReply(toks: Tok[], c: Clause, from: number): boolean {
  const start = Math.max(c.clauseStart[from] ?? c.from, c.from);
  for (let k = from - 1; k >= start; k--) {
    if (!RECEIVING.has(toks[k]!.lower) || !QUOTES.has(toks[k + 1]?.lower ?? '')) continue;
    // "I've got 'it depends' written down" is what I have, not what I was told
    if (/^(?:'ve|have|has|'s)$/.test(toks[k - 1]?.lower ?? '')) return false;
    let q = k + 2;
    while (q < c.to && !QUOTES.has(toks[q]!.lower)) q++;
    // past the closing quote only a phrase of manner may follow ("in the same tone"), no verb of its own
    for (let i = q + 1; i < c.to && toks[i]!.sent === toks[k]!.sent; i++) {
      if (Math.max(c.clauseStart[i] ?? c.from, c.from) !== start) break;
      if (toks[i]!.pos === 'VERB' || toks[i]!.pos === 'AUX') return false;
    }
    return true;
  }
  return false;
}

function judge(
  sign: SignId,
  toks: Tok[],
  c: Clause,
  cue: Cue,
  from: number,
  transcript: boolean,
): 'keep' | 'drop' | 'flip' {
  if (transcript) {
    if (!cue.says) return 'drop';
    if (cue.says !== 'any' && cue.says !== c.role) return 'drop';
  } else {
    if (cue.says && !cue.notes) return 'drop';
    const subject = subjectOf(toks, c, from);
    // a third person (receptionist, another candidate) is neither side; cues marked 'any' only
    // skip the self check, so a bystander's manner is still no sign of the interviewer's
    if (subject === 'third' && (cue.who !== 'any' || INTERVIEWER_MANNER.has(sign) || ROOM_FEEL.has(sign)))
      return 'drop';
    if (
      cue.who === 'interviewer' &&
      subject === 'self' &&
      !doneToMe(toks, c, from) &&
      !receivedReply(toks, c, from)
    )
      return 'drop';
    if (cue.who === 'candidate' && subject === 'other') return 'drop';
  }
  if (!cue.worryOk && isWorry(toks, c, from)) return 'drop';
  if (cue.neg !== 'ignore' && isNegated(toks, c, from))
    return cue.neg && cue.neg !== 'block' ? 'flip' : 'drop';
  return 'keep';
}

const SURFACE_ONLY = [true] as const;
const BOTH = [false, true] as const;
interface DocStrings {
  text: string;
  starts: number[];
}

/** Segments joined by new lines: one regex scan per cue over the document, not one per segment. */
function docStrings(clauses: Clause[], pick: (c: Clause) => string): DocStrings {
  const starts: number[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const c of clauses) {
    const s = pick(c);
    starts.push(at);
    parts.push(s);
    at += s.length + 1;
  }
  return { text: parts.join('\n'), starts };
}

function clauseAt(starts: number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether a cue's `notAt` look-alike stands where its match starts. */
function passedOver(notAt: RegExp, str: string, index: number): boolean {
  notAt.lastIndex = index;
  return notAt.test(str);
}

export function hitsFrom(
  toks: Tok[],
  clauses: Clause[],
  signs: readonly SignPatterns[],
  transcript: boolean,
): Hit[] {
  const hits: Hit[] = [];
  collect(toks, clauses, signs, transcript, (_, h) => hits.push(h));
  return hits;
}

/**
 * hitsFrom for several signs in one pass: each sign's hits, in the order hitsFrom gives
 * them for that sign alone (cues never share state, only per-segment caches).
 */
export function hitsBySign(
  toks: Tok[],
  clauses: Clause[],
  signs: readonly SignPatterns[],
  transcript: boolean,
): Map<SignPatterns, Hit[]> {
  const out = new Map<SignPatterns, Hit[]>(signs.map((s) => [s, []]));
  collect(toks, clauses, signs, transcript, (sign, h) => out.get(sign)!.push(h));
  return out;
}

function collect(
  toks: Tok[],
  clauses: Clause[],
  signs: readonly SignPatterns[],
  transcript: boolean,
  emit: (sign: SignPatterns, h: Hit) => void,
): void {
  if (clauses.length === 0) return;
  const index = indexOf(signs, transcript);
  let lemmaDoc: DocStrings | undefined;
  let surfaceDoc: DocStrings | undefined;
  const lemmaCands = candidates(index, clauses, false, toks);
  const surfaceCands = candidates(index, clauses, true, toks);
  compileBusiestFirst(index, lemmaCands, surfaceCands, clauses.length);
  const hedged = new Map<Clause, boolean>();
  // the strings the regexes read, one byte wide wherever they can be (detect/one-byte.ts), made on first need:
  // one set per reading (lemmas or surface) and per set of wide characters a regex names (its stand-ins' `keep`)
  const clauseStrings = new Map<string, (string | undefined)[]>();
  // a segment string with no character past Latin-1 reads the same under every `keep` (its
  // one-byte copy), so that copy is made once per reading and shared; null: it has wider ones.
  // Made per set as well, the copies were ~50 MB of a megabyte's allocation
  const lemmaPlain: (string | null | undefined)[] = [];
  const surfacePlain: (string | null | undefined)[] = [];
  // only a string with wider characters is kept per set (`made`)
  const readable = (
    c: Clause,
    k: number,
    surface: boolean,
    keep: string | undefined,
    made: (string | undefined)[],
  ): string => {
    const s = surface ? c.surface : c.lemmas;
    const plain = surface ? surfacePlain : lemmaPlain;
    let p = plain[k];
    if (p === undefined) plain[k] = p = isLatin1(s) ? oneByte(s) : null;
    return p ?? (made[k] ??= regexReadable(s, keep));
  };
  const docStringsRead = new Map<string, string>();
  const readingKey = (surface: boolean, keep: string | undefined): string =>
    (surface ? 's' : 'l') + (keep ?? '*');
  for (let e = 0; e < index.entries.length; e++) {
    const { sign, cue, re, group, always, keep } = index.entries[e]!;
    if (!always && !lemmaCands[e] && !surfaceCands[e]) continue;
    compiledNative(re);
    // counted signs (transcript doubts), or a surface cue that says so, may take several doubts from one sentence
    const counted = sign.repeats === true || (cue.repeats === true && cue.surface === true);
    const done = new Set<number>();
    // lemmas first ("folded" reads "fold"), then the surface, which keeps contractions whole
    const passes = cue.surface ? SURFACE_ONLY : BOTH;
    const take = (c: Clause, k: number, length: number, local: number, surface: boolean): void => {
      const [from, to] = charTokenRange(toks, c, surface, local, length);
      const verdict = judge(sign.id, toks, c, cue, from, transcript);
      if (verdict === 'drop') return;
      done.add(k);
      const id = verdict === 'flip' ? (cue.neg as Hit['id']) : sign.id;
      let h = hedged.get(c);
      if (h === undefined) hedged.set(c, (h = isHedged(c)));
      const confidence = Math.max(0.3, (cue.conf ?? 0.75) - (h ? HEDGE_PENALTY : 0));
      emit(sign, { id, cue, clause: c, from, to, confidence });
    };
    for (const surface of passes) {
      const key = readingKey(surface, keep);
      if (always) {
        // no trigger words: one scan over the whole document string
        const doc = surface
          ? (surfaceDoc ??= docStrings(clauses, (c) => c.surface))
          : (lemmaDoc ??= docStrings(clauses, (c) => c.lemmas));
        let text = docStringsRead.get(key);
        if (text === undefined) docStringsRead.set(key, (text = regexReadable(doc.text, keep)));
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(text))) {
          const length = matchedText(m, group).length;
          re.lastIndex = m.index + (length || 1);
          if (cue.notAt !== undefined && passedOver(cue.notAt, text, m.index)) continue;
          const k = clauseAt(doc.starts, m.index);
          if (!counted && done.has(k)) continue;
          take(clauses[k]!, k, length, m.index - doc.starts[k]!, surface);
        }
        continue;
      }
      let made = clauseStrings.get(key);
      if (!made) clauseStrings.set(key, (made = []));
      for (const k of (surface ? surfaceCands[e] : lemmaCands[e]) ?? NONE) {
        if (!counted && done.has(k)) continue;
        const c = clauses[k]!;
        const str = readable(c, k, surface, keep, made);
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(str))) {
          // past the match, as a scan of the cue's own regex goes on (an empty one: one char on)
          const length = matchedText(m, group).length;
          re.lastIndex = m.index + (length || 1);
          if (!counted && done.has(k)) break;
          if (cue.notAt !== undefined && passedOver(cue.notAt, str, m.index)) continue;
          take(c, k, length, m.index, surface);
        }
      }
    }
  }
}
