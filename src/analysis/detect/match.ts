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

export function hitsFrom(toks: Tok[], clauses: Clause[], signs: readonly SignPatterns[], transcript: boolean): Hit[] {
  const hits: Hit[] = [];
  for (const c of clauses) {
    if (!c.lemmas) continue;
    const hedged = isHedged(c);
    for (const sign of signs) {
      for (const cue of sign.cues) {
        // lemmas first ("folded" reads "fold"), then the surface, which keeps contractions whole
        let m = cue.surface ? null : cue.re.exec(c.lemmas);
        let map = c.lemmaTok;
        if (!m) {
          m = cue.re.exec(c.surface);
          map = c.surfaceTok;
        }
        if (!m) continue;
        const [from, to] = tokenRange(map, m);
        const verdict = judge(toks, c, cue, from, transcript);
        if (verdict === 'drop') continue;
        const id = verdict === 'flip' ? (cue.neg as Hit['id']) : sign.id;
        const confidence = Math.max(0.3, (cue.conf ?? 0.75) - (hedged ? HEDGE_PENALTY : 0));
        hits.push({ id, cue, clause: c, from, to, confidence });
      }
    }
  }
  return hits;
}
