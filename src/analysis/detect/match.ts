/**
 * Runs every sign's cues over the segments that could match them: each cue's trigger
 * words (detect/triggers.ts) pick its candidate segments, so most regexes touch only a
 * few short strings instead of the whole document.
 */
import type { Tok } from '../nlp.js';
import type { Clause, Cue, Hit, SignPatterns } from './types.js';
import { isHedged, isNegated, isWorry, subjectOf } from './scope.js';
import { triggersOf, wordsOf } from './triggers.js';

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
    re = new RegExp(cue.re.source, [...flags].join(''));
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

interface CueEntry { sign: SignPatterns; cue: Cue; re: RegExp; always: boolean }
interface CueIndex { entries: CueEntry[]; byWord: Map<string, number[]> }

const indexes = new WeakMap<readonly SignPatterns[], CueIndex>();
const cueTriggers = new WeakMap<Cue, Set<string> | null>();
function triggersOfCue(cue: Cue): Set<string> | undefined {
  let t = cueTriggers.get(cue);
  if (t === undefined) cueTriggers.set(cue, (t = triggersOf(cue.re) ?? null));
  return t ?? undefined;
}
/** Trigger words of every cue in a sign list, built once per list. */
function indexOf(signs: readonly SignPatterns[]): CueIndex {
  let index = indexes.get(signs);
  if (index) return index;
  const entries: CueEntry[] = [];
  const byWord = new Map<string, number[]>();
  for (const sign of signs) {
    for (const cue of sign.cues) {
      const words = triggersOfCue(cue);
      const k = entries.length;
      entries.push({ sign, cue, re: scannerOf(cue), always: !words });
      for (const w of words ?? []) {
        const list = byWord.get(w);
        if (list) list.push(k);
        else byWord.set(w, [k]);
      }
    }
  }
  index = { entries, byWord };
  indexes.set(signs, index);
  return index;
}

/** For each cue, the segments whose words include one of its triggers, in text order. */
function candidates(index: CueIndex, clauses: Clause[], pick: (c: Clause) => string): number[][] {
  const out: number[][] = index.entries.map(() => []);
  const last = new Int32Array(index.entries.length).fill(-1);
  for (let k = 0; k < clauses.length; k++) {
    for (const w of wordsOf(pick(clauses[k]!))) {
      const list = index.byWord.get(w);
      if (!list) continue;
      for (const e of list) {
        if (last[e] !== k) { last[e] = k; out[e]!.push(k); }
      }
    }
  }
  return out;
}

export function hitsFrom(toks: Tok[], clauses: Clause[], signs: readonly SignPatterns[], transcript: boolean): Hit[] {
  const hits: Hit[] = [];
  if (clauses.length === 0) return hits;
  const index = indexOf(signs);
  let lemmaDoc: DocStrings | undefined;
  let surfaceDoc: DocStrings | undefined;
  const lemmaCands = candidates(index, clauses, (c) => c.lemmas);
  const surfaceCands = candidates(index, clauses, (c) => c.surface);
  const hedged = new Map<Clause, boolean>();
  index.entries.forEach(({ sign, cue, re, always }, e) => {
    // counted signs (raised-concerns) may take several doubts from one sentence
    const counted = sign.repeats === true;
    const done = new Set<number>();
    // lemmas first ("folded" reads "fold"), then the surface, which keeps contractions whole
    const passes = cue.surface ? SURFACE_ONLY : BOTH;
    const take = (c: Clause, k: number, m: RegExpExecArray, local: number, surface: boolean): void => {
      const [from, to] = tokenRange(surface ? c.surfaceTok : c.lemmaTok, local, m[0].length);
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
      for (const k of surface ? surfaceCands[e]! : lemmaCands[e]!) {
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
  });
  return hits;
}
