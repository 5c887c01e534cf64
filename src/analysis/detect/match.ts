/**
 * Runs every sign's cues over the segments that could match them: each cue's trigger
 * words (detect/triggers.ts) pick its candidate segments, so most regexes touch only a
 * few short strings instead of the whole document.
 */
import type { Tok } from '../nlp.js';
import type { Clause, Cue, Hit, SignPatterns } from './types.js';
import { charTokens } from './clauses.js';
import { isHedged, isNegated, isWorry, subjectOf } from './scope.js';
import { affixTermsOf, LITERAL, lookbehindLast, OPEN, wordsOf, type Term } from './triggers.js';

const HEDGE_PENALTY = 0.15;

function tokenRange(map: Int32Array, index: number, length: number): [number, number] {
  const a = Math.min(index, map.length - 1);
  const b = Math.max(a, Math.min(index + Math.max(0, length - 1), map.length - 1));
  return [map[a]!, map[b]! + 1];
}

function judge(toks: Tok[], c: Clause, cue: Cue, from: number, transcript: boolean): 'keep' | 'drop' | 'flip' {
  if (transcript) {
    if (!cue.says) return 'drop';
    if (cue.says !== 'any' && cue.says !== c.role) return 'drop';
  } else {
    if (cue.says && !cue.notes) return 'drop';
    const subject = subjectOf(toks, c, from);
    if (cue.who === 'interviewer' && subject === 'self') return 'drop';
    if (cue.who === 'candidate' && subject === 'other') return 'drop';
  }
  if (!cue.worryOk && isWorry(toks, c, from)) return 'drop';
  if (cue.neg !== 'ignore' && isNegated(toks, c, from)) return cue.neg && cue.neg !== 'block' ? 'flip' : 'drop';
  return 'keep';
}

const SURFACE_ONLY = [true] as const;
const BOTH = [false, true] as const;

/** Each cue's regex, made global and multi-line once, to scan a whole document string. */
const scanners = new WeakMap<Cue, RegExp>();
function scannerOf(cue: Cue): RegExp {
  let re = scanners.get(cue);
  if (!re) {
    const flags = new Set([...cue.re.flags, 'g', 'm']);
    flags.delete('y');
    re = new RegExp(lookbehindLast(cue.re.source), [...flags].join(''));
    scanners.set(cue, re);
  }
  return re;
}

interface DocStrings { text: string; starts: number[] }

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

/**
 * `needs` are bit masks of trigger sets: a segment is a candidate when its words meet bit 0
 * (a one-set term) or every bit of one mask. Trigger lists are flat pairs [entry, bits, ...].
 */
interface CueEntry { sign: SignPatterns; cue: Cue; re: RegExp; always: boolean; needs: number[] }
interface CueIndex {
  entries: CueEntry[];
  exact: Map<string, number[]>;
  prefix: Map<string, number[]>;
  suffix: Map<string, number[]>;
  infix: [string, number[]][];
  /** Text a segment must contain (emoji), checked on the segment string itself. */
  literal: [string, number[]][];
  longest: number;
  /** The entries each word triggers, worked out once per distinct word (texts reuse words). */
  memo: Map<string, readonly number[]>;
}

const NONE: readonly number[] = [];
/** Bounds the per-word memo for long-running servers; it only caches, so clearing is safe. */
const MEMO_MAX = 50_000;

// per mode: a transcript never uses notes-only cues, nor notes the transcript-only ones
const indexes = [new WeakMap<readonly SignPatterns[], CueIndex>(), new WeakMap<readonly SignPatterns[], CueIndex>()];
// aftermath passes fresh one-sign lists on every call, so those are cached by the sign
const singleIndexes = [new WeakMap<SignPatterns, CueIndex>(), new WeakMap<SignPatterns, CueIndex>()];
const cueTerms = new WeakMap<Cue, Term[] | null>();
function termsOfCue(cue: Cue): Term[] | undefined {
  let t = cueTerms.get(cue);
  if (t === undefined) cueTerms.set(cue, (t = affixTermsOf(cue.re) ?? null));
  return t ?? undefined;
}

function addTo(map: Map<string, number[]>, key: string, k: number, bits: number): void {
  const list = map.get(key);
  if (list) list.push(k, bits);
  else map.set(key, [k, bits]);
}

const MAX_BIT = 30;

/** Bits per trigger word and the masks that satisfy the cue; terms past the bit budget loosen to their first (best) set. */
function bitsOf(terms: Term[]): { words: Map<string, number>; needs: number[] } {
  const words = new Map<string, number>();
  const needs: number[] = [];
  // one bit per distinct set: alternatives often share a set ("(said|told) ... name")
  const bitOf = new Map<string, number>();
  const give = (set: Set<string>, bit: number) => { for (const w of set) words.set(w, (words.get(w) ?? 0) | bit); };
  for (const term of terms) {
    const keys = term.map((set) => [...set].sort().join(' '));
    const fresh = new Set(keys.filter((key) => !bitOf.has(key))).size;
    if (term.length === 1 || bitOf.size + fresh >= MAX_BIT) { give(term[0]!, 1); continue; }
    let mask = 0;
    term.forEach((set, j) => {
      let bit = bitOf.get(keys[j]!);
      if (bit === undefined) bitOf.set(keys[j]!, (bit = 1 << (bitOf.size + 1)));
      mask |= bit;
      give(set, bit);
    });
    // a term of one set repeated is met by that set alone
    if ((mask & (mask - 1)) === 0) give(term[0]!, 1);
    else needs.push(mask);
  }
  return { words, needs };
}

/** The first check of `judge`, ahead of time: cues it would drop in this mode whatever they match. */
function usable(cue: Cue, transcript: boolean): boolean {
  return transcript ? cue.says !== undefined : !cue.says || cue.notes === true;
}

/** Trigger words (whole, open-ended or literal) of every usable cue in a sign list, built once per list. */
function indexOf(signs: readonly SignPatterns[], transcript: boolean): CueIndex {
  const single = signs.length === 1 ? signs[0]! : undefined;
  const mode = transcript ? 1 : 0;
  let index = single ? singleIndexes[mode]!.get(single) : indexes[mode]!.get(signs);
  if (index) return index;
  const entries: CueEntry[] = [];
  const exact = new Map<string, number[]>();
  const prefix = new Map<string, number[]>();
  const suffix = new Map<string, number[]>();
  const infix = new Map<string, number[]>();
  const literal = new Map<string, number[]>();
  let longest = 0;
  for (const sign of signs) {
    for (const cue of sign.cues) {
      if (!usable(cue, transcript)) continue;
      const terms = termsOfCue(cue);
      const k = entries.length;
      const { words, needs } = bitsOf(terms ?? []);
      entries.push({ sign, cue, re: scannerOf(cue), always: !terms, needs });
      for (const [w, bits] of words) {
        if (w.startsWith(LITERAL)) { addTo(literal, w.slice(LITERAL.length), k, bits); continue; }
        const open = w.startsWith(OPEN);
        const close = w.endsWith(OPEN);
        const stem = w.slice(open ? OPEN.length : 0, close ? -OPEN.length : undefined);
        longest = Math.max(longest, stem.length);
        addTo(open ? (close ? infix : suffix) : close ? prefix : exact, stem, k, bits);
      }
    }
  }
  index = { entries, exact, prefix, suffix, infix: [...infix], literal: [...literal], longest, memo: new Map() };
  if (single) singleIndexes[mode]!.set(single, index);
  else indexes[mode]!.set(signs, index);
  return index;
}

function entriesOfWord(index: CueIndex, w: string): readonly number[] {
  let found = index.memo.get(w);
  if (found) return found;
  const parts: (readonly number[])[] = [];
  const exact = index.exact.get(w);
  if (exact) parts.push(exact);
  const longest = Math.min(w.length, index.longest);
  for (let n = 1; n <= longest; n++) {
    const p = index.prefix.get(w.slice(0, n));
    if (p) parts.push(p);
    const s = index.suffix.get(w.slice(w.length - n));
    if (s) parts.push(s);
  }
  for (const [stem, list] of index.infix) if (w.includes(stem)) parts.push(list);
  found = parts.length === 0 ? NONE : parts.length === 1 ? parts[0]! : parts.flat();
  if (index.memo.size >= MEMO_MAX) index.memo.clear();
  index.memo.set(w, found);
  return found;
}

/** Each segment string's words as ids into one vocabulary: `ids[ends[k-1]..ends[k])` is segment k. */
interface SegmentWords { ids: Int32Array; ends: Int32Array }
interface DocWords { vocab: string[]; lemma: SegmentWords; surface: SegmentWords }

// several sign lists run over the same segments (aftermath reuses them), so words are read once
const docWords = new WeakMap<Clause[], DocWords>();

function wordsOfDoc(clauses: Clause[]): DocWords {
  let doc = docWords.get(clauses);
  if (doc) return doc;
  const vocab: string[] = [];
  const idOf = new Map<string, number>();
  const read = (pick: (c: Clause) => string): SegmentWords => {
    const ids: number[] = [];
    const ends = new Int32Array(clauses.length);
    for (let k = 0; k < clauses.length; k++) {
      for (const w of wordsOf(pick(clauses[k]!))) {
        let id = idOf.get(w);
        if (id === undefined) { id = vocab.length; vocab.push(w); idOf.set(w, id); }
        ids.push(id);
      }
      ends[k] = ids.length;
    }
    return { ids: Int32Array.from(ids), ends };
  };
  doc = { vocab, lemma: read((c) => c.lemmas), surface: read((c) => c.surface) };
  docWords.set(clauses, doc);
  return doc;
}

/** For each cue, the segments whose words include one of its triggers, in text order; unset when none. */
function candidates(index: CueIndex, clauses: Clause[], surface: boolean): (number[] | undefined)[] {
  const doc = wordsOfDoc(clauses);
  const { ids, ends } = surface ? doc.surface : doc.lemma;
  const resolved: (readonly number[] | undefined)[] = new Array(doc.vocab.length);
  // short texts (transcript turns) touch a few cues, so lists are made only for those
  const out: (number[] | undefined)[] = new Array(index.entries.length);
  const last = new Int32Array(index.entries.length).fill(-1);
  const met = new Int32Array(index.entries.length);
  const touched: number[] = [];
  const mark = (list: readonly number[], k: number): void => {
    for (let j = 0; j < list.length; j += 2) {
      const e = list[j]!;
      if (last[e] !== k) { last[e] = k; met[e] = 0; touched.push(e); }
      met[e]! |= list[j + 1]!;
    }
  };
  let i = 0;
  for (let k = 0; k < clauses.length; k++) {
    for (const end = ends[k]!; i < end; i++) {
      const id = ids[i]!;
      const list = (resolved[id] ??= entriesOfWord(index, doc.vocab[id]!));
      if (list.length) mark(list, k);
    }
    if (index.literal.length) {
      const str = surface ? clauses[k]!.surface : clauses[k]!.lemmas;
      for (const [text, list] of index.literal) if (str.includes(text)) mark(list, k);
    }
    for (const e of touched) {
      const bits = met[e]!;
      if (bits & 1) { (out[e] ??= []).push(k); continue; }
      // most segments meet one set of a cue (a common word); every mask needs two
      if ((bits & (bits - 1)) === 0) continue;
      const needs = index.entries[e]!.needs;
      for (let j = 0; j < needs.length; j++) {
        if ((bits & needs[j]!) === needs[j]) { (out[e] ??= []).push(k); break; }
      }
    }
    touched.length = 0;
  }
  return out;
}

export function hitsFrom(toks: Tok[], clauses: Clause[], signs: readonly SignPatterns[], transcript: boolean): Hit[] {
  const hits: Hit[] = [];
  if (clauses.length === 0) return hits;
  const index = indexOf(signs, transcript);
  let lemmaDoc: DocStrings | undefined;
  let surfaceDoc: DocStrings | undefined;
  const lemmaCands = candidates(index, clauses, false);
  const surfaceCands = candidates(index, clauses, true);
  const hedged = new Map<Clause, boolean>();
  // char-to-token maps of matched clauses, shared by every cue that matches there
  const lemmaMaps = new Map<Clause, Int32Array>();
  const surfaceMaps = new Map<Clause, Int32Array>();
  for (let e = 0; e < index.entries.length; e++) {
    const { sign, cue, re, always } = index.entries[e]!;
    if (!always && !lemmaCands[e] && !surfaceCands[e]) continue;
    // counted signs (raised-concerns) may take several doubts from one sentence
    const counted = sign.repeats === true;
    const done = new Set<number>();
    // lemmas first ("folded" reads "fold"), then the surface, which keeps contractions whole
    const passes = cue.surface ? SURFACE_ONLY : BOTH;
    const take = (c: Clause, k: number, m: RegExpExecArray, local: number, surface: boolean): void => {
      const maps = surface ? surfaceMaps : lemmaMaps;
      let map = maps.get(c);
      if (!map) maps.set(c, (map = charTokens(toks, c, surface)));
      const [from, to] = tokenRange(map, local, m[0].length);
      const verdict = judge(toks, c, cue, from, transcript);
      if (verdict === 'drop') return;
      done.add(k);
      const id = verdict === 'flip' ? (cue.neg as Hit['id']) : sign.id;
      let h = hedged.get(c);
      if (h === undefined) hedged.set(c, (h = isHedged(c)));
      const confidence = Math.max(0.3, (cue.conf ?? 0.75) - (h ? HEDGE_PENALTY : 0));
      hits.push({ id, cue, clause: c, from, to, confidence });
    };
    for (const surface of passes) {
      if (always) {
        // no trigger words: one scan over the whole document string
        const doc = surface ? (surfaceDoc ??= docStrings(clauses, (c) => c.surface)) : (lemmaDoc ??= docStrings(clauses, (c) => c.lemmas));
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(doc.text))) {
          if (m[0].length === 0) re.lastIndex++;
          const k = clauseAt(doc.starts, m.index);
          if (!counted && done.has(k)) continue;
          take(clauses[k]!, k, m, m.index - doc.starts[k]!, surface);
        }
        continue;
      }
      for (const k of (surface ? surfaceCands[e] : lemmaCands[e]) ?? NONE) {
        if (!counted && done.has(k)) continue;
        const c = clauses[k]!;
        const str = surface ? c.surface : c.lemmas;
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(str))) {
          if (m[0].length === 0) re.lastIndex++;
          if (!counted && done.has(k)) break;
          take(c, k, m, m.index, surface);
        }
      }
    }
  }
  return hits;
}
