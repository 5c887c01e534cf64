/**
 * Runs every sign's cues over every segment once: regexes are compiled with the
 * sign modules, so the cost is linear in text length times the number of cues.
 */
import type { Tok } from '../nlp.js';
import type { Clause, Cue, Hit, SignPatterns } from './types.js';
import { isHedged, isNegated, isWorry, subjectOf } from './scope.js';

const HEDGE_PENALTY = 0.15;

function tokenRange(map: Int32Array, m: RegExpExecArray): [number, number] {
  const a = Math.min(m.index, map.length - 1);
  const b = Math.max(a, Math.min(m.index + Math.max(0, m[0].length - 1), map.length - 1));
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

export function hitsFrom(toks: Tok[], clauses: Clause[], signs: readonly SignPatterns[], transcript: boolean): Hit[] {
  const hits: Hit[] = [];
  if (clauses.length === 0) return hits;
  const lemmaDoc = docStrings(clauses, (c) => c.lemmas);
  const surfaceDoc = docStrings(clauses, (c) => c.surface);
  const hedged = new Map<Clause, boolean>();
  for (const sign of signs) {
    for (const cue of sign.cues) {
      const re = scannerOf(cue);
      // counted signs (raised-concerns) may take several doubts from one sentence
      const counted = sign.repeats === true;
      const done = new Set<number>();
      // lemmas first ("folded" reads "fold"), then the surface, which keeps contractions whole
      const passes = cue.surface ? SURFACE_ONLY : BOTH;
      for (const surface of passes) {
        const doc = surface ? surfaceDoc : lemmaDoc;
        re.lastIndex = 0;
        for (const m of doc.text.matchAll(re)) {
          const k = clauseAt(doc.starts, m.index);
          if (!counted && done.has(k)) continue;
          const c = clauses[k]!;
          const local = { index: m.index - doc.starts[k]!, 0: m[0] } as unknown as RegExpExecArray;
          const [from, to] = tokenRange(surface ? c.surfaceTok : c.lemmaTok, local);
          const verdict = judge(toks, c, cue, from, transcript);
          if (verdict === 'drop') continue;
          done.add(k);
          const id = verdict === 'flip' ? (cue.neg as Hit['id']) : sign.id;
          let h = hedged.get(c);
          if (h === undefined) hedged.set(c, (h = isHedged(c)));
          const confidence = Math.max(0.3, (cue.conf ?? 0.75) - (h ? HEDGE_PENALTY : 0));
          hits.push({ id, cue, clause: c, from, to, confidence });
        }
      }
    }
  }
  return hits;
}
