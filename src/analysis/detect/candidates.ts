/**
 * Candidate segments: a cue's regex runs only on segments whose words meet its triggers.
 * Words are read once per document into ids, and each distinct word is looked up once.
 */
import type { Tok } from '../nlp.js';
import type { Clause } from './types.js';
import { type CueIndex, entriesOfWord } from './cue-index.js';
import { skipped } from './clauses.js';
import { type Deferred, deferredPairs } from './common-words.js';
import { wordsOf } from './triggers.js';

/** Each segment string's words as ids into one vocabulary: `ids[ends[k-1]..ends[k])` is segment k. */
interface SegmentWords {
  ids: Int32Array;
  ends: Int32Array;
}
interface DocWords {
  vocab: string[];
  lemma: SegmentWords;
  surface: SegmentWords;
}

// several sign lists run over the same segments (aftermath reuses them), so words are read once
const docWords = new WeakMap<Clause[], DocWords>();

const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95; // [a-z0-9_], as WORDS in triggers.ts

/**
 * A token string's words, and whether it starts and ends with a word character. A class, as
 * clauses.ts's Segment is: these live for their section, and an object literal's site would be
 * pretenured, so every later section's would go straight to old space.
 */
class TokWords {
  constructor(
    readonly ids: number[],
    readonly head: boolean,
    readonly tail: boolean,
  ) {}
}

/** A list that is no literal (`[]`), for the same reason: Array.prototype.slice makes it without a site. */
const NO_SEGMENTS: readonly number[] = [];
const newList = (): number[] => NO_SEGMENTS.slice();
const wordsOfOne = (id: number): number[] => {
  const list = newList();
  list.push(id);
  return list;
};

/** A non-empty string of word characters only: its one word is itself (what wordsOf gives, without a match). */
function isOneWord(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isWordCode(s.charCodeAt(i))) return false;
  return true;
}

/**
 * The word ids of the reading being read, shared by every read (wordsOfDoc never runs inside
 * itself): a JS array pushed to and emptied twice per document was ~10 MB of a megabyte's
 * allocation, and a long one lived long enough to be promoted.
 */
let idBuffer = new Int32Array(4096);

function wordsOfDoc(clauses: Clause[], toks?: Tok[]): DocWords {
  let doc = docWords.get(clauses);
  if (doc) return doc;
  const vocab: string[] = [];
  const idOf = new Map<string, number>();
  const idFor = (w: string): number => {
    let id = idOf.get(w);
    if (id === undefined) {
      id = vocab.length;
      vocab.push(w);
      idOf.set(w, id);
    }
    return id;
  };
  // the words of a segment string are its tokens' words, when a separator stands between
  // every two word characters of neighbouring tokens (always so for lemmas, joined by spaces)
  const byString = new Map<string, TokWords>();
  const tokWords = (s: string): TokWords => {
    let tw = byString.get(s);
    if (!tw) {
      tw = new TokWords(
        isOneWord(s) ? wordsOfOne(idFor(s)) : wordsOf(s).map(idFor),
        s.length > 0 && isWordCode(s.charCodeAt(0)),
        s.length > 0 && isWordCode(s.charCodeAt(s.length - 1)),
      );
      byString.set(s, tw);
    }
    return tw;
  };
  let n = 0;
  const push = (id: number): void => {
    if (n === idBuffer.length) {
      const grown = new Int32Array(n * 2);
      grown.set(idBuffer);
      idBuffer = grown;
    }
    idBuffer[n++] = id;
  };
  /** Token-wise words of segment k (clauses.ts buildClause's layout), false where they would differ from the string's. */
  const fromTokens = (c: Clause, surface: boolean): boolean => {
    const mark = n;
    let kept = false;
    let pendingSpace = false;
    let tail = false;
    for (let i = c.from; i < c.to; i++) {
      const t = toks![i]!;
      if (skipped(t)) {
        pendingSpace = true;
        continue;
      }
      const s = surface ? t.lower : t.lemma;
      const tw = tokWords(s);
      if (surface && kept && !(t.spaceBefore || pendingSpace) && ((tail && tw.head) || s.length === 0)) {
        n = mark;
        return false;
      }
      const twIds = tw.ids;
      for (let j = 0; j < twIds.length; j++) push(twIds[j]!);
      // an empty surface string joins its neighbours; an empty lemma stands between two spaces
      if (s.length > 0 || !surface) tail = tw.tail;
      kept = true;
      pendingSpace = false;
    }
    return true;
  };
  const read = (surface: boolean): SegmentWords => {
    n = 0;
    const ends = new Int32Array(clauses.length);
    for (let k = 0; k < clauses.length; k++) {
      const c = clauses[k]!;
      if (!toks || !fromTokens(c, surface))
        for (const w of wordsOf(surface ? c.surface : c.lemmas)) push(idFor(w));
      ends[k] = n;
    }
    return { ids: idBuffer.slice(0, n), ends };
  };
  doc = { vocab, lemma: read(false), surface: read(true) };
  docWords.set(clauses, doc);
  return doc;
}

/**
 * For each cue, the segments whose words include one of its triggers, in text order; unset when none.
 * `toks`, when given, are the tokens the segments were cut from: words are then read token by token.
 */
export function candidates(
  index: CueIndex,
  clauses: Clause[],
  surface: boolean,
  toks?: Tok[],
): (number[] | undefined)[] {
  const doc = wordsOfDoc(clauses, toks);
  const vocab = doc.vocab;
  const { ids, ends } = surface ? doc.surface : doc.lemma;
  const resolved: (Int32Array | undefined)[] = new Array(vocab.length);
  // each word's common-word slot (common-words.ts), -1 for the rest
  const slotOf = new Int8Array(vocab.length).fill(-1);
  // common words' pairs that wait for the segment check
  const deferred = deferredPairs(index);
  // short texts (transcript turns) touch a few cues, so lists are made only for those
  const out: (number[] | undefined)[] = new Array(index.entries.length);
  const last = new Int32Array(index.entries.length).fill(-1);
  const met = new Int32Array(index.entries.length);
  // the entries met in the current segment; a typed array with a count, since emptying a JS
  // array (length = 0) drops its store and regrowing it for every segment was most of this
  // function's allocation (over 100 MB for a megabyte of notes)
  const touched = new Int32Array(index.entries.length);
  let nTouched = 0;
  // a word met twice in a segment adds nothing the second time
  const seen = new Int32Array(vocab.length).fill(-1);
  const mark = (list: readonly number[], k: number): void => {
    for (let j = 0; j < list.length; j += 2) {
      const e = list[j]!;
      if (last[e] !== k) {
        last[e] = k;
        met[e] = 0;
        touched[nTouched++] = e;
      }
      met[e]! |= list[j + 1]!;
    }
  };
  let i = 0;
  for (let k = 0; k < clauses.length; k++) {
    // the common words this segment has, by slot
    let lo = 0;
    let hi = 0;
    // the hot loop of a long text (a few million pairs over a megabyte), kept inline and typed
    for (const end = ends[k]!; i < end; i++) {
      const id = ids[i]!;
      if (seen[id] === k) continue;
      seen[id] = k;
      let list: Int32Array | undefined = resolved[id];
      if (list === undefined) {
        const w = vocab[id]!;
        const slot = deferred.slots.get(w);
        if (slot === undefined) list = entriesOfWord(index, w);
        else {
          slotOf[id] = slot;
          list = deferred.eager[slot]!;
        }
        resolved[id] = list;
      }
      const s = slotOf[id]!;
      if (s >= 32) hi |= 1 << (s - 32);
      else if (s >= 0) lo |= 1 << s;
      for (let j = 0; j < list.length; j += 2) {
        const e = list[j]!;
        if (last[e] !== k) {
          last[e] = k;
          met[e] = list[j + 1]!;
          touched[nTouched++] = e;
        } else met[e]! |= list[j + 1]!;
      }
    }
    if (index.literal.length) {
      const str = surface ? clauses[k]!.surface : clauses[k]!.lemmas;
      for (const [text, list] of index.literal) if (str.includes(text)) mark(list, k);
    }
    for (let t = 0; t < nTouched; t++) {
      const e = touched[t]!;
      const bits = met[e]!;
      if (bits & 1) {
        (out[e] ??= newList()).push(k);
        continue;
      }
      const deferrable = deferred.all[e]!;
      // most segments meet one set of a cue (a common word), and a mask needs more than that set
      // besides common words: the loop below would find none (a mask's part that cannot be
      // deferred must lie within `bits`; with one bit, it is that bit, one of soloEager's)
      if ((bits & (bits - 1)) === 0 && (bits & deferred.soloEager[e]!) === 0) continue;
      // the deferred bits this segment has, worked out only when a mask lacks nothing else
      // (-1: not yet; set bits never reach the sign bit, cue-index.ts MAX_BIT)
      let late = -1;
      for (let j = deferred.needStart[e]!, to = deferred.needStart[e + 1]!; j < to; j++) {
        const missing = deferred.needMask[j]! & ~bits;
        if (missing !== 0) {
          if (missing & ~deferrable) continue;
          if (late === -1) late = deferredBits(deferred, e, lo, hi);
          if (missing & ~late) continue;
        }
        (out[e] ??= newList()).push(k);
        break;
      }
    }
    nTouched = 0;
  }
  return out;
}

/** The deferred bits of entry e met by the common words a segment has (slot masks `lo`, `hi`). */
function deferredBits(d: Deferred, e: number, lo: number, hi: number): number {
  let bits = 0;
  for (let j = d.start[e]!, to = d.start[e + 1]!; j < to; j++)
    if ((d.lo[j]! & lo) | (d.hi[j]! & hi)) bits |= d.bit[j]!;
  return bits;
}
